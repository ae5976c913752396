let counter = 0;
/** A document-unique id, for the label/hint/error elements a component creates. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}

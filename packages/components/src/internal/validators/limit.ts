import type { Validator } from './validator.js';

/** The soft character limit (`max-length`): a positive whole number, or none. */
export function softLimit(host: HTMLElement): number | null {
  const max = (host as { maxLength?: number | null }).maxLength;
  return typeof max === 'number' && max > 0 ? Math.floor(max) : null;
}

/**
 * `max-length` is a soft limit: typing goes on past it (a counter says by how much), but a longer
 * value cannot be submitted.
 */
export const limitValidator: Validator = {
  check(field) {
    const limit = softLimit(field.host);
    const control = field.controls()[0];
    if (limit === null || !control || control.value.length <= limit) return null;
    return { message: field.localize.term('characterLimitExceeded', field.labelText()), controls: [control] };
  },
};

/**
 * Developer warnings. Each distinct message is printed once per element so a page with 1000
 * misconfigured buttons does not flood the console, and nothing ever throws on bad input.
 */
const warned = new WeakMap<object, Set<string>>();

/** Prints `[qc-ds] <tag>: message` once for this owner and key. Returns true when printed. */
export function warnOnce(owner: object, key: string, message: string): boolean {
  let keys = warned.get(owner);
  if (!keys) {
    keys = new Set();
    warned.set(owner, keys);
  }
  if (keys.has(key)) return false;
  keys.add(key);
  const where = owner instanceof Element ? ` <${owner.localName}>` : '';
  console.warn(`[qc-ds]${where}: ${message}`);
  return true;
}

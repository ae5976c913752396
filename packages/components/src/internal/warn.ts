/**
 * Developer warnings. Each distinct message is printed once per element so a page with 1000
 * misconfigured buttons does not flood the console, and nothing ever throws on bad input.
 */
const warned = new WeakMap<object, Set<string>>();

/**
 * Prints `[qc-ds] <tag>: message` once for this owner and key. Returns true when printed.
 * `message` may be a function that returns the message, or nothing when there is nothing to say: a
 * check written inside it is dropped from the production build with the call (see
 * `stripWarnings` in rollup.config.mjs), so a check that only serves a warning costs nothing there.
 */
export function warnOnce(owner: object, key: string, message: string | (() => string | undefined)): boolean {
  const text = typeof message === 'function' ? message() : message;
  if (!text) return false;
  let keys = warned.get(owner);
  if (!keys) {
    keys = new Set();
    warned.set(owner, keys);
  }
  if (keys.has(key)) return false;
  keys.add(key);
  const where = owner instanceof Element ? ` <${owner.localName}>` : '';
  console.warn(`[qc-ds]${where}: ${text}`);
  return true;
}

// Privileged scripts in Firefox's parent process, for the test commands that the web platform and
// WebDriver BiDi do not offer: Firefox's accessibility tree (scripts/a11y-snapshot-plugin.mjs) and
// its media preferences (scripts/engine-commands-plugin.mjs).
// Firefox runs with `--remote-allow-system-access` (scripts/wtr-engines.mjs), which lets a WebDriver
// BiDi client list the browser's own windows (`"moz:scope": "chrome"`) and run scripts in them.
// puppeteer-core has no public API for raw BiDi commands; its BiDi session is reached through the
// page's browsing context (puppeteer-core 24: `frame.browsingContext.userContext.browser.session`).

/* global requestAnimationFrame -- in functions that run in the page */

/** @param {any} page a puppeteer-core Page of a Firefox driven over WebDriver BiDi */
function bidiOf(page) {
  const frame = page.mainFrame();
  const session = frame.browsingContext?.userContext?.browser?.session;
  if (!session || typeof session.send !== 'function') {
    throw new Error(
      'Firefox: no WebDriver BiDi session reachable from puppeteer-core (has its internal shape changed?).',
    );
  }
  return { session, navigable: frame.browsingContext.id };
}

/** Deserializes a WebDriver BiDi remote value (only what the scripts here return). */
function fromRemote(value) {
  switch (value.type) {
    case 'undefined':
    case 'null':
      return null;
    case 'string':
    case 'number':
    case 'boolean':
      return value.value;
    default:
      throw new Error(`Firefox: unexpected ${value.type} from a privileged script`);
  }
}

/**
 * Runs `functionDeclaration(navigableId, ...args)` in the parent process (the browser window's
 * chrome scope), where `navigableId` is the WebDriver BiDi id of `page`'s top-level context.
 * Arguments and the result are strings, numbers, booleans or null (JSON for anything richer).
 */
export async function inFirefoxParent(page, functionDeclaration, ...args) {
  const { session, navigable } = bidiOf(page);
  const { result: tree } = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const chrome =
    tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml') ?? tree.contexts[0];
  if (!chrome) throw new Error('Firefox: no browser window in chrome scope (is --remote-allow-system-access set?)');
  const toRemote = (value) =>
    value === null || value === undefined ? { type: 'null' } : { type: typeof value, value };
  const { result } = await session.send('script.callFunction', {
    functionDeclaration,
    target: { context: chrome.context },
    arguments: [navigable, ...args].map(toRemote),
    awaitPromise: true,
  });
  if (result.type === 'exception') {
    throw new Error(`Firefox privileged script: ${result.exceptionDetails?.text ?? 'exception'}`);
  }
  return fromRemote(result.result);
}

/** Lets a content change reach Firefox's accessibility cache in the parent process: two frames. */
export function afterTwoFrames(page) {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))),
  );
}

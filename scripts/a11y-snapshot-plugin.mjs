// The accessibility tree, per engine, for tests (helpers: packages/components/src/internal/test/ax.ts).
//
// `a11ySnapshot()` (@web/test-runner-commands' command name) returns the page's accessibility tree,
// or the subtree of `{ selector }`, in one shape for every engine that has a tree to give:
//   `{ role, name, level?, disabled?, expanded?, selected?, required?, multiselectable?, invalid?,
//      checked?, value? (comboboxes), description?, children? }`
// with ARIA role names (`button`, `heading`, `image`, `combobox`…), `text` for text runs and
// `WebArea` for the document. Ignored nodes (aria-hidden, display:none…) and unnamed
// `generic`/`none` wrappers are left out and their children lifted, like Playwright's old
// `interestingOnly` snapshot.
// - Chromium: Chromium's own tree through the Chrome DevTools Protocol (`Accessibility.getFullAXTree`).
//   (The stock a11ySnapshotPlugin called Playwright's `page.accessibility`, removed in Playwright 1.57.)
// - Firefox: Firefox's own tree, read in the parent process through nsIAccessibilityService (the tree
//   platform accessibility APIs and screen readers get), via scripts/firefox-chrome.mjs. The
//   `{ selector }` form takes `#id` only there.
// - WebKit: WebKitWebDriver exposes no tree, only each element's computed role and label; the command
//   fails and says so (tests state which assertions need the tree).
//
// `qc-ax-element` returns `{ role, name }` for the element the page put in `window.__qcAxElement`,
// from the engine's accessibility implementation, in every engine: Chromium (CDP partial tree),
// Firefox (its tree, by the element's id, a temporary one if need be), WebKit (WebDriver "Get Computed Role" and "Get Computed Label").
import { afterTwoFrames, inFirefoxParent } from './firefox-chrome.mjs';
import { FIREFOX_TYPE } from './wtr-engines.mjs';

/* global window, document, Element, CSS -- in functions that run in the page */

const SKIPPED_ROLES = new Set(['InlineTextBox', 'LineBreak']);
const TRANSPARENT_ROLES = new Set(['generic', 'none', 'presentation', 'GenericContainer', 'Ignored']);

/** @param {any} node */
function propertyOf(node, name) {
  return node.properties?.find((p) => p.name === name)?.value?.value;
}

/** Chromium's node → the common shape (states as the old Playwright snapshot had them, only when present). */
function fromChromium(axNode, children) {
  const role = axNode.role?.value ?? '';
  const name = axNode.name?.value ?? '';
  const out = { role: role === 'StaticText' ? 'text' : role === 'RootWebArea' ? 'WebArea' : role, name };
  const level = propertyOf(axNode, 'level');
  if (level !== undefined) out.level = level;
  if (propertyOf(axNode, 'disabled') === true) out.disabled = true;
  // `expanded` also when false, so a collapsed popup can be told from a node without one.
  const expanded = propertyOf(axNode, 'expanded');
  if (typeof expanded === 'boolean') out.expanded = expanded;
  for (const state of ['selected', 'required', 'multiselectable']) {
    if (propertyOf(axNode, state) === true) out[state] = true;
  }
  if (propertyOf(axNode, 'invalid') === 'true') out.invalid = true;
  // Checkboxes, radios, switches: `true`, `false` or `'mixed'` (only on checkable nodes).
  const checked = propertyOf(axNode, 'checked');
  if (checked !== undefined) out.checked = checked === 'mixed' ? 'mixed' : String(checked) === 'true';
  // The value a combobox announces (the chosen option of a select, the text of an editable one).
  if (role === 'combobox' && axNode.value?.value) out.value = String(axNode.value.value);
  const description = axNode.description?.value;
  if (description) out.description = description;
  if (children.length) out.children = children;
  return out;
}

async function withCdp(session, run) {
  const page = session.browser.getPage(session.id);
  const client = await page.context().newCDPSession(page);
  try {
    return await run(client);
  } finally {
    await client.detach().catch(() => {});
  }
}

function chromiumSnapshot(session, selector) {
  return withCdp(session, async (client) => {
    await client.send('Accessibility.enable');
    const { nodes } = await client.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    let root = nodes.find((n) => !n.parentId);
    if (selector) {
      const { root: doc } = await client.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await client.send('DOM.querySelector', { nodeId: doc.nodeId, selector });
      if (!nodeId) return null;
      const { node } = await client.send('DOM.describeNode', { nodeId });
      root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId) ?? root;
    }
    /** @returns {any[]} the snapshot nodes for `axNode` (several when it is transparent) */
    const convert = (axNode, isRoot = false) => {
      const role = axNode.role?.value ?? '';
      if (SKIPPED_ROLES.has(role)) return [];
      const children = (axNode.childIds ?? []).flatMap((id) => (byId.has(id) ? convert(byId.get(id)) : []));
      const name = axNode.name?.value ?? '';
      if (!isRoot && (axNode.ignored || (TRANSPARENT_ROLES.has(role) && !name))) return children;
      return [fromChromium(axNode, children)];
    };
    const [snapshot] = root ? convert(root, true) : [];
    return snapshot ?? null;
  });
}

function chromiumElement(session) {
  return withCdp(session, async (client) => {
    const { result } = await client.send('Runtime.evaluate', { expression: 'window.__qcAxElement' });
    if (!result.objectId) throw new Error('qc-ax-element: window.__qcAxElement is not an element');
    const { node } = await client.send('DOM.describeNode', { objectId: result.objectId });
    await client.send('Accessibility.enable');
    const { nodes } = await client.send('Accessibility.getPartialAXTree', {
      backendNodeId: node.backendNodeId,
      fetchRelatives: false,
    });
    const axNode = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId) ?? nodes[0];
    if (!axNode || axNode.ignored) return { role: 'none', name: '' };
    return { role: fromChromium(axNode, []).role, name: axNode.name?.value ?? '' };
  });
}

/**
 * Runs in Firefox's parent process: the tree of the tab showing `navigable` (or the subtree of the
 * accessible whose DOM id is `rootId`), as JSON in the common shape. Roles are Firefox's computed
 * ARIA roles; text leaves become `text`, the document `WebArea`, a `<label>` `LabelText` (Chromium's
 * names for nodes ARIA has no role for).
 */
const FIREFOX_TREE = `async (navigable, rootId, summaryOnly) => {
  const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  const browser = NavigableManager.getBrowserById(navigable);
  if (!browser) throw new Error('no tab for ' + navigable);
  let doc = null;
  for (let i = 0; i < 200 && !doc; i++) {
    doc = service.getAccessibleFor(browser)?.firstChild ?? null;
    if (!doc) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (!doc) throw new Error('no accessible document for the tab');
  const S = Ci.nsIAccessibleStates;
  const attribute = (acc, name) => {
    try { return acc.attributes.getStringProperty(name); } catch { return undefined; }
  };
  const roleOf = (acc) => {
    const internal = service.getStringRole(acc.role);
    if (internal === 'text leaf' || internal === 'static' || internal === 'whitespace') return 'text';
    if (internal === 'document') return 'WebArea';
    if (internal === 'label') return 'LabelText';
    return acc.computedARIARole || '';
  };
  const transparent = new Set(['generic', 'none', 'presentation', '']);
  const convert = (acc, isRoot) => {
    const children = [];
    for (let c = acc.firstChild; c; c = c.nextSibling) children.push(...convert(c, false));
    const role = roleOf(acc);
    const name = acc.name ?? '';
    if (!isRoot && transparent.has(role) && !name) return children;
    const out = { role, name };
    if (summaryOnly) return [out];
    const state = {};
    const extra = {};
    acc.getState(state, extra);
    const level = attribute(acc, 'level');
    if (level !== undefined && role === 'heading') out.level = Number(level);
    if (state.value & S.STATE_UNAVAILABLE) out.disabled = true;
    if (extra.value & S.EXT_STATE_EXPANDABLE) out.expanded = Boolean(state.value & S.STATE_EXPANDED);
    if (state.value & S.STATE_SELECTED) out.selected = true;
    if (state.value & S.STATE_REQUIRED) out.required = true;
    if (state.value & S.STATE_MULTISELECTABLE) out.multiselectable = true;
    if (state.value & S.STATE_INVALID) out.invalid = true;
    if (state.value & S.STATE_CHECKABLE) {
      out.checked = state.value & S.STATE_MIXED ? 'mixed' : Boolean(state.value & S.STATE_CHECKED);
    }
    if (role === 'combobox' && acc.value) out.value = acc.value;
    if (acc.description) out.description = acc.description;
    if (children.length) out.children = children;
    return [out];
  };
  let root = doc;
  if (rootId !== null) {
    const find = (acc) => {
      if (acc.id === rootId) return acc;
      for (let c = acc.firstChild; c; c = c.nextSibling) {
        const found = find(c);
        if (found) return found;
      }
      return null;
    };
    root = find(doc);
    if (!root) return 'null';
  }
  return JSON.stringify(convert(root, true)[0] ?? null);
}`;

/** The DOM id `selector` names (`#id`), for Firefox, whose parent-process tree knows ids only. */
function idOf(selector) {
  const match = /^#([A-Za-z][\w-]*)$/.exec(selector);
  if (!match) throw new Error(`a11ySnapshot in Firefox: the selector must be an #id (got ${selector}).`);
  return match[1];
}

async function firefoxSnapshot(session, selector) {
  const page = session.browser.getPage(session.id);
  await afterTwoFrames(page);
  if (selector) {
    const exists = await page.evaluate((s) => document.querySelector(s) !== null, selector);
    if (!exists) return null;
  }
  // The parent process gets content changes asynchronously: read until two reads a frame apart agree.
  const read = () => inFirefoxParent(page, FIREFOX_TREE, selector ? idOf(selector) : null, false);
  let tree = await read();
  for (let attempt = 0; attempt < 10; attempt++) {
    await afterTwoFrames(page);
    const again = await read();
    if (again === tree) break;
    tree = again;
  }
  return JSON.parse(tree);
}

async function firefoxElement(session) {
  const page = session.browser.getPage(session.id);
  // Firefox's parent-process tree knows elements by DOM id only: an element without a unique one
  // (inside a shadow root, typically) gets a temporary id for the lookup.
  const id = await page.evaluate(() => {
    const element = window.__qcAxElement;
    if (!(element instanceof Element)) throw new Error('window.__qcAxElement is not an element');
    const unique = element.id && document.querySelectorAll(`[id="${CSS.escape(element.id)}"]`).length === 1;
    if (unique && element.getRootNode() === document) return element.id;
    window.__qcAxElementId = element.getAttribute('id');
    element.id = `qc-ax-element-${Math.random().toString(36).slice(2)}`;
    return element.id;
  });
  try {
    await afterTwoFrames(page);
    const tree = JSON.parse(await inFirefoxParent(page, FIREFOX_TREE, id, true));
    return tree ? { role: tree.role, name: tree.name } : { role: 'none', name: '' };
  } finally {
    await page.evaluate(() => {
      if (!('__qcAxElementId' in window)) return;
      const element = window.__qcAxElement;
      if (window.__qcAxElementId === null) element.removeAttribute('id');
      else element.setAttribute('id', window.__qcAxElementId);
      delete window.__qcAxElementId;
    });
  }
}

async function webkitElement(session) {
  const driver = session.browser.driver;
  const element = await driver.execute(() => window.__qcAxElement);
  const reference = element && Object.values(element)[0];
  if (typeof reference !== 'string') throw new Error('qc-ax-element: window.__qcAxElement is not an element');
  const [role, name] = await Promise.all([
    driver.getElementComputedRole(reference),
    driver.getElementComputedLabel(reference),
  ]);
  return { role, name };
}

export const NO_TREE_IN_WEBKIT =
  "a11ySnapshot: WebKitWebDriver exposes no accessibility tree (only each element's computed role and label: use axElement).";

/** @returns {import('@web/test-runner-core').TestRunnerPlugin<{ selector?: string }>} */
export function a11ySnapshotPlugin() {
  return {
    name: 'qc-a11y-snapshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-snapshot' && command !== 'qc-ax-element') return undefined;
      const type = session.browser.type;
      if (command === 'a11y-snapshot') {
        if (type === 'playwright') return chromiumSnapshot(session, payload?.selector);
        if (type === FIREFOX_TYPE) return firefoxSnapshot(session, payload?.selector);
        throw new Error(NO_TREE_IN_WEBKIT);
      }
      if (type === 'playwright') return chromiumElement(session);
      if (type === FIREFOX_TYPE) return firefoxElement(session);
      return webkitElement(session);
    },
  };
}

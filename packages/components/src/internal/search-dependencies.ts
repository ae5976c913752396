import { warnOnce } from './warn.js';

/** The qc-ds elements qc-search-input and qc-search-bar put in their light DOM. */
const loaders = {
  'qc-icon': () => import('../icon/qc-icon.js'),
  'qc-search-input': () => import('../search-input/qc-search-input.js'),
};

const requested = new Set<string>();

/**
 * Registers a qc-ds element the first time a search field or bar puts one in its light DOM (the
 * icons, the bar's field). Light-DOM elements have no `static dependencies` (that mechanism loads
 * what a shadow root renders); this is the same lazy `import()`, so the build splits and weighs it
 * the same way, and each element keeps its own CDN module. Shared by qc-search-input and qc-search-bar.
 */
export function loadSearchDependency(tag: keyof typeof loaders): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  loaders[tag]().catch((error: unknown) => {
    // A failed chunk load (network) is tried again by the next element that needs it.
    requested.delete(tag);
    warnOnce(requested, `load:${tag}`, `cannot load <${tag}>: ${String(error)}`);
  });
}

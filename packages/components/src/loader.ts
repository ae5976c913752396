/**
 * The CDN loader's logic (`dist/cdn/qc-ds-loader.js` is built from it; see rollup.config.mjs):
 * one `<script type="module">` registers each qc-ds tag the first time it appears in the page,
 * in the document as parsed and in content added later. Elements that qc-ds renders inside its
 * own shadow roots (a button's icon) are loaded by their host, from its `static dependencies`,
 * the same way with or without the loader.
 * @packageDocumentation
 */

/** Tag → the import of its registration module (`qc-button` → `import('./qc-button.js')`). */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

// One loader per page, even when two copies of the script run (a CMS template and a widget each
// adding it, or two versions): the first one's observer is enough, a second would import twice.
const started = Symbol.for('qc-ds.loader');

/**
 * Starts the loader with the elements it knows: registers the qc-ds tags already in `root`'s tree,
 * then those added later. Returns false, doing nothing, when a loader already runs in this window.
 */
export function startLoader(loaders: ElementLoaders, root: Document = document): boolean {
  const scope = globalThis as { [started]?: true };
  if (scope[started]) return false;
  scope[started] = true;
  const requested = new Map<string, Promise<unknown>>();
  const unknown = new Set<string>();

  const load = (tag: string): void => {
    if (requested.has(tag) || customElements.get(tag)) return;
    const importer = Object.hasOwn(loaders, tag) ? loaders[tag] : undefined;
    if (!importer) {
      if (unknown.has(tag)) return;
      unknown.add(tag);
      // Kept in the production build, unlike the components' warnings: it is the only sign of a
      // typo in a tag name or of a page that mixes a newer element with an older loader.
      console.warn(`[qc-ds] loader: <${tag}> is not a qc-ds element; it stays undefined.`);
      return;
    }
    requested.set(
      tag,
      importer().catch((error: unknown) => {
        // A failed chunk load (network) may succeed on the next appearance of the tag.
        requested.delete(tag);
        console.warn(`[qc-ds] loader: cannot load <${tag}>: ${String(error)}`);
      }),
    );
  };

  const discover = (element: Element): void => {
    if (element.localName.startsWith('qc-')) load(element.localName);
    for (const child of element.querySelectorAll(':not(:defined)')) {
      if (child.localName.startsWith('qc-')) load(child.localName);
    }
  };

  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(root.documentElement, { childList: true, subtree: true });
  discover(root.documentElement);
  return true;
}

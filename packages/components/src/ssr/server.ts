/**
 * Lit SSR set-up of qc-ds, without registering any element (`ssr.ts` registers them all): marks
 * each server-rendered qc-ds host with `did-ssr="<language>"` and loads the built-in icons.
 * @internal
 */
import { LitElement } from 'lit';
import { LitElementRenderer } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { FallbackRenderer } from '@lit-labs/ssr/lib/element-renderer.js';
import { loadBuiltInIcons } from '../icon/library.js';
import { DEFAULT_LANGUAGE, LocalizeController } from '../internal/localize.js';
import { QcElement, SSR_ATTRIBUTE } from '../internal/qc-element.js';

// What Lit SSR's DOM shim knows of an element's ancestors: the custom elements it is rendered in
// (their light DOM, or their shadow root through a slot or its host). Plain HTML ancestors of the
// template (`<div lang="en">`) are only strings to the renderer; they are not known.
interface ServerNode {
  getAttribute?(name: string): string | null;
  __eventTargetParent?: ServerNode;
  __host?: ServerNode;
}

/**
 * An element's language on the server (Lit SSR): its own `lang`, else the closest enclosing
 * custom element's `lang` that the renderer knows, else French. Lowercase.
 */
function serverLanguage(element: Element): string {
  const seen = new Set<ServerNode>();
  let node: ServerNode | undefined = element as unknown as ServerNode;
  while (node && !seen.has(node)) {
    seen.add(node);
    const value = node.getAttribute?.('lang')?.trim();
    if (value) return value.toLowerCase();
    // The parent element (or slot) it is rendered in, else the host of the shadow root it is in.
    const parent: ServerNode | undefined = node.__eventTargetParent;
    node = parent?.getAttribute ? parent : node.__host;
  }
  return DEFAULT_LANGUAGE;
}

// On the server a qc-ds element renders what the server knows (see `QcElement.serverView`), and
// loads no dependency module on render (QcElement's update does that in the browser).
Object.defineProperty(QcElement.prototype, 'serverView', { configurable: true, value: true });
(QcElement.prototype as unknown as { update: unknown }).update = (
  LitElement.prototype as unknown as { update: unknown }
).update;

// Every qc-ds string on the server is looked up in the server's language.
Object.defineProperty(LocalizeController.prototype, 'lang', {
  configurable: true,
  get(this: { host: Element }): string {
    return serverLanguage(this.host);
  },
});

// Called once per element, after its attributes are set and before they are written out.
LitElementRenderer.renderOptions.push((element) => {
  if (element instanceof QcElement) element.setAttribute(SSR_ATTRIBUTE, serverLanguage(element));
  return undefined;
});

// The light-DOM elements (no shadow root) are rendered by Lit's FallbackRenderer, whose
// `renderShadow()` returns undefined. @lit-labs/ssr 4.1 pushes the element on its stack of shadow
// hosts before asking and pops it only when a shadow root was written: every custom element after
// a light-DOM one would be taken as nested (`defer-hydration`, never hydrated). Popped here, once.
FallbackRenderer.prototype.renderShadow = function (this: FallbackRenderer, renderInfo: RenderInfo) {
  const stack = renderInfo.customElementHostStack;
  if (stack.at(-1) === this) stack.pop();
  return undefined;
};

await loadBuiltInIcons();

/**
 * Lit SSR set-up of qc-ds, without registering any element (`ssr.ts` registers them all): marks
 * each server-rendered qc-ds host with `did-ssr="<language>"` and loads the built-in icons.
 * @internal
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { FallbackRenderer } from '@lit-labs/ssr/lib/element-renderer.js';
import { loadBuiltInIcons } from '../icon/library.js';
import { serverLanguage } from '../internal/localize.js';
import { QcElement, SSR_ATTRIBUTE } from '../internal/qc-element.js';

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

import { html, nothing, type TemplateResult } from 'lit';
import type { SignatureArt } from './art.generated.js';

export type { SignatureArt } from './art.generated.js';
export { signatureColour, signatureWhite } from './art.generated.js';

/**
 * The Government of Québec signature as inline SVG (no request; the art is generated from
 * qc-trousse-sdg by scripts/signature.mjs). `width`/`height` give the intrinsic size and ratio; size
 * it with CSS (`width: …; height: auto`). The brand colour is `currentColor` (set `color`); the
 * colour art's black wordmark inherits the `fill` property (black by default; set `fill`).
 * With a `label`, the SVG is an image with that name (`role="img"`, `aria-label`, the name of a
 * link around it); with an empty label it is decorative (`aria-hidden`).
 */
export function renderSignature(art: SignatureArt, label: string): TemplateResult {
  const named = label.trim() !== '';
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    viewBox=${art.viewBox}
    width=${art.width}
    height=${art.height}
    focusable="false"
    role=${named ? 'img' : nothing}
    aria-label=${named ? label : nothing}
    aria-hidden=${named ? nothing : 'true'}
  >
    ${art.content}
  </svg>`;
}

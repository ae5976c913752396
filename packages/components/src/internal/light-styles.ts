import type { CSSResult } from 'lit';

/**
 * Adopts a light-DOM component's stylesheet into the document or shadow root the element is in,
 * once per root (a constructable stylesheet: shared, and allowed under a strict CSP). The rules
 * should sit in `@layer qc-ds` so any unlayered page rule overrides them whatever its specificity.
 */
export function adoptLightStyles(host: Element, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  const root = host.getRootNode();
  if (!sheet || !(root instanceof Document || root instanceof ShadowRoot)) return;
  if (root.adoptedStyleSheets.includes(sheet)) return;
  // Ours first: a page's own adopted sheets keep precedence.
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}

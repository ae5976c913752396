import type { CSSResult } from 'lit';

/** An element class that styles its light-DOM content: `static lightStyles`, in adoption order. */
export interface LightStyled {
  readonly lightStyles: readonly CSSResult[];
}

/**
 * Adopts the light-DOM stylesheets of `host`'s class (`styled`, its `static lightStyles`) into the document
 * or shadow root the element is in, once per root (constructable stylesheets: shared, and allowed
 * under a strict CSP). The rules sit in `@layer qc-ds` so any unlayered page rule overrides them
 * whatever its specificity. The build writes every class's `lightStyles` to `light-dom.css`, which
 * a server-rendered page links so these rules apply before the script runs; they are the same
 * rules, so the upgrade changes nothing.
 */
export function adoptLightStyles(host: Element, styled: LightStyled): void {
  const root = host.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  for (const styles of styled.lightStyles) {
    const sheet = styles.styleSheet;
    if (!sheet || root.adoptedStyleSheets.includes(sheet)) continue;
    // Ours first: a page's own adopted sheets keep precedence.
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  }
}

/**
 * The focused element, through shadow roots: `document.activeElement` names only the outermost
 * host; the element that has focus is inside its shadow root(s).
 */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Returns focus where it was before a layer (dialog, menu, toggletip) took it. `remember()` when the
 * layer opens; `restore()` after it closes. When the remembered element was removed meanwhile (a
 * framework re-rendered the trigger) or can no longer take focus, focus goes to `fallback()`
 * rather than falling to `<body>`, where a keyboard or screen reader user would lose their place.
 */
export class FocusReturn {
  private remembered: HTMLElement | null = null;
  private readonly fallback: () => HTMLElement | null;

  /** `fallback`: where focus goes when the remembered element cannot take it (the owner, a heading). */
  constructor(fallback: () => HTMLElement | null = () => null) {
    this.fallback = fallback;
  }

  /** The element that will get focus back (null before `remember`). */
  get element(): HTMLElement | null {
    return this.remembered;
  }

  /** Remembers the element focused now, or `element` (the button that opened the layer, when known). */
  remember(element?: HTMLElement): void {
    const active = element ?? deepActiveElement();
    this.remembered = active instanceof HTMLElement && active !== document.body ? active : null;
  }

  /**
   * Focuses the remembered element, or else the fallback; returns the element focused, or null
   * (also when nothing was remembered).
   * With `layer` (the closed layer's element), focus is returned only when it is lost (on `<body>`,
   * or on a removed element) or still inside `layer`: a user who clicked elsewhere keeps their place.
   */
  restore(layer?: Element | null): HTMLElement | null {
    const remembered = this.remembered;
    if (!remembered) return null;
    this.remembered = null;
    const now = deepActiveElement();
    const lost = !now || now === document.body || !now.isConnected || (!!layer && contains(layer, now));
    if (layer && !lost) return null;
    for (const candidate of [remembered, this.fallback()]) {
      if (candidate && tryFocus(candidate)) return candidate;
    }
    return null;
  }
}

/** `node` is `container` or inside it, crossing shadow roots. */
function contains(container: Node, node: Node): boolean {
  for (let current: Node | null = node; current;) {
    if (current === container) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

/** Focuses `element` if it can take focus now (connected, not disabled, not hidden). */
function tryFocus(element: HTMLElement): boolean {
  if (!element.isConnected) return false;
  element.focus();
  return element.matches(':focus');
}

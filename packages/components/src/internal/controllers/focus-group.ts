import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FocusGroupOrientation = 'horizontal' | 'vertical' | 'both';

export interface FocusGroupOptions {
  /**
   * The items, in order, read at every key press and update: light-DOM children a framework adds
   * or removes are followed without telling the controller.
   */
  items(): readonly HTMLElement[];
  /** Which arrows move: ←/→ (tabs, toolbar), ↑/↓ (menu, side navigation), or both. Default `both`. */
  orientation?: FocusGroupOrientation;
  /** The last item moves to the first and back. Default true. */
  wrap?: boolean;
}

/** An item that can take focus now: not disabled (natively or by ARIA), not hidden. */
function usable(item: HTMLElement): boolean {
  return (
    !item.hidden &&
    !item.matches(':disabled') &&
    item.getAttribute('aria-disabled') !== 'true' &&
    item.getClientRects().length > 0
  );
}

/**
 * Roving tabindex (WAI-ARIA APG): a composite widget (tabs, toolbar, menu bar, accordion headers,
 * pagination) is one tab stop; the arrows, Home and End move focus among its items, skipping
 * disabled ones. The item that had focus keeps `tabindex="0"`, so Tab comes back to it.
 * ←/→ follow the reading direction: under `dir="rtl"` (the computed direction) → goes back.
 * PatternFly Elements' `RovingTabindexController` is the model.
 *
 * Name the field otherwise than `focusGroup`: Chromium's `focusgroup` proposal may own that name on
 * `HTMLElement`, and a field assigned in the constructor would hit its setter.
 *
 * @example
 * private readonly roving = new FocusGroupController(this, {
 *   items: () => [...this.querySelectorAll<HTMLElement>('qc-tab')],
 *   orientation: 'horizontal',
 * });
 */
export class FocusGroupController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: FocusGroupOptions;
  private last: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FocusGroupOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The item that is the tab stop (the last one focused while still usable, else the first usable). */
  get active(): HTMLElement | null {
    const items = this.options.items();
    if (this.last && items.includes(this.last) && usable(this.last)) return this.last;
    return items.find(usable) ?? null;
  }

  /**
   * Makes `item` the tab stop without focusing it: a composite whose tab stop is its selected item
   * (tabs with manual activation: APG « focus moves into the tab list on the active tab »).
   */
  set active(item: HTMLElement | null) {
    this.last = item;
    this.update();
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('focusin', this.onFocusIn);
  }

  hostUpdated(): void {
    this.update();
  }

  /** Puts the tab stop on the active item (after items were added, removed, disabled). */
  update(): void {
    const active = this.active;
    for (const item of this.options.items()) {
      const value = item === active ? '0' : '-1';
      if (item.getAttribute('tabindex') !== value) item.setAttribute('tabindex', value);
    }
  }

  /** Focuses `item` and makes it the tab stop. */
  focus(item: HTMLElement): void {
    this.last = item;
    this.update();
    item.focus();
  }

  private itemOf(event: Event): HTMLElement | undefined {
    const items = this.options.items();
    return event.composedPath().find((target): target is HTMLElement => items.includes(target as HTMLElement));
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const item = this.itemOf(event);
    if (item && item !== this.last) {
      this.last = item;
      this.update();
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const current = this.itemOf(event);
    if (!current) return;
    const { orientation = 'both', wrap = true } = this.options;
    const horizontal = orientation !== 'vertical';
    const vertical = orientation !== 'horizontal';
    const rtl = getComputedStyle(current).direction === 'rtl';
    let step: number;
    switch (event.key) {
      case 'ArrowRight':
        if (!horizontal) return;
        step = rtl ? -1 : 1;
        break;
      case 'ArrowLeft':
        if (!horizontal) return;
        step = rtl ? 1 : -1;
        break;
      case 'ArrowDown':
        if (!vertical) return;
        step = 1;
        break;
      case 'ArrowUp':
        if (!vertical) return;
        step = -1;
        break;
      case 'Home':
        step = -Infinity;
        break;
      case 'End':
        step = Infinity;
        break;
      default:
        return;
    }
    const items = this.options.items().filter((item) => item === current || usable(item));
    const count = items.length;
    const index = items.indexOf(current);
    let next: number;
    if (step === -Infinity) next = 0;
    else if (step === Infinity) next = count - 1;
    else if (wrap) next = (index + step + count) % count;
    else next = Math.min(Math.max(index + step, 0), count - 1);
    // The current item, kept for position even when it just became disabled, is never a target.
    let target: HTMLElement | undefined = items[next];
    if (target === current && !usable(current)) target = undefined;
    event.preventDefault();
    if (target && target !== current) this.focus(target);
  };
}

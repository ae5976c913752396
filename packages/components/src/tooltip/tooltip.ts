import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { AnchoredOverlay } from '../internal/controllers/anchored-overlay.js';
import { closeLayer, openLayer, type Layer } from '../internal/controllers/dismiss-stack.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { deepActiveElement } from '../internal/controllers/focus-return.js';
import { place, type TooltipPosition } from './placement.js';
import { tooltipStrings } from './tooltip.strings.js';
import { tooltipStyles } from './tooltip.styles.js';

/** The values `position` accepts (the incumbent's); `top` is the default. */
export const tooltipPositions = ['top', 'right', 'bottom'] as const;
export type { TooltipPosition };
/** The values `display-mode` accepts; both show the same non-modal panel (see the class doc). */
export const tooltipDisplayModes = ['popover', 'modal'] as const;
export type TooltipDisplayMode = (typeof tooltipDisplayModes)[number];
/** The values `icon` accepts; `information` is the default. */
export const tooltipIcons = ['information', 'question'] as const;
export type TooltipIcon = (typeof tooltipIcons)[number];

/** Why the panel closed, in `qc-close`'s detail. */
export type TooltipCloseReason = 'trigger' | 'close-button' | 'escape' | 'outside' | 'hover' | 'focus' | 'api';

/** Time to move the pointer from the trigger onto the panel (WCAG 1.4.13, hoverable). */
const HIDE_DELAY = 300;
const markup = /<[a-z!/?]/i;
const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();

/**
 * A toggletip: a button (the inline text it explains and an icon) that shows a panel of help
 * beside it. Never `role="tooltip"`: the panel may hold links, so it is a non-modal popover that
 * the button controls (`aria-expanded`, `aria-controls`) and that follows it in reading order.
 *
 * It opens on click (and Enter or Space), and stays open until closed; it also opens while the
 * pointer hovers the button or focus is on it, and then stays open while the pointer is over the
 * button or the panel (WCAG 1.4.13). Escape closes it without moving the pointer or focus (focus
 * inside the panel goes back to the button), and so do the close button, a click outside (unless
 * `prevent-outer-event-closing`) and focus leaving it. The button is named « Afficher l’aide
 * contextuelle pour {texte} » / "Show help for {text}".
 *
 * The description is the `description` slot (rich content, light DOM), the `description`
 * attribute (shown as text, never HTML, as the incumbent's HTML attribute was unsafe) or the
 * content of the element whose id is `description-id` (read each time the panel opens).
 * `display-mode="modal"` is accepted for compatibility and shows the same non-modal panel: help
 * text never needs to block the page, and a modal sheet (the incumbent's choice on phones) traps
 * focus and hides the field being explained. The `title` is shown as the panel's bold label, not
 * as a heading (it would join the page's outline at each opening) nor as a browser tooltip.
 *
 * @summary Infobulle — a toggletip: a button that shows a panel of help on click, hover or focus.
 *
 * @slot text - The inline text the help is about (the button's visible text); takes precedence over `label`.
 * @slot - Also inline text, after the `text` slot (the incumbent ignored it).
 * @slot description - The panel's content: paragraphs, lists, links.
 *
 * @csspart trigger - The button that opens and closes the panel.
 * @csspart text - The inline text inside the button.
 * @csspart icon - The icon inside the button.
 * @csspart panel - The panel (a popover).
 * @csspart title - The panel's bold label, from `title`.
 * @csspart description - The wrapper of the description.
 * @csspart close-button - The panel's close button.
 *
 * @cssprop --qc-tooltip-panel-min-width - Minimum width of the panel (216 px).
 * @cssprop --qc-tooltip-panel-max-width - Maximum width of the panel (320 px; never wider than the screen).
 * @cssprop --qc-tooltip-panel-max-height - Maximum height of the panel before it scrolls.
 *
 * @event {CustomEvent<{ reason: 'click' | 'hover' | 'focus' }>} qc-open - The panel opened. `detail.reason`: `click`, `hover` or `focus`.
 * @event {CustomEvent<{ reason: TooltipCloseReason }>} qc-close - The panel closed. `detail.reason`: `trigger`, `close-button`, `escape`, `outside`, `hover`, `focus` or `api`.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcTooltip extends QcElement {
  static override styles = tooltipStyles;
  static override dependencies = { 'qc-icon': () => import('../icon/qc-icon.js') };

  /** The inline text the help is about (the incumbent's `label`). Rendered as text. */
  @property() label: string | null = null;

  /** The incumbent documentation's name for `label`; used when `label` is not set. */
  @property() text: string | null = null;

  /** The panel's title, shown as its bold label. Rendered as text; no browser tooltip. */
  @property() override title = '';

  /** The panel's content as plain text (never HTML: use the `description` slot for rich content). */
  @property() description = '';

  /** The id of an element of the page whose content is the description (the element can stay hidden). */
  @property({ attribute: 'description-id' }) descriptionId: string | null = null;

  /**
   * Where the panel opens: `top` (default), `right` or `bottom`; it flips when there is no room.
   * An unknown value falls back to `top` with a console warning.
   */
  @property({ reflect: true }) position: TooltipPosition = 'top';

  /** `popover` (default) or `modal`; both show the non-modal panel (see above). Others fall back with a warning. */
  @property({ attribute: 'display-mode' }) displayMode: TooltipDisplayMode = 'popover';

  /** The icon: `information` (default) or `question`. An unknown value falls back with a warning. */
  @property() icon: TooltipIcon = 'information';

  /** Keeps a clicked panel open on a click or focus outside (Escape and the close button still close it). */
  @property({ attribute: 'prevent-outer-event-closing', converter: booleanConverter })
  preventOuterEventClosing = false;

  /** Whether the panel is shown. Setting it opens (as a click does) or closes the panel. */
  @property({ reflect: true, converter: booleanConverter }) open = false;

  /** Replaces the button's built-in name for this element. Rendered as text. */
  @property({ attribute: 'trigger-label' }) triggerLabel = '';

  /** Replaces the close button's built-in name (« Fermer l’aide contextuelle ») for this element. */
  @property({ attribute: 'close-label' }) closeLabel = '';

  private readonly localize = new LocalizeController(this, tooltipStrings);
  private overlay: AnchoredOverlay | undefined;
  /** Opened by a click: stays until closed. Otherwise open only while hovered or focused. */
  private pinned = false;
  private hovered = false;
  private focused = false;
  /** Closed by Escape or the close button while hovered or focused: no reopening until both end. */
  private suppressed = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private openReason: 'click' | 'hover' | 'focus' = 'click';
  private closeReason: TooltipCloseReason = 'api';
  private frame = 0;

  private readonly layer: Layer = {
    inside: () => (this.preventOuterEventClosing && this.pinned ? [document.documentElement] : [this]),
    dismiss: (reason) => this.hide(reason),
  };

  constructor() {
    super();
    this.addEventListener('focusin', this.handleFocusIn);
    this.addEventListener('focusout', this.handleFocusOut);
    // The button's name is made of the light-DOM text: follow a framework that changes it.
    new LightDomController(this, {
      config: { childList: true, subtree: true, characterData: true },
      callback: () => this.requestUpdate(),
    });
  }

  private get trigger(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part="trigger"]');
  }

  private get panel(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part="panel"]');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hideTimer);
    closeLayer(this.layer);
    this.stopFollowing();
    this.overlay?.destroy();
    this.overlay = undefined;
    this.hovered = this.focused = false;
  }

  /** Opens the panel (as a click does: it stays until closed). */
  show(): void {
    this.pinned = true;
    this.openWith('click');
  }

  /** Closes the panel. */
  hide(reason: TooltipCloseReason = 'api'): void {
    if (!this.open) return;
    this.closeReason = reason;
    this.pinned = false;
    if (reason === 'escape' || reason === 'close-button' || reason === 'trigger') this.suppressed = true;
    this.open = false;
  }

  private openWith(reason: 'click' | 'hover' | 'focus'): void {
    clearTimeout(this.hideTimer);
    if (this.open) return;
    this.openReason = reason;
    this.open = true;
  }

  /** Closes a panel that was open only for hover or focus, once neither holds it. */
  private release(reason: 'hover' | 'focus'): void {
    clearTimeout(this.hideTimer);
    if (!this.hovered && !this.focused) this.suppressed = false;
    if (!this.open || this.hovered || (this.focused && !this.pinned)) return;
    if (this.pinned) {
      // Focus left a clicked panel: it closes, as the incumbent's did, unless asked not to.
      if (reason === 'focus' && !this.preventOuterEventClosing) this.hide('focus');
      return;
    }
    if (!this.focused) this.hide(reason);
  }

  private readonly handleTriggerClick = (event: MouseEvent): void => {
    // Inside a <label>, the click must not also activate the labelled field.
    event.preventDefault();
    if (this.open && this.pinned) {
      this.hide('trigger');
      return;
    }
    this.suppressed = false;
    this.pinned = true;
    this.openWith('click');
  };

  private readonly handlePointerEnter = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    this.hovered = true;
    clearTimeout(this.hideTimer);
    if (!this.suppressed) this.openWith('hover');
  };

  private readonly handlePointerLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    this.hovered = false;
    if (!this.focused) this.suppressed = false;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.release('hover'), HIDE_DELAY);
  };

  private readonly handleFocusIn = (event: FocusEvent): void => {
    this.focused = true;
    clearTimeout(this.hideTimer);
    const trigger = this.trigger;
    if (trigger && event.composedPath()[0] === trigger && !this.suppressed) this.openWith('focus');
  };

  private readonly handleFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (next === this || this.contains(next))) return;
    this.focused = false;
    this.release('focus');
  };

  private readonly handleClose = (): void => {
    this.hide('close-button');
  };

  /** The text the help is about, as shown: the text slot, `label` (or `text`), the default slot; else the title. */
  private subject(): string {
    let before = '';
    let after = '';
    // Its light DOM is not known on the server (nor, for the same render, on hydration).
    for (const node of this.serverView ? [] : this.childNodes) {
      const slot = node instanceof Element ? node.getAttribute('slot') : null;
      if (slot === 'text') before += ` ${node.textContent ?? ''}`;
      else if (slot === null && node.nodeType !== Node.COMMENT_NODE) after += ` ${node.textContent ?? ''}`;
    }
    return text(`${before} ${text(this.label) || text(this.text)} ${after}`) || text(this.title);
  }

  /** Copies the content of the `description-id` element into the panel (ids removed, no scripts). */
  private copyReferencedDescription(): void {
    const container = this.renderRoot.querySelector('.referenced');
    if (!container) return;
    const id = text(this.descriptionId);
    if (!id || text(this.description)) {
      container.replaceChildren();
      return;
    }
    const root = this.getRootNode() as Document | ShadowRoot;
    const source = root.getElementById?.(id) ?? document.getElementById(id);
    if (!source) {
      this.warnOnce(`description-id:${id}`, `description-id="${id}": no element with this id in the page.`);
      container.replaceChildren();
      return;
    }
    const copy = source.cloneNode(true) as Element;
    copy.querySelectorAll('script, style, template').forEach((node) => node.remove());
    copy.querySelectorAll('[id]').forEach((node) => node.removeAttribute('id'));
    container.replaceChildren(...copy.childNodes);
  }

  private hasSlottedDescription(): boolean {
    if (this.serverView) return false;
    return !!this.querySelector(':scope > [slot="description"]');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('description') && markup.test(text(this.description))) {
      this.warnOnce(
        'markup:description',
        'description is shown as text, not HTML; put formatted content in a child with slot="description".',
      );
    }
  }

  protected override firstUpdated(): void {
    // Measured: the engine's anchor positioning path of the overlay opens below only; `position`
    // (top, right) is placed by script after it, in every engine alike.
    this.overlay = new AnchoredOverlay({ anchor: this.trigger!, popup: this.panel!, strategy: 'measured' });
    // Content a framework adds right after the element: checked once the page settled.
    setTimeout(() => {
      if (!this.isConnected || text(this.description) || text(this.descriptionId) || this.hasSlottedDescription()) {
        return;
      }
      this.warnOnce('description', 'no description: set description, description-id or a slot="description" child.');
    });
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('open') || !this.overlay) return;
    const was = changed.get('open') as boolean | undefined;
    if (this.open) {
      if (!this.pinned && this.openReason === 'click') this.pinned = true;
      this.copyReferencedDescription();
      this.overlay.show();
      this.placePanel();
      window.addEventListener('scroll', this.handleViewportChange, { capture: true, passive: true });
      window.addEventListener('resize', this.handleViewportChange, { passive: true });
      openLayer(this.layer);
      this.emit('qc-open', { reason: this.openReason });
    } else if (was) {
      const panel = this.panel!;
      const inside =
        panel.contains(deepActiveElement()) || this.querySelector(':scope > [slot="description"]:focus-within');
      this.overlay.hide();
      this.stopFollowing();
      closeLayer(this.layer);
      // Focus that was in the panel goes back to the button, never to <body> (always the button,
      // not where focus was at opening as FocusReturn does: a hover may have opened it).
      if (inside) this.trigger?.focus();
      this.pinned = false;
      this.emit('qc-close', { reason: this.closeReason });
      this.closeReason = 'api';
    }
  }

  private placePanel(): void {
    const position = this.validEnum('position', this.position, tooltipPositions, 'top');
    place(this.trigger!, this.panel!, position);
  }

  /** The overlay measures again on scroll and resize; `position` is applied after it, next frame. */
  private readonly handleViewportChange = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.open) this.placePanel();
    });
  };

  private stopFollowing(): void {
    window.removeEventListener('scroll', this.handleViewportChange, { capture: true });
    window.removeEventListener('resize', this.handleViewportChange);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private emit(type: 'qc-open' | 'qc-close', detail: { reason: string }): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  override render() {
    this.validEnum('display-mode', this.displayMode, tooltipDisplayModes, 'popover');
    const icon = this.validEnum('icon', this.icon, tooltipIcons, 'information');
    const shown = text(this.label) || text(this.text);
    const title = text(this.title);
    const description = text(this.description);
    const name = text(this.triggerLabel) || this.localize.term('tooltipShow', this.subject());
    // title="" keeps the host's `title` (the incumbent's API) from showing as a browser tooltip.
    // prettier-ignore
    return html`<span class="base" title=""
      ><button part="trigger" class="trigger" type="button" aria-label=${name} aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel" @click=${this.handleTriggerClick} @pointerenter=${this.handlePointerEnter}
        @pointerleave=${this.handlePointerLeave}
        ><span part="text" class="text"><slot name="text"></slot>${shown ? `${shown} ` : ''}<slot></slot></span
        ><span part="icon" class="icon" aria-hidden="true"><qc-icon icon="${icon}-tooltip" size="sm"></qc-icon></span
      ></button
      ><div part="panel" id="panel" class="panel" role="group" aria-label=${title || this.localize.term('tooltipPanel')}
        @pointerenter=${this.handlePointerEnter} @pointerleave=${this.handlePointerLeave}
        ><div class="content"
          >${title ? html`<strong part="title" class="title">${title}</strong>` : nothing}<div part="description" class="description"
            ><slot name="description"></slot>${description ? html`<p>${description}</p>` : nothing}<div class="referenced"></div
          ></div
        ></div
        ><button part="close-button" class="close" type="button" aria-label=${text(this.closeLabel) || this.localize.term('tooltipClose')}
          @click=${this.handleClose}><qc-icon icon="xclose" size="sm" aria-hidden="true"></qc-icon></button
      ></div
    ></span>`;
  }
}

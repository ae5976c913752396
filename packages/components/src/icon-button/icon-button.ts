import { property } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { QcLightElement } from '../internal/qc-element.js';
import { booleanConverter } from '../internal/converters.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { PART } from '../internal/part.js';
import { iconButtonStyles } from './icon-button.styles.js';

/** The values `size` accepts (the incumbent's), smallest first; `xl` is the default. */
export const iconButtonSizes = ['sm', 'md', 'nm', 'lg', 'xl'] as const;
export type IconButtonSize = (typeof iconButtonSizes)[number];

/** The values `type` accepts; `button` is the default (the incumbent had none and submitted forms). */
export const iconButtonTypes = ['button', 'submit', 'reset'] as const;
export type IconButtonType = (typeof iconButtonTypes)[number];

/**
 * The attributes a page or a framework sets on the host that belong to the button: moved onto the
 * native `<button>` (and off the host, where `aria-expanded` on a generic element is invalid ARIA).
 */
export const forwardedAttributes = [
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'aria-expanded',
  'aria-controls',
  'aria-haspopup',
  'aria-pressed',
  'aria-current',
  'name',
  'value',
  'form',
] as const;

/** Icon box of each button size when `icon-size` is not set (qc-icon sizes). */
const defaultIconSizes: Record<IconButtonSize, string> = { sm: 'sm', md: 'sm', nm: 'md', lg: 'nm', xl: 'nm' };

/**
 * A button that shows only an icon: a native `<button>` in the light DOM (so forms, frameworks,
 * `aria-*`, focus and activation work as in plain HTML), with a decorative `qc-icon` and a name
 * from `label`, rendered as visually hidden text inside the button (read by screen readers and
 * translated by browser translation tools, which `aria-label` often is not).
 *
 * A name is required: without `label`, `aria-label` or `aria-labelledby` (or text in an
 * author's own button), a console warning says so. An author may write the `<button>` child
 * themselves (server rendering, framework bindings): it is kept and enhanced, never replaced.
 *
 * Attributes set on the host that belong to the button (`aria-label`, `aria-expanded`,
 * `aria-controls`, `aria-pressed`, `aria-haspopup`, `aria-describedby`, `aria-labelledby`,
 * `aria-current`, `name`, `value`, `form`) are moved to the button.
 *
 * @summary Bouton icône — an icon-only native button with a required accessible name.
 *
 * @cssprop --qc-icon-button-size-sm - Box of `size="sm"` (24 px: the minimum target, larger than the incumbent's 16 px).
 * @cssprop --qc-icon-button-size-md - Box of `size="md"` (24 px).
 * @cssprop --qc-icon-button-size-nm - Box of `size="nm"` (24 px).
 * @cssprop --qc-icon-button-size-lg - Box of `size="lg"` (32 px).
 * @cssprop --qc-icon-button-size-xl - Box of `size="xl"`, the default (40 px).
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcIconButton extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [iconButtonStyles];

  /**
   * The button's box: `sm`, `md`, `nm` (24 px, the minimum target), `lg` (32 px) or `xl` (40 px, default).
   * An unknown value falls back to `xl` with a console warning.
   */
  @property({ reflect: true }) size: IconButtonSize = 'xl';

  /** The button's accessible name (required unless `aria-label` or `aria-labelledby` is set). Rendered as text. */
  @property() label: string | null = null;

  /** The `qc-icon` name to draw (`xclose`, `search`, a registered icon…). Decorative. */
  @property() icon: string | null = null;

  /** The icon's box, a `qc-icon` size (`xs` to `xl`). Default: fitted to `size`. */
  @property({ attribute: 'icon-size' }) iconSize: string | null = null;

  /** The icon's colour, a colour token name without `--qc-color-` (`blue-piv`). Default: the text colour. */
  @property({ attribute: 'icon-color' }) iconColor: string | null = null;

  /**
   * The native button's `type`: `button` (default, never submits a form), `submit` or `reset`.
   * An unknown value falls back to `button` with a console warning.
   */
  @property() type: IconButtonType = 'button';

  /** Disables the button (also accepts the incumbent's `"true"`/`"false"` strings). */
  @property({ reflect: true, converter: booleanConverter }) disabled = false;

  constructor() {
    super();
    new LightDomController(this, {
      config: { childList: true, attributes: true, attributeFilter: [...forwardedAttributes] },
      callback: (records) => {
        // Our own changes (the button and its parts) are not worth an update.
        if (records.some((record) => record.target === this)) this.requestUpdate();
      },
    });
  }

  /** The native button: the author's own `<button>` child, or the one this element created. */
  get button(): HTMLButtonElement | null {
    return this.querySelector(':scope > button');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcIconButton);
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const button = this.ensureButton();
    const size = this.validEnum('size', this.size, iconButtonSizes, 'xl');
    button.setAttribute('data-qc-size', size);
    button.type = this.validEnum('type', this.type, iconButtonTypes, 'button');
    button.disabled = this.disabled;
    this.forwardAttributes(button);
    this.renderIcon(button, size);
    this.renderLabel(button);
    this.checkName(button);
  }

  private ensureButton(): HTMLButtonElement {
    const existing = this.button;
    if (existing) return existing;
    const button = document.createElement('button');
    button.setAttribute(PART, 'control');
    this.append(button);
    return button;
  }

  private forwardAttributes(button: HTMLButtonElement): void {
    for (const name of forwardedAttributes) {
      const value = this.getAttribute(name);
      if (value === null) continue;
      button.setAttribute(name, value);
      this.removeAttribute(name);
    }
  }

  private renderIcon(button: HTMLButtonElement, size: IconButtonSize): void {
    const name = this.icon?.trim();
    let icon = button.querySelector<HTMLElement>(`qc-icon[${PART}="icon"]`);
    if (!name) {
      icon?.remove();
      return;
    }
    if (!icon) {
      icon = document.createElement('qc-icon');
      icon.setAttribute(PART, 'icon');
      icon.setAttribute('aria-hidden', 'true');
      button.prepend(icon);
      // qc-icon is loaded the first time an icon button draws one (not at import).
      if (!customElements.get('qc-icon')) void import('../icon/qc-icon.js');
    }
    icon.setAttribute('icon', name);
    icon.setAttribute('size', this.iconSize?.trim() || defaultIconSizes[size]);
    if (this.iconColor?.trim()) icon.setAttribute('color', this.iconColor.trim());
    else icon.removeAttribute('color');
  }

  private renderLabel(button: HTMLButtonElement): void {
    const label = this.label?.trim() ?? '';
    let text = button.querySelector<HTMLSpanElement>(`[${PART}="label"]`);
    if (!label) {
      text?.remove();
      return;
    }
    if (!text) {
      text = document.createElement('span');
      text.setAttribute(PART, 'label');
      button.append(text);
    }
    // Text, never HTML.
    if (text.textContent !== label) text.textContent = label;
  }

  private checkName(button: HTMLButtonElement): void {
    const named =
      !!button.getAttribute('aria-label')?.trim() ||
      !!button.getAttribute('aria-labelledby')?.trim() ||
      !!button.textContent?.trim() ||
      !!button.getAttribute('title')?.trim();
    if (!named) {
      this.warnOnce(
        'name',
        'an icon button needs a name: set label="…" (or aria-label), or screen readers announce only "button".',
      );
    }
  }
}

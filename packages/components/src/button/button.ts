import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { QcElement, LocalizeController, booleanConverter, hostStyles } from '../internal/index.js';
import { announce } from '../internal/announce.js';
import { buttonStyles } from './button.styles.js';
import { buttonStrings } from './button.strings.js';
import { FormProxyController } from './form-proxy.js';
import { disabledByFieldset, formOwner, watchFieldsets } from './form-owner.js';

export const buttonVariants = ['primary', 'secondary', 'tertiary', 'danger'] as const;
export type ButtonVariant = (typeof buttonVariants)[number];
export const buttonTypes = ['submit', 'reset', 'button'] as const;
export type ButtonType = (typeof buttonTypes)[number];
// `left` and `right` are the incumbent's words for `start` and `end`.
const iconPositions = ['start', 'end', 'left', 'right'] as const;

/**
 * A button, or a link styled as a button, that behaves like a native `<button>` in a form.
 *
 * The label is the element's text (light DOM). In a form, `type="submit"` (the default) submits
 * it and `type="reset"` resets it, with native semantics: constraint validation, the `submit`
 * event's `submitter` carries `name`/`value`, Enter in a text field submits (implicit
 * submission), `<fieldset disabled>` and the `form` attribute apply. For this the element keeps one
 * hidden native button in its light DOM (`slot="qc-proxy"`, never rendered nor exposed) while it is
 * in a form (see `FormProxyController`). With `href` it renders a link (`target`, `rel`, `download`).
 *
 * With `command` and `commandfor`, activating the button sends the invoker command (`show-modal`,
 * `close`, `request-close`, `toggle-popover`…) to the element with that id in the same document or
 * shadow root, as a native `<button command commandfor>` does: a `command` event on the target
 * (qc-dialog runs `show-modal`, `close`, `request-close` from it), and the built-in commands of
 * `<dialog>` and `[popover]` targets. Such a button neither submits nor resets a form.
 *
 * `loading` keeps the button focusable and its label visible, marks it busy (`aria-busy`,
 * `aria-disabled`), ignores activation and politely announces « Chargement en cours » / « Loading »
 * when it turns on. Focus stays on the button as loading turns on and off (the inner `<button>` is
 * the same element throughout), so a keyboard or screen-reader user keeps their place. Booleans
 * also accept the incumbent's `"false"`.
 *
 * @summary Button (or link styled as a button) in four variants, that submits and resets forms natively.
 *
 * @slot - The label (text). Required: it is the button's accessible name.
 *
 * @attr {string} command - Invoker command sent to the `commandfor` element on activation, as on a native
 * button (`show-modal`, `close`, `request-close`, `toggle-popover`…). Read when the button is activated.
 *
 * @csspart base - The inner `<button>` or `<a>`.
 * @csspart label - The wrapper of the label.
 * @csspart icon - The `<qc-icon>`, when `icon` is set.
 * @csspart spinner - The busy indicator, while `loading`.
 *
 * @cssprop --qc-button-min-height - Minimum height (56 px; compact: `--qc-button-min-height-compact`, 40 px).
 * @cssprop --qc-button-min-width - Minimum width (112 px; compact: `--qc-button-min-width-compact`, 80 px).
 * @cssprop --qc-button-max-width - Maximum width (360 px); longer labels wrap.
 * @cssprop --qc-button-padding-block - Vertical padding (14 px; compact 7 px).
 * @cssprop --qc-button-padding-inline - Horizontal padding (22 px; compact 15 px).
 * @cssprop --qc-button-border-width - Border width (2 px; compact 1 px).
 * @cssprop --qc-button-gap - Space between the icon and the label.
 *
 * @event {MouseEvent} click - Native click, not fired while disabled or loading.
 *
 * @status stable
 * @since 0.1.0
 */
export class QcButton extends QcElement {
  static override styles = [hostStyles, buttonStyles];
  /** @internal qc-icon loads when a button first renders an icon: most have none and pay nothing for it. */
  static override dependencies = { 'qc-icon': () => import('../icon/qc-icon.js') };
  static override shadowRootOptions: ShadowRootInit = { ...QcElement.shadowRootOptions, delegatesFocus: true };

  /** `primary` (default), `secondary`, `tertiary` or `danger`. */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';
  /** Smaller button (40 px high, 1 px border, semi-bold). */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) compact = false;
  /** As on a native button: `submit` (default), `reset` or `button` (does nothing to the form). */
  @property({ reflect: true }) type: ButtonType = 'submit';
  /** Renders a link to this URL, styled as a button. */
  @property() href: string | null = null;
  /** Link target (`_blank`…), with `href`. */
  @property() target: string | null = null;
  /** Link relation (`noopener`, `external`…), with `href`. */
  @property() rel: string | null = null;
  /** Download the link's resource, optionally under this file name, with `href`. */
  @property() download: string | null = null;
  /** Cannot be focused nor activated. With `href`, the link loses its `href` and is marked `aria-disabled`. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) disabled = false;
  /** Busy: stays focusable (and keeps focus), shows a spinner, ignores clicks and does not submit. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) loading = false;
  /** Qc-icon name (`information`, `external-link`…) drawn next to the label; decorative. */
  @property() icon: string | null = null;
  /** Where the icon goes: `start` (default) or `end` (`left`/`right` also accepted). */
  @property({ attribute: 'icon-position' }) iconPosition: 'start' | 'end' | 'left' | 'right' = 'start';
  /** Sent with the form data when this button submits the form, as `name=value`. */
  @property() name = '';
  /** Value sent with `name` when this button submits the form. */
  @property() value = '';
  /** Id of the form this button belongs to, when it is not inside it (attribute `form`, like native). */
  @property({ attribute: 'form', reflect: true }) formId: string | null = null;
  /** Id of the element (same document or shadow root) that receives `command`. */
  @property({ attribute: 'commandfor' }) commandFor: string | null = null;
  /** Replaces « Chargement en cours » / « Loading » for this button. */
  @property({ attribute: 'loading-text' }) loadingText: string | null = null;
  @state() private formDisabled = false;

  private readonly localize = new LocalizeController(this, buttonStrings);
  private readonly proxy: FormProxyController;

  constructor() {
    super();
    this.proxy = new FormProxyController(this, () => {
      const type = this.effectiveType;
      return {
        type: this.href || type === 'button' ? null : type,
        name: this.name,
        value: this.value,
        form: this.formId,
        // Loading also disables the default button, so Enter in a field cannot submit twice.
        disabled: this.disabled || this.loading,
      };
    });
    // Capture, so it runs before any other listener on the element (at target, capture listeners go first).
    this.addEventListener('click', this.handleClick, { capture: true });
  }

  /** The form this button submits or resets (own `form` attribute, else the enclosing form), like `button.form`. */
  get form(): HTMLFormElement | null {
    return formOwner(this, this.formId);
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get effectiveType(): ButtonType {
    // A button that sends a command does not also submit (a native one without `type` does not).
    if (this.commandFor && !this.href) return 'button';
    return this.validEnum('type', this.type, buttonTypes, 'submit');
  }

  /** Clicks the inner button or link, as `button.click()` does (nothing while disabled). */
  override click(): void {
    // A script may have toggled an enclosing fieldset just before: render that first, as native.
    this.fieldsetChanged();
    this.performUpdate();
    const base = this.renderRoot?.querySelector<HTMLElement>('.base');
    if (base) base.click();
    else super.click();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchFieldsets(this);
    this.fieldsetChanged();
  }

  /** @internal An enclosing fieldset's `disabled` changed (see form-owner.ts): render again. */
  fieldsetChanged(): void {
    this.formDisabled = disabledByFieldset(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Announce only a change to loading after the first render, never the initial state.
    if (changed.has('loading') && this.loading && this.hasUpdated) announce(this.loadingLabel);
  }

  protected override firstUpdated(): void {
    // Frameworks may add the label just after connecting the element: only an element still
    // empty a task later gets the warning. Labelled ones (nearly all) schedule nothing.
    // The check is in the warning: the production build drops both.
    if (!this.textContent?.trim()) {
      setTimeout(() =>
        this.warnOnce('no-label', () => {
          const slot = this.renderRoot?.querySelector<HTMLSlotElement>('slot:not([name])');
          const text = slot?.assignedNodes({ flatten: true }).map((node) => node.textContent ?? '') ?? [];
          if (text.join('').trim()) return undefined;
          return 'the button has no text, so it has no accessible name. Put its label inside the element.';
        }),
      );
    }
  }

  protected override render() {
    const variant = this.validEnum('variant', this.variant, buttonVariants, 'primary');
    const position = this.validEnum('icon-position', this.iconPosition, iconPositions, 'start');
    const disabled = this.isDisabled;
    const loading = this.loading;
    const classes = `base ${variant}${this.compact ? ' compact' : ''}${disabled ? ' disabled' : ''}${
      loading ? ' loading' : ''
    }${disabled || loading ? ' inert' : ''}`;
    // The decoration (spinner or icon) goes before the label, or after it for an icon at the end.
    let start: unknown = nothing;
    let end: unknown = nothing;
    if (loading) start = html`<span part="spinner" class="spinner" aria-hidden="true"></span>`;
    else if (this.icon) {
      const icon = html`<qc-icon part="icon" class="icon" icon=${this.icon} size="sm"></qc-icon>`;
      if (position === 'end' || position === 'right') end = icon;
      else start = icon;
    }
    const busy = loading ? 'true' : nothing;
    const inert = !disabled && loading ? 'true' : nothing;
    const describedBy = loading ? 'loading-description' : nothing;
    const description = loading ? html`<span id="loading-description" hidden>${this.loadingLabel}</span>` : nothing;
    // One template per element kind (button or link) whatever the state, so Lit keeps the same
    // inner `<button>` (or `<a>`) and only updates its attributes: replacing it while focused
    // would drop focus to <body> (WCAG 2.4.3). Flat templates without white space between tags:
    // a nested template or a text node is one more instance, clone or node per button, and pages
    // hold many buttons. The description tells whoever reaches a busy button that it is
    // loading; it exists only then (1000 idle buttons carry no extra nodes). Turning loading on
    // after the first render is also announced through the page's shared live region (see
    // willUpdate), never on page load.
    if (this.href) {
      return html`<a
          part="base"
          class=${classes}
          href=${disabled ? nothing : this.href}
          role=${disabled ? 'link' : nothing}
          target=${disabled ? nothing : (this.target ?? nothing)}
          rel=${this.rel ?? nothing}
          download=${disabled ? nothing : (this.download ?? nothing)}
          aria-disabled=${disabled ? 'true' : inert}
          aria-busy=${busy}
          aria-describedby=${describedBy}
          >${start}<span part="label" class="label"><slot></slot></span>${end}</a
        >${description}`;
    }
    // Prettier would add a line break (a text node in every button) before ${start}.
    // prettier-ignore
    return html`<button
        part="base"
        class=${classes}
        type="button"
        ?disabled=${disabled}
        aria-disabled=${inert}
        aria-busy=${busy}
        aria-describedby=${describedBy}
      >${start}<span part="label" class="label"><slot></slot></span>${end}</button
      >${description}`;
  }

  private get loadingLabel(): string {
    return this.loadingText?.trim() || this.localize.term('buttonLoading');
  }

  private readonly handleClick = (event: MouseEvent): void => {
    // The proxy's click (implicit submission from a text field) is the browser's own business.
    if (this.proxy.isProxy(event.target)) return;
    if (this.isDisabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.href) return;
    if (this.commandFor) {
      // The inner `<button>` is in the shadow root, where `commandfor` cannot name an element of the
      // page: the command is delivered once the click's dispatch is done (a later listener may
      // cancel it), by the invoker module, loaded on first use (every page with a button pays for
      // this module).
      setTimeout(() => event.defaultPrevented || import('../internal/invoker.js').then((m) => m.invokeFrom(this)));
    } else if (this.effectiveType !== 'button' && this.form) this.proxy.activateAfter(event);
  };
}

import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { headingLevels, renderHeading, type HeadingLevel } from '../internal/heading.js';
import { QcElement } from '../internal/qc-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import {
  FormCoordinator,
  type FormError,
  type FormListener,
  type InvalidSubmitDetail,
} from '../internal/form-coordinator.js';
import { validationMessage, withValidationStrings, type NativeControl } from '../internal/validation.js';
import { announce } from '../internal/announce.js';
import { uniqueId } from '../internal/ids.js';
import { authorMessage, controlLabel, fieldLabel, labelToReveal, text } from './error-labels.js';
import { errorSummaryStrings } from './error-summary.strings.js';
import { FormLookupController } from './form-lookup.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** Heading levels accepted by `header`. */
export const errorSummaryHeaders = headingLevels;
export type ErrorSummaryHeader = HeadingLevel;

/** What the summary shows: nothing, the list of errors, or the confirmation that all were fixed. */
export type ErrorSummaryState = 'hidden' | 'errors' | 'corrected';

/** One line of the summary. */
export interface ErrorSummaryItem {
  /** The text shown (the field's message, with its label first when the message does not name it). */
  readonly text: string;
  /** The control the link focuses (null: shown as text, nothing to focus). */
  readonly target: HTMLElement | null;
}

const isControl = (node: unknown): node is NativeControl =>
  node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement;

/**
 * The error summary of a form (« Le formulaire contient 2 erreurs »): placed at the top of the
 * form, or anywhere with `for="form-id"`. When the user tries to submit a form that has errors, it
 * lists every error in the order of the fields, each as a link that moves focus to its field, and
 * it takes focus so the user, and their screen reader, learn first what went wrong. It follows
 * the fixes: a corrected field leaves the list, and when the last one is fixed the summary says
 * « Toutes les erreurs ont été corrigées » (it is hidden again by a successful submit or a reset).
 *
 * Errors the server rendered in the page (`invalid` + `invalid-text` on fields) are listed at load
 * and the summary takes focus then too, as a page that comes back with errors must say so first;
 * `no-autofocus` keeps the focus where it is at load. Plain native controls of the form (not
 * wrapped in a qc-ds field) are listed as well, with the same messages, instead of the browser's
 * bubble.
 *
 * Nothing shows until there is something to say: no box, no heading, nothing read by screen
 * readers. Every message and label is rendered as text, never as HTML.
 *
 * @summary Résumé des erreurs — lists a form's errors as links to the fields, takes focus on a failed submit.
 *
 * @slot - An optional description under the heading (e.g. « Corrigez les champs suivants. »). Shown with the errors only.
 *
 * @csspart base - The bordered box (focused on a failed submit).
 * @csspart icon - The icon column.
 * @csspart heading - The heading.
 * @csspart list - The list of errors.
 *
 * @cssprop --qc-notice-border-width - Width of the box border (shared with qc-notice).
 * @cssprop --qc-notice-padding - Space around the heading and list (shared with qc-notice).
 * @cssprop --qc-max-content-width - Maximum width of the summary.
 *
 * @status stable
 * @since 0.2.0
 */
export class QcErrorSummary extends QcElement {
  static override styles = errorSummaryStyles;
  /** @internal Each entry's icon: loaded when the summary first renders one. */
  static override dependencies = { 'qc-icon': () => import('../icon/qc-icon.js') };

  /**
   * The `id` of the form to summarize, when the summary is not inside it (attribute `for`).
   * Without it, the closest enclosing `<form>`.
   */
  @property({ attribute: 'for' }) htmlFor = '';

  /** Replaces the heading (« Le formulaire contient 2 erreurs »). Text only, never HTML. */
  @property() heading = '';

  /** Replaces the heading shown once every error is fixed (« Toutes les erreurs ont été corrigées »). */
  @property({ attribute: 'corrected-heading' }) correctedHeading = '';

  /**
   * The heading level, `h1` to `h6` (default `h2`), to fit the page's outline. An unknown value
   * falls back to `h2` with a console warning.
   */
  @property() header: ErrorSummaryHeader = 'h2';

  /** Leaves focus where it is when the page loads with server errors (they are still listed). */
  @property({ type: Boolean, reflect: true, converter: booleanConverter, attribute: 'no-autofocus' }) noAutofocus =
    false;

  @state() private shownItems: readonly ErrorSummaryItem[] = [];
  @state() private shownState: ErrorSummaryState = 'hidden';

  private readonly localize = new LocalizeController(this, withValidationStrings(errorSummaryStrings));
  private form: HTMLFormElement | null = null;
  private coordinator: FormCoordinator | undefined;
  /**
   * Errors with `invalid` that appear now are a server's: at load, or the app's answer to a valid
   * submit. Until the user starts filling the form (then they are the app's own validation, shown
   * by the fields, and the summary waits for a submit attempt).
   */
  private expectingServerErrors = true;
  private readonly lookup = new FormLookupController(this, (form) => this.attach(form));

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.attach(null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') && this.isConnected && changed.get('htmlFor') !== undefined) this.lookup.lookUp();
  }

  /** What the summary shows now: `hidden`, `errors` or `corrected`. */
  get state(): ErrorSummaryState {
    return this.shownState;
  }

  /** The lines shown now, in the order of the fields (empty unless `state` is `errors`). */
  get items(): readonly ErrorSummaryItem[] {
    return this.shownItems;
  }

  /** The form this summary reports on (null until found). */
  get formElement(): HTMLFormElement | null {
    return this.form;
  }

  /**
   * Lists the form's current errors and shows the summary (hidden when there are none). For apps
   * that set `invalid` on fields themselves outside a submit, e.g. from a server's answer.
   * Focuses the summary unless `{ focus: false }`.
   */
  async showErrors(options: { focus?: boolean } = {}): Promise<void> {
    const items = this.collect();
    this.setItems(items, items.length ? 'errors' : 'hidden');
    if (items.length && options.focus !== false) {
      await this.updateComplete;
      this.focus();
    }
  }

  /** Focuses the summary box (when shown), as after a failed submit. */
  override focus(options?: FocusOptions): void {
    const base = this.renderRoot.querySelector<HTMLElement>('[part="base"]');
    if (!base) return;
    // Already focused: blur first, so a second failed attempt is announced again.
    if ((this.renderRoot as ShadowRoot).activeElement === base) base.blur();
    // Focusable only while focused (GOV.UK): a click on its text later does not outline it.
    base.setAttribute('tabindex', '-1');
    base.focus(options);
  }

  /** The events of the form the summary follows. */
  private get formListeners(): [string, EventListener][] {
    return [
      ['qc-invalid-submit', this.onInvalidSubmit as EventListener],
      ['qc-errors-change', this.onErrorsChange],
      ['input', this.onEdit],
      ['change', this.onEdit],
      ['focusin', this.onFocusIn as EventListener],
    ];
  }

  /** Follows `form` (null: none). */
  private attach(form: HTMLFormElement | null): void {
    if (form && form === this.form) {
      this.refresh();
      return;
    }
    if (this.form) {
      for (const [type, listener] of this.formListeners) this.form.removeEventListener(type, listener);
      this.coordinator?.unlisten(this.formHeard);
      this.form = null;
      this.coordinator = undefined;
      this.setItems([], 'hidden');
    }
    if (!form) return;
    this.form = form;
    this.coordinator = FormCoordinator.of(form);
    // Plain native controls are reported like fields (no native bubble), worded by the summary.
    this.coordinator.followPlainControls({
      message: (control) => validationMessage(control, this.localize, controlLabel(control)),
      label: controlLabel,
    });
    this.coordinator.listen(this.formHeard);
    for (const [type, listener] of this.formListeners) form.addEventListener(type, listener);
    // Fields upgraded before the summary: their server errors are already there.
    this.onErrorsChange();
  }

  private readonly onInvalidSubmit = (event: CustomEvent<InvalidSubmitDetail>): void => {
    // Another summary of the same form took focus already: list, but leave focus there.
    const focus = !event.defaultPrevented;
    event.preventDefault();
    this.report(focus);
  };

  private readonly onErrorsChange = (): void => {
    if (this.state === 'hidden') {
      if (!this.expectingServerErrors) return;
      const items = this.collect();
      const fromServer = (this.coordinator?.errors() ?? []).some((error) => this.isServerError(error));
      if (!items.length || !fromServer) return;
      this.setItems(items, 'errors');
      // Once per load (or per answer to a submit): later errors wait for a submit attempt.
      this.expectingServerErrors = false;
      if (!this.noAutofocus) void this.updateComplete.then(() => this.focus());
      return;
    }
    this.refresh();
  };

  /** The user edits: errors that appear from now on are not a server's. */
  private readonly onEdit = (event: Event): void => {
    if (event.isTrusted) this.expectingServerErrors = false;
  };

  /** The user is filling the form: errors that appear now are not a server's. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    if (this.state === 'hidden' && isControl(event.target)) this.expectingServerErrors = false;
  };

  /** The form's submits and resets, as its coordinator hears them. */
  private readonly formHeard: FormListener = {
    submitted: () => {
      // A valid submit: the errors are history. An app that answers with server errors (setting
      // `invalid` on fields without reloading) gets them listed and focused like at load.
      this.setItems([], 'hidden');
      this.expectingServerErrors = true;
    },
    reset: () => {
      this.expectingServerErrors = false;
      this.setItems([], 'hidden');
    },
  };

  private report(focus: boolean): void {
    const items = this.collect();
    if (!items.length) return;
    this.setItems(items, 'errors');
    if (focus) void this.updateComplete.then(() => this.focus());
  }

  /**
   * Re-reads the errors while shown. The last fix turns the summary into a confirmation rather than
   * hiding it: a box that vanishes shifts the page under the user (the field they are in jumps up by
   * its height), and a screen reader user who goes back to it by heading would find nothing and
   * wonder whether it was ever there. The confirmation is announced politely, and a successful
   * submit or a reset hides it.
   */
  private refresh(): void {
    if (this.state === 'hidden') return;
    const items = this.collect();
    if (items.length) this.setItems(items, 'errors');
    else if (this.state === 'errors') {
      this.setItems([], 'corrected');
      announce(`${this.correctedHeadingText()}. ${this.localize.term('errorSummaryCorrectedText')}`);
    }
  }

  private setItems(items: ErrorSummaryItem[], state: ErrorSummaryState): void {
    this.shownItems = items;
    this.shownState = state;
  }

  private isServerError(error: FormError): boolean {
    const value = error.field.host.getAttribute('invalid');
    return value !== null && value.trim().toLowerCase() !== 'false';
  }

  /** Every error now, from the coordinator (qc-ds fields and plain controls), in document order. */
  private collect(): ErrorSummaryItem[] {
    return (this.coordinator?.errors() ?? []).map((error) => ({
      // The author's own message (`invalid-text`) is shown as written, like in the field.
      text:
        authorMessage(error.field.host) === error.message
          ? error.message
          : this.itemText(fieldLabel(error.field), error.message),
      target: this.linkable(error.target ?? error.field.focusTarget),
    }));
  }

  /** A built-in message, with the field's label first when the message does not name it. */
  private itemText(label: string, message: string): string {
    const clean = label.trim().replace(/\s*:$/, '');
    // Case-sensitive: « Le champ Courriel… » names the field, « …une adresse courriel… » does not.
    if (!clean || message.includes(clean)) return message;
    return this.localize.term('errorSummaryItem', clean, message);
  }

  /** A link needs an id on its target (kept if the author gave one). */
  private linkable(target: HTMLElement | null): HTMLElement | null {
    if (!target) return null;
    if (!target.id) target.id = uniqueId('qc-control');
    return target;
  }

  private correctedHeadingText(): string {
    return text(this.correctedHeading) || this.localize.term('errorSummaryCorrectedHeading');
  }

  private readonly onLinkClick = (event: MouseEvent): void => {
    // Modified clicks (new tab, new window) keep the browser's behaviour.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.currentTarget as HTMLAnchorElement;
    const item = this.items[Number(link.dataset['index'])];
    const target = item?.target;
    if (!target?.isConnected) return;
    event.preventDefault();
    const host = this.coordinator?.errors().find((error) => error.field.owns(target) || error.target === target)
      ?.field.host;
    // GOV.UK's behaviour: show the question with the field, then focus the field without scrolling.
    (labelToReveal(target, host ?? null) ?? target).scrollIntoView();
    target.focus({ preventScroll: true });
  };

  private readonly onBlur = (event: FocusEvent): void => {
    (event.currentTarget as HTMLElement).removeAttribute('tabindex');
  };

  override render() {
    // Hidden on the server (it reports on the page's form), so also in the hydrating render.
    const state = this.serverView ? 'hidden' : this.state;
    if (state === 'hidden') return nothing;
    const header = this.validEnum('header', this.header, errorSummaryHeaders, 'h2');
    const corrected = state === 'corrected';
    const count = this.items.length;
    const heading = corrected
      ? this.correctedHeadingText()
      : text(this.heading) ||
        this.localize.term('errorSummaryHeading', new Intl.NumberFormat(this.localize.lang).format(count), count);

    // A group named by its heading and described by the list: focusing it makes screen readers
    // read the heading, then every error, in one go (a focused heading alone would stop there).
    return html`
      <div
        part="base"
        class="base ${corrected ? 'palette-success' : 'palette-error'}"
        role="group"
        aria-labelledby="heading"
        aria-describedby=${corrected ? 'corrected' : 'description list'}
        @blur=${this.onBlur}
      >
        <div part="icon" class="icon" aria-hidden="true">
          <qc-icon icon=${corrected ? 'success' : 'error'} size="nm"></qc-icon>
        </div>
        <div class="body">
          ${renderHeading(header, heading, 'heading', 'heading')}
          ${
            corrected
              ? html`<p class="corrected" id="corrected">${this.localize.term('errorSummaryCorrectedText')}</p>`
              : html`<div class="description" id="description"><slot></slot></div>
                  <ul part="list" class="list" id="list">
                    ${this.items.map(
                      (item, index) =>
                        html`<li>
                          ${
                            item.target
                              ? html`<a
                                  href="#${encodeURIComponent(item.target.id)}"
                                  data-index=${index}
                                  @click=${this.onLinkClick}
                                  >${item.text}</a
                                >`
                              : item.text
                          }
                        </li>`,
                    )}
                  </ul>`
          }
        </div>
      </div>
    `;
  }
}

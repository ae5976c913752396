import { html, nothing, type PropertyValues } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { QcElement } from '../internal/qc-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import {
  FormCoordinator,
  type FormError,
  type FormField,
  type InvalidSubmitDetail,
} from '../internal/form-coordinator.js';
import { validationMessage, withValidationStrings, type NativeControl } from '../internal/validation.js';
import { announce } from '../internal/announce.js';
import { uniqueId } from '../internal/ids.js';
import { errorSummaryStrings } from './error-summary.strings.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** Heading levels accepted by `header`. */
export const errorSummaryHeaders = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
export type ErrorSummaryHeader = (typeof errorSummaryHeaders)[number];

/** What the summary shows: nothing, the list of errors, or the confirmation that all were fixed. */
export type ErrorSummaryState = 'hidden' | 'errors' | 'corrected';

/** One line of the summary. */
export interface ErrorSummaryItem {
  /** The text shown (the field's message, with its label first when the message does not name it). */
  readonly text: string;
  /** The control the link focuses (null: shown as text, nothing to focus). */
  readonly target: HTMLElement | null;
}

// Fixed tag literals: the heading element comes from this map only, never from the attribute text.
const headingTags: Record<ErrorSummaryHeader, StaticValue> = {
  h1: literal`h1`,
  h2: literal`h2`,
  h3: literal`h3`,
  h4: literal`h4`,
  h5: literal`h5`,
  h6: literal`h6`,
};

/** How long a summary waits for its form to appear before warning the developer. */
const FORM_GRACE_MS = 1000;

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

const isControl = (node: unknown): node is NativeControl =>
  node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement;

/** A field's label text (FieldController has `labelText()`; other FormField implementations may not). */
function fieldLabel(field: FormField): string {
  const own = (field as Partial<{ labelText(): string }>).labelText;
  return typeof own === 'function' ? own.call(field) : '';
}

/** A field's `invalid-text` (attribute or property), which replaces its built-in messages. */
function authorMessage(host: HTMLElement): string {
  const property = (host as Partial<{ invalidText: unknown }>).invalidText;
  return text(typeof property === 'string' ? property : host.getAttribute('invalid-text'));
}

/**
 * Label text of a plain control: `aria-labelledby`, `<label>`, `aria-label`, `title`; for a radio,
 * the question (its fieldset's legend) rather than one answer's label.
 */
function controlLabel(control: NativeControl): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  const legend =
    control instanceof HTMLInputElement && control.type === 'radio'
      ? (control.closest('fieldset')?.querySelector(':scope > legend')?.textContent ?? '')
      : '';
  const byIds = (control.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? root.getElementById(id)?.textContent : ''))
    .join(' ');
  const fromLabel = control.labels?.[0]?.textContent ?? '';
  const found = legend.trim() || byIds.trim() || fromLabel || control.getAttribute('aria-label') || control.title;
  return found
    .replace(/\s+/g, ' ')
    .replace(/\s*\*\s*$/, '')
    .trim();
}

/** The element to bring into view above a control: the legend of its group, its label, or none. */
function labelToReveal(control: HTMLElement, host: HTMLElement | null): HTMLElement | null {
  const root = control.getRootNode() as Document | ShadowRoot;
  const groupLabelId = host?.getAttribute('role')?.match(/^(radio)?group$/) ? host.getAttribute('aria-labelledby') : '';
  const legend =
    (groupLabelId ? root.getElementById(groupLabelId.split(/\s+/)[0] ?? '') : null) ??
    control.closest('fieldset')?.querySelector<HTMLElement>(':scope > legend') ??
    null;
  // Native controls and buttons have `labels`; an enhanced widget (a select's combobox) has a
  // `<label for>` pointing at it.
  const labels = (control as Partial<HTMLInputElement>).labels;
  const label =
    labels?.[0] ??
    control.closest('label') ??
    (control.id ? root.querySelector<HTMLElement>(`label[for="${CSS.escape(control.id)}"]`) : null);
  // GOV.UK's rule: prefer the question (legend) when it fits on screen with the control.
  if (legend) {
    const legendTop = legend.getBoundingClientRect().top;
    const box = control.getBoundingClientRect();
    if (box.height === 0 || box.bottom - legendTop < window.innerHeight / 2) return legend;
  }
  return label;
}

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

  static override properties = {
    htmlFor: { type: String, attribute: 'for' },
    heading: { type: String },
    correctedHeading: { type: String, attribute: 'corrected-heading' },
    header: { type: String },
    noAutofocus: { type: Boolean, reflect: true, converter: booleanConverter, attribute: 'no-autofocus' },
    shownItems: { state: true },
    shownState: { state: true },
  };

  /**
   * The `id` of the form to summarize, when the summary is not inside it (attribute `for`).
   * Without it, the closest enclosing `<form>`.
   */
  declare htmlFor: string;

  /** Replaces the heading (« Le formulaire contient 2 erreurs »). Text only, never HTML. */
  declare heading: string;

  /** Replaces the heading shown once every error is fixed (« Toutes les erreurs ont été corrigées »). */
  declare correctedHeading: string;

  /**
   * The heading level, `h1` to `h6` (default `h2`), to fit the page's outline. An unknown value
   * falls back to `h2` with a console warning.
   */
  declare header: ErrorSummaryHeader;

  /** Leaves focus where it is when the page loads with server errors (they are still listed). */
  declare noAutofocus: boolean;

  declare private shownItems: readonly ErrorSummaryItem[];
  declare private shownState: ErrorSummaryState;

  private readonly localize = new LocalizeController(this, withValidationStrings(errorSummaryStrings));
  private form: HTMLFormElement | null = null;
  private coordinator: FormCoordinator | undefined;
  /** Plain native controls (not in a qc-ds field) found invalid on the last submit attempt. */
  private readonly plain = new Set<NativeControl>();
  /** The submit attempt whose `invalid` events are firing: was it reported by `qc-invalid-submit`. */
  private attempt: { reported: boolean } | undefined;
  /**
   * Errors with `invalid` that appear now are a server's: at load, or the app's answer to a valid
   * submit. Until the user starts filling the form (then they are the app's own validation, shown
   * by the fields, and the summary waits for a submit attempt).
   */
  private expectingServerErrors = true;
  private formWatcher: MutationObserver | undefined;

  constructor() {
    super();
    this.htmlFor = '';
    this.heading = '';
    this.correctedHeading = '';
    this.header = 'h2';
    this.noAutofocus = false;
    this.shownItems = [];
    this.shownState = 'hidden';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
    this.formWatcher?.disconnect();
    this.formWatcher = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') && this.isConnected && changed.get('htmlFor') !== undefined) this.attach();
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

  // --- form wiring ------------------------------------------------------------------------------

  private resolveForm(): HTMLFormElement | null {
    const id = text(this.htmlFor);
    if (!id) return this.closest('form');
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id) ?? null;
    if (found && !(found instanceof HTMLFormElement)) {
      this.warnOnce(`for-not-form:${id}`, `for="${id}" names a <${found.localName}>, not a <form>.`);
      return null;
    }
    return found;
  }

  private attach(): void {
    const form = this.resolveForm();
    if (form && form === this.form) {
      this.refresh();
      return;
    }
    this.detach();
    this.form = form;
    if (!form) {
      this.watchForForm();
      return;
    }
    this.formWatcher?.disconnect();
    this.formWatcher = undefined;
    // Created first, so its `invalid` listener runs before ours and marks qc-ds fields' events.
    this.coordinator = FormCoordinator.of(form);
    form.addEventListener('invalid', this.onInvalidCapture, true);
    form.addEventListener('qc-invalid-submit', this.onInvalidSubmit);
    form.addEventListener('qc-errors-change', this.onErrorsChange);
    form.addEventListener('submit', this.onSubmit);
    form.addEventListener('reset', this.onReset);
    form.addEventListener('input', this.onEdit);
    form.addEventListener('change', this.onEdit);
    form.addEventListener('focusin', this.onFocusIn);
    // Fields upgraded before the summary: their server errors are already there.
    this.onErrorsChange();
  }

  private detach(): void {
    const form = this.form;
    if (!form) return;
    form.removeEventListener('invalid', this.onInvalidCapture, true);
    form.removeEventListener('qc-invalid-submit', this.onInvalidSubmit);
    form.removeEventListener('qc-errors-change', this.onErrorsChange);
    form.removeEventListener('submit', this.onSubmit);
    form.removeEventListener('reset', this.onReset);
    form.removeEventListener('input', this.onEdit);
    form.removeEventListener('change', this.onEdit);
    form.removeEventListener('focusin', this.onFocusIn);
    this.form = null;
    this.coordinator = undefined;
    this.plain.clear();
    this.setItems([], 'hidden');
  }

  /** A framework may render the form after the summary: wait for it, warn if it never comes. */
  private watchForForm(): void {
    if (this.formWatcher) return;
    const root = this.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) return;
    this.formWatcher = new MutationObserver(() => {
      if (this.resolveForm()) this.attach();
    });
    this.formWatcher.observe(root, { childList: true, subtree: true });
    // Warn once the page (or the framework) has had its chance to render the form.
    const warn = () =>
      setTimeout(() => {
        if (this.form || !this.isConnected) return;
        const id = text(this.htmlFor);
        // Already said: `for` names an element that is not a form.
        if (id && (this.getRootNode() as Document | ShadowRoot).getElementById?.(id)) return;
        this.warnOnce(
          'no-form',
          id
            ? `for="${id}" names no <form> in this document; the summary stays hidden.`
            : 'the summary is not inside a <form> and has no `for` attribute; it stays hidden.',
        );
      }, FORM_GRACE_MS);
    if (document.readyState === 'complete') warn();
    else window.addEventListener('load', warn, { once: true });
  }

  // --- events -----------------------------------------------------------------------------------

  /** Capture phase on the form: check each `invalid` event after the control's own listeners. */
  private readonly onInvalidCapture = (event: Event): void => {
    if (this.form?.noValidate) return;
    const target = event.target;
    if (!isControl(target)) return;
    if (!this.attempt) {
      const attempt = { reported: false };
      this.attempt = attempt;
      // Every `invalid` event of one attempt fires synchronously. Two microtasks later, the
      // coordinator (queued in the same turn) has dispatched `qc-invalid-submit` if a qc-ds field
      // was invalid; if it did not, the plain controls are reported here.
      queueMicrotask(() => queueMicrotask(() => this.endAttempt(attempt)));
    }
    target.addEventListener('invalid', this.onInvalidAtTarget, { once: true });
  };

  private readonly onInvalidAtTarget = (event: Event): void => {
    const control = event.target as NativeControl;
    // Cancelled already: a qc-ds field (its coordinator stops the bubble) or the author's handler.
    if (event.defaultPrevented || !this.attempt) return;
    // A plain control: no native bubble either; the summary lists it.
    event.preventDefault();
    if (![...this.plain].some((other) => this.sameRadioGroup(other, control))) this.plain.add(control);
  };

  private endAttempt(attempt: { reported: boolean }): void {
    if (this.attempt === attempt) this.attempt = undefined;
    if (!attempt.reported && this.plain.size) this.report(true);
  }

  private readonly onInvalidSubmit = (event: CustomEvent<InvalidSubmitDetail>): void => {
    // Another summary of the same form took focus already: list, but leave focus there.
    const focus = !event.defaultPrevented;
    event.preventDefault();
    if (this.attempt) this.attempt.reported = true;
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

  /** The user edits: plain controls' errors follow, like the fields'. */
  private readonly onEdit = (event: Event): void => {
    if (event.isTrusted) this.expectingServerErrors = false;
    if (this.state === 'hidden' || !this.plain.size) return;
    const target = event.target;
    if (!isControl(target) || ![...this.plain].some((control) => this.sameRadioGroup(control, target))) return;
    this.refresh();
  };

  /** The user is filling the form: errors that appear now are not a server's. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    if (this.state === 'hidden' && isControl(event.target)) this.expectingServerErrors = false;
  };

  private readonly onSubmit = (): void => {
    // A valid submit: the errors are history. An app that answers with server errors (setting
    // `invalid` on fields without reloading) gets them listed and focused like at load.
    this.plain.clear();
    this.setItems([], 'hidden');
    this.expectingServerErrors = true;
  };

  private readonly onReset = (): void => {
    this.plain.clear();
    this.attempt = undefined;
    this.expectingServerErrors = false;
    this.setItems([], 'hidden');
  };

  // --- model ------------------------------------------------------------------------------------

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

  /** Every error now: the qc-ds fields' (from the coordinator) and the plain controls', in document order. */
  private collect(): ErrorSummaryItem[] {
    const entries: { node: Node; item: ErrorSummaryItem }[] = [];
    for (const error of this.coordinator?.errors() ?? []) {
      const target = error.target ?? error.field.focusTarget;
      entries.push({
        node: error.field.host,
        item: {
          // The author's own message (`invalid-text`) is shown as written, like in the field.
          text:
            authorMessage(error.field.host) === error.message
              ? error.message
              : this.itemText(fieldLabel(error.field), error.message),
          target: this.linkable(target),
        },
      });
    }
    for (const control of [...this.plain]) {
      const message =
        control.isConnected && control.form === this.form && !control.disabled
          ? validationMessage(control, this.localize, controlLabel(control))
          : '';
      if (!message) {
        this.plain.delete(control);
        continue;
      }
      entries.push({
        node: control,
        item: { text: this.itemText(controlLabel(control), message), target: this.linkable(control) },
      });
    }
    entries.sort((a, b) => (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return entries.map((entry) => entry.item);
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

  private sameRadioGroup(a: NativeControl, b: NativeControl): boolean {
    if (a === b) return true;
    return (
      a instanceof HTMLInputElement &&
      b instanceof HTMLInputElement &&
      a.type === 'radio' &&
      b.type === 'radio' &&
      a.name !== '' &&
      a.name === b.name &&
      a.form === b.form
    );
  }

  // --- rendering --------------------------------------------------------------------------------

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
    const state = this.state;
    if (state === 'hidden') return nothing;
    const header = this.validEnum('header', this.header, errorSummaryHeaders, 'h2');
    const tag = headingTags[header];
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
          ${staticHtml`<${tag} part="heading" class="heading" id="heading">${heading}</${tag}>`}
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

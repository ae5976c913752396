import { html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { announce } from '../internal/announce.js';
import { uniqueId } from '../internal/ids.js';
import { PART } from '../internal/part.js';
import { pageFeedbackStrings } from './page-feedback.strings.js';
import { pageFeedbackStyles } from './page-feedback.styles.js';

/** The reasons offered after « Non » (the `reason` values the form sends), in order. */
export const pageFeedbackReasons = ['not-found', 'unclear', 'error', 'other'] as const;
export type PageFeedbackReason = (typeof pageFeedbackReasons)[number];

/** The `detail` of `qc-feedback`. */
export interface PageFeedbackDetail {
  /** « Oui » (true) or « Non » (false). */
  helpful: boolean;
  /** The reason chosen after « Non »; null after « Oui ». */
  reason: PageFeedbackReason | null;
  /** The comment as typed (may be empty). */
  comment: string;
}

/** The methods `method` accepts; the first is the default (feedback is a write). */
export const pageFeedbackMethods = ['post', 'get'] as const;
export type PageFeedbackMethod = (typeof pageFeedbackMethods)[number];

/** The comment's limit, as Québec.ca's widget (500 characters). */
export const PAGE_FEEDBACK_MAX_LENGTH = 500;

const reasonTerms = {
  'not-found': 'pageFeedbackReasonNotFound',
  unclear: 'pageFeedbackReasonUnclear',
  error: 'pageFeedbackReasonError',
  other: 'pageFeedbackReasonOther',
} as const;

type Step = 'question' | 'details' | 'sent';

/**
 * « L’information sur cette page vous a-t-elle été utile? » — Québec.ca's page feedback, as a real
 * `<form>` of native controls in the light DOM (place it at the end of `main`, before
 * `<qc-date-modified>`).
 *
 * - « Oui » sends the answer at once (as Canada.ca's tool: one press, no more questions).
 * - « Non » shows the follow-up question in its place, « Pourquoi l’information n’a pas été
 *   utile? » (four reasons, one required), a comment of at most 500 characters with a counter
 *   (required for « Autre raison »), the privacy notes and « Envoyer »; the focus moves to the
 *   follow-up question. Errors (« Vous devez sélectionner une option », « Veuillez préciser la nature
 *   du problème ») are written under the question they concern, linked to its controls
 *   (`aria-describedby`, `aria-invalid`), and the focus moves to the first control in error.
 *
 * With `action`, the form submits natively (`method`, `post` by default) and the server answers:
 * fields `helpful` (`yes`/`no`), `reason` (`not-found`, `unclear`, `error`, `other`) and `comment`.
 * Without `action`, the element sends nothing itself: it cancels the submission, fires
 * `qc-feedback` with the same answers for the page to send, and writes the thank-you « Votre message
 * a été envoyé. Merci… » in a polite status region in place of the form (the focus, if it was in
 * the form, moves to the thank-you). What a citizen typed is kept across re-renders and language changes.
 *
 * Without JavaScript, write the first question as a plain form inside the element; it works alone
 * (the server asks the follow-up question for `helpful=no`), is laid out the same by @qc-ds/styles
 * (`elements.css`), and is adopted when the element upgrades (its hidden inputs, such as a CSRF
 * token, are kept; its `action` and `method` are used when the element has none):
 *
 * `<qc-page-feedback><form action="/retroaction" method="post"><fieldset><legend>L’information sur cette page vous a-t-elle été utile?</legend><div><button type="submit" name="helpful" value="yes">Oui</button> <button type="submit" name="helpful" value="no">Non</button></div></fieldset></form></qc-page-feedback>`
 *
 * @summary Page feedback — « Cette page vous a-t-elle été utile? », a native form that submits or hands the answers to the page.
 *
 * @slot - Optional: the server's form for pages without JavaScript (adopted on upgrade).
 *
 * @event {CustomEvent<PageFeedbackDetail>} qc-feedback - Without `action`, when the citizen sends their answers: `detail: { helpful, reason, comment }`. Nothing is sent over the network by the element.
 *
 * @cssprop --qc-color-text-error - Colour of the error messages.
 * @cssprop --qc-field-choice-size - Size of the radio buttons.
 *
 * @status experimental
 * @since 0.2.0
 */
export class QcPageFeedback extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [pageFeedbackStyles];

  /** Where the form submits natively. Absent: the element fires `qc-feedback` and submits nothing. */
  @property() action: string | null = null;

  /** `post` (default) or `get`, with `action`. An unknown value falls back to `post` with a console warning. */
  @property() method: PageFeedbackMethod | null = null;

  /** The name of the form (a `form` landmark), replacing « Évaluation de page ». Text only. */
  @property() label: string | null = null;

  /** Replaces the question « L’information sur cette page vous a-t-elle été utile? ». Text only. */
  @property() question: string | null = null;

  @state() private step: Step = 'question';
  @state() private reason: PageFeedbackReason | null = null;
  @state() private length = 0;
  @state() private errors: { reason?: string; comment?: string } = {};

  private readonly localize = new LocalizeController(this, pageFeedbackStrings);
  private readonly ids = {
    reasons: uniqueId('qc-feedback-reasons'),
    reasonError: uniqueId('qc-feedback-error'),
    comment: uniqueId('qc-feedback-comment'),
    commentError: uniqueId('qc-feedback-error'),
    notes: uniqueId('qc-feedback-notes'),
    counter: uniqueId('qc-feedback-counter'),
  };
  private form: HTMLFormElement | undefined;
  private status: HTMLElement | undefined;
  /** The adopted server form's own action and method. */
  private serverAction: string | null = null;
  private serverMethod: string | null = null;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.addEventListener('click', this.onClick);
    this.addEventListener('submit', this.onSubmit);
    this.addEventListener('change', this.onChange);
    this.addEventListener('input', this.onInput);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcPageFeedback);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /** The comment as typed (the textarea is the citizen's; the element never copies its value). */
  private get comment(): string {
    return this.querySelector<HTMLTextAreaElement>('textarea[name="comment"]')?.value ?? '';
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const { form, status } = this.structure();
    const action = this.action?.trim() || this.serverAction;
    const method = this.validEnum('method', this.method ?? this.serverMethod, pageFeedbackMethods, 'post');
    if (action) {
      form.setAttribute('action', action);
      form.setAttribute('method', method);
    } else {
      form.removeAttribute('action');
      form.removeAttribute('method');
    }
    // The element checks the answers and writes its own messages, in the page's language.
    form.noValidate = true;
    form.setAttribute('aria-label', this.label?.trim() || this.localize.term('pageFeedbackLabel'));
    form.hidden = this.step === 'sent';
    render(this.step === 'details' ? this.details() : this.step === 'question' ? this.first() : nothing, form);
    const thanks = this.step === 'sent' ? this.localize.term('pageFeedbackThanks') : '';
    if (status.textContent !== thanks) status.textContent = thanks;
    // Focusable (by script) only while it holds the thank-you that replaced the form.
    if (thanks) status.tabIndex = -1;
    else status.removeAttribute('tabindex');
  }

  /** The form (the server's, adopted, or a new one) and the status region after it, created once. */
  private structure(): { form: HTMLFormElement; status: HTMLElement } {
    if (!this.form) {
      const server = this.querySelector<HTMLFormElement>(':scope > form');
      this.form = server ?? document.createElement('form');
      if (server) {
        this.serverAction = server.getAttribute('action');
        this.serverMethod = server.getAttribute('method');
        // The static first question is redrawn; hidden inputs (a CSRF token) are the server's and stay.
        for (const child of [...server.childNodes]) {
          if (!(child instanceof HTMLInputElement && child.type === 'hidden')) child.remove();
        }
      }
      this.form.setAttribute(PART, 'form');
      this.status = document.createElement('div');
      this.status.setAttribute(PART, 'status');
      // Present and empty from the start, so the thank-you is announced when it is written.
      this.status.setAttribute('role', 'status');
    }
    if (this.form.parentNode !== this) this.prepend(this.form);
    if (this.status!.previousElementSibling !== this.form) this.form.after(this.status!);
    return { form: this.form, status: this.status! };
  }

  private first() {
    const t = this.localize;
    return html`<fieldset data-qc-part="question">
      <legend>${this.question?.trim() || t.term('pageFeedbackQuestion')}</legend>
      <div>
        <button type="submit" name="helpful" value="yes">${t.term('pageFeedbackYes')}</button>
        <button type="submit" name="helpful" value="no">${t.term('pageFeedbackNo')}</button>
      </div>
    </fieldset>`;
  }

  private details() {
    const t = this.localize;
    const { ids, errors } = this;
    const over = this.length > PAGE_FEEDBACK_MAX_LENGTH;
    const left = Math.abs(PAGE_FEEDBACK_MAX_LENGTH - this.length);
    const n = new Intl.NumberFormat(t.language).format(left);
    const counter = over ? t.term('charactersOver', n, left) : t.term('charactersRemaining', n, left);
    const commentDescribedBy = [ids.notes, ids.counter, errors.comment ? ids.commentError : ''].join(' ').trim();
    return html`<input type="hidden" name="helpful" value="no" />
      <fieldset
        id=${ids.reasons}
        data-qc-part="reasons"
        tabindex="-1"
        aria-describedby=${errors.reason ? ids.reasonError : nothing}
      >
        <legend>${t.term('pageFeedbackReasons')}</legend>
        ${errors.reason ? html`<p id=${ids.reasonError} data-qc-part="error">${errors.reason}</p>` : nothing}
        ${pageFeedbackReasons.map(
          (reason) =>
            html`<label
              ><input
                type="radio"
                name="reason"
                value=${reason}
                aria-invalid=${errors.reason ? 'true' : nothing}
                aria-describedby=${errors.reason ? ids.reasonError : nothing}
              /><span>${t.term(reasonTerms[reason])}</span></label
            >`,
        )}
      </fieldset>
      <div data-qc-part="comment">
        <label for=${ids.comment}
          >${this.reason === 'other' ? t.term('pageFeedbackCommentRequired') : t.term('pageFeedbackComment')}</label
        >
        <p id=${ids.notes} data-qc-part="hint">${t.term('pageFeedbackPrivacy')} ${t.term('pageFeedbackNoReply')}</p>
        ${errors.comment ? html`<p id=${ids.commentError} data-qc-part="error">${errors.comment}</p>` : nothing}
        <textarea
          id=${ids.comment}
          name="comment"
          rows="4"
          ?required=${this.reason === 'other'}
          aria-describedby=${commentDescribedBy}
          aria-invalid=${errors.comment ? 'true' : nothing}
        ></textarea>
        <p id=${ids.counter} data-qc-part="counter" class=${over ? 'over' : ''}>${counter}</p>
      </div>
      <button type="submit" data-qc-part="submit">${t.term('pageFeedbackSubmit')}</button>`;
  }

  /** « Non » asks the follow-up question here instead of submitting. */
  private readonly onClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest?.('button[name="helpful"][value="no"]');
    if (!button || this.step !== 'question' || !this.contains(button)) return;
    event.preventDefault();
    this.step = 'details';
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`[data-qc-part="reasons"]`)?.focus());
  };

  private readonly onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (target.name !== 'reason' || !this.contains(target)) return;
    this.reason = target.value as PageFeedbackReason;
    if (this.errors.reason || this.errors.comment) this.errors = this.check(false);
  };

  private readonly onInput = (event: Event): void => {
    const target = event.target as HTMLTextAreaElement;
    if (target.name !== 'comment' || !this.contains(target)) return;
    this.length = target.value.length;
    if (this.errors.comment) this.errors = this.check(false);
    // The count is announced once the citizen pauses typing (as the text fields do).
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const counter = this.querySelector(`#${this.ids.counter}`);
      if (counter?.textContent) announce(counter.textContent);
    }, 1000);
  };

  /** The errors of the follow-up answers (all of them, or only those already shown). */
  private check(all = true): { reason?: string; comment?: string } {
    const t = this.localize;
    const { comment } = this;
    const errors: { reason?: string; comment?: string } = {};
    if (!this.reason && (all || this.errors.reason)) errors.reason = t.term('pageFeedbackErrorReason');
    if (all || this.errors.comment) {
      if (this.reason === 'other' && !comment.trim()) errors.comment = t.term('pageFeedbackErrorComment');
      else if (comment.length > PAGE_FEEDBACK_MAX_LENGTH)
        errors.comment = t.term(
          'pageFeedbackErrorTooLong',
          new Intl.NumberFormat(t.language).format(PAGE_FEEDBACK_MAX_LENGTH),
        );
    }
    return errors;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    if (event.target !== this.form || this.step === 'sent') return;
    let detail: PageFeedbackDetail;
    if (this.step === 'question') {
      // Only « Oui » submits from the first question (« Non » asks more); a script's submit() without it sends nothing.
      const submitter = event.submitter as HTMLButtonElement | null;
      if (submitter?.value !== 'yes') {
        event.preventDefault();
        return;
      }
      detail = { helpful: true, reason: null, comment: '' };
    } else {
      this.errors = this.check();
      if (this.errors.reason || this.errors.comment) {
        event.preventDefault();
        const first = this.errors.reason ? 'input[name="reason"]' : 'textarea[name="comment"]';
        void this.updateComplete.then(() => this.querySelector<HTMLElement>(first)?.focus());
        return;
      }
      detail = { helpful: false, reason: this.reason, comment: this.comment };
    }
    if (this.form.hasAttribute('action')) return;
    event.preventDefault();
    const hadFocus = this.form.contains(document.activeElement);
    this.dispatchEvent(new CustomEvent('qc-feedback', { detail, bubbles: true, composed: true }));
    this.step = 'sent';
    void this.updateComplete.then(() => {
      if (hadFocus) this.status?.focus();
    });
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qc-feedback': CustomEvent<PageFeedbackDetail>;
  }
}

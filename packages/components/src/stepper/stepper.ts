import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { PART } from '../internal/part.js';
import { setAttr } from '../internal/breadcrumb-side-nav.js';
import { stepperStrings } from './stepper.strings.js';
import { stepperStyles } from './stepper.styles.js';

/** The values `heading-level` accepts; the first (the default) makes the summary a paragraph. */
export const stepperHeadingLevels = ['none', '2', '3', '4', '5', '6'] as const;
export type StepperHeadingLevel = (typeof stepperHeadingLevels)[number];

/** Marks the `aria-current` the element set (so it can take it back, and never an author's). */
const CURRENT_FLAG = `${PART}-current`;
/** Marks the list's `aria-label` the element set (an author's own name is kept). */
const LABEL_FLAG = `${PART}-label`;
const isCurrent = (item: Element) => (item.getAttribute('aria-current') ?? 'false') !== 'false';

/** A step's title: its text without the hidden state the element added. */
function titleOf(item: Element): string {
  const clone = item.cloneNode(true) as Element;
  for (const state of clone.querySelectorAll(`[${PART}="state"]`)) state.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Where the citizen is in a process of several steps, on the author's light-DOM ordered list, which
 * stays whole in the page (a `list` of `listitem`s, readable before the element upgrades and without
 * JavaScript):
 *
 * `<qc-stepper current="2" label="Étapes de votre demande"><ol><li>Demande reçue</li><li>Analyse</li>…</ol></qc-stepper>`
 *
 * - A summary before the list says « Étape 2 sur 4 : Analyse » ("Step 2 of 4: Analysis"): a
 *   paragraph, or a heading with `heading-level`.
 * - The current step carries `aria-current="step"`; each earlier step ends with a visually hidden
 *   « complétée » ("completed"), each later one with « non complétée » ("not completed"). Steps may
 *   hold links (to go back to a step).
 * - The list is named by `label` (« Étapes » / "Steps" when absent).
 * - Without `current`, the step the author marked `aria-current="step"` is the current one, else the
 *   first. A `current` that is not a whole number from 1 to the number of steps is brought into that
 *   range, with one console warning.
 * - Below 768 px (the `sm` breakpoint) it is compact: the summary and a bar of one segment per step;
 *   the steps' text stays in the list for assistive technologies, and the whole list shows again
 *   while the keyboard focus is in it (a step's link).
 * - Steps added or removed by a framework update the summary and the states.
 *
 * @summary Stepper — « Étape 2 sur 4 : Analyse » over the author's `<ol>` of steps, current step marked.
 *
 * @slot - An `<ol>` of `<li>`, one per step, in order; a step may hold a link.
 *
 * @cssprop --qc-color-action-primary-background - The bar of the steps done and of the current step.
 * @cssprop --qc-color-border-subtle - The bar of the steps to come.
 *
 * @status experimental
 * @since 0.2.0
 */
export class QcStepper extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [stepperStyles];

  /** The current step, from 1. Out of range or not a whole number: brought into range with one warning. */
  @property({ type: Number }) current: number | null = null;

  /** The list's name (« Étapes » / "Steps" when absent or blank). Text only. */
  @property() label: string | null = null;

  /**
   * Makes the summary a heading of this level (2 to 6); absent or `none`: a paragraph. An invalid value
   * falls back to a paragraph with a console warning.
   */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  private readonly localize = new LocalizeController(this, stepperStrings);

  constructor() {
    super();
    // Frameworks add, remove and rename steps, and move an authored aria-current: follow them.
    new LightDomController(this, {
      config: {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['aria-current'],
      },
      callback: () => this.requestUpdate(),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcStepper);
  }

  /** The author's list. */
  get list(): HTMLOListElement | null {
    return this.querySelector(':scope > ol');
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const list = this.list;
    const items = list ? [...list.children].filter((child) => child.localName === 'li') : [];
    if (!list || items.length === 0) {
      this.querySelector(`:scope > [${PART}="summary"]`)?.remove();
      this.warnOnce(
        list ? 'no-step' : 'no-list',
        list
          ? 'the stepper’s list has no step: write one <li> per step.'
          : 'the stepper has no list: write <ol><li>…</li>…</ol> inside it.',
      );
      return;
    }
    this.syncLabel(list);
    const index = this.currentIndex(items);
    items.forEach((item, i) => this.syncStep(item, i - index));
    this.syncSummary(list, index + 1, items.length, titleOf(items[index]!));
  }

  /** The list's name: `label`, else the author's own `aria-label`/`aria-labelledby`, else « Étapes ». */
  private syncLabel(list: Element): void {
    const label = this.label?.trim();
    const authored =
      list.hasAttribute('aria-labelledby') || (list.hasAttribute('aria-label') && !list.hasAttribute(LABEL_FLAG));
    if (authored && !label) return;
    setAttr(list, 'aria-label', label || this.localize.term('stepperLabel'));
    // WebKit drops a list's role when it has no bullets (`list-style: none`), VoiceOver with it.
    if (!list.hasAttribute('role')) list.setAttribute('role', 'list');
    setAttr(list, LABEL_FLAG, '');
  }

  /** The current step's index: `current` brought into range, else the author's aria-current, else 0. */
  private currentIndex(items: Element[]): number {
    const total = items.length;
    if (this.current === null || this.current === undefined || this.getAttribute('current')?.trim() === '') {
      const authored = items.findIndex((item) => isCurrent(item) && !item.hasAttribute(CURRENT_FLAG));
      const kept = items.findIndex((item) => isCurrent(item));
      return authored >= 0 ? authored : Math.max(kept, 0);
    }
    const raw = this.getAttribute('current') ?? String(this.current);
    const n = Number.isFinite(this.current) ? Math.round(this.current) : 1;
    const clamped = Math.min(Math.max(n, 1), total);
    if (clamped !== this.current) {
      this.warnOnce(
        `current:${raw}:${total}`,
        `invalid current="${raw}": expected a whole number from 1 to ${total} (the number of steps). Using ${clamped}.`,
      );
    }
    return clamped - 1;
  }

  /** `aria-current="step"` on the current step; hidden « complétée » / « non complétée » on the others. */
  private syncStep(item: Element, offset: number): void {
    if (offset === 0) {
      if (item.getAttribute('aria-current') !== 'step') {
        item.setAttribute('aria-current', 'step');
        item.setAttribute(CURRENT_FLAG, '');
      }
    } else if (item.hasAttribute('aria-current') || item.hasAttribute(CURRENT_FLAG)) {
      item.removeAttribute('aria-current');
      item.removeAttribute(CURRENT_FLAG);
    }
    let state = item.querySelector(`:scope > [${PART}="state"]`);
    if (offset === 0) {
      state?.remove();
      return;
    }
    if (!state) {
      state = document.createElement('span');
      state.setAttribute(PART, 'state');
    }
    const text = ` ${this.localize.term(offset < 0 ? 'stepperCompleted' : 'stepperNotCompleted')}`;
    if (state.textContent !== text) state.textContent = text;
    // Last in the step, after the author's text (a framework may have added nodes after it).
    if (item.lastChild !== state) item.append(state);
  }

  /** « Étape n sur total : titre » just before the list, as a paragraph or a heading. */
  private syncSummary(list: Element, n: number, total: number, title: string): void {
    const level = this.validEnum('heading-level', this.headingLevel, stepperHeadingLevels, 'none');
    const tag = level === 'none' ? 'p' : `h${level}`;
    let summary = this.querySelector<HTMLElement>(`:scope > [${PART}="summary"]`);
    if (summary?.localName !== tag) {
      summary?.remove();
      // The tag comes from the validated list only, never from the attribute's text.
      summary = document.createElement(tag);
      summary.setAttribute(PART, 'summary');
    }
    const text = this.localize.term('stepperSummary', n, total, title);
    if (summary.textContent !== text) summary.textContent = text;
    if (list.previousElementSibling !== summary) list.before(summary);
  }
}

import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcFieldElement } from '../internal/field-element.js';
import { LocalizeController } from '../internal/localize.js';
import { FieldController } from '../internal/field/controller.js';
import { fieldStyles } from '../internal/field.styles.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { uniqueId } from '../internal/ids.js';
import { withValidationStrings } from '../internal/validation.js';
import { checkDate, dateParts, dateRulesValidator, isIsoDate, type DateCheck, type DateTexts } from './date-rules.js';
import { dateFieldStrings, type DatePart } from './date-field.strings.js';
import { dateFieldStyles } from './date-field.styles.js';
import { PART } from '../internal/part.js';

// One object for every instance (the merge is the same for all).
const fieldStrings = withValidationStrings(dateFieldStrings);

const maxLengths: Record<DatePart, number> = { year: 4, month: 2, day: 2 };

/** `2025-3-7` → `{ year: '2025', month: '3', day: '7' }`: the shape of a date, real or not. */
function splitDate(value: string): DateTexts | null {
  const match = /^\s*(\d{1,4})-(\d{1,2})-(\d{1,2})\s*$/.exec(value);
  return match ? { year: match[1]!, month: match[2]!, day: match[3]! } : null;
}

/** Fully pasted dates, year first: `2025-03-27`, `2025 03 27`, `2025/3/27`, `2025.03.27`, `20250327`. */
function splitPastedDate(text: string): DateTexts | null {
  const match = /^\s*(\d{4})(?:[\s./-]+(\d{1,2})[\s./-]+(\d{1,2})|(\d{2})(\d{2}))\s*$/.exec(text);
  if (!match) return null;
  return { year: match[1]!, month: match[2] ?? match[4]!, day: match[3] ?? match[5]! };
}

function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  part: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.setAttribute(PART, part);
  return element;
}

function createInput(kind: DatePart): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.setAttribute(PART, kind);
  return input;
}

/** One part: its label (added when wired) above its input. */
function createItem(kind: DatePart, input: HTMLInputElement): HTMLElement {
  const item = createElement('div', `qc-date-part qc-date-part-${kind}`, 'part');
  item.append(input);
  return item;
}

/** The input that submits the ISO date under the field's `name`. */
function createHiddenInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'hidden';
  input.setAttribute(PART, 'value');
  return input;
}

/**
 * A date entered as three native text inputs — year, month, day, in that order (Québec's
 * AAAA-MM-JJ) — labelled « Année », « Mois », « Jour » (« Year », « Month », « Day » in English),
 * inside a group named by `label`. The form receives one value: a hidden `<input name>` the
 * element keeps in sync holds the ISO date `YYYY-MM-DD` when the date is complete and real, and an
 * empty string otherwise. The parts have no `name`.
 *
 * What the citizen types stays as typed (`3` stays `3`; the value is `…-03-…`). No automatic
 * jump between parts (it surprises keyboard and screen-reader users); pasting a whole date
 * (`2025-03-27`, `2025 03 27`) into any part fills the three. `autocomplete="bday"` gives the parts
 * `bday-year`, `bday-month`, `bday-day` so browsers fill a date of birth.
 *
 * Validation blocks submission through the parts' own validity: a missing part (« Entrez le mois
 * et le jour »), a part that is not a number, a year that is not 4 digits, a month or day out of
 * range, a date that does not exist (« Le 31 février 2025 n’existe pas »), a date before `min` or
 * after `max`, and `required`. Only the wrong part gets `aria-invalid`; the message is linked to the
 * group. Errors show when the user leaves the whole field (not when moving between its parts) or
 * tries to submit; `invalid` + `invalid-text` show a server's error at load.
 *
 * Events: the element itself fires `input` (each keystroke) and `change` (when the date's value
 * changed and the user moves on), with `event.target.value` the ISO date, like `<input type="date">`;
 * the parts' own `input` and `change` events stay inside. So `v-model`, Angular's
 * `ngDefaultControl` and React's `onChange` bind to the element as to a native date input.
 *
 * @summary Date field: year, month and day inputs submitted as one ISO date.
 *
 * @event {Event} input - The citizen typed in a part; `value` is the ISO date, or '' while incomplete or impossible.
 * @event {Event} change - The date's value changed (committed when the citizen leaves a part or the field).
 *
 * @cssprop --qc-date-field-part-width - Width of the day and month parts.
 * @cssprop --qc-date-field-year-width - Width of the year part.
 *
 * @status stable
 * @since 0.2.0
 */
export class QcDateField extends QcFieldElement<string | null> {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [fieldStyles, dateFieldStyles];

  /**
   * The base rules and the date rules (a real date, `min`, `max`).
   * @internal
   */
  static override validators = [...QcFieldElement.validators, dateRulesValidator];

  /** The group's name, shown above the parts (text only, never HTML). */
  @property() label = '';
  /**
   * Hint under the label, linked to the group (text only). Absent: a built-in example
   * (« Par exemple : 2025 03 27 »); set it to say more (a date of birth: « Par exemple : 1985 03 27 »);
   * `description=""` shows no hint.
   */
  @property() override description: string | null = null;
  /** Name under which the ISO date is submitted. */
  @property() name: string | null = null;
  /** Initial date, `YYYY-MM-DD` (attribute `value`; `form.reset()` comes back to it). */
  @property({ attribute: 'value' }) defaultValue: string | null = null;
  /** Earliest accepted date, `YYYY-MM-DD` (anything else is ignored with a warning). */
  @property() min: string | null = null;
  /** Latest accepted date, `YYYY-MM-DD` (anything else is ignored with a warning). */
  @property() max: string | null = null;
  /** `bday` for a date of birth (parts get `bday-year`, `bday-month`, `bday-day`), or `off`. */
  @property() autocomplete: string | null = null;

  private readonly localize = new LocalizeController(this, fieldStrings);
  private readonly field: FieldController;
  private partsEl: HTMLElement;
  private hiddenEl: HTMLInputElement;
  private readonly inputs = {} as Record<DatePart, HTMLInputElement>;
  private readonly labels = {} as Partial<Record<DatePart, HTMLLabelElement>>;
  private readonly observer: MutationObserver;
  /** The value at the last `change` (or load, reset, programmatic set). */
  private committed = '';

  constructor() {
    super();
    // Built now, attached on connection (a custom element may not add children in its constructor).
    this.partsEl = createElement('div', 'qc-date-parts', 'parts');
    for (const kind of dateParts) {
      this.inputs[kind] = createInput(kind);
      this.partsEl.append(createItem(kind, this.inputs[kind]));
    }
    this.hiddenEl = createHiddenInput();

    // Three parts, one value, one error: the controller checks the date when the whole field is
    // left, marks the wrong parts only, and follows resets.
    this.field = new FieldController(this, this.localize as LocalizeController<never>, {
      mode: 'composite',
      controls: () => this.parts.filter((input) => this.contains(input)),
      description: () => (this.description === null ? this.localize.term('hint') : this.description),
    });
    // The parts' own events stay inside (the element fires its own): caught on the way down. The
    // field controller hears them the same way, whichever listener runs first.
    this.addEventListener('input', this.onPartInput, { capture: true });
    this.addEventListener('change', this.onPartChange, { capture: true });
    this.addEventListener('focusout', this.onFocusOut);
    this.addEventListener('paste', this.onPaste);
    this.upgradeValue();
    this.observer = new MutationObserver(() => {
      if (!this.isConnected || !this.needsRepair()) return;
      this.ensureStructure();
      this.refresh();
      this.requestUpdate();
    });
  }

  /** The three native inputs, year first. */
  get parts(): HTMLInputElement[] {
    return dateParts.map((kind) => this.inputs[kind]);
  }

  /**
   * The date as `YYYY-MM-DD`, or '' while it is incomplete or impossible. Setting it fills the
   * parts (an invalid value empties them, with a warning); setting the value it already has does
   * nothing, so a partly typed date is never wiped by a framework writing back ''.
   */
  get value(): string {
    return this.check().iso;
  }
  set value(value: string) {
    const next = value ?? '';
    if (next === this.value) return;
    const texts = splitDate(next);
    if (next && !isIsoDate(next)) {
      this.warnOnce(`value-property:${next}`, `invalid value "${next}"; expected a real date as YYYY-MM-DD.`);
    }
    for (const kind of dateParts) this.inputs[kind].value = texts?.[kind] ?? '';
    this.refresh();
    this.committed = this.value;
    this.requestUpdate();
  }

  /** A `value` a framework set before the element was defined hides the accessor: pass it on. */
  private upgradeValue(): void {
    if (!Object.prototype.hasOwnProperty.call(this, 'value')) return;
    const { value } = this as { value: string };
    delete (this as { value?: string }).value;
    this.value = value;
  }

  override connectedCallback(): void {
    this.ensureStructure();
    super.connectedCallback();
    adoptLightStyles(this, QcDateField);
    this.observer.observe(this, { childList: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue')) this.applyDefaultValue();
    if (changed.has('min')) this.checkDateAttribute('min', this.min);
    if (changed.has('max')) this.checkDateAttribute('max', this.max);
    this.ensureStructure();
    if (this.name) this.hiddenEl.name = this.name;
    else this.hiddenEl.removeAttribute('name');
    this.hiddenEl.disabled = this.disabled;
    this.refresh();
  }

  protected override firstUpdated(): void {
    this.committed = this.value;
  }

  /** Warns once about a `min` / `max` that is not a real ISO date (it is then ignored). */
  private checkDateAttribute(attribute: 'min' | 'max', value: string | null): void {
    if (value === null || value === '' || isIsoDate(value)) return;
    this.warnOnce(
      `${attribute}:${value}`,
      `invalid ${attribute}="${value}"; expected a real date as YYYY-MM-DD. No ${attribute === 'min' ? 'earliest' : 'latest'} date applied.`,
    );
  }

  /** The `value` attribute becomes the parts' default values (what `form.reset()` restores). */
  private applyDefaultValue(): void {
    const value = this.defaultValue ?? '';
    const texts = splitDate(value);
    if (value && !isIsoDate(value)) {
      // A date that does not exist is still shown, so the citizen can see and correct it.
      this.warnOnce(
        `value:${value}`,
        `invalid value="${value}"; expected a real date as YYYY-MM-DD.${texts ? '' : ' The field starts empty.'}`,
      );
    }
    for (const kind of dateParts) {
      const text = texts?.[kind];
      if (text === undefined) this.inputs[kind].removeAttribute('value');
      else this.inputs[kind].defaultValue = text;
    }
  }

  /** Checks the parts, as typed (see `checkDate`). */
  private check(): DateCheck {
    return checkDate(this, this.localize, () => this.field.labelText());
  }

  /** The date rules in the parts' validity (`dateRulesValidator`), the ISO value in the hidden input. */
  private refresh(): void {
    this.field.refreshValidity();
    const iso = this.value;
    if (this.hiddenEl.value !== iso) this.hiddenEl.value = iso;
  }

  private partOf(target: EventTarget | null): DatePart | undefined {
    return dateParts.find((kind) => this.inputs[kind] === target);
  }

  /** Each keystroke: a part's `input` stays inside; the element fires its own, with the ISO value. */
  private readonly onPartInput = (event: Event): void => {
    if (!this.partOf(event.target)) return;
    event.stopPropagation();
    this.refresh();
    // The field controller re-checks a shown error, and marks the part(s) now wrong.
    this.requestUpdate();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };

  private readonly onPartChange = (event: Event): void => {
    if (!this.partOf(event.target)) return;
    event.stopPropagation();
    this.commit();
  };

  /** Fires `change` when the date's value differs from the last one committed. */
  private commit(): void {
    const value = this.value;
    if (value === this.committed) return;
    this.committed = value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (!this.partOf(event.target)) return;
    // Moving between the parts is not leaving the field.
    if (event.relatedTarget instanceof Node && this.contains(event.relatedTarget)) return;
    this.commit();
  };

  /** A whole date pasted into any part fills the three. */
  private readonly onPaste = (event: ClipboardEvent): void => {
    const kind = this.partOf(event.target);
    const texts = kind ? splitPastedDate(event.clipboardData?.getData('text') ?? '') : null;
    if (!kind || !texts) return;
    event.preventDefault();
    for (const part of dateParts) this.inputs[part].value = texts[part];
    this.inputs[kind].dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }),
    );
  };

  /**
   * The form was reset and the browser has restored the parts (told by the form's coordinator).
   * @internal
   */
  formResetCallback(): void {
    this.refresh();
    this.committed = this.value;
  }

  /** Something a framework (or a DOM morph) removed or replaced that the field needs. */
  private needsRepair(): boolean {
    if (this.partsEl.parentNode !== this || this.hiddenEl.parentNode !== this) return true;
    return dateParts.some(
      (kind) =>
        this.partsEl.querySelector(`input[${PART}="${kind}"]`) !== this.inputs[kind] ||
        !this.labels[kind] ||
        !this.partsEl.contains(this.labels[kind]),
    );
  }

  /**
   * Puts the parts, their labels and the hidden input in place, and wires them. Nodes a framework
   * or the server rendered in their place (same `data-qc-part` markers) are adopted; nodes a
   * framework removed are put back (with what the citizen typed).
   */
  private ensureStructure(): void {
    const parts = this.querySelector<HTMLElement>(`:scope > [${PART}="parts"]`);
    if (parts) this.partsEl = parts;
    else this.insertBefore(this.partsEl, this.hiddenEl.parentNode === this ? this.hiddenEl : null);
    let previous: Element | null = null;
    for (const kind of dateParts) {
      let input = this.partsEl.querySelector<HTMLInputElement>(`input[${PART}="${kind}"]`);
      if (!input) {
        input = this.inputs[kind].isConnected ? createInput(kind) : this.inputs[kind];
        const item = createItem(kind, input);
        if (previous) previous.after(item);
        else this.partsEl.prepend(item);
      }
      this.inputs[kind] = input;
      this.wirePart(kind, input);
      previous = input.parentElement === this.partsEl ? input : input.parentElement;
    }
    const hidden = this.querySelector<HTMLInputElement>(`:scope > input[${PART}="value"]`);
    if (hidden) this.hiddenEl = hidden;
    else this.append(this.hiddenEl);
  }

  private wirePart(kind: DatePart, input: HTMLInputElement): void {
    if (input.type !== 'text') input.type = 'text';
    if (input.inputMode !== 'numeric') input.inputMode = 'numeric';
    if (input.maxLength !== maxLengths[kind]) input.maxLength = maxLengths[kind];
    // The parts are not submitted: the hidden input carries the date.
    if (input.hasAttribute('name')) input.removeAttribute('name');
    if (!input.id) input.id = uniqueId(`qc-date-${kind}`);
    const autocomplete = this.partAutocomplete(kind);
    if (autocomplete === null) input.removeAttribute('autocomplete');
    else if (input.getAttribute('autocomplete') !== autocomplete) input.setAttribute('autocomplete', autocomplete);

    let label: HTMLLabelElement | null = this.labels[kind] ?? null;
    if (!label || !this.partsEl.contains(label) || label.htmlFor !== input.id) {
      label = this.partsEl.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(input.id)}"]`);
    }
    if (!label) {
      label = createElement('label', 'qc-date-part-label', 'part-label');
      label.htmlFor = input.id;
      input.before(label);
    }
    this.labels[kind] = label;
    const text = this.localize.term(kind);
    if (label.textContent !== text) label.textContent = text;
  }

  /** `bday` → `bday-year` / `bday-month` / `bday-day` (keeping `section-*`, `shipping`… tokens). */
  private partAutocomplete(kind: DatePart): string | null {
    const value = (this.autocomplete ?? '').trim().toLowerCase();
    if (!value) return null;
    const tokens = value.split(/\s+/);
    const last = tokens.pop();
    if (last === 'bday') return [...tokens, `bday-${kind}`].join(' ');
    if (last === 'off' || last === 'on') return last;
    this.warnOnce(
      `autocomplete:${value}`,
      `invalid autocomplete="${String(this.autocomplete)}"; expected "bday", "off" or "on". Not applied to the parts.`,
    );
    return null;
  }
}

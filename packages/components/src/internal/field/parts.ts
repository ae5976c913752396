import { uniqueId } from '../ids.js';
import { PART } from '../part.js';
import type { LocalizeController } from '../localize.js';
import type { NativeControl } from '../validation.js';
import type { validationStrings } from '../validation.strings.js';

type Strings = LocalizeController<(typeof validationStrings)['fr']>;

/** What the parts show, read at each wiring. */
export interface PartsContent {
  /** Label (control) or legend (group) text; '' when the author wrote their own label. */
  label: string;
  /** Hint under the label ('' for none). */
  description: string;
  /** Shows the « * » mark (and, for a group, the words « (obligatoire) » in its name). */
  required: boolean;
  /** What a created label points at (`for`): the control, or the widget standing in for it. */
  labelFor: HTMLElement | null;
  /** Created nodes go before this node of the host (null: at the end). */
  anchor: Node | null;
}

/** Which element carries what, for `link`. */
export interface PartsLinks {
  /** The element described by hint, error and extras (`aria-describedby`), if any. */
  target: Element | null;
  /** More describing elements (a counter), after hint and error. */
  extras: readonly HTMLElement[];
  /** For a group: its role, and whether `aria-required` applies (radiogroup only). */
  role?: 'group' | 'radiogroup';
  required?: boolean;
}

/**
 * The label (or legend), hint and error of a field, as real elements in the host's light DOM next
 * to its controls: made, or adopted when the author wrote them; placed in GOV.UK's order (label,
 * hint, error, control); linked by `for`, `aria-labelledby` and `aria-describedby` within the same
 * tree, keeping the author's own ids.
 */
export class FieldParts {
  labelEl: HTMLElement | undefined;
  hintEl: HTMLElement | undefined;
  errorEl: HTMLElement | undefined;
  private errorText: HTMLElement | undefined;
  // The ids last put in `linked`'s `aria-describedby`, as one string: what is ours to replace there.
  private linked: Element | undefined;
  private linkedIds = '';
  // The author's `<label>` written without `for` that we pointed at the control, and the id we set.
  private adopted: HTMLLabelElement | undefined;
  private adoptedFor = '';

  constructor(
    private readonly host: HTMLElement,
    private readonly group: boolean,
    private readonly localize: Strings,
  ) {}

  /** The nodes made here (a framework may have removed them). */
  get nodes(): HTMLElement[] {
    return [this.labelEl, this.hintEl, this.errorEl].filter((el): el is HTMLElement => !!el);
  }

  /**
   * The author's `<label>` for `control` inside the host (wrapping it, or `for` its id). With
   * `adopt` (a single control's wiring), a label written beside the control without `for` is
   * pointed at it (see `adopt`).
   */
  authoredLabel(control: NativeControl | undefined, adopt = false): HTMLLabelElement | undefined {
    if (!control) return undefined;
    const wrapping = control.closest('label');
    if (wrapping && this.host.contains(wrapping) && !wrapping.hasAttribute(PART)) return wrapping;
    const id = control.id;
    if (!id) return undefined;
    // One constant selector (parsed once by the engine) rather than one per id, and no escaping.
    for (const label of this.host.querySelectorAll<HTMLLabelElement>(authorLabels))
      if (label.htmlFor === id) return label;
    return adopt ? this.adopt(id) : undefined;
  }

  /**
   * The incumbent (qc-trousse-sdg) named the control with a `<label>` written beside it without
   * `for` (`<qc-textfield><label>Nom</label><input></qc-textfield>`); the browser does not link
   * them. Adopts that label: the host's one child `<label>` without `for` that holds no control of
   * its own (a label around another input is that input's), and points it at the control (`for`).
   * The label adopted before is adopted again when a framework replaced the control (while its
   * `for` is still ours). Two such labels: which one names the control is the author's call (none
   * is taken, and the field warns that it has no label).
   */
  private adopt(id: string): HTMLLabelElement | undefined {
    const previous = this.adopted;
    let found =
      previous && previous.parentNode === this.host && previous.htmlFor === this.adoptedFor ? previous : undefined;
    if (!found)
      for (const child of this.host.children) {
        if (!(child instanceof HTMLLabelElement) || child.hasAttribute(PART) || child.hasAttribute('for')) continue;
        if (child.querySelector(dataControls)) continue;
        if (found) return undefined;
        found = child;
      }
    if (!found) return undefined;
    found.htmlFor = id;
    this.adopted = found;
    this.adoptedFor = id;
    return found;
  }

  /** Creates, updates or removes the label and hint, and puts the error back in place. */
  render(content: PartsContent, authored: boolean): void {
    if (content.label && !authored) {
      const el = (this.labelEl ??= make(this.group ? 'div' : 'label', this.group ? 'qc-legend' : 'qc-label', 'label'));
      el.textContent = content.label;
      if (content.required) this.markRequired(el);
      if (!this.group && content.labelFor) (el as HTMLLabelElement).htmlFor = content.labelFor.id;
      if (!el.id) el.id = uniqueId('qc-label');
      this.place(el, content.anchor);
    } else if (this.labelEl) {
      this.labelEl.remove();
      this.labelEl = undefined;
    }
    if (content.description) {
      const el = (this.hintEl ??= make('div', 'qc-hint', 'hint'));
      el.textContent = content.description;
      if (!el.id) el.id = uniqueId('qc-hint');
      this.place(el, this.errorEl?.isConnected ? this.errorEl : content.anchor);
    } else if (this.hintEl) {
      this.hintEl.remove();
      this.hintEl = undefined;
    }
    if (this.errorEl) this.place(this.errorEl, content.anchor);
  }

  private markRequired(el: HTMLElement): void {
    // The « * » is for the eyes only: assistive technologies get the requirement in words.
    const mark = document.createElement('span');
    mark.className = 'qc-required-mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = ' *';
    el.append(mark);
    // A control's native `required` says it. A group has none (and `aria-required` is not allowed
    // on role=group): the legend, which names the group, says « (obligatoire) », visually hidden.
    // Words in the group's name are also the way screen readers announce most reliably for radios
    // (a11ysupport.io), beside the radiogroup's `aria-required`. GC Design System likewise puts
    // « (obligatoire) » in the legend of its required groups.
    if (!this.group) return;
    const words = document.createElement('span');
    words.className = 'qc-visually-hidden';
    words.setAttribute(PART, 'required-text');
    words.textContent = ` ${this.localize.term('requiredText')}`;
    el.append(words);
  }

  /** Shows `message` in the error element (made on first use), or hides it. */
  showError(message: string, anchor: Node | null): void {
    if (message && !this.errorEl) {
      const el = make('div', 'qc-error', 'error');
      el.id = uniqueId('qc-error');
      el.hidden = true;
      const prefix = document.createElement('span');
      prefix.className = 'qc-visually-hidden';
      this.errorText = document.createElement('span');
      el.append(prefix, this.errorText);
      this.errorEl = el;
    }
    const el = this.errorEl;
    if (!el) return;
    if (message) {
      this.place(el, anchor);
      el.hidden = false;
      // The visually hidden prefix follows the language too.
      el.firstElementChild!.textContent = `${this.localize.term('errorPrefix')} `;
    }
    this.errorText!.textContent = message;
    if (!message) el.hidden = true;
  }

  /** Sets the group's role and name, and `aria-describedby` (keeping the author's ids). */
  link(links: PartsLinks, error: boolean): void {
    let ours = this.hintEl?.id ?? '';
    if (error && this.errorEl) ours = join(ours, this.errorEl.id);
    for (const el of links.extras) if (el.id) ours = join(ours, el.id);
    if (links.role) {
      this.host.setAttribute('role', links.role);
      if (this.labelEl) this.host.setAttribute('aria-labelledby', this.labelEl.id);
      else this.host.removeAttribute('aria-labelledby');
      // The required state where ARIA has it for a group: radiogroup (not group).
      if (links.role === 'radiogroup' && links.required) this.host.setAttribute('aria-required', 'true');
      else this.host.removeAttribute('aria-required');
    }
    const target = links.target;
    if (!target) return;
    const current = target.getAttribute('aria-describedby');
    const previous = target === this.linked ? this.linkedIds : '';
    let value = ours;
    // Ids that are not the ones we put there are the author's (or a framework's): kept, before ours.
    if (current !== null && current !== previous) {
      const mine = ` ${previous} ${ours} `;
      let authored = '';
      for (const id of current.split(/\s+/)) if (id && !mine.includes(` ${id} `)) authored = join(authored, id);
      value = ours ? join(authored, ours) : authored;
    }
    if (!value) {
      if (current !== null) target.removeAttribute('aria-describedby');
    } else if (value !== current) target.setAttribute('aria-describedby', value);
    this.linked = target;
    this.linkedIds = ours;
  }

  /** Inserts `el` before `anchor` in the host (or at the end), keeping label → hint → error order. */
  private place(el: HTMLElement, anchor: Node | null): void {
    const next =
      el === this.labelEl
        ? (this.inHost(this.hintEl) ?? this.inHost(this.errorEl))
        : el === this.hintEl
          ? this.inHost(this.errorEl)
          : null;
    const before = next ?? (anchor && anchor.parentNode === this.host ? anchor : null);
    if (el.parentNode === this.host && el.nextSibling === before) return;
    if (before === el) return;
    this.host.insertBefore(el, before);
  }

  private inHost(el: HTMLElement | undefined): HTMLElement | null {
    return el && el.parentNode === this.host ? el : null;
  }
}

const authorLabels = `label:not([${PART}])`;
/** Controls that hold a value: a label around one of them is that control's. */
const dataControls = 'input, select, textarea';

/** Space-separated ids, without empty entries. */
function join(ids: string, id: string): string {
  return ids ? `${ids} ${id}` : id;
}

/** `aria-invalid`, always said (`false` too), written only when it changes. */
export function setInvalid(el: Element, state: boolean): void {
  const value = state ? 'true' : 'false';
  if (el.getAttribute('aria-invalid') !== value) el.setAttribute('aria-invalid', value);
}

function make(tag: string, className: string, part: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.setAttribute(PART, part);
  return el;
}

/** The host's child that holds the first control: created hint and error go just before it. */
export function anchorOf(host: HTMLElement, control: Node | undefined): Node | null {
  let node: Node | null = control ?? null;
  while (node && node.parentNode !== host) node = node.parentNode;
  // GOV.UK's order: label, hint, error, control. A label wrapping the control (a checkbox and its
  // text) stays first: hint and error follow it.
  if (node instanceof HTMLLabelElement && control && node.contains(control)) return node.nextSibling;
  return node;
}

/** The host's first child that is not a part (made here, or by the server): where a group's parts go. */
export function firstContent(host: HTMLElement, ours: readonly Node[]): Node | null {
  return (
    [...host.childNodes].find(
      (node) =>
        !ours.includes(node) &&
        !(node instanceof Element && ['label', 'hint', 'error'].includes(node.getAttribute(PART) ?? '')),
    ) ?? null
  );
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce } from './announce.js';
import { FormCoordinator, type FormField } from './form-coordinator.js';
import { restoreFormState, trackFormState, untrackFormState, type RestorableField } from './form-state.js';
import { uniqueId } from './ids.js';
import { warnOnce } from './warn.js';
import type { LocalizeController } from './localize.js';
import { validationMessage, type NativeControl } from './validation.js';
import type { validationStrings } from './validation.strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a field component tells its controller. Functions are read at every sync. */
export interface FieldOptions {
  /**
   * `control`: one native control (input, textarea, select, a checkbox), named by a `<label for>`.
   * `group`: several controls (radios, checkboxes, switches, date parts) in a group named by a
   * legend: the host gets `role` (`group` or `radiogroup`), `aria-labelledby` and `aria-describedby`;
   * when required, a visually hidden « (obligatoire) » in the legend (so in the group's name) and,
   * for a radiogroup, `aria-required`.
   */
  mode: 'control' | 'group';
  /** The native controls this field owns, in the host's light DOM. */
  controls(): NativeControl[];
  /** Creates the control from the host's attributes when the author gave none (terse API). */
  create?(): NativeControl | null;
  /** Label (control mode) or legend (group mode) text; '' when the author wrote their own label. */
  label(): string;
  /** Hint text under the label ('' for none). */
  description(): string;
  /** Author/server error state (`invalid` attribute) and its text (`invalid-text`). */
  invalid(): boolean;
  invalidText(): string;
  /** Mirror of the host's `required` and `disabled` onto the controls. */
  required(): boolean;
  disabled(): boolean;
  /**
   * Clears the host's `invalid` property (the author's or server's error) once the user edits the
   * field, as the incumbent did. The error the field computes itself is not reflected there.
   */
  setInvalid(invalid: boolean): void;
  /** For group mode: `radiogroup` for radios, otherwise `group`. */
  groupRole?(): 'group' | 'radiogroup';
  /** Extra validation beyond the native constraints ('' when fine), e.g. a soft character limit. */
  extraValidity?(): string;
  /** Elements the component adds after the control(s) that describe them (e.g. a counter). */
  describedBy?(): HTMLElement[];
  /** Where created hint/error go: before this element (defaults to the first control's top-level node). */
  anchor?(): Node | null;
  /**
   * Called at every sync, before the controls are wired: a place to prepare the controls the
   * author (or a framework re-render) gave, e.g. set a group's `name` on items that lack it.
   */
  prepare?(controls: NativeControl[]): void;
  /**
   * What an error summary links to and focus goes to, for a field whose error is not about one of
   * its own controls (e.g. a fieldset's group error: its first field). Defaults to the first
   * enabled control (the checked one in a group).
   */
  focusTarget?(): HTMLElement | null;
  /**
   * The controls that get `aria-invalid` while an error shows, when not all of them are wrong
   * (e.g. only the day of a date). Defaults to every control.
   */
  invalidControls?(): NativeControl[];
  /**
   * Control mode: the element the user operates when it is not the native control (an enhanced
   * widget standing in for a hidden `<select>`). The label points at it (`for`; an author's label of
   * the native control names it through `aria-labelledby`), it gets `aria-describedby` and
   * `aria-invalid`, takes focus, and leaving it validates the field. Validation still reads the
   * native controls. `null` when the native control is used as it is.
   */
  proxy?(): HTMLElement | null;
}

const attr = 'data-qc-part';

/**
 * Wires a light-DOM form field: finds (or creates) the native control, creates or adopts its label,
 * adds hint and error elements next to it, links them with `for` / `aria-describedby` (keeping the
 * author's own ids), mirrors `required` / `disabled`, and runs validation with the qc-ds timing:
 * errors appear when the user leaves a field they changed, or on a submit attempt, never on load;
 * an error set by the server (`invalid` + `invalid-text` in the HTML) shows at once and goes away
 * when the user edits the field. Frameworks may replace the children at any time: a mutation
 * observer re-wires the new control and puts back the nodes the component owns.
 */
export class FieldController implements ReactiveController, FormField, RestorableField {
  readonly host: Host;
  private readonly options: FieldOptions;
  private readonly localize: LocalizeController<(typeof validationStrings)['fr']>;
  private labelEl: HTMLElement | undefined;
  private hintEl: HTMLElement | undefined;
  private errorEl: HTMLElement | undefined;
  private errorText: HTMLElement | undefined;
  private wired: NativeControl[] = [];
  private readonly added = new WeakMap<Element, string[]>();
  private observer: MutationObserver | undefined;
  private coordinator: FormCoordinator | undefined;
  private message = '';
  /** The user changed a value since the last time the field was checked on leaving it. */
  private dirty = false;
  private syncing = false;
  private shownByInvalid = false;
  private labelChecked = false;
  /** The states saved when the page was left were looked up (once, when the controls exist). */
  private restoreChecked = false;

  constructor(host: Host, localize: LocalizeController<never>, options: FieldOptions) {
    this.host = host;
    this.localize = localize as unknown as LocalizeController<(typeof validationStrings)['fr']>;
    this.options = options;
    host.addController(this);
  }

  /** The error shown now ('' when none). */
  get error(): string {
    return this.message;
  }

  get focusTarget(): HTMLElement | null {
    if (this.options.focusTarget) return this.options.focusTarget();
    const proxy = this.proxyControl();
    if (proxy) return proxy;
    const controls = this.options.controls().filter((control) => !control.disabled);
    return controls.find((control) => (control as HTMLInputElement).checked) ?? controls[0] ?? null;
  }

  owns(element: EventTarget | null): boolean {
    if (!(element instanceof Element)) return false;
    return this.options.controls().some((control) => control === element) || !!this.proxyControl()?.contains(element);
  }

  private proxyControl(): HTMLElement | null {
    return this.options.mode === 'control' ? (this.options.proxy?.() ?? null) : null;
  }

  hostConnected(): void {
    trackFormState(this);
    this.host.addEventListener('focusout', this.onFocusOut);
    this.host.addEventListener('input', this.onInput);
    this.host.addEventListener('change', this.onChange);
    // Moved (a framework re-ordering a list, a field moved into a form): no update follows, so
    // re-wire and join the new form now. The first connection waits for the first update instead.
    if (this.wired.length > 0) this.sync();
  }

  hostDisconnected(): void {
    untrackFormState(this);
    this.host.removeEventListener('focusout', this.onFocusOut);
    this.host.removeEventListener('input', this.onInput);
    this.host.removeEventListener('change', this.onChange);
    this.observer?.disconnect();
    this.observer = undefined;
    this.coordinator?.unregister(this);
    this.coordinator = undefined;
  }

  hostUpdated(): void {
    this.sync();
    if (this.options.invalid()) {
      // Server-rendered or app-set error: show it as given.
      this.shownByInvalid = true;
      this.show(this.options.invalidText() || this.computeMessage() || this.genericMessage());
    } else if (this.shownByInvalid) {
      // The app cleared its error.
      this.shownByInvalid = false;
      this.show('');
    } else {
      this.recheck();
    }
  }

  /**
   * Checks a shown error against the current value: fixed without an event (a framework set a
   * valid value, re-rendered the options), it goes; the language changed, it is said again in the
   * new language. A server's or app's error (`invalid`) is left as it is.
   */
  recheck(): void {
    if (!this.message || this.shownByInvalid || this.options.invalid()) return;
    const message = this.computeMessage();
    if (message !== this.message) this.show(message);
  }

  /** Creates, adopts and links the label, hint and error; call after any change of the host's attributes. */
  sync(): void {
    if (this.syncing) return;
    this.syncing = true;
    try {
      let controls = this.options.controls();
      if (controls.length === 0 && this.options.create) {
        const created = this.options.create();
        if (created) {
          created.setAttribute(attr, 'control');
          // create() may have placed it itself (e.g. a checkbox inside the label it also created).
          if (!this.host.contains(created)) this.host.append(created);
          controls = [created];
        }
      }
      this.wire(controls);
      this.registerWithForm(controls[0]);
      this.observe();
      if (!this.restoreChecked && controls.length > 0) {
        this.restoreChecked = true;
        restoreFormState(this);
      }
    } finally {
      this.syncing = false;
    }
  }

  /** The native controls, for saving and restoring their states across Back and reload. */
  controls(): NativeControl[] {
    return this.options.controls();
  }

  /** Values changed without events (history restoration): the component refreshes what it derives. */
  restored(): void {
    // Often called while the host is updating (its first sync): update again once that is done.
    queueMicrotask(() => this.host.requestUpdate());
  }

  /** Validates now and shows the result (a submit attempt). Returns the message. */
  validate(reason: 'submit' | 'blur' | 'input'): string {
    // A form with `novalidate`: the author validates, so neither the browser nor qc-ds does (only
    // the errors the author sets with `invalid` show).
    if (reason !== 'submit' && this.formNoValidate()) return '';
    const message =
      this.options.invalid() && this.options.invalidText() ? this.options.invalidText() : this.computeMessage();
    if (reason === 'input' && !this.message) return message;
    this.show(message);
    if (message && reason === 'blur') announce(`${this.localize.term('errorPrefix')} ${message}`);
    return message;
  }

  clearError(): void {
    this.dirty = false;
    this.shownByInvalid = false;
    this.options.setInvalid(false);
    this.show('');
    // After a reset the values changed without an event: let the component refresh what it derives
    // from them (a counter, a list of files).
    this.host.requestUpdate();
  }

  /** The message the current value deserves ('' when valid). */
  computeMessage(): string {
    const label = this.labelText();
    for (const control of this.options.controls()) {
      if (control.disabled) continue;
      const native = validationMessage(control, this.localize, label);
      if (native) return this.options.invalidText() || native;
    }
    const extra = this.options.extraValidity?.() ?? '';
    return extra ? this.options.invalidText() || extra : '';
  }

  private genericMessage(): string {
    return this.localize.term('invalid', this.labelText());
  }

  /** The accessible label text, for messages. */
  labelText(): string {
    const own = this.options.label().trim();
    if (own) return own;
    const control = this.options.controls()[0];
    // Only a label inside the field (`input.labels` scans the whole document: too slow for 1000 fields).
    const label = control ? this.authoredLabel(control) : undefined;
    return (label?.textContent ?? '').replace(/\s*\*\s*$/, '').trim();
  }

  private show(message: string): void {
    if (message === this.message && (this.errorEl?.hidden ?? true) === !message) return;
    this.message = message;
    if (message) this.ensureError().hidden = false;
    // The visually hidden prefix follows the language too.
    if (message && this.errorEl?.firstElementChild)
      this.errorEl.firstElementChild.textContent = `${this.localize.term('errorPrefix')} `;
    if (this.errorText) this.errorText.textContent = message;
    if (this.errorEl && !message) this.errorEl.hidden = true;
    this.link(this.options.controls());
    this.coordinator?.errorsChanged();
  }

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (!this.owns(event.target)) return;
    // Still inside the field (e.g. moving between radios or date parts): wait until it is left.
    if (event.relatedTarget instanceof Node && this.host.contains(event.relatedTarget)) return;
    if (!this.dirty) return;
    this.dirty = false;
    this.validate('blur');
  };

  private readonly onInput = (event: Event): void => {
    if (!this.owns(event.target)) return;
    this.dirty = true;
    if (this.options.invalid() || this.shownByInvalid) {
      // The user is fixing a server/app error: it goes away, and normal validation resumes.
      this.shownByInvalid = false;
      this.options.setInvalid(false);
      this.show('');
      return;
    }
    if (this.message) this.validate('input');
  };

  private readonly onChange = (event: Event): void => {
    if (!this.owns(event.target)) return;
    const control = event.target as NativeControl;
    // Choices commit on change: check them at once (text fields wait until the user leaves).
    const committed = control instanceof HTMLSelectElement || ['checkbox', 'radio', 'file'].includes(control.type);
    if (this.options.invalid() || this.shownByInvalid) {
      this.shownByInvalid = false;
      this.options.setInvalid(false);
      this.show('');
    }
    if (committed) {
      this.dirty = false;
      this.validate(this.message ? 'input' : 'blur');
    } else {
      this.dirty = true;
    }
  };

  private formNoValidate(): boolean {
    const control = this.options.controls()[0];
    return (control?.form ?? this.host.closest('form'))?.noValidate ?? false;
  }

  private registerWithForm(control: NativeControl | undefined): void {
    const form = control?.form ?? this.host.closest('form');
    const coordinator = form ? FormCoordinator.of(form) : undefined;
    if (coordinator === this.coordinator) return;
    this.coordinator?.unregister(this);
    this.coordinator = coordinator;
    coordinator?.register(this);
  }

  private observe(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (this.syncing || !this.host.isConnected) return;
      const controls = this.options.controls();
      const ours = [this.labelEl, this.hintEl, this.errorEl];
      const lost = ours.some((el) => el && !el.isConnected && this.ownsNode(el));
      const changed = controls.length !== this.wired.length || controls.some((c, i) => c !== this.wired[i]);
      if (lost || changed) this.sync();
      // Options re-rendered by a framework may change the validity; our own nodes changing may not.
      else if (records.some((record) => !ours.some((el) => el?.contains(record.target)))) this.recheck();
    });
    this.observer.observe(this.host, { childList: true, subtree: true });
  }

  private ownsNode(el: HTMLElement): boolean {
    return el.getAttribute(attr) !== null;
  }

  private wire(controls: NativeControl[]): void {
    const { mode } = this.options;
    this.options.prepare?.(controls);
    const first = controls[0];
    // Mirror host state onto the controls (the browser then does the work: required, disabled).
    for (const control of controls) {
      // Only what the host made required is made optional again (an author's `required` stays).
      const groupCheckbox = control instanceof HTMLInputElement && control.type === 'checkbox' && mode === 'group';
      if (this.options.required() && !groupCheckbox) {
        if (!control.required) control.setAttribute(`${attr}-required`, '');
        control.required = true;
      } else if (control.hasAttribute(`${attr}-required`)) {
        control.required = false;
        control.removeAttribute(`${attr}-required`);
      }
      // Only what the host disabled is enabled again (an item the author disabled stays disabled).
      if (this.options.disabled()) {
        if (!control.disabled) control.setAttribute(`${attr}-disabled`, '');
        control.disabled = true;
      } else if (control.hasAttribute(`${attr}-disabled`)) {
        control.disabled = false;
        control.removeAttribute(`${attr}-disabled`);
      }
    }
    if (first && !first.id && mode === 'control') first.id = uniqueId('qc-control');
    const proxy = this.proxyControl();
    if (proxy && !proxy.id) proxy.id = uniqueId('qc-control');

    // Label (control mode) or legend (group mode).
    const labelText = this.options.label();
    const authoredLabel = mode === 'control' && first ? this.authoredLabel(first) : undefined;
    if (labelText && !authoredLabel) {
      const el = (this.labelEl ??= this.make(
        mode === 'control' ? 'label' : 'div',
        mode === 'control' ? 'qc-label' : 'qc-legend',
        'label',
      ));
      el.textContent = labelText;
      // Required on the host, or on the control itself (`<input required>`, Angular's `required`).
      if (this.options.required() || (mode === 'control' && first?.required)) {
        // The « * » is for the eyes only: assistive technologies get the requirement in words.
        const mark = document.createElement('span');
        mark.className = 'qc-required-mark';
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = ' *';
        el.append(mark);
        // A control's native `required` says it. A group has none (and `aria-required` is not
        // allowed on role=group): the legend, which names the group, says « (obligatoire) »,
        // visually hidden. Words in the group's name are also the way screen readers announce most
        // reliably for radios (a11ysupport.io), beside the radiogroup's `aria-required` (link()).
        // GC Design System likewise puts « (obligatoire) » in the legend of its required groups.
        if (mode === 'group') {
          const words = document.createElement('span');
          words.className = 'qc-visually-hidden';
          words.setAttribute(attr, 'required-text');
          words.textContent = ` ${this.localize.term('requiredText')}`;
          el.append(words);
        }
      }
      if (mode === 'control' && first) (el as HTMLLabelElement).htmlFor = (proxy ?? first).id;
      if (!el.id) el.id = uniqueId('qc-label');
      this.place(el, this.firstAnchor(controls));
    } else if (this.labelEl) {
      this.labelEl.remove();
      this.labelEl = undefined;
    }
    // The author's label points at the hidden native control: it names the proxy by reference.
    if (proxy && authoredLabel) {
      if (!authoredLabel.id) authoredLabel.id = uniqueId('qc-label');
      proxy.setAttribute('aria-labelledby', authoredLabel.id);
    } else proxy?.removeAttribute('aria-labelledby');
    if (!labelText && !authoredLabel && first && !this.labelChecked) {
      this.labelChecked = true;
      // A task later: frameworks may add the label just after connecting the element.
      setTimeout(() => {
        // A label elsewhere in the page (`for=id`) is fine too: ask the browser, once, a task later.
        if (!this.options.label().trim() && !(this.options.mode === 'control' && first.labels?.length))
          warnOnce(
            this.host,
            'no-label',
            'the field has no label: give it a `label` attribute or a <label> for its control.',
          );
      });
    }

    // Hint.
    const hint = this.options.description().trim();
    if (hint) {
      const el = (this.hintEl ??= this.make('div', 'qc-hint', 'hint'));
      el.textContent = hint;
      if (!el.id) el.id = uniqueId('qc-hint');
      this.place(el, this.errorEl?.isConnected ? this.errorEl : this.firstAnchor(controls));
    } else if (this.hintEl) {
      this.hintEl.remove();
      this.hintEl = undefined;
    }
    if (this.errorEl) this.place(this.errorEl, this.firstAnchor(controls));

    this.wired = controls;
    this.link(controls);
  }

  /** The author's `<label>` for `control` inside the host (wrapping, or `for=id`). */
  private authoredLabel(control: NativeControl): HTMLLabelElement | undefined {
    const wrapping = control.closest('label');
    if (wrapping && this.host.contains(wrapping) && !wrapping.hasAttribute(attr)) return wrapping;
    if (!control.id) return undefined;
    const byFor = this.host.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(control.id)}"]:not([${attr}])`);
    return byFor ?? undefined;
  }

  private ensureError(): HTMLElement {
    if (!this.errorEl) {
      const el = this.make('div', 'qc-error', 'error');
      el.id = uniqueId('qc-error');
      el.hidden = true;
      const prefix = document.createElement('span');
      prefix.className = 'qc-visually-hidden';
      prefix.textContent = `${this.localize.term('errorPrefix')} `;
      this.errorText = document.createElement('span');
      el.append(prefix, this.errorText);
      this.errorEl = el;
    }
    this.place(this.errorEl, this.firstAnchor(this.options.controls()));
    return this.errorEl;
  }

  private make(tag: string, className: string, part: string): HTMLElement {
    const el = document.createElement(tag);
    el.className = className;
    el.setAttribute(attr, part);
    return el;
  }

  /** The host's child that holds the first control: created hint and error go just before it. */
  private firstAnchor(controls: NativeControl[]): Node | null {
    const custom = this.options.anchor?.();
    if (custom !== undefined) return custom;
    let node: Node | null = controls[0] ?? null;
    while (node && node.parentNode !== this.host) node = node.parentNode;
    // GOV.UK's order: label, hint, error, control. A label wrapping the control (a checkbox and
    // its text) stays first: hint and error follow it.
    if (node instanceof HTMLLabelElement && controls[0] && node.contains(controls[0])) return node.nextSibling;
    return node;
  }

  /** Inserts `el` before `anchor` in the host (or at the end), unless already there. */
  private place(el: HTMLElement, anchor: Node | null): void {
    const order = [this.labelEl, this.hintEl, this.errorEl].filter((e): e is HTMLElement => !!e);
    // Keep label → hint → error order among our own nodes.
    const next = order.slice(order.indexOf(el) + 1).find((e) => e.parentNode === this.host);
    const before = next ?? (anchor && anchor.parentNode === this.host ? anchor : null);
    if (el.parentNode === this.host && el.nextSibling === before) return;
    if (before === el) return;
    this.host.insertBefore(el, before);
  }

  /** Sets `aria-describedby` (hint, error, extras) and `aria-invalid`, keeping the author's ids. */
  private link(controls: NativeControl[]): void {
    const ours = [
      this.hintEl?.id,
      this.message ? this.errorEl?.id : undefined,
      ...(this.options.describedBy?.() ?? []).map((el) => el.id),
    ].filter((id): id is string => !!id);
    const proxy = this.proxyControl();
    const targets: Element[] = this.options.mode === 'group' ? [this.host] : proxy ? [proxy] : controls.slice(0, 1);
    if (this.options.mode === 'group') {
      const role = this.options.groupRole?.() ?? 'group';
      this.host.setAttribute('role', role);
      if (this.labelEl) this.host.setAttribute('aria-labelledby', this.labelEl.id);
      else this.host.removeAttribute('aria-labelledby');
      // The required state where ARIA has it for a group: radiogroup (not group).
      if (role === 'radiogroup' && this.options.required()) this.host.setAttribute('aria-required', 'true');
      else this.host.removeAttribute('aria-required');
    }
    for (const target of targets) {
      const previous = this.added.get(target) ?? [];
      const authored = (target.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter((id) => id && !previous.includes(id));
      const all = [...authored, ...ours];
      if (all.length) target.setAttribute('aria-describedby', all.join(' '));
      else target.removeAttribute('aria-describedby');
      this.added.set(target, ours);
    }
    // Always said, `false` too: without it Chromium reports an untouched required checkbox, radio,
    // select (empty first option) or file input as invalid from the native constraints, long before
    // any error shows. Invalid for assistive technologies exactly while an error is displayed.
    const invalid = this.message ? (this.options.invalidControls?.() ?? controls) : [];
    const states = new Map<Element, boolean>(controls.map((control) => [control, invalid.includes(control)]));
    if (proxy) states.set(proxy, !!this.message);
    for (const [el, state] of states) {
      if (el.getAttribute('aria-invalid') !== String(state)) el.setAttribute('aria-invalid', String(state));
    }
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce } from '../announce.js';
import { FormCoordinator, type FormField } from '../form-coordinator.js';
import { restoreFormState, trackFormState, untrackFormState, type RestorableField } from '../form-state.js';
import { uniqueId } from '../ids.js';
import type { LocalizeController } from '../localize.js';
import { validationMessage, type NativeControl } from '../validation.js';
import type { validationStrings } from '../validation.strings.js';
import { mirrorState } from '../validators/required.js';
import { updateValidity, type ValidatedField, type Validator } from '../validators/validator.js';
import { warnOnce } from '../warn.js';
import { PART } from '../part.js';
import { anchorOf, FieldParts, firstContent, setInvalid } from './parts.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a field reads from its host unless its options say otherwise. */
interface FieldHost {
  control?: NativeControl | null;
  label?: string | null;
  legend?: string | null;
  description?: string | null;
  required?: boolean;
  disabled?: boolean;
  invalidText?: string | null;
  /** Called once a form reset has restored the controls' values (the platform's name for it). */
  formResetCallback?(): void;
}

/**
 * What a field states when it differs from the defaults, which read the host: `control` (its one
 * native control), `label` (else `legend`), `description`, `disabled`, `required`, `invalidText`,
 * and the validators its class lists (`static validators`). Each function gets the host, so one
 * options object can serve every instance of a class (no closures kept per field).
 */
export interface FieldOptions {
  /**
   * `control` (default): one native control named by a `<label for>`. `group`: choices (radios,
   * checkboxes) or fields named by a legend: the host gets `role` (`radiogroup` when every control is
   * a radio, else `group`), `aria-labelledby` and `aria-describedby`. `composite`: several controls
   * that hold one value (a date's parts) with one error: a group whose error is about the wrong
   * parts only, checked when the whole field is left, that hears its parts' events even when the
   * host keeps them inside.
   */
  mode?: 'control' | 'group' | 'composite';
  /** The native controls, in the host's light DOM (default: the host's `control`). */
  controls?(host: HTMLElement): NativeControl[];
  /** Creates the control from the host's attributes when the author gave none (terse API). */
  create?(host: HTMLElement): NativeControl | null;
  description?(host: HTMLElement): string;
  disabled?(host: HTMLElement): boolean;
  /** The rules of the field (default: the host class's `static validators`). */
  validators?: readonly Validator[];
  /** Elements the component adds after the control(s) that describe them (e.g. a counter). */
  describedBy?(host: HTMLElement): readonly HTMLElement[];
  /**
   * Called at every wiring, before the controls are linked: what the host puts on the controls the
   * author (or a framework re-render) gave, e.g. a group's `name` on items that lack it.
   */
  prepare?(controls: NativeControl[], host: HTMLElement): void;
  /**
   * The element the user operates when it is not the native control (an enhanced widget standing
   * in for a hidden `<select>`). The label points at it (`for`; an author's label of the native
   * control names it through `aria-labelledby`), it gets `aria-describedby` and `aria-invalid`,
   * takes focus, and leaving it validates the field. Validation still reads the native controls.
   */
  standIn?(host: HTMLElement): HTMLElement | null;
}

const noElements: readonly HTMLElement[] = [];

const focusable = 'input:not([type="hidden" i]), select, textarea, button, [tabindex]:not([tabindex="-1"])';

/**
 * Wires a light-DOM form field: finds (or creates) its native controls, has `FieldParts` make and
 * link label, hint and error, mirrors `disabled` (and, through `requiredValidator`, `required`),
 * runs the field's validators and shows the error with the qc-ds timing: errors appear when the
 * user leaves a field they changed, or on a submit attempt, never on load; an error set by the
 * server (`invalid` + `invalid-text`) shows at once and goes away when the user edits the field.
 * The form's `FormCoordinator` tells it of submit attempts and resets. Frameworks may replace the
 * children at any time: a mutation observer re-wires the new controls and puts back our nodes.
 */
export class FieldController implements ReactiveController, FormField, RestorableField, ValidatedField {
  readonly host: Host;
  readonly mode: 'control' | 'group' | 'composite';
  readonly localize: LocalizeController<(typeof validationStrings)['fr']>;
  private readonly options: FieldOptions;
  private readonly parts: FieldParts;
  private readonly validators: readonly Validator[];
  private wired: NativeControl[] = [];
  /** The controls found at the start of a sync, which its steps (and the validators) read again. */
  private current: NativeControl[] | undefined;
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

  constructor(host: Host, localize: LocalizeController<never>, options: FieldOptions = {}) {
    this.host = host;
    this.localize = localize as unknown as LocalizeController<(typeof validationStrings)['fr']>;
    this.options = options;
    this.mode = options.mode ?? 'control';
    this.validators =
      options.validators ?? (host.constructor as { validators?: readonly Validator[] }).validators ?? [];
    this.parts = new FieldParts(host, this.mode !== 'control', this.localize);
    host.addController(this);
  }

  private get fieldHost(): FieldHost {
    return this.host as FieldHost;
  }

  /** The error shown now ('' when none). */
  get error(): string {
    return this.message;
  }

  /**
   * What an error summary links to and focus goes to: the widget standing in for the control, the
   * wrong part of a composite, the checked choice of a group, the first enabled control; for a field
   * without controls of its own (a fieldset), its first enabled field that is shown.
   */
  get focusTarget(): HTMLElement | null {
    const standIn = this.standInControl();
    if (standIn) return standIn;
    const controls = this.controls().filter((control) => !control.disabled);
    if (this.mode === 'composite') return controls.find((control) => !control.validity.valid) ?? controls[0] ?? null;
    if (controls.length === 0 && this.mode === 'group') {
      const enabled = [...this.host.querySelectorAll<HTMLElement>(focusable)].filter((el) => !el.matches(':disabled'));
      return enabled.find((el) => el.getClientRects().length > 0) ?? enabled[0] ?? null;
    }
    return controls.find((control) => (control as HTMLInputElement).checked) ?? controls[0] ?? null;
  }

  owns(element: EventTarget | null): boolean {
    if (!(element instanceof Element)) return false;
    return this.controls().some((control) => control === element) || !!this.standInControl()?.contains(element);
  }

  private standInControl(): HTMLElement | null {
    return this.mode === 'control' ? (this.options.standIn?.(this.host) ?? null) : null;
  }

  /** The native controls, also for saving and restoring their states across Back and reload. */
  controls(): NativeControl[] {
    if (this.current) return this.current;
    if (this.options.controls) return this.options.controls(this.host);
    const control = this.fieldHost.control;
    return control ? [control] : [];
  }

  private label(): string {
    return (this.fieldHost.label ?? this.fieldHost.legend ?? '').trim();
  }

  private required(): boolean {
    return !!this.fieldHost.required;
  }

  private invalidText(): string {
    return this.fieldHost.invalidText ?? '';
  }

  private events(add: boolean): void {
    // A composite's host keeps its parts' events inside: hear them on the way down.
    const capture = this.mode === 'composite';
    // The controller is the listener (`handleEvent`): no bound functions kept per field.
    const method = add ? 'addEventListener' : 'removeEventListener';
    this.host[method]('focusout', this);
    this.host[method]('input', this, capture);
    this.host[method]('change', this, capture);
  }

  /** @internal The host's `focusout`, `input` and `change`. */
  handleEvent(event: Event): void {
    if (event.type === 'focusout') this.onFocusOut(event as FocusEvent);
    else if (event.type === 'input') this.onInput(event);
    else if (event.type === 'change') this.onChange(event);
  }

  hostConnected(): void {
    trackFormState(this);
    this.events(true);
    // Moved (a framework re-ordering a list, a field moved into a form): no update follows, so
    // re-wire and join the new form now. The first connection waits for the first update instead.
    if (this.wired.length > 0) this.sync();
  }

  hostDisconnected(): void {
    untrackFormState(this);
    this.events(false);
    this.observer?.disconnect();
    this.observer = undefined;
    this.coordinator?.unregister(this);
    this.coordinator = undefined;
  }

  hostUpdated(): void {
    this.sync();
    const forced = this.forcedError();
    if (forced !== null) {
      // Server-rendered or app-set error: show it as given.
      this.shownByInvalid = true;
      this.show(forced || this.computeMessage() || this.genericMessage());
    } else if (this.shownByInvalid) {
      // The app cleared its error.
      this.shownByInvalid = false;
      this.show('');
    } else {
      this.recheck();
    }
  }

  /** The error a validator shows as given (a server's), or null. */
  private forcedError(): string | null {
    for (const validator of this.validators) {
      const shown = validator.shown?.(this);
      if (shown !== null && shown !== undefined) return shown;
    }
    return null;
  }

  /** The citizen edits: a server's or app's error no longer applies. */
  private clearForced(): void {
    this.shownByInvalid = false;
    for (const validator of this.validators) validator.clear?.(this);
  }

  /**
   * Checks a shown error against the current value: fixed without an event (a framework set a
   * valid value, re-rendered the options), it goes; the language changed, it is said again in the
   * new language. A server's or app's error is left as it is.
   */
  recheck(): void {
    if (!this.message || this.shownByInvalid || this.forcedError() !== null) return;
    this.refreshValidity();
    const message = this.computeMessage();
    if (message !== this.message) this.show(message);
  }

  /** Brings the validators' constraints up to date with the values (set without events, reset). */
  refreshValidity(): void {
    updateValidity(this.validators, this);
  }

  /** Creates, adopts and links the label, hint and error; call after any change of the host's attributes. */
  sync(): void {
    if (this.syncing) return;
    this.syncing = true;
    try {
      let controls = this.controls();
      if (controls.length === 0 && this.options.create) {
        const created = this.options.create(this.host);
        if (created) {
          created.setAttribute(PART, 'control');
          // create() may have placed it itself (e.g. a checkbox inside the label it also created).
          if (!this.host.contains(created)) this.host.append(created);
          controls = [created];
        }
      }
      this.current = controls;
      this.wire(controls);
      this.current = undefined;
      this.registerWithForm(controls[0]);
      this.observe();
      if (!this.restoreChecked && controls.length > 0) {
        this.restoreChecked = true;
        restoreFormState(this);
      }
    } finally {
      this.current = undefined;
      this.syncing = false;
    }
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
    this.refreshValidity();
    const message = this.forcedError() || this.computeMessage();
    if (reason === 'input' && !this.message) return message;
    this.show(message);
    if (message && reason === 'blur') announce(`${this.localize.term('errorPrefix')} ${message}`);
    return message;
  }

  /** The form was reset (the browser has restored the values): no error, and nothing edited. */
  formReset(): void {
    this.dirty = false;
    this.clearForced();
    this.refreshValidity();
    this.show('');
    // The values changed without an event: let the component refresh what it derives from them (a
    // counter, a list of files).
    this.host.requestUpdate();
    this.fieldHost.formResetCallback?.();
  }

  /** The message the current value deserves ('' when valid). */
  computeMessage(): string {
    const label = this.labelText();
    for (const control of this.controls()) {
      if (control.disabled) continue;
      const native = validationMessage(control, this.localize, label);
      if (native) return this.invalidText() || native;
    }
    return '';
  }

  private genericMessage(): string {
    return this.localize.term('invalid', this.labelText());
  }

  /** The accessible label text, for messages. */
  labelText(): string {
    const own = this.label();
    if (own) return own;
    // Only a label inside the field (`input.labels` scans the whole document: too slow for 1000 fields).
    const label = this.parts.authoredLabel(this.controls()[0]);
    return (label?.textContent ?? '').replace(/\s*\*\s*$/, '').trim();
  }

  private show(message: string): void {
    if (message === this.message && (this.parts.errorEl?.hidden ?? true) === !message) return;
    this.message = message;
    const controls = this.controls();
    this.parts.showError(message, this.anchor(controls));
    this.link(controls);
    this.coordinator?.errorsChanged();
  }

  private onFocusOut(event: FocusEvent): void {
    if (!this.owns(event.target)) return;
    // Still inside the field (e.g. moving between radios or date parts): wait until it is left.
    if (event.relatedTarget instanceof Node && this.host.contains(event.relatedTarget)) return;
    if (!this.dirty) return;
    this.dirty = false;
    this.validate('blur');
  }

  private onInput(event: Event): void {
    if (!this.owns(event.target)) return;
    this.dirty = true;
    this.refreshValidity();
    if (this.shownByInvalid || this.forcedError() !== null) {
      // The user is fixing a server/app error: it goes away, and normal validation resumes.
      this.clearForced();
      this.show('');
      if (this.mode === 'composite') this.host.requestUpdate();
      return;
    }
    if (this.message) this.validate('input');
  }

  private onChange(event: Event): void {
    if (!this.owns(event.target)) return;
    const control = event.target as NativeControl;
    // Choices commit on change: check them at once (text fields wait until the user leaves).
    const committed = control instanceof HTMLSelectElement || ['checkbox', 'radio', 'file'].includes(control.type);
    this.refreshValidity();
    if (this.shownByInvalid || this.forcedError() !== null) {
      this.clearForced();
      this.show('');
    }
    if (committed) {
      this.dirty = false;
      this.validate(this.message ? 'input' : 'blur');
    } else {
      this.dirty = true;
    }
  }

  private formNoValidate(): boolean {
    const control = this.controls()[0];
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
      const controls = this.controls();
      const ours = this.parts.nodes;
      const lost = ours.some((el) => !el.isConnected && el.hasAttribute(PART));
      const changed = controls.length !== this.wired.length || controls.some((c, i) => c !== this.wired[i]);
      if (lost || changed || this.labelAdded(records)) this.sync();
      // Options re-rendered by a framework may change the validity; our own nodes changing may not.
      else if (records.some((record) => !ours.some((el) => el.contains(record.target)))) this.recheck();
    });
    this.observer.observe(this.host, { childList: true, subtree: true });
  }

  /** An author's (or a framework's) `<label>` was added beside a single control: adopt it, drop ours. */
  private labelAdded(records: MutationRecord[]): boolean {
    if (this.mode !== 'control') return false;
    for (const record of records) {
      if (record.target !== this.host) continue;
      for (const node of record.addedNodes)
        if (node instanceof HTMLLabelElement && !node.hasAttribute(PART)) return true;
    }
    return false;
  }

  /** Where created nodes go: before the host's child that holds the first control (or its first own child). */
  private anchor(controls: NativeControl[]): Node | null {
    if (this.mode === 'control') return anchorOf(this.host, controls[0]);
    let node: Node | null = controls[0] ?? null;
    while (node && node.parentNode !== this.host) node = node.parentNode;
    return node || controls.length ? node : firstContent(this.host, this.parts.nodes);
  }

  private wire(controls: NativeControl[]): void {
    this.options.prepare?.(controls, this.host);
    for (const validator of this.validators) validator.apply?.(this);
    // Only what the host disabled is enabled again (an item the author disabled stays disabled).
    const disabled = this.options.disabled?.(this.host) ?? !!this.fieldHost.disabled;
    for (const control of controls) mirrorState(control, 'disabled', disabled);
    const first = controls[0];
    const control = this.mode === 'control';
    if (first && !first.id && control) first.id = uniqueId('qc-control');
    const standIn = this.standInControl();
    if (standIn && !standIn.id) standIn.id = uniqueId('qc-control');
    const labelText = this.label();
    const authoredLabel = control ? this.parts.authoredLabel(first, true) : undefined;
    this.parts.render(
      {
        label: labelText,
        description: (this.options.description?.(this.host) ?? this.fieldHost.description ?? '').trim(),
        // Required on the host, or on the control itself (`<input required>`, Angular's `required`).
        required: this.required() || (control && !!first?.required),
        labelFor: standIn ?? first ?? null,
        anchor: this.anchor(controls),
      },
      !!authoredLabel,
    );
    // The author's label points at the hidden native control: it names the standIn by reference.
    if (standIn && authoredLabel) {
      if (!authoredLabel.id) authoredLabel.id = uniqueId('qc-label');
      standIn.setAttribute('aria-labelledby', authoredLabel.id);
    } else standIn?.removeAttribute('aria-labelledby');
    if (!labelText && !authoredLabel && first && !this.labelChecked) {
      this.labelChecked = true;
      // A task later: frameworks may add the label just after connecting the element. A label
      // elsewhere in the page (`for=id`) is fine too: ask the browser, once.
      setTimeout(() => {
        if (!this.label() && !(control && first.labels?.length))
          warnOnce(
            this.host,
            'no-label',
            'the field has no label: give it a `label` attribute or a <label> for its control.',
          );
      });
    }
    this.wired = controls;
    this.refreshValidity();
    this.link(controls);
  }

  /** `aria-describedby` (hint, error, extras), the group's role and name, and `aria-invalid`. */
  private link(controls: NativeControl[]): void {
    const standIn = this.standInControl();
    const group = this.mode !== 'control';
    const error = !!this.message;
    // Always said, `false` too: without it Chromium reports an untouched required checkbox, radio,
    // select (empty first option) or file input as invalid from the native constraints, long before
    // any error shows. Invalid for assistive technologies exactly while an error is displayed; in a
    // composite, on the wrong parts only.
    const composite = error && this.mode === 'composite';
    const wrongOnly = composite && controls.some((control) => !control.disabled && !control.validity.valid);
    for (const control of controls) {
      // A composite: its enabled parts only, and only the wrong ones when some are.
      const invalid = composite ? !control.disabled && (!wrongOnly || !control.validity.valid) : error;
      setInvalid(control, invalid);
    }
    if (standIn) setInvalid(standIn, error);
    this.parts.link(
      {
        target: group ? this.host : (standIn ?? controls[0] ?? null),
        extras: this.options.describedBy?.(this.host) ?? noElements,
        role: group
          ? controls.length > 0 && controls.every((c) => c.type === 'radio')
            ? 'radiogroup'
            : 'group'
          : undefined,
        required: this.required(),
      },
      error,
    );
  }
}

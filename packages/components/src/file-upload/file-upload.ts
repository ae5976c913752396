import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcFieldElement } from '../internal/field-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { FieldController } from '../internal/field/controller.js';
import { fieldStyles } from '../internal/field.styles.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { announce } from '../internal/announce.js';
import { withValidationStrings } from '../internal/validation.js';
import { fileUploadStrings } from './file-upload.strings.js';
import { fileUploadStyles } from './file-upload.styles.js';
import { FileDropController } from './file-drop.js';
import { createItem, createList, createZone, fillZone } from './file-list.js';
import { fileKey, formatSize, parseSize, sameFiles, uniqueFiles } from './file-rules.js';
import { checkFiles, fileRulesValidator, type FileProblem } from './file-validator.js';
import { PART } from '../internal/part.js';

// One object for every instance (the merge is the same for all).
const fieldStrings = withValidationStrings(fileUploadStrings);

/** Puts `files` in the native input (the only way to set `input.files` is a `DataTransfer`'s list). */
function setFiles(input: HTMLInputElement, files: readonly File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
}

/**
 * A file upload: the native `<input type="file">` in the light DOM, with its label, hint and error,
 * a drop zone and the list of chosen files, each with a remove button.
 *
 * Wrap the input you write (`<qc-file-upload label="Pièce justificative"><input type="file" name="piece"></qc-file-upload>`)
 * or let the element create one from `name`, `accept`, `multiple` and `required`. Without
 * JavaScript, or before the element is defined, the input is a plain working file input.
 *
 * The chosen files always live in the input's `files`, so `new FormData(form)` carries exactly the
 * listed files. With `multiple`, each choice (picker or drop) adds to the list, leaving out a file
 * already there (same name, size and date); without it, a new choice replaces the file. Keyboard
 * and screen-reader users use the input itself, shown as a « Choisir des fichiers » button in the
 * drop zone; removing a file moves focus to the next remove button, or back to the input.
 * Additions and removals are announced politely.
 *
 * Validation is the browser's, through the input's `setCustomValidity`: a file of a type `accept`
 * does not list (also checked after a drop, which bypasses the picker's filter), a file over
 * `max-size`, more files than `max-files`, and `required`. Messages are in French or English and
 * name the file; `invalid-text` replaces them. A browser cannot pre-fill a file input: a page that
 * already holds files for the citizen lists them itself.
 *
 * @summary File upload with drop zone, list of chosen files, type, size and count limits.
 *
 * @slot - The native `<input type="file">` (and optionally its `<label>`); created when absent.
 *
 * @cssprop --qc-file-upload-max-width - Maximum width of the drop zone and the list.
 * @cssprop --qc-file-upload-zone-padding - Padding of the drop zone.
 * @cssprop --qc-file-upload-zone-border-width - Width of the drop zone's dashed border.
 *
 * @event {Event} change - From the native input, when files are chosen, dropped or removed.
 * @event {Event} input - From the native input, just before `change`.
 *
 * @status stable
 * @since 0.2.0
 */
export class QcFileUpload extends QcFieldElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [fieldStyles, fileUploadStyles];

  /**
   * The base rules and the file rules (`accept`, size, count).
   * @internal
   */
  static override validators = [...QcFieldElement.validators, fileRulesValidator];

  /** Label text (text only, never HTML). Leave empty when you write your own `<label>`. */
  @property() label = '';
  /** `name` of the created input. */
  @property() name: string | null = null;
  /**
   * Accepted types, as the input's `accept` (copied to it): extensions (`.pdf`), MIME types
   * (`application/pdf`) and wildcards (`image/*`), comma-separated, case-insensitive.
   */
  @property() accept: string | null = null;
  /** Several files may be chosen; each choice adds to the list (copied to the input). */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) multiple = false;
  /** Largest size of each file: bytes (`5242880`) or with a unit (`500kB`, `5MB`, `5 Mo`; decimal, `MiB` binary). */
  @property({ attribute: 'max-size' }) maxSize: string | null = null;
  /** Most files that can be sent at once (with `multiple`). */
  @property({ type: Number, attribute: 'max-files' }) maxFiles: number | null = null;

  private readonly localize = new LocalizeController(this, fieldStrings);
  private readonly field: FieldController;
  /** The input the element enhances now. */
  private input: HTMLInputElement | null = null;
  /** The files the input held at the last refresh (a picker choice replaces them: we add them back). */
  private current: File[] = [];
  private zone: HTMLElement | undefined;
  private list: HTMLUListElement | undefined;
  private rendered = '';
  private status = '';
  private dispatching = false;
  private observer: MutationObserver | undefined;
  private lastLang = '';

  constructor() {
    super();
    this.field = new FieldController(this, this.localize as LocalizeController<never>, {
      create: () => {
        const input = document.createElement('input');
        input.type = 'file';
        this.mirror(input);
        return input;
      },
    });
    // Capture: the files are merged before the page's own listeners (and frameworks) read them.
    this.addEventListener('input', this.onPick, true);
    this.addEventListener('change', this.onPick, true);
    new FileDropController(this, {
      canDrop: () => !!this.input && !this.input.matches(':disabled'),
      drop: (files) => this.addFiles(files),
    });
  }

  /** The native file input (created or the author's). */
  get control(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('input[type="file"]');
  }

  /** The chosen files, as the form will send them. */
  get files(): File[] {
    return [...(this.control?.files ?? [])];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcFileUpload);
    // After the field controller's listener: announce once it has validated.
    this.addEventListener('change', this.onChanged);
    this.observer ??= new MutationObserver(() => this.checkNodes());
    this.observer.observe(this, { childList: true, subtree: true });
    // Moved to another place or form (no property changed): follow the form's resets again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('change', this.onChanged);
    this.observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('maxSize') && Number.isNaN(parseSize(this.maxSize))) {
      this.warnOnce(
        `max-size:${String(this.maxSize)}`,
        `invalid max-size="${String(this.maxSize)}"; expected bytes or a size like "5MB", "500kB" or "5 Mo". No size limit applied.`,
      );
    }
    if (changed.has('maxFiles') && this.maxFiles !== null && !(this.maxFiles >= 1)) {
      this.warnOnce(
        `max-files:${String(this.maxFiles)}`,
        `invalid max-files="${String(this.maxFiles)}"; expected a number of 1 or more. No limit applied.`,
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const input = this.control;
    if (!input) return;
    this.adopt(input);
    this.refresh();
    // New language or new limits: the error shown is recomputed (and re-worded).
    const lang = this.localize.lang;
    const reword =
      lang !== this.lastLang || ['accept', 'maxSize', 'maxFiles', 'multiple'].some((key) => changed.has(key as never));
    this.lastLang = lang;
    if (reword && this.field.error) this.field.validate('input');
  }

  /** Makes `input` the enhanced one: copies host attributes, carries files over, places zone and list. */
  private adopt(input: HTMLInputElement): void {
    if (input !== this.input) {
      const previous = this.input;
      this.input = input;
      // A framework replaced the input: the citizen's files move to the new one.
      if (previous && !previous.isConnected && !input.files?.length && this.current.length)
        setFiles(input, this.current);
      this.rendered = '';
    }
    this.mirror(input);
    let top: Node = input;
    while (top.parentNode && top.parentNode !== this) top = top.parentNode;
    const zone = (this.zone ??= createZone());
    if (!this.list) {
      this.list = createList();
      this.list.addEventListener('click', this.onRemoveClick);
    }
    const list = this.list;
    if (top.nextSibling !== zone) this.insertBefore(zone, top.nextSibling);
    if (zone.nextSibling !== list) this.insertBefore(list, zone.nextSibling);
  }

  /** Copies `name`, `accept` and `multiple` to the input: all of them to a created one, what is set to an author's. */
  private mirror(input: HTMLInputElement): void {
    const created = !input.isConnected || input.getAttribute(PART) === 'control';
    for (const [name, value] of [
      ['name', this.name],
      ['accept', this.accept],
    ] as const) {
      if (value !== null && value !== undefined) {
        if (input.getAttribute(name) !== value) input.setAttribute(name, value);
      } else if (created) input.removeAttribute(name);
    }
    if (this.multiple) input.multiple = true;
    else if (created) input.multiple = false;
  }

  /** Our nodes were removed or the input replaced (a framework re-rendered): wire again. */
  private checkNodes(): void {
    if (!this.isConnected) return;
    const input = this.control;
    if (input !== this.input || !this.zone?.isConnected || !this.list?.isConnected) this.requestUpdate();
  }

  /**
   * The form was reset and the browser has emptied the input (told by the form's coordinator).
   * @internal
   */
  formResetCallback(): void {
    this.refresh();
  }

  /** Reads the input's files: validity, drop zone and list follow them. */
  private refresh(): void {
    const input = this.input;
    if (!input?.isConnected) return;
    const files = [...(input.files ?? [])];
    this.current = files;
    const { problems } = checkFiles(this, input, this.localize);
    // The same rules, in the input's validity (`fileRulesValidator`).
    this.field.refreshValidity();
    this.renderZone(input);
    this.renderList(files, problems);
  }

  private renderZone(input: HTMLInputElement): void {
    if (!this.zone) return;
    const many = input.multiple;
    // The look-alike button only where the input can lie over it: a direct child, just before the zone.
    if (input.parentNode === this)
      fillZone(
        this.zone,
        this.localize.term(many ? 'fileChooseMany' : 'fileChooseOne'),
        this.localize.term(many ? 'fileDropMany' : 'fileDropOne'),
      );
    else fillZone(this.zone, null, this.localize.term(many ? 'fileDropHereMany' : 'fileDropHereOne'));
  }

  private renderList(files: File[], problems: (FileProblem | null)[]): void {
    const list = this.list;
    if (!list) return;
    const lang = this.localize.lang;
    const signature = [lang, ...files.map((file, i) => `${fileKey(file)}:${problems[i]?.kind ?? ''}`)].join('|');
    if (signature !== this.rendered) {
      this.rendered = signature;
      const buttons = [...list.querySelectorAll('button')];
      const focused = buttons.findIndex((button) => button === document.activeElement);
      const remove = this.localize.term('fileRemove');
      const note = (problem: FileProblem | null) =>
        problem ? this.localize.term(problem.kind === 'type' ? 'fileProblemType' : 'fileProblemSize') : '';
      list.replaceChildren(
        ...files.map((file, i) =>
          createItem(file.name, formatSize(file.size, lang), note(problems[i] ?? null), remove),
        ),
      );
      list.hidden = files.length === 0;
      list.setAttribute('aria-label', this.localize.term('fileListLabel'));
      // Focus was on a remove button that is gone: the next one (or the last), else the input.
      if (focused >= 0) {
        const next = list.querySelectorAll('button');
        (next[Math.min(focused, next.length - 1)] ?? this.input)?.focus();
      }
    }
    for (const button of list.querySelectorAll('button')) button.disabled = this.disabled;
  }

  /** The user chose files in the picker: with `multiple`, they add to the ones already listed. */
  private readonly onPick = (event: Event): void => {
    const input = this.input;
    if (this.dispatching || !input || event.target !== input) return;
    const picked = [...(input.files ?? [])];
    const before = this.current;
    if (sameFiles(picked, before)) return;
    const next = input.multiple ? uniqueFiles([...before, ...picked]) : picked;
    if (!sameFiles(next, picked)) setFiles(input, next);
    this.status = this.describeChange(before, next);
    this.refresh();
    // Announced once the field has validated (see onChanged); this covers a page that stops `change`.
    setTimeout(() => this.flushStatus());
  };

  private readonly onChanged = (event: Event): void => {
    if (event.target === this.input) this.flushStatus();
  };

  /** Adds files as a drop does: to the list with `multiple`, else in place of the chosen file. */
  private addFiles(files: File[]): void {
    const input = this.input;
    if (!input || files.length === 0) return;
    const before = [...(input.files ?? [])];
    this.commit(input, before, input.multiple ? uniqueFiles([...before, ...files]) : uniqueFiles(files));
  }

  private readonly onRemoveClick = (event: Event): void => {
    const button = (event.target as Element).closest('button');
    const input = this.input;
    if (!button || !input || !this.list) return;
    const index = [...this.list.querySelectorAll('button')].indexOf(button);
    const before = [...(input.files ?? [])];
    if (index < 0 || index >= before.length) return;
    this.commit(
      input,
      before,
      before.filter((_, i) => i !== index),
    );
    // Focus is never lost: the next remove button (or the last one), else the input.
    const buttons = this.list.querySelectorAll('button');
    (buttons[Math.min(index, buttons.length - 1)] ?? input).focus();
  };

  /** Sets the input's files, updates the list (moving focus if needed) and fires `input` and `change`. */
  private commit(input: HTMLInputElement, before: File[], next: File[]): void {
    setFiles(input, next);
    this.status = this.describeChange(before, next);
    this.refresh();
    this.dispatching = true;
    try {
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } finally {
      this.dispatching = false;
    }
    this.flushStatus();
  }

  private describeChange(before: readonly File[], after: readonly File[]): string {
    const had = new Set(before.map(fileKey));
    const has = new Set(after.map(fileKey));
    const added = after.filter((file) => !had.has(fileKey(file)));
    const removed = before.filter((file) => !has.has(fileKey(file)));
    const number = (n: number) => new Intl.NumberFormat(this.localize.lang).format(n);
    const parts: string[] = [];
    if (added.length === 1) parts.push(this.localize.term('fileAdded', added[0]!.name));
    else if (added.length > 1) parts.push(this.localize.term('fileAddedMany', number(added.length)));
    else if (removed.length === 1) parts.push(this.localize.term('fileRemoved', removed[0]!.name));
    if (this.input?.multiple || parts.length === 0)
      parts.push(this.localize.term('fileCount', number(after.length), after.length));
    return parts.join(' ');
  }

  /** Announces the pending change, with the error the field now shows (one message, not two). */
  private flushStatus(): void {
    if (!this.status) return;
    const error = this.field.error;
    announce(error ? `${this.status} ${this.localize.term('errorPrefix')} ${error}` : this.status);
    this.status = '';
  }
}

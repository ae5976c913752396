import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { closeLayer, openLayer, type Layer } from '../internal/controllers/dismiss-stack.js';
import { FocusReturn, deepActiveElement } from '../internal/controllers/focus-return.js';
import { lockScroll, unlockScroll } from '../internal/controllers/scroll-lock.js';
import { commandTarget, commandValue, deliverCommand, type CommandEventLike } from '../internal/invoker.js';
import closeGlyph from '../icon/icons/xclose.js';
import { dialogStrings } from './dialog.strings.js';
import { dialogStyles } from './dialog.styles.js';
import { tabbables } from './tabbable.js';

/** Why the dialog was asked to close, in `cancel`'s `detail.reason`. */
export type DialogCancelReason = 'escape' | 'close-button' | 'backdrop' | 'request-close';

const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();

/**
 * A modal dialog: the native `<dialog>` opened with `showModal()` in the shadow root (the rest of
 * the page is inert and hidden from assistive technologies; the dialog sits in the top layer), its
 * heading, content and footer authored in light DOM and slotted. It is named by the slotted
 * heading (`aria-labelledby` to the heading slot's wrapper), else by `label`.
 *
 * Opening: `show()`, the `open` attribute, or an invoker button without script:
 * `<button command="show-modal" commandfor="id">` or `<qc-button command="show-modal" commandfor="id">`
 * (`close` and `request-close` also work; the button's `value` becomes `returnValue`). Engines run
 * these commands only on a native `<dialog>` target, so qc-dialog delivers them itself, in every
 * engine, for the buttons that target a qc-dialog (a `command` event on the host, as the platform's;
 * no global polyfill: a component library should not change every button of the page).
 *
 * On opening, focus goes to the slotted element with `autofocus`, else to the first focusable
 * element of the content (then the footer), else to the dialog itself; Tab and Shift+Tab cycle
 * inside. On closing, focus returns to the element that opened it (the invoker button), or, when
 * that element is gone, to the page's `<main>` (else its `<h1>`). The page does not scroll while
 * a dialog is open (a counted lock: dialogs may stack).
 *
 * Escape, the close button « Fermer » / "Close", a click on the backdrop with `light-dismiss`, a
 * `close`/`request-close` command and `requestClose()` ask to close: `cancel` fires first
 * (cancelable), then the dialog closes and `close` fires. `close()` closes without asking. A
 * `<form method="dialog">` in the content closes the dialog on submit, with the submitter's `value`
 * as `returnValue`; what the citizen typed stays in the form (closing never resets it).
 *
 * `alert` makes it an alert dialog (`role="alertdialog"`) for a message that needs an answer
 * (session expiry, confirm a deletion): no close button unless `closable`, never light-dismissed,
 * and described by its content (APG alert dialog: `aria-describedby` to a plain wrapper of the default
 * slot, so the message is read after the name; put the actions in the `footer` slot, which is not
 * part of the description). `described` does the same for any dialog whose content is a short
 * message (not a form: the whole content would be read as its description).
 *
 * @summary Fenêtre modale — a modal dialog on the native `<dialog>`, opened by script or an invoker button.
 *
 * @slot heading - The dialog's title (`<h2 slot="heading">`): it names the dialog.
 * @slot - The content: text, a `<form method="dialog">`, fields.
 * @slot footer - The actions (buttons), at the bottom.
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart header - The bar holding the heading and the close button.
 * @csspart heading - The wrapper of the heading slot (it names the dialog).
 * @csspart close-button - The close button (« Fermer »).
 * @csspart body - The wrapper of the content; it scrolls when the content is long.
 * @csspart footer - The wrapper of the footer slot.
 *
 * @cssprop --qc-dialog-width - The dialog’s width (640 px; never wider than the screen).
 * @cssprop --qc-dialog-backdrop - The colour over the page behind the dialog.
 *
 * @event {CustomEvent<undefined>} qc-show - The dialog opened (focus is inside).
 * @event {CustomEvent<{ reason: 'escape' | 'close-button' | 'backdrop' | 'request-close' }>} cancel - The dialog is asked to close (Escape, close button, backdrop, `request-close`). Cancelable: `preventDefault()` keeps it open. `detail.reason`: `escape`, `close-button`, `backdrop` or `request-close`.
 * @event {Event} close - The dialog closed; `returnValue` says how.
 * @event {Event} command - An invoker command reached the dialog (native event; `show-modal`, `close`, `request-close` are handled).
 *
 * @status experimental
 * @since 0.2.0
 */
export class QcDialog extends QcElement {
  static override styles = dialogStyles;

  /** Whether the dialog is shown (modal). Setting it opens or closes it, as `show()` and `close()` do. */
  @property({ reflect: true, converter: booleanConverter }) open = false;

  /** An alert dialog (`role="alertdialog"`): no close button unless `closable`, no light dismiss. */
  @property({ reflect: true, converter: booleanConverter }) alert = false;

  /** A click on the backdrop (outside the dialog) asks to close it (not for `alert`). */
  @property({ attribute: 'light-dismiss', reflect: true, converter: booleanConverter }) lightDismiss = false;

  /**
   * The content (default slot) describes the dialog (`aria-describedby`), for a short message.
   * Always so for an `alert` dialog. Not for a form: its whole text would be read on opening.
   */
  @property({ reflect: true, converter: booleanConverter }) described = false;

  /** Shows the close button on an `alert` dialog (other dialogs always have one). */
  @property({ reflect: true, converter: booleanConverter }) closable = false;

  /** Replaces the close button's name (« Fermer » / "Close") for this dialog. Rendered as text. */
  @property({ attribute: 'close-label' }) closeLabel = '';

  /** Names the dialog when there is no `heading` slot (rendered as text; a heading is better). */
  @property() label = '';

  /** How the dialog closed: the value given to `close()`/`requestClose()`, or the form submitter's `value`. */
  returnValue = '';

  private readonly localize = new LocalizeController(this, dialogStrings);
  private readonly focusReturn = new FocusReturn(() => this.fallbackFocus());
  /** The inner dialog is shown modal (it may lag `open` until the first render). */
  private shown = false;
  /** The element that opened the dialog (an invoker button), when known. */
  private opener: Element | null = null;
  private pressedBackdrop = false;
  /** The content scrolls and holds nothing focusable: the body takes focus so the keyboard can scroll it. */
  @state() private scrollable = false;
  private resizeObserver: ResizeObserver | undefined;

  private readonly layer: Layer = {
    // A modal dialog has no "outside": the backdrop is the dialog element (see handleClick).
    inside: () => [document.documentElement],
    dismiss: () => this.ask('escape'),
  };

  constructor() {
    super();
    this.addEventListener('command', this.handleCommand);
    this.addEventListener('submit', this.handleSubmit);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    listenForInvokers();
    // Moved in the page while open (a framework re-inserting it): open again.
    if (this.hasUpdated && this.open) this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    // Removed while open: the page scrolls again and focus goes back. `open` stays as it is, so a
    // dialog put back in the page (a framework moving it) opens again.
    if (this.shown) this.hideDialog(false);
  }

  /** Opens the dialog (modal). Nothing happens when it is open already. */
  show(): void {
    this.open = true;
    this.sync();
  }

  /** Closes the dialog without asking (no `cancel`); `returnValue` becomes `value` when given. */
  close(value?: string): void {
    if (!this.open) return;
    if (value !== undefined) this.returnValue = value;
    this.open = false;
    this.sync();
  }

  /** Asks to close, as Escape does: fires `cancel` (cancelable), then closes unless it was cancelled. */
  requestClose(value?: string): void {
    this.ask('request-close', value);
  }

  private ask(reason: DialogCancelReason, value?: string): void {
    if (!this.open) return;
    const cancel = new CustomEvent('cancel', { bubbles: true, composed: true, cancelable: true, detail: { reason } });
    if (this.dispatchEvent(cancel)) this.close(value);
  }

  protected override willUpdate(): void {
    if (this.alert && this.lightDismiss) {
      this.warnOnce('alert-light-dismiss', 'light-dismiss is ignored on an alert dialog: it needs an answer.');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) this.sync();
  }

  /** Makes the inner dialog match `open`. */
  private sync(): void {
    if (!this.hasUpdated || !this.isConnected) return;
    if (this.open && !this.shown) this.showDialog();
    else if (!this.open && this.shown) this.hideDialog(true);
  }

  private showDialog(): void {
    const dialog = this.dialog!;
    // The invoker when known (WebKit does not focus a clicked button), else the focused element.
    const opener = this.opener instanceof HTMLElement && this.opener.isConnected ? this.opener : undefined;
    this.opener = null;
    this.focusReturn.remember(opener);
    try {
      if (dialog.open) dialog.close();
      dialog.showModal();
    } catch (error) {
      // Inside an inert or hidden part of the page, or a popover: the browser refuses.
      this.warnOnce('show', `cannot open the dialog: ${String(error)}`);
      this.open = false;
      return;
    }
    this.shown = true;
    this.resizeObserver ??= new ResizeObserver(() => this.checkScrollable());
    this.resizeObserver.observe(this.renderRoot.querySelector('.body')!);
    // Rendered now, so that a long text-only content is the tab stop that takes focus below.
    this.checkScrollable();
    if (this.isUpdatePending) this.performUpdate();
    lockScroll(this);
    openLayer(this.layer);
    this.focusFirst();
    this.checkName();
    this.dispatchEvent(new CustomEvent('qc-show', { bubbles: true, composed: true }));
  }

  private hideDialog(emit: boolean): void {
    this.shown = false;
    this.resizeObserver?.disconnect();
    this.dialog?.close();
    unlockScroll(this);
    closeLayer(this.layer);
    this.focusReturn.restore();
    if (emit) this.dispatchEvent(new Event('close', { bubbles: true, composed: true }));
  }

  /**
   * `[autofocus]` in the content, else its first tabbable element (content, then footer, then
   * heading), else the content itself when it scrolls (so the keyboard scrolls it and a screen
   * reader starts reading at the top), else the dialog.
   */
  private focusFirst(): void {
    const dialog = this.dialog!;
    const slots = ['slot:not([name])', 'slot[name="footer"]', 'slot[name="heading"]'];
    const autofocus = this.querySelector<HTMLElement>('[autofocus]');
    const first =
      (autofocus && tabbables(dialog).some((el) => el === autofocus || autofocus.contains(el)) ? autofocus : null) ??
      slots.map((selector) => tabbables(dialog.querySelector(selector)!)[0]).find(Boolean);
    const body = this.scrollable ? this.renderRoot.querySelector<HTMLElement>('.body') : null;
    (first ?? body ?? dialog).focus();
  }

  /** Where focus goes when the opener is gone: the page's `<main>`, else its `<h1>`. */
  private fallbackFocus(): HTMLElement | null {
    const root = (this.isConnected ? this.getRootNode() : document) as Document | ShadowRoot;
    const target = root.querySelector<HTMLElement>('main, [role="main"], h1');
    if (target && !target.hasAttribute('tabindex')) {
      target.tabIndex = -1;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    return target;
  }

  private checkName(): void {
    if (!this.hasHeading() && !text(this.label)) {
      this.warnOnce('no-name', 'the dialog has no heading: add <h2 slot="heading"> (or set label) to name it.');
    }
  }

  private hasHeading(): boolean {
    // Its light DOM is not known on the server (nor, for the same render, on hydration).
    if (this.serverView) return false;
    return !!this.querySelector(':scope > [slot="heading"]');
  }

  private readonly handleCommand = (event: Event): void => {
    const { command, source } = event as CommandEventLike;
    const name = String(command).toLowerCase();
    if (name === 'show-modal') {
      this.opener = source;
      this.show();
    } else if (name === 'close') this.close(commandValue(source));
    else if (name === 'request-close') this.ask('request-close', commandValue(source));
  };

  /** A `<form method="dialog">` in the content: the browser finds no `<dialog>` ancestor, so the dialog closes here. */
  private readonly handleSubmit = (event: SubmitEvent): void => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const submitter = event.submitter as HTMLButtonElement | HTMLInputElement | null;
    const method = (submitter?.getAttribute('formmethod') ?? form.getAttribute('method'))?.toLowerCase();
    if (method !== 'dialog' || form.closest('qc-dialog') !== this) return;
    // After every listener of the page, which may cancel the submission (validation of its own).
    setTimeout(() => {
      if (!event.defaultPrevented) this.close(submitter?.value ?? '');
    });
  };

  private readonly handleCancel = (event: Event): void => {
    // A qc-dialog nested in the content sends its own `cancel` through this dialog: not ours.
    if (event.target !== this.dialog) return;
    // The platform's close request (Escape where no layer caught it, Android's back button).
    event.preventDefault();
    this.ask('escape');
  };

  private readonly handleNativeClose = (event: Event): void => {
    // Closed by the browser itself (a close request it would not let be cancelled).
    if (event.target === this.dialog && this.open && this.shown && !this.dialog!.open) this.close();
  };

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || trapped.has(event)) return;
    // The innermost open dialog keeps Tab (the event then bubbles through the dialogs around it).
    trapped.add(event);
    const dialog = this.dialog!;
    const stops = tabbables(dialog);
    const active = deepActiveElement();
    const first = stops[0];
    const last = stops[stops.length - 1];
    const inside = !!active && stops.includes(active as HTMLElement);
    let next: HTMLElement | undefined;
    if (!first || !last) next = dialog;
    else if (event.shiftKey && (active === first || !inside)) next = last;
    else if (!event.shiftKey && (active === last || !inside)) next = first;
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  private readonly handlePointerDown = (event: PointerEvent): void => {
    this.pressedBackdrop = this.isBackdrop(event);
  };

  private readonly handleClick = (event: MouseEvent): void => {
    // Press and release both on the backdrop: a text selection dragged out of the dialog is not a dismissal.
    const backdrop = this.pressedBackdrop && this.isBackdrop(event);
    this.pressedBackdrop = false;
    if (backdrop && this.lightDismiss && !this.alert) this.ask('backdrop');
  };

  /** The click is on the backdrop: on the `<dialog>` itself (its panel fills it) and outside its box. */
  private isBackdrop(event: MouseEvent): boolean {
    const dialog = this.dialog!;
    if (event.composedPath()[0] !== dialog) return false;
    const box = dialog.getBoundingClientRect();
    const { clientX: x, clientY: y } = event;
    return x < box.left || x > box.right || y < box.top || y > box.bottom;
  }

  private readonly handleHeadingChange = (): void => {
    this.requestUpdate();
  };

  private readonly checkScrollable = (): void => {
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (!body || !this.shown) return;
    const slot = body.querySelector('slot')!;
    this.scrollable = body.scrollHeight > body.clientHeight && tabbables(slot).length === 0;
  };

  override render() {
    const hasHeading = this.hasHeading();
    const label = text(this.label);
    const name = hasHeading ? '' : label || this.localize.term('dialogLabel');
    const closeLabel = text(this.closeLabel) || this.localize.term('dialogClose');
    const closeButton =
      !this.alert || this.closable
        ? html`<button
            part="close-button"
            class="close"
            type="button"
            aria-label=${closeLabel}
            @click=${() => this.ask('close-button')}
          >
            <svg class="close-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${closeGlyph}</svg>
          </button>`
        : nothing;
    // prettier-ignore
    return html`<dialog part="dialog" class="dialog" tabindex="-1" role=${this.alert ? 'alertdialog' : nothing}
      aria-modal=${this.alert ? 'true' : nothing} aria-labelledby=${hasHeading ? 'heading' : nothing}
      aria-label=${name || nothing} aria-describedby=${this.alert || this.described ? 'content' : nothing} @cancel=${this.handleCancel} @close=${this.handleNativeClose}
      @keydown=${this.handleKeyDown} @pointerdown=${this.handlePointerDown} @click=${this.handleClick}
      ><div class="panel"
        ><div part="header" class="header"
          ><div part="heading" id="heading" class="heading"><slot name="heading" @slotchange=${this.handleHeadingChange}></slot></div
          >${closeButton}</div
        ><div part="body" class="body" tabindex=${this.scrollable ? '0' : nothing}
          role=${this.scrollable ? 'region' : nothing} aria-labelledby=${this.scrollable && hasHeading ? 'heading' : nothing}
          aria-label=${this.scrollable && !hasHeading ? name : nothing}
          ><div id="content"><slot @slotchange=${this.checkScrollable}></slot></div></div
        ><div part="footer" class="footer"><slot name="footer"></slot></div
      ></div
    ></dialog>`;
  }
}

let listening = false;
/** Tab key presses a dialog has handled. */
const trapped = new WeakSet<Event>();

/**
 * A native `<button command commandfor>` whose target is a qc-dialog: the engine fires no command
 * for a built-in command on an element that is not a `<dialog>`, so it is delivered here, after
 * the click's listeners (one of them may cancel it). Other buttons keep the engine's behaviour.
 */
function listenForInvokers(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented) return;
    const button = event
      .composedPath()
      .find((node): node is HTMLButtonElement => node instanceof HTMLButtonElement && node.hasAttribute('commandfor'));
    if (!button || button.disabled) return;
    const target = commandTarget(button, button.getAttribute('commandfor'));
    if (!(target instanceof QcDialog)) return;
    // A button with commandfor and no type is a plain button (the platform's rule, which engines
    // without invoker commands do not know); an explicit submit button submits its form instead.
    if (button.form) {
      if (button.hasAttribute('type')) return;
      event.preventDefault();
    }
    deliverCommand(target, button.getAttribute('command') ?? '', button);
  });
}

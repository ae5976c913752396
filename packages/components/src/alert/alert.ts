import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { booleanConverter } from '../internal/converters.js';
import { announce } from '../internal/announce.js';
import informationGlyph from '../icon/icons/information.js';
import warningGlyph from '../icon/icons/warning.js';
import closeGlyph from '../icon/icons/xclose.js';
import { alertStrings } from './alert.strings.js';
import { alertStyles } from './alert.styles.js';
import {
  dismissalKey,
  forgetDismissal,
  isDismissed,
  rememberDismissal,
  storageKinds,
  textVersion,
  type StorageKind,
} from './dismissal.js';
import { focusDestination, moveFocus } from './focus-after.js';

/** The alert types, as in the incumbent toolkit. */
export const alertTypes = ['general', 'warning'] as const;
export type AlertType = (typeof alertTypes)[number];
export { storageKinds as alertStorageKinds };
export type { StorageKind as AlertStorage };

const markup = /<[a-z!/?]/i;

/** An attribute or property value as trimmed text; null, undefined and non-strings never throw. */
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

// Alerts already in the page when qc-alert was defined: the page's own content, never announced.
let presentAtDefine: WeakSet<Element> | undefined;

/**
 * A site-wide alert (bandeau d’alerte): an important message shown across the top of every page,
 * blue (`general`) or yellow (`warning`), that a citizen may dismiss (`maskable`). The dismissal
 * can be remembered for the session or longer (`persist-hidden`).
 *
 * The alert is a region landmark named by its type (« Information importante »), so screen-reader
 * users can find it in the list of regions; it is not announced when the page loads (nothing
 * should speak on its own on arrival). An alert inserted after the page has loaded (a
 * single-page application showing an outage) is announced once through the page's shared live
 * region.
 *
 * Dismissal is remembered under `qc-alert:{persistence-key or id}:{version}`; without a `version`
 * the version is a hash of the alert's text, so a new message under the same key shows again.
 * When the alert closes while it has the focus (its close button), the focus moves to the next
 * heading or focusable element after it, else to `main`.
 *
 * @summary Alerte — a site-wide message, general or warning, that a citizen may dismiss.
 *
 * @slot - The message: text, paragraphs, links. Takes precedence over the `content` attribute.
 *
 * @csspart base - The region that spans the page width and holds the coloured band.
 * @csspart icon - The type icon (decorative).
 * @csspart content - The wrapper of the message.
 * @csspart close-button - The close button (`maskable`).
 *
 * @event {CustomEvent<undefined>} qc-dismiss - Before the alert closes at the citizen's request (close button or `dismiss()`). Cancelable: `preventDefault()` keeps it shown.
 * @event {CustomEvent<undefined>} qc.alert.hide - After the alert closed at the citizen's request (the incumbent toolkit's event name; bubbles, composed).
 *
 * @status stable
 * @since 0.1.0
 */
export class QcAlert extends QcElement {
  static override styles = alertStyles;

  /**
   * Registers the element; alerts already in the page at that moment are page content, never announced.
   * @internal
   */
  static override define(tag: string, ctor: CustomElementConstructor = this): void {
    // On the server there is no page: every server-rendered alert is page content.
    if (!isServer) presentAtDefine ??= new WeakSet(document.querySelectorAll(tag));
    super.define(tag, ctor);
  }

  /**
   * `general` (default, blue, « Information importante ») or `warning` (yellow, « Information
   * d’importance élevée »). An unknown value falls back to `general` with a console warning.
   */
  @property() type: 'general' | 'warning' = 'general';

  /**
   * Plain-text message, for markup written for the incumbent toolkit. Shown as text, never as
   * HTML, and only when the element has no children: put rich content in the default slot.
   */
  @property() content = '';

  /** Shows a close button (« Fermer l’alerte »). Accepts `maskable="true"` / `"false"`. */
  @property({ converter: booleanConverter }) maskable = false;

  /** Lets the band's content use the whole page width instead of the centred container. Accepts `"true"`/`"false"`. */
  @property({ attribute: 'full-width', converter: booleanConverter }) fullWidth = false;

  /**
   * Hides the alert. Set when the citizen closes it or when a remembered dismissal is found;
   * setting it to false (`hide="false"`) shows the alert again and forgets the dismissal.
   * Reflected.
   */
  @property({ reflect: true, converter: booleanConverter }) hide = false;

  /**
   * Remembers the dismissal (in the session by default, see `persist`), so the alert stays hidden
   * on the next pages and reloads. Needs `persistence-key` or an `id`.
   */
  @property({ attribute: 'persist-hidden', converter: booleanConverter }) persistHidden = false;

  /** The name the dismissal is remembered under; defaults to the element's `id`. */
  @property({ attribute: 'persistence-key' }) persistenceKey = '';

  /**
   * The version of the message: change it to show the alert again to those who dismissed an
   * earlier one. Without it, a hash of the alert's text is used, so any change of text shows again.
   */
  @property() version = '';

  /**
   * Where the dismissal is remembered: `session` (default, as the incumbent: until the browser tab
   * closes) or `local` (until the version changes). An unknown value falls back to `session` with
   * a console warning.
   */
  @property() persist: 'session' | 'local' = 'session';

  /** Replaces the region's name, read by screen readers (« Information importante »…), for this alert. */
  @property({ attribute: 'type-label' }) typeLabel = '';

  /** Replaces the close button's name (« Fermer l’alerte ») for this alert. */
  @property({ attribute: 'close-label' }) closeLabel = '';

  @state() private hasSlotted = false;

  private readonly localize = new LocalizeController(this, alertStrings);
  private resolvedType: AlertType = 'general';
  /** The storage key that hid this alert, when a remembered dismissal did. */
  private hiddenByStorage: string | undefined;
  private announced = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasSlotted = this.hasSlottableContent();
    // Before the first render (and so before the first paint): a dismissed alert never shows.
    this.restoreDismissal();
    if (!this.announced && !presentAtDefine?.has(this) && document.readyState === 'complete') {
      this.announced = true;
      void this.updateComplete.then(() => this.announceInserted());
    }
  }

  /** The type in use: `type` when valid, otherwise `general`. */
  get effectiveType(): AlertType {
    return this.validEnum('type', this.type, alertTypes, 'general');
  }

  /**
   * Closes the alert as its close button does: fires `qc-dismiss` (cancelable), hides, remembers
   * the dismissal, fires `qc.alert.hide`, and moves the focus on if it was in the alert.
   * Returns false when the alert was already hidden or the dismissal was cancelled.
   */
  dismiss(): boolean {
    return this.close(false);
  }

  private close(fromButton: boolean): boolean {
    if (this.hide) return false;
    const proceed = this.dispatchEvent(
      new CustomEvent('qc-dismiss', { bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) return false;
    const hadFocus = fromButton || this.shadowRoot?.activeElement != null || this.contains(document.activeElement);
    const destination = hadFocus ? focusDestination(this) : null;
    this.hide = true;
    const key = this.storageKey();
    if (key) rememberDismissal(this.storageKind, key);
    this.hiddenByStorage = key;
    // Focus first: the band disappears at the next render and the focus must not fall to <body>.
    if (destination) moveFocus(destination);
    this.dispatchEvent(new CustomEvent('qc.alert.hide', { bubbles: true, composed: true }));
    return true;
  }

  private readonly handleClose = (): void => {
    this.close(true);
  };

  private get storageKind(): StorageKind {
    return this.validEnum('persist', this.persist, storageKinds, 'session');
  }

  /** The text the version hash is taken from: the children's text, else `content`. */
  private messageText(): string {
    return this.hasSlotted ? (this.textContent ?? '') : text(this.content);
  }

  /** `qc-alert:{key}:{version}`, or undefined when the dismissal is not to be remembered. */
  private storageKey(): string | undefined {
    if (!this.persistHidden) return undefined;
    const key = text(this.persistenceKey) || text(this.id);
    if (!key) {
      this.warnOnce(
        'persist-key',
        'persist-hidden needs a persistence-key or an id; the dismissal will not be remembered.',
      );
      return undefined;
    }
    return dismissalKey(key, text(this.version) || textVersion(this.messageText()));
  }

  /** Hides the alert if its current version was dismissed; shows it again if only an older one was. */
  private restoreDismissal(): void {
    const key = this.storageKey();
    if (key && isDismissed(this.storageKind, key)) {
      this.hiddenByStorage = key;
      this.hide = true;
    } else if (this.hiddenByStorage && this.hiddenByStorage !== key) {
      this.hiddenByStorage = undefined;
      this.hide = false;
    }
  }

  private announceInserted(): void {
    if (this.hide || !this.isConnected) return;
    const message = this.messageText().replace(/\s+/g, ' ').trim();
    if (!message) return;
    announce(`${this.label()}. ${message}`, this.resolvedType === 'warning' ? 'assertive' : 'polite');
  }

  private hasSlottableContent(): boolean {
    for (const node of this.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (!(node as Element).hasAttribute('slot')) return true;
      } else if (node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() !== '') return true;
    }
    return false;
  }

  private readonly handleSlotChange = (): void => {
    this.hasSlotted = this.hasSlottableContent();
    // Children parsed or rendered after connection change the text, hence the version.
    if (!text(this.version)) this.restoreDismissal();
  };

  private label(): string {
    return (
      text(this.typeLabel) ||
      this.localize.term(this.resolvedType === 'warning' ? 'alertTypeWarning' : 'alertTypeGeneral')
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('type')) this.resolvedType = this.effectiveType;
    if (changed.has('persist')) void this.storageKind;
    const keyChanged = ['persistHidden', 'persistenceKey', 'version', 'persist', 'content'].some((name) =>
      changed.has(name),
    );
    if (this.hasUpdated && keyChanged) this.restoreDismissal();
    // Shown again by the page (`hide="false"`, the incumbent documentation's « Réafficher »):
    // forget the dismissal, so a reload shows it too.
    if (this.hasUpdated && changed.get('hide') === true && !this.hide) {
      const key = this.hiddenByStorage ?? this.storageKey();
      if (key) forgetDismissal(this.storageKind, key);
      this.hiddenByStorage = undefined;
    }
    if (changed.has('content') && !this.hasSlotted && markup.test(text(this.content))) {
      this.warnOnce(
        'markup:content',
        'content is shown as text, not HTML; put formatted content in the element’s children (default slot).',
      );
    }
  }

  override render() {
    const type = this.resolvedType;
    // The server does not know the children: `content` is drawn there (and on hydration) if set.
    const content = this.hasSlotted && !this.serverView ? '' : text(this.content);
    const closeLabel = text(this.closeLabel) || this.localize.term('alertClose');
    // A <section> named by the type label is a region landmark: listed among the page's regions,
    // and not a live region (role="alert" would be read out on every page load). The icon is
    // drawn from qc-icon's glyphs, with no nested element.
    // prettier-ignore
    return html`<section part="base" class="base type-${type} ${this.fullWidth ? 'fluid' : ''}" aria-label=${this.label()}
      ><svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"
        >${type === 'warning' ? warningGlyph : informationGlyph}</svg
      ><div part="content" class="content"
        ><slot @slotchange=${this.handleSlotChange}></slot
        >${content ? html`<p class="content-text">${content}</p>` : nothing}</div
      >${this.maskable
        ? html`<button part="close-button" class="close" type="button" aria-label=${closeLabel} @click=${this.handleClose}
            ><svg class="close-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${closeGlyph}</svg
          ></button>`
        : nothing}</section
    >`;
  }
}

import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { QcElement } from '../internal/qc-element.js';
import { headingLevels, renderHeading, type HeadingLevel } from '../internal/heading.js';
import { LocalizeController } from '../internal/localize.js';
import {
  getLoadedIcon,
  loadIcon,
  normalizeName,
  onIconRegistered,
  type GlyphLoader,
  type IconDefinition,
} from '../icon/library.js';
import { noticeStrings, type NoticeTermKey } from './notice.strings.js';
import { noticeStyles } from './notice.styles.js';

/** The notice types, as in the incumbent toolkit. */
export const noticeTypes = ['information', 'warning', 'success', 'error', 'advice', 'note'] as const;
export type NoticeType = (typeof noticeTypes)[number];

/** Heading levels accepted by `header`. */
export const noticeHeaders = headingLevels;
export type NoticeHeader = HeadingLevel;

/** Feedback colour family of each type: advice and note share the neutral (grey) one. */
const palettes: Record<NoticeType, 'information' | 'warning' | 'success' | 'error' | 'neutral'> = {
  information: 'information',
  warning: 'warning',
  success: 'success',
  error: 'error',
  advice: 'neutral',
  note: 'neutral',
};

/** Icon of each type. Only advice and note let the author choose another one (`icon`). */
const defaultIcons: Record<NoticeType, string> = {
  information: 'information',
  warning: 'warning',
  success: 'success',
  error: 'error',
  advice: 'light-bulb',
  note: 'note',
};

/** The default icons' modules, imported directly rather than through the list of every icon name. */
const defaultGlyphs: Readonly<Record<string, GlyphLoader>> = {
  information: () => import('../icon/icons/information.js'),
  warning: () => import('../icon/icons/warning.js'),
  success: () => import('../icon/icons/success.js'),
  error: () => import('../icon/icons/error.js'),
  'light-bulb': () => import('../icon/icons/ligth-bulb.js'),
  note: () => import('../icon/icons/note.js'),
};

const typeTerms: Record<NoticeType, NoticeTermKey> = {
  information: 'noticeTypeInformation',
  warning: 'noticeTypeWarning',
  success: 'noticeTypeSuccess',
  error: 'noticeTypeError',
  advice: 'noticeTypeAdvice',
  note: 'noticeTypeNote',
};

const DEFAULT_VIEWBOX = '0 0 24 24';

const markup = /<[a-z!/?]/i;

/** An attribute or property value as trimmed text; null, undefined and non-strings never throw. */
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/**
 * A notice: a bordered box that sets a short message apart from the page text, with an icon and
 * an optional title. Screen readers read the notice's type (« Avis d’avertissement »), then the
 * title as a heading, then the content.
 *
 * The notice is not a live region and is not focusable: it is read in the page's reading order
 * like any other content. To announce a notice inserted after the page has loaded, insert it into
 * a live region that is already on the page (`<div role="status">`).
 *
 * The icon is drawn from `qc-icon`'s glyphs (decorative, with no network request); importing
 * `qc-notice` does not register `<qc-icon>` itself.
 *
 * @summary Avis — a typed message (information, warning, success, error, advice, note) set apart from the page text.
 *
 * @slot - The notice's content: paragraphs, lists, links. Takes precedence over the `content` attribute.
 *
 * @csspart base - The bordered box.
 * @csspart icon - The icon column, on the type's pale background.
 * @csspart title - The heading that holds the title.
 * @csspart content - The wrapper of the content.
 *
 * @cssprop --qc-notice-border-width - Width of the box border.
 * @cssprop --qc-notice-padding - Space around the title and content.
 * @cssprop --qc-notice-icon-column-width - Minimum width of the icon column.
 * @cssprop --qc-max-content-width - Maximum width of the notice.
 *
 * @status stable
 * @since 0.1.0
 */
export class QcNotice extends QcElement {
  static override styles = noticeStyles;

  /**
   * The kind of message, which sets the colours, the icon and the label read by screen readers:
   * `information` (default), `warning`, `success`, `error`, `advice` or `note`.
   * An unknown value falls back to `information` with a console warning.
   */
  @property() type: 'information' | 'warning' | 'success' | 'error' | 'advice' | 'note' = 'information';

  /** The title, shown as a heading. Rendered as text, never as HTML. No heading without a title. */
  @property() override title = '';

  /**
   * The heading level of the title, `h1` to `h6` (default `h2`), to fit the page's outline.
   * An unknown value falls back to `h2` with a console warning.
   */
  @property() header: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' = 'h2';

  /**
   * A `qc-icon` name (built in, or added with `registerIcon()`) replacing the default icon of
   * `advice` (light bulb) and `note` notices. Other types keep their own icon (a console warning
   * says so); an unknown name leaves the icon column empty, with a warning.
   */
  @property() icon: string | undefined = undefined;

  /**
   * Plain-text content, for markup written for the incumbent toolkit. Shown as text, never as
   * HTML, and only when the element has no children: put rich content in the default slot.
   */
  @property() content = '';

  /** Replaces the built-in type label read by screen readers (« Avis général »…) for this notice. */
  @property({ attribute: 'type-label' }) typeLabel = '';

  @state() private hasSlotted = false;

  private readonly localize = new LocalizeController(this, noticeStrings);

  // Derived once per change of `type`, `header` or `icon` (in willUpdate), not at every render.
  private resolvedType: NoticeType = 'information';
  private resolvedHeader: NoticeHeader = 'h2';
  /** Normalized name of the glyph shown, its drawing once loaded, and the load in flight. */
  private glyphName = '';
  private glyph: IconDefinition | undefined;
  private glyphLoad: Promise<unknown> | undefined;
  private unsubscribeIcons: (() => void) | undefined;

  constructor() {
    super();
    // The incumbent's `title` attribute would also name the host element itself, so some screen
    // readers would say the title twice. The host is only a wrapper: give it no role (through
    // ElementInternals, so an author's own `role` attribute still wins) and let the shadow
    // `role="note"` carry the structure.
    if (typeof ElementInternals !== 'undefined' && 'role' in ElementInternals.prototype) {
      this.attachInternals().role = 'none';
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render so the `content` fallback never flashes over slotted content.
    this.hasSlotted = this.hasSlottableContent();
    this.unsubscribeIcons = onIconRegistered(this.handleIconRegistered);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeIcons?.();
    this.unsubscribeIcons = undefined;
  }

  /** The type in use: `type` when valid, otherwise `information`. */
  get effectiveType(): NoticeType {
    return this.validEnum('type', this.type, noticeTypes, 'information');
  }

  private hasSlottableContent(): boolean {
    for (const node of this.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE ? !(node as Element).hasAttribute('slot') : isText(node)) return true;
    }
    return false;
  }

  private readonly handleSlotChange = (): void => {
    this.hasSlotted = this.hasSlottableContent();
  };

  /** `registerIcon()` replaced or added the glyph this notice shows: draw the new one. */
  private readonly handleIconRegistered = (name: string): void => {
    if (name !== this.glyphName) return;
    this.glyph = getLoadedIcon(name);
    this.requestUpdate();
  };

  private iconName(type: NoticeType): string {
    const custom = text(this.icon);
    if (!custom) return defaultIcons[type];
    if (type === 'advice' || type === 'note') return custom;
    this.warnOnce(
      `icon-ignored:${type}:${custom}`,
      `icon="${custom}" is ignored for type="${type}"; only "advice" and "note" notices take a custom icon.`,
    );
    return defaultIcons[type];
  }

  /**
   * Shows the glyph `name`: at once when a notice or icon already loaded it (the common case),
   * otherwise after its module loads (the box is reserved meanwhile, so nothing moves).
   */
  private showGlyph(name: string): void {
    const key = normalizeName(name);
    if (key === this.glyphName) return;
    this.glyphName = key;
    this.glyph = getLoadedIcon(key);
    if (this.glyph) return;
    this.glyphLoad = loadIcon(key, Object.hasOwn(defaultGlyphs, key) ? defaultGlyphs[key] : undefined).then((glyph) => {
      // The icon may have changed while this one loaded.
      if (this.glyphName !== key) return;
      if (!glyph) {
        this.warnOnce(`icon:${key}`, `unknown icon "${key}".`);
        return;
      }
      this.glyph = glyph;
      this.requestUpdate();
    });
  }

  /**
   * Also waits for a glyph still loading (a load starts during the update, so after it), so
   * `await el.updateComplete` shows the icon.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.glyphLoad) {
      const load = this.glyphLoad;
      await load;
      if (this.glyphLoad === load) this.glyphLoad = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private warnAboutMarkup(attribute: 'title' | 'content', value: string): void {
    if (!markup.test(value)) return;
    this.warnOnce(
      `markup:${attribute}`,
      `${attribute} is shown as text, not HTML; put formatted content in the element's children (default slot).`,
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    const first = !this.hasUpdated;
    if (first || changed.has('type')) this.resolvedType = this.effectiveType;
    if (first || changed.has('header')) {
      this.resolvedHeader = this.validEnum('header', this.header, noticeHeaders, 'h2');
    }
    if (first || changed.has('type') || changed.has('icon')) this.showGlyph(this.iconName(this.resolvedType));
    if (changed.has('title')) this.warnAboutMarkup('title', text(this.title));
    if (changed.has('content') || changed.has('hasSlotted')) {
      this.warnAboutMarkup('content', this.hasSlotted ? '' : text(this.content));
    }
  }

  override render() {
    const type = this.resolvedType;
    const title = text(this.title);
    // Its light DOM is not known on the server (nor, for the same render, on hydration).
    const slotted = this.hasSlotted && !this.serverView;
    const content = slotted ? '' : text(this.content);
    const typeLabel = text(this.typeLabel) || this.localize.term(typeTerms[type]);
    const glyph = this.glyph;

    // role="note" groups the parts without making a landmark: a <section> named by the title
    // would list every notice among the page's regions (noise on pages with several notices),
    // and an untitled one would not be a region at all. The note is left unnamed so the type
    // label is read once, as text, right before the heading. title="" stops the host's `title`
    // attribute (the incumbent's API) from showing as a browser tooltip over the whole box.
    // The icon is drawn here, from the same glyphs as qc-icon, rather than by a nested
    // <qc-icon>: one element and one shadow root fewer per notice (pages list many notices).
    // No white space between tags: each line break and indent of a template is a text node in
    // every notice (sixteen of them), cloned and then skipped by layout. Prettier would add them.
    // prettier-ignore
    return html`<div part="base" class="base palette-${palettes[type]}" role="note" title=""
      ><div part="icon" class="icon" aria-hidden="true"
        ><svg class="glyph" viewBox=${glyph ? glyph.viewBox : DEFAULT_VIEWBOX}>${glyph ? glyph.template : nothing}</svg
      ></div
      ><div class="body"
        ><span class="type-label">${typeLabel}</span
        >${title ? renderHeading(this.resolvedHeader, title, 'title') : nothing}<div
          part="content"
          class="content ${slotted || content ? '' : 'content--empty'}"
          ><slot @slotchange=${this.handleSlotChange}></slot
          >${content ? html`<p class="content-text">${content}</p>` : nothing}</div
        ></div
      ></div
    >`;
  }
}

/** A text node with something other than white space. */
function isText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() !== '';
}

import { html, nothing } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { noticeStrings, type NoticeTermKey } from './notice.strings.js';
import { noticeStyles } from './notice.styles.js';

/** The notice types, as in the incumbent toolkit. */
export const noticeTypes = ['information', 'warning', 'success', 'error', 'advice', 'note'] as const;
export type NoticeType = (typeof noticeTypes)[number];

/** Heading levels accepted by `header`. */
export const noticeHeaders = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
export type NoticeHeader = (typeof noticeHeaders)[number];

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

const typeTerms: Record<NoticeType, NoticeTermKey> = {
  information: 'noticeTypeInformation',
  warning: 'noticeTypeWarning',
  success: 'noticeTypeSuccess',
  error: 'noticeTypeError',
  advice: 'noticeTypeAdvice',
  note: 'noticeTypeNote',
};

// Fixed tag literals: the heading element comes from this map only, never from the attribute text.
const headingTags: Record<NoticeHeader, StaticValue> = {
  h1: literal`h1`,
  h2: literal`h2`,
  h3: literal`h3`,
  h4: literal`h4`,
  h5: literal`h5`,
  h6: literal`h6`,
};

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

  static override properties = {
    type: { type: String },
    title: { type: String },
    header: { type: String },
    icon: { type: String },
    content: { type: String },
    typeLabel: { type: String, attribute: 'type-label' },
    hasSlotted: { state: true },
  };

  /**
   * The kind of message, which sets the colours, the icon and the label read by screen readers:
   * `information` (default), `warning`, `success`, `error`, `advice` or `note`.
   * An unknown value falls back to `information` with a console warning.
   */
  declare type: 'information' | 'warning' | 'success' | 'error' | 'advice' | 'note';

  /** The title, shown as a heading. Rendered as text, never as HTML. No heading without a title. */
  declare title: string;

  /**
   * The heading level of the title, `h1` to `h6` (default `h2`), to fit the page's outline.
   * An unknown value falls back to `h2` with a console warning.
   */
  declare header: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

  /**
   * A `qc-icon` name replacing the default icon of `advice` (light bulb) and `note` notices.
   * Other types keep their own icon (a console warning says so).
   */
  declare icon: string | undefined;

  /**
   * Plain-text content, for markup written for the incumbent toolkit. Shown as text, never as
   * HTML, and only when the element has no children: put rich content in the default slot.
   */
  declare content: string;

  /** Replaces the built-in type label read by screen readers (« Avis général »…) for this notice. */
  declare typeLabel: string;

  declare private hasSlotted: boolean;

  private readonly localize = new LocalizeController(this, noticeStrings);

  constructor() {
    super();
    // The incumbent's `title` attribute would also name the host element itself, so some screen
    // readers would say the title twice. The host is only a wrapper: give it no role (through
    // ElementInternals, so an author's own `role` attribute still wins) and let the shadow
    // `role="note"` carry the structure.
    if (typeof ElementInternals !== 'undefined' && 'role' in ElementInternals.prototype) {
      this.attachInternals().role = 'none';
    }
    this.type = 'information';
    this.title = '';
    this.header = 'h2';
    this.icon = undefined;
    this.content = '';
    this.typeLabel = '';
    this.hasSlotted = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render so the `content` fallback never flashes over slotted content.
    this.hasSlotted = this.hasSlottableContent();
  }

  /** The type in use: `type` when valid, otherwise `information`. */
  get effectiveType(): NoticeType {
    return this.validEnum('type', this.type, noticeTypes, 'information');
  }

  private hasSlottableContent(): boolean {
    return Array.from(this.childNodes).some((node) =>
      node instanceof Element ? !node.hasAttribute('slot') : node instanceof Text && node.data.trim() !== '',
    );
  }

  private readonly handleSlotChange = (): void => {
    this.hasSlotted = this.hasSlottableContent();
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

  private warnAboutMarkup(attribute: 'title' | 'content', value: string): void {
    if (!markup.test(value)) return;
    this.warnOnce(
      `markup:${attribute}`,
      `${attribute} is shown as text, not HTML; put formatted content in the element's children (default slot).`,
    );
  }

  override render() {
    const type = this.effectiveType;
    const header = this.validEnum('header', this.header, noticeHeaders, 'h2');
    const title = text(this.title);
    const content = this.hasSlotted ? '' : text(this.content);
    const typeLabel = text(this.typeLabel) || this.localize.term(typeTerms[type]);
    const tag = headingTags[header];
    this.warnAboutMarkup('title', title);
    this.warnAboutMarkup('content', content);

    // role="note" groups the parts without making a landmark: a <section> named by the title
    // would list every notice among the page's regions (noise on pages with several notices),
    // and an untitled one would not be a region at all. The note is left unnamed so the type
    // label is read once, as text, right before the heading. title="" stops the host's `title`
    // attribute (the incumbent's API) from showing as a browser tooltip over the whole box.
    return html`
      <div part="base" class="base palette-${palettes[type]}" role="note" title="">
        <div part="icon" class="icon" aria-hidden="true">
          <qc-icon icon=${this.iconName(type)} size="nm"></qc-icon>
        </div>
        <div class="body">
          <span class="type-label">${typeLabel}</span>
          ${title ? staticHtml`<${tag} part="title" class="title">${title}</${tag}>` : nothing}
          <div part="content" class="content ${this.hasSlotted || content ? '' : 'content--empty'}">
            <slot @slotchange=${this.handleSlotChange}></slot>
            ${content ? html`<p class="content-text">${content}</p>` : nothing}
          </div>
        </div>
      </div>
    `;
  }
}

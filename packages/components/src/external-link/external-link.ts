import { render } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { PART } from '../internal/part.js';
import externalGlyph from '../icon/icons/external-link.js';
import { externalLinkStrings } from './external-link.strings.js';
import { externalLinkStyles } from './external-link.styles.js';

const SVG = 'http://www.w3.org/2000/svg';

/** Where a line may break inside a word (URLs, compound words): the kept-together tail starts after the last one. */
const BREAK = /[\s/\-\u2013\u2014]/u;

/** What was done to one link, to undo it exactly before doing it again. */
interface Enhancement {
  link: HTMLAnchorElement;
  /** The no-wrap span holding the last word, the icon and the hidden text. */
  wrapper: HTMLSpanElement;
  /** The author's text node the last word was split from, and its text right after the split. */
  source: Text | undefined;
  prefix: string;
  /** The last word (a node this element created) and the white space after it, if any. */
  word: Text | undefined;
  trailing: Text | undefined;
}

/**
 * Marks the links it holds as going to another site: after each link's last word it adds an
 * external-link icon, kept on the same line as that word, and a visually hidden text read at the
 * end of the link's name (« Ce lien dirige vers un autre site. »), plus « (s’ouvre dans une
 * nouvelle fenêtre) » for a link with `target="_blank"`. The icon itself is decorative: the text
 * carries the meaning (the incumbent's 1.4.7 icon had lost it).
 *
 * The links stay the author's: their nodes, attributes and event listeners are kept. The last
 * word is moved into a no-wrap span (the only change to the author's text) and put back before
 * every update, so links whose text a framework re-renders keep working. `rel` is left alone:
 * browsers treat `target="_blank"` as `noopener` by default.
 *
 * @summary Lien externe — marks its links as leading to another site, for sight and for screen readers.
 *
 * @slot - One or more `<a>` links (the element has no shadow root: its children stay in the page).
 *
 * @cssprop --qc-external-link-gap - Space between the last word and the icon (default 0.25em).
 *
 * @status stable
 * @since 0.1.0
 */
export class QcExternalLink extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [externalLinkStyles];

  /**
   * The text read after each link's name (the incumbent's alternative text of the icon), « Ce lien
   * dirige vers un autre site. » / "This link directs to another site." by default. Rendered as text.
   */
  @property({ attribute: 'img-alt' }) imgAlt = '';

  private readonly localize = new LocalizeController(this, externalLinkStrings);
  private enhancements: Enhancement[] = [];
  private readonly lightDom = new LightDomController(this, {
    config: { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['target'] },
    callback: (records) => {
      if (records.some((record) => !this.isOwnRecord(record))) this.requestUpdate();
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcExternalLink);
  }

  /** The links this element marks (those of a nested qc-external-link are its own). */
  get links(): HTMLAnchorElement[] {
    return Array.from(this.querySelectorAll('a')).filter((link) => link.closest('qc-external-link') === this);
  }

  protected override updated(): void {
    this.restore();
    const alt = String(this.imgAlt ?? '').trim() || this.localize.term('externalLinkAlt');
    const newWindow = this.localize.term('externalLinkNewWindow');
    for (const link of this.links) this.enhance(link, alt, newWindow);
    // Our own changes are not news.
    this.lightDom.takeRecords();
  }

  /** Changes made inside our own parts (or by us, to a source text node) are ours. */
  private isOwnRecord(record: MutationRecord): boolean {
    const target = record.target;
    const element = target instanceof Element ? target : target.parentElement;
    if (element?.closest(`[${PART}^="external-link"]`)) return true;
    if (record.type === 'childList') {
      const nodes = [...record.addedNodes, ...record.removedNodes];
      return nodes.length > 0 && nodes.every((node) => node instanceof Element && node.hasAttribute(PART));
    }
    return false;
  }

  /** Puts every link back as the author wrote it (or as a framework has since changed it). */
  private restore(): void {
    for (const { wrapper, source, prefix, word, trailing } of this.enhancements) {
      if (source && word && source.isConnected && source.data === prefix) {
        // Untouched since the split: join the last word (and its trailing space) back.
        source.data = prefix + word.data + (trailing?.isConnected ? trailing.data : '');
      }
      trailing?.remove();
      wrapper.remove();
    }
    this.enhancements = [];
  }

  private enhance(link: HTMLAnchorElement, alt: string, newWindow: string): void {
    const wrapper = document.createElement('span');
    wrapper.setAttribute(PART, 'external-link-nowrap');
    const icon = document.createElementNS(SVG, 'svg');
    icon.setAttribute(PART, 'external-link-icon');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('aria-hidden', 'true');
    icon.setAttribute('focusable', 'false');
    render(externalGlyph, icon);
    const hidden = document.createElement('span');
    hidden.setAttribute(PART, 'external-link-text');
    const opensWindow = link.target.trim().toLowerCase() === '_blank';
    // A leading space: the name must not glue the last word to the warning.
    hidden.textContent = ` ${alt}${opensWindow ? ` ${newWindow}` : ''}`;

    const enhancement: Enhancement = {
      link,
      wrapper,
      source: undefined,
      prefix: '',
      word: undefined,
      trailing: undefined,
    };
    const source = lastVisibleText(link);
    if (source) {
      // The tail kept with the icon: the last word, or its part after the last / - – — so a long
      // URL still wraps (the incumbent inserted <wbr> for the same reason).
      const data = source.data;
      const end = data.trimEnd().length;
      let start = end;
      while (start > 0 && !BREAK.test(data[start - 1]!)) start--;
      if (start === end) start = end - 1;
      const word = source.splitText(start);
      const trailing = end < data.length ? word.splitText(end - start) : undefined;
      word.before(wrapper);
      wrapper.append(word, icon, hidden);
      Object.assign(enhancement, { source, prefix: source.data, word, trailing });
    } else {
      wrapper.append(icon, hidden);
      link.append(wrapper);
    }
    this.enhancements.push(enhancement);
  }
}

/** The last text node of `link` that is shown and not white space, outside our own parts. */
function lastVisibleText(link: HTMLAnchorElement): Text | undefined {
  const walker = document.createTreeWalker(link, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node instanceof Element) {
        if (node.hasAttribute(PART) || node.hasAttribute('hidden')) return NodeFilter.FILTER_REJECT;
        const style = getComputedStyle(node);
        // Hidden, or taken out of the flow (an author's own visually hidden text).
        if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'absolute') {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_SKIP;
      }
      return /\S/.test((node as Text).data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  let last: Text | undefined;
  while (walker.nextNode()) last = walker.currentNode as Text;
  return last;
}

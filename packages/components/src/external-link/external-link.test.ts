import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcExternalLink } from './qc-external-link.js';
import { externalLinkStrings } from './external-link.strings.js';

const hostile = '<img src=x onerror="window.__qcExternalLinkXss = true">';
const { fr, en } = externalLinkStrings;

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
/** The link's own text, without what the element added. */
const authorText = (link: Element) => {
  const copy = link.cloneNode(true) as Element;
  copy
    .querySelectorAll('[data-qc-part="external-link-text"], [data-qc-part="external-link-icon"]')
    .forEach((n) => n.remove());
  return squash(copy.textContent ?? '');
};
const wrappers = (link: Element) => link.querySelectorAll('[data-qc-part="external-link-nowrap"]');
/** Lets the MutationObserver deliver, then waits for the element's update. */
async function settled(el: QcExternalLink): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

describe('qc-external-link', () => {
  describe('accessibility', () => {
    for (const lang of ['fr', 'en'] as const) {
      it(`passes axe (${lang}), with and without target="_blank"`, async () => {
        const el = await fixture(html`
          <p lang=${lang}>
            Voir
            <qc-external-link
              ><a href="https://www.quebec.ca/">Québec.ca</a> et
              <a href="https://www.canada.ca/" target="_blank">Canada.ca</a></qc-external-link
            >
          </p>
        `);
        await expect(el).to.be.accessible();
      });
    }

    it('puts the warning in the link’s accessible name, in every engine', async () => {
      const el = await fixture<QcExternalLink>(
        html`<qc-external-link><a href="https://www.quebec.ca/">Portail Québec</a></qc-external-link>`,
      );
      const { role, name } = await axElement(el.querySelector('a')!);
      expect(role).to.equal('link');
      expect(squash(name)).to.equal(`Portail Québec ${fr.externalLinkAlt}`);
    });

    it('adds « (s’ouvre dans une nouvelle fenêtre) » only to links with target="_blank"', async () => {
      const el = await fixture<QcExternalLink>(html`
        <qc-external-link>
          <a id="same" href="https://a.example/">Site A</a>
          <a id="blank" href="https://b.example/" target="_blank" rel="noreferrer">Site B</a>
        </qc-external-link>
      `);
      expect(squash((await axElement(el.querySelector('#same')!)).name)).to.equal(`Site A ${fr.externalLinkAlt}`);
      expect(squash((await axElement(el.querySelector('#blank')!)).name)).to.equal(
        `Site B ${fr.externalLinkAlt} ${fr.externalLinkNewWindow}`,
      );
      expect(el.querySelector('#blank')!.getAttribute('rel'), 'rel left as written').to.equal('noreferrer');
      expect(el.querySelector('#same')!.hasAttribute('rel'), 'no rel added').to.equal(false);
    });

    itExcept(NEEDS_AX_TREE, 'exposes no image for the icon (decorative)', async () => {
      await fixture(
        html`<div id="tree">
          <qc-external-link><a href="#x">Lien externe</a></qc-external-link>
        </div>`,
      );
      const tree = await axTree('#tree');
      expect(findAll(tree, (n) => ['image', 'img', 'graphics-document'].includes(n.role))).to.deep.equal([]);
      expect(findAll(tree, (n) => n.role === 'link').map((n) => squash(n.name))).to.deep.equal([
        `Lien externe ${fr.externalLinkAlt}`,
      ]);
    });
  });

  describe('rendering', () => {
    it('adds one icon after the last word of each link, in a no-wrap span, keeping the text', async () => {
      const el = await fixture<QcExternalLink>(html`
        <qc-external-link>
          <a href="#1">Lorem ipsum dolor sit amet, consectetur adipiscing</a>
          <a href="#2">Google</a>
        </qc-external-link>
      `);
      const [first, second] = el.querySelectorAll('a');
      for (const link of [first!, second!]) {
        expect(wrappers(link)).to.have.length(1);
        const icon = link.querySelector('svg[data-qc-part="external-link-icon"]')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(icon.querySelector('path')).to.exist;
      }
      expect(squash(wrappers(first!)[0]!.firstChild!.textContent!)).to.equal('adipiscing');
      expect(authorText(first!)).to.equal('Lorem ipsum dolor sit amet, consectetur adipiscing');
      expect(authorText(second!)).to.equal('Google');
    });

    it('never leaves the icon alone on a line: it wraps with the last word', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        for (const width of [120, 140, 160, 180, 200, 220]) {
          const wrapper = await fixture(html`
            <p style="width: ${width}px; font-size: 1.25rem">
              Lorem ipsum
              <qc-external-link><a href="#x">Lorem ipsum dolor sit amet, consectetur adipiscing</a></qc-external-link>
              elit
            </p>
          `);
          const span = wrapper.querySelector('[data-qc-part="external-link-nowrap"]')!;
          const word = span.firstChild as Text;
          const icon = span.querySelector('svg')!;
          const range = document.createRange();
          range.selectNodeContents(word);
          const wordBox = range.getBoundingClientRect();
          const iconBox = icon.getBoundingClientRect();
          expect(Math.abs(iconBox.bottom - wordBox.bottom), `width ${width}`).to.be.lessThan(wordBox.height);
          expect(iconBox.left, `width ${width}`).to.be.greaterThan(wordBox.left);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps a long URL breakable: only the part after its last slash stays with the icon', async () => {
      const el = await fixture<QcExternalLink>(html`
        <div style="width: 200px">
          <qc-external-link
            ><a href="#x">https://www.quebec.ca/gouvernement/ministere/travail/lois-reglements</a></qc-external-link
          >
        </div>
      `);
      const span = el.querySelector('[data-qc-part="external-link-nowrap"]')!;
      expect(span.firstChild!.textContent).to.equal('reglements');
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    });

    it('lays the links out before upgrade as after (pre-upgrade CSS of @qc-ds/styles): nothing shifts', async () => {
      const markup = `<p style="width: 260px; margin: 0">Lorem ipsum <qc-external-link><a href="#x">Lorem ipsum dolor sit amet, consectetur adipiscing</a></qc-external-link> <span id="after">elit sed do eiusmod</span></p>`;
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 400px; height: 300px; border: 0';
      frame.srcdoc = `<!doctype html><html lang="fr"><head>
        <link rel="stylesheet" href="/packages/tokens/dist/tokens.css">
        <link rel="stylesheet" href="/packages/styles/dist/elements.css"></head>
        <body style="margin: 0">${markup}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      const measure = (root: ParentNode) => {
        const p = root.querySelector('p')!.getBoundingClientRect();
        const after = root.querySelector('#after')!.getBoundingClientRect();
        return { height: p.height, left: after.left - p.left, top: after.top - p.top };
      };
      const before = measure(doc);
      frame.remove();
      const host = await fixture(html`<div></div>`);
      host.innerHTML = markup;
      await (host.querySelector('qc-external-link') as QcExternalLink).updateComplete;
      const after = measure(host);
      expect(after.height, 'paragraph height').to.be.closeTo(before.height, 0.5);
      expect(after.top, 'next text line').to.be.closeTo(before.top, 0.5);
      expect(after.left, 'next text start').to.be.closeTo(before.left, 1);
    });

    it('adds the icon and text to a link without text (an image link)', async () => {
      const el = await fixture<QcExternalLink>(
        html`<qc-external-link
          ><a href="#x"><img alt="Logo du partenaire" src="data:," /></a
        ></qc-external-link>`,
      );
      const link = el.querySelector('a')!;
      expect(link.lastElementChild!.getAttribute('data-qc-part')).to.equal('external-link-nowrap');
      expect(squash((await axElement(link)).name)).to.contain(fr.externalLinkAlt);
    });

    it('leaves the links of a nested qc-external-link to it (one icon per link)', async () => {
      const el = await fixture<QcExternalLink>(html`
        <qc-external-link
          ><p>
            <qc-external-link><a href="#x">Imbriqué</a></qc-external-link>
          </p></qc-external-link
        >
      `);
      await settled(el);
      expect(el.querySelectorAll('svg[data-qc-part="external-link-icon"]')).to.have.length(1);
    });
  });

  describe('properties', () => {
    it('reads `img-alt` instead of the built-in text, and follows its changes', async () => {
      const el = await fixture<QcExternalLink>(
        html`<qc-external-link img-alt="Site du gouvernement fédéral."><a href="#x">Canada.ca</a></qc-external-link>`,
      );
      const link = el.querySelector('a')!;
      expect(squash((await axElement(link)).name)).to.equal('Canada.ca Site du gouvernement fédéral.');
      el.removeAttribute('img-alt');
      await el.updateComplete;
      expect(squash((await axElement(link)).name)).to.equal(`Canada.ca ${fr.externalLinkAlt}`);
      expect(wrappers(link)).to.have.length(1);
    });

    it('follows a link’s `target` added later', async () => {
      const el = await fixture<QcExternalLink>(html`<qc-external-link><a href="#x">Site</a></qc-external-link>`);
      const link = el.querySelector('a')!;
      link.target = '_blank';
      await settled(el);
      expect(link.textContent).to.contain(fr.externalLinkNewWindow);
      link.removeAttribute('target');
      await settled(el);
      expect(link.textContent).not.to.contain(fr.externalLinkNewWindow);
    });
  });

  describe('keyboard', () => {
    it('keeps each link a single tab stop, with nothing added to the tab order [wcag:2.4.3]', async () => {
      const root = await fixture(html`
        <div>
          <button id="before">Avant</button>
          <qc-external-link><a id="one" href="#1">Un</a> <a id="two" href="#2">Deux</a></qc-external-link>
        </div>
      `);
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('one');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('two');
    });
  });

  describe('events', () => {
    it('keeps the author’s link element and its listeners', async () => {
      const el = await fixture<QcExternalLink>(html`<qc-external-link><a href="#x">Lien</a></qc-external-link>`);
      const link = el.querySelector('a')!;
      let clicks = 0;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        clicks++;
      });
      el.requestUpdate();
      await el.updateComplete;
      (link.querySelector('svg') as unknown as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(el.querySelector('a') === link).to.equal(true);
      expect(clicks).to.equal(1);
    });
  });

  describe('frameworks re-rendering the links', () => {
    it('follows a text node whose value a framework replaces (React, Vue: nodeValue)', async () => {
      const el = await fixture<QcExternalLink>(
        html`<qc-external-link><a href="#x">Ancien libellé</a></qc-external-link>`,
      );
      const link = el.querySelector('a')!;
      const source = link.firstChild as Text;
      source.nodeValue = 'Nouveau libellé du lien';
      await settled(el);
      expect(authorText(link)).to.equal('Nouveau libellé du lien');
      expect(wrappers(link)).to.have.length(1);
      expect(wrappers(link)[0]!.firstChild!.textContent).to.equal('lien');
      expect(link.firstChild === source, 'the author’s text node is kept').to.equal(true);
    });

    it('follows textContent replaced, links added later, and repeated updates without duplicates', async () => {
      const el = await fixture<QcExternalLink>(html`<qc-external-link><a href="#x">Premier</a></qc-external-link>`);
      const link = el.querySelector('a')!;
      link.textContent = 'Libellé remplacé';
      await settled(el);
      expect(authorText(link)).to.equal('Libellé remplacé');
      expect(wrappers(link)).to.have.length(1);
      const added = Object.assign(document.createElement('a'), { href: '#y', textContent: 'Ajouté plus tard' });
      el.append(added);
      await settled(el);
      expect(wrappers(added)).to.have.length(1);
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await el.updateComplete;
      }
      expect(authorText(link)).to.equal('Libellé remplacé');
      expect(el.querySelectorAll('[data-qc-part="external-link-nowrap"]')).to.have.length(2);
      expect(squash((await axElement(added)).name)).to.equal(`Ajouté plus tard ${fr.externalLinkAlt}`);
    });

    it('enhances links that arrive after the element (parsed or rendered later)', async () => {
      const el = await fixture<QcExternalLink>(html`<qc-external-link></qc-external-link>`);
      el.innerHTML = '<a href="#x">Arrivé après</a>';
      await settled(el);
      expect(wrappers(el.querySelector('a')!)).to.have.length(1);
    });
  });

  describe('i18n', () => {
    it('says it in English on an English page, and follows a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture(
        html`<div lang="en">
          <qc-external-link><a href="#x" target="_blank">Site</a></qc-external-link>
        </div>`,
      );
      const el = root.querySelector<QcExternalLink>('qc-external-link')!;
      const link = el.querySelector('a')!;
      expect(squash((await axElement(link)).name)).to.equal(`Site ${en.externalLinkAlt} ${en.externalLinkNewWindow}`);
      root.setAttribute('lang', 'fr-CA');
      await settled(el);
      expect(squash((await axElement(link)).name)).to.equal(`Site ${fr.externalLinkAlt} ${fr.externalLinkNewWindow}`);
    });

    it('accepts registerTranslation', async () => {
      const el = await fixture<QcExternalLink>(html`<qc-external-link><a href="#x">Site</a></qc-external-link>`);
      registerTranslation('fr', { externalLinkAlt: 'Site externe.' });
      try {
        await el.updateComplete;
        expect(squash(el.querySelector('a')!.textContent!)).to.equal('Site Site externe.');
      } finally {
        registerTranslation('fr', { externalLinkAlt: fr.externalLinkAlt });
      }
    });
  });

  describe('bad input', () => {
    it('shows a hostile `img-alt` as text', async () => {
      const el = await fixture<QcExternalLink>(
        html`<qc-external-link img-alt=${hostile}><a href="#x">Site</a></qc-external-link>`,
      );
      await nextFrame();
      expect(el.querySelector('[data-qc-part="external-link-text"]')!.textContent!.trim()).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcExternalLinkXss?: boolean }).__qcExternalLinkXss).to.equal(undefined);
    });

    it('tolerates no links, blank links, null `img-alt` and huge text without throwing or warning', async () => {
      const warnings = await captureWarnings(async () => {
        const empty = await fixture<QcExternalLink>(html`<qc-external-link></qc-external-link>`);
        expect(empty.querySelector('svg')).to.equal(null);
        const blank = await fixture<QcExternalLink>(html`<qc-external-link><a href="#x"> </a></qc-external-link>`);
        (blank as unknown as Record<string, unknown>)['imgAlt'] = null;
        await blank.updateComplete;
        expect(squash(blank.querySelector('a')!.textContent!)).to.equal(fr.externalLinkAlt);
        const huge = 'mot '.repeat(5000);
        const big = await fixture<QcExternalLink>(html`<qc-external-link><a href="#x">${huge}</a></qc-external-link>`);
        expect(authorText(big.querySelector('a')!)).to.equal(squash(huge));
      });
      expect(warnings).to.deep.equal([]);
    });

    it('can be defined twice without throwing or warning', async () => {
      const warnings = await captureWarnings(() => QcExternalLink.define('qc-external-link'));
      expect(customElements.get('qc-external-link') === QcExternalLink).to.equal(true);
      expect(warnings).to.deep.equal([]);
    });
  });
});

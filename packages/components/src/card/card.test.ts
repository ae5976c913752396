import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcCard } from './qc-card.js';

const hostile = '<img src=x onerror="window.__qcCardXss = true">';
const image = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="320" height="120"/%3E';
/** A frame and a task: the engine's accessibility tree and the observers have caught up with the DOM. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** Real pointer input: the runner serves sendMouse to Playwright (Chromium) only. */
const REAL_MOUSE = {
  firefox:
    'the runner has no sendMouse for Firefox over BiDi (scripts/engine-commands-plugin.mjs); synthetic clicks cover the logic',
  webkit:
    'the runner has no sendMouse for WebKitWebDriver (scripts/engine-commands-plugin.mjs); synthetic clicks cover the logic',
};

const card = (id = 'card-x') =>
  html`<qc-card>
    <img slot="image" src=${image} alt="" />
    <h3><a href=${`#${id}`}>Demande de permis</a></h3>
    <p id="description">Suivez l’état de votre demande de permis de conduire.</p>
  </qc-card>`;

/**
 * The location hash once the same-page navigation `action` may start has happened (Firefox
 * follows a fragment link a task later), or after 300 ms when nothing navigated.
 */
async function hashAfter(action: () => unknown): Promise<string> {
  let done: () => void = () => {};
  const changed = new Promise<void>((resolve) => {
    done = resolve;
    window.addEventListener('hashchange', done, { once: true });
    setTimeout(done, 300);
  });
  await action();
  await changed;
  window.removeEventListener('hashchange', done);
  return location.hash;
}
const reset = () => history.replaceState(null, '', location.pathname + location.search);

const centre = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
};

let savedHash = '';
beforeEach(() => {
  savedHash = location.hash;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
});
afterEach(async () => {
  history.replaceState(null, '', `${location.pathname}${location.search}${savedHash}`);
  document.getSelection()?.removeAllRanges();
  await setViewport({ width: 800, height: 600 });
});

describe('qc-card', () => {
  describe('accessibility', () => {
    it('passes axe with an image, a secondary link and a button, and without an image', async () => {
      const el = await fixture<QcCard>(
        html`<qc-card>
          <img slot="image" src=${image} alt="" />
          <h2><a href="#dossier">Votre dossier</a></h2>
          <p>Consultez <a href="#aide">l’aide</a> ou</p>
          <button type="button">Partager</button>
        </qc-card>`,
      );
      await expect(el).to.be.accessible();
      await expect(await fixture(card())).to.be.accessible();
    });

    it('its link is named by the heading text only, in every engine [wcag:1.3.1,4.1.2]', async () => {
      const el = await fixture<QcCard>(card());
      await settled();
      expect(await axElement(el.querySelector('a')!)).to.deep.equal({ role: 'link', name: 'Demande de permis' });
      expect((await axElement(el.querySelector('h3')!)).role).to.equal('heading');
    });

    itExcept(
      NEEDS_AX_TREE,
      'is a heading holding one link named by the heading text only [wcag:1.3.1,4.1.2]',
      async () => {
        await fixture(html`<div id="tree">${card()}</div>`);
        await settled();
        const tree = await axTree('#tree');
        const headings = findAll(tree, (n) => n.role === 'heading');
        expect(headings.map((n) => [n.name, n.level])).to.deep.equal([['Demande de permis', 3]]);
        const links = findAll(tree, (n) => n.role === 'link');
        expect(links.map((n) => n.name)).to.deep.equal(['Demande de permis']);
        expect(findAll(headings[0], (n) => n.role === 'link')).to.have.length(1);
        // The card itself is no link, group or button around its content.
        expect(findAll(tree, (n) => ['group', 'button', 'article'].includes(n.role))).to.deep.equal([]);
      },
    );
  });

  describe('rendering', () => {
    it('marks the heading’s link as the card’s link and puts the image first [wcag:1.3.1]', async () => {
      const el = await fixture<QcCard>(card());
      const link = el.querySelector('a')!;
      expect(link.getAttribute('data-qc-part')).to.equal('card-link');
      const img = el.querySelector('img')!;
      expect(img.getBoundingClientRect().top).to.be.below(el.querySelector('h3')!.getBoundingClientRect().top);
      expect(Math.round(img.getBoundingClientRect().width)).to.equal(
        Math.round(el.getBoundingClientRect().width - parseFloat(getComputedStyle(el).borderInlineStartWidth) * 2),
      );
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-card') === QcCard).to.equal(true);
      expect(() => QcCard.define('qc-card')).not.to.throw();
    });

    it('a grid of cards reflows at 320 px: nothing overflows, long words wrap [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const grid = await fixture<HTMLElement>(
        html`<div
          style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr))"
        >
          ${[1, 2, 3].map(
            (n) =>
              html`<qc-card>
                <h3><a href="#c${n}">Demande${'x'.repeat(80)}</a></h3>
                <p>https://www.quebec.ca/${'chemin/'.repeat(20)}</p>
              </qc-card>`,
          )}
        </div>`,
      );
      await settled();
      const cards = [...grid.querySelectorAll('qc-card')];
      const columns = new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left)));
      expect(columns.size).to.equal(1);
      for (const c of cards) expect(c.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('clicks', () => {
    it('a click on the card’s text or image follows the heading’s link [wcag:1.3.1]', async () => {
      const el = await fixture<QcCard>(card());
      expect(await hashAfter(() => el.querySelector<HTMLElement>('#description')!.click())).to.equal('#card-x');
      reset();
      expect(await hashAfter(() => el.querySelector('img')!.click())).to.equal('#card-x');
      reset();
      expect(await hashAfter(() => el.click())).to.equal('#card-x');
    });

    itExcept(REAL_MOUSE, 'a real mouse click on the card’s body follows the link', async () => {
      const el = await fixture<QcCard>(card());
      const position = centre(el.querySelector('#description')!);
      expect(await hashAfter(() => sendMouse({ type: 'click', position }))).to.equal('#card-x');
    });

    itExcept(REAL_MOUSE, 'dragging to select text in the card selects it and follows nothing', async () => {
      const el = await fixture<QcCard>(card());
      const box = el.querySelector('#description')!.getBoundingClientRect();
      const y = Math.round(box.top + 8);
      await sendMouse({ type: 'move', position: [Math.round(box.left + 2), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), y] });
      expect(await hashAfter(() => sendMouse({ type: 'up' }))).to.equal('');
      expect(document.getSelection()!.toString().length).to.be.above(3);
    });

    it('a click that ends a text selection in the card follows nothing', async () => {
      const el = await fixture<QcCard>(card());
      const text = el.querySelector('#description')!.firstChild!;
      document.getSelection()!.setBaseAndExtent(text, 0, text, 12);
      expect(await hashAfter(() => el.querySelector<HTMLElement>('#description')!.click())).to.equal('');
    });

    it('secondary links and buttons keep their own clicks', async () => {
      const el = await fixture<QcCard>(
        html`<qc-card>
          <h3><a href="#card-x">Demande de permis</a></h3>
          <p>
            Voir <a id="help" href="#aide">l’aide</a>
            <abbr title="Société de l’assurance automobile du Québec">SAAQ</abbr>
          </p>
          <button type="button">Partager</button>
        </qc-card>`,
      );
      let pressed = 0;
      el.querySelector('button')!.addEventListener('click', () => (pressed += 1));
      expect(await hashAfter(() => el.querySelector('button')!.click())).to.equal('');
      expect(pressed).to.equal(1);
      expect(await hashAfter(() => el.querySelector<HTMLElement>('#help')!.click())).to.equal('#aide');
      // Non-interactive content (an abbreviation) is part of the card's body.
      expect(await hashAfter(() => el.querySelector('abbr')!.click())).to.equal('#card-x');
    });

    it('forwards Ctrl/⌘/Shift to the link, and leaves alone a click the page handled', async () => {
      const el = await fixture<QcCard>(card());
      const link = el.querySelector('a')!;
      const seen: string[] = [];
      link.addEventListener('click', (event) => {
        seen.push(`${event.ctrlKey}-${event.metaKey}-${event.shiftKey}`);
        event.preventDefault();
      });
      const p = el.querySelector('#description')!;
      p.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
      p.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, metaKey: true, shiftKey: true }));
      expect(seen).to.deep.equal(['true-false-false', 'false-true-true']);
      p.addEventListener('click', (event) => event.preventDefault(), { once: true });
      p.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      // A middle or right button is not a click on the card's link.
      p.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 1 }));
      expect(seen).to.have.length(2);
    });

    it('a card with zero or several heading links follows nothing [wcag:1.3.1]', async () => {
      await captureWarnings(async () => {
        const none = await fixture<QcCard>(
          html`<qc-card
            ><h3>Titre</h3>
            <p id="n">Texte</p></qc-card
          >`,
        );
        expect(await hashAfter(() => none.querySelector<HTMLElement>('#n')!.click())).to.equal('');
        const two = await fixture<QcCard>(
          html`<qc-card
            ><h3><a href="#un">Un</a></h3>
            <h4><a href="#deux">Deux</a></h4>
            <p id="t">Texte</p></qc-card
          >`,
        );
        expect(await hashAfter(() => two.querySelector<HTMLElement>('#t')!.click())).to.equal('');
        expect(two.querySelector('[data-qc-part="card-link"]')).to.equal(null);
      });
      expect(location.hash).to.equal('');
    });
  });

  describe('keyboard', () => {
    it('the heading’s link is the card’s one tab stop; Tab then goes past the card [wcag:1.3.1,2.1.1,2.4.3]', async () => {
      const root = await fixture(
        html`<div><button id="before">Avant</button>${card()}<button id="after">Après</button></div>`,
      );
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Demande de permis');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({ press: 'Shift+Tab' });
      expect(document.activeElement?.textContent).to.equal('Demande de permis');
    });

    it('Enter on the link follows it [wcag:2.1.1]', async () => {
      const el = await fixture<QcCard>(card());
      el.querySelector('a')!.focus();
      expect(await hashAfter(() => sendKeys({ press: 'Enter' }))).to.equal('#card-x');
    });

    it('secondary links and buttons are tab stops of their own, in reading order [wcag:2.4.3]', async () => {
      const root = await fixture(
        html`<div>
          <button id="before">Avant</button>
          <qc-card>
            <h3><a href="#card-x">Demande de permis</a></h3>
            <p>Voir <a href="#aide">l’aide</a></p>
            <button type="button">Partager</button>
          </qc-card>
        </div>`,
      );
      root.querySelector<HTMLElement>('#before')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        await sendKeys({ press: 'Tab' });
        stops.push(document.activeElement?.textContent ?? '');
      }
      expect(stops).to.deep.equal(['Demande de permis', 'l’aide', 'Partager']);
    });

    it('draws the focus ring around the whole card while its link has the keyboard focus [wcag:2.1.1,2.4.7]', async () => {
      const root = await fixture(html`<div><button id="before">Avant</button>${card()}</div>`);
      const el = root.querySelector('qc-card')!;
      expect(getComputedStyle(el).outlineStyle).to.equal('none');
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle(el).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(el).outlineWidth)).to.be.at.least(2);
    });

    itExcept(NO_MEDIA_EMULATION, 'keeps its border and focus ring in forced colours [wcag:1.4.11,2.4.7]', async () => {
      const root = await fixture(html`<div><button id="before">Avant</button>${card()}</div>`);
      const el = root.querySelector('qc-card')!;
      await emulateMedia({ forcedColors: 'active' });
      try {
        root.querySelector<HTMLElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(getComputedStyle(el).outlineStyle).to.equal('solid');
        expect(getComputedStyle(el).borderTopStyle).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('framework re-render', () => {
    it('follows a heading link replaced by a framework, and keeps the author’s content [wcag:1.3.1]', async () => {
      const el = await fixture<QcCard>(card('ancien'));
      const heading = el.querySelector('h3')!;
      const fresh = document.createElement('a');
      fresh.href = '#nouveau';
      fresh.textContent = 'Demande renouvelée';
      heading.replaceChildren(fresh);
      await settled();
      await el.updateComplete;
      expect(fresh.getAttribute('data-qc-part')).to.equal('card-link');
      expect(await hashAfter(() => el.querySelector<HTMLElement>('#description')!.click())).to.equal('#nouveau');
      fresh.setAttribute('href', '#encore');
      await settled();
      expect(await hashAfter(() => el.querySelector<HTMLElement>('#description')!.click())).to.equal('#encore');
      expect(el.querySelector('#description')!.textContent).to.contain('permis de conduire');
    });
  });

  describe('bad input', () => {
    it('warns once when the card has no heading link, and once when it has several', async () => {
      const warnings = await captureWarnings(async () => {
        const none = await fixture<QcCard>(
          html`<qc-card
            ><h3>Titre</h3>
            <p>Texte</p></qc-card
          >`,
        );
        none.requestUpdate();
        await none.updateComplete;
        await fixture(
          html`<qc-card
            ><h3><a href="#a">Un</a></h3>
            <h3><a href="#b">Deux</a></h3></qc-card
          >`,
        );
        await fixture(card());
      });
      expect(warnings.filter((m) => m.includes('no link in a heading'))).to.have.length(1);
      expect(warnings.filter((m) => m.includes('2 links in headings'))).to.have.length(1);
      expect(warnings).to.have.length(2);
    });

    it('warns once about an image without alt', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcCard>(
          html`<qc-card
            ><h3><a href="#a">Titre</a></h3></qc-card
          >`,
        );
        // An author's mistake, added as a framework would: an image without alt.
        const img = document.createElement('img');
        img.slot = 'image';
        img.src = image;
        el.prepend(img);
        await settled();
        await el.updateComplete;
        await fixture(card());
      });
      expect(warnings.filter((m) => m.includes('image has no alt'))).to.have.length(1);
      expect(warnings).to.have.length(1);
    });

    it('warns when the heading link has no text', async () => {
      const warnings = await captureWarnings(() =>
        fixture(
          html`<qc-card
            ><h3><a href="#a"> </a></h3
          ></qc-card>`,
        ),
      );
      expect(warnings.filter((m) => m.includes('has no text'))).to.have.length(1);
    });

    it('shows markup in the content as text, never as HTML', async () => {
      const el = await fixture<QcCard>(
        html`<qc-card
          ><h3><a href="#card-x">${hostile}</a></h3>
          <p>${hostile}</p></qc-card
        >`,
      );
      await settled();
      expect(el.querySelector('a')!.textContent).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcCardXss?: boolean }).__qcCardXss).to.equal(undefined);
    });

    it('an empty card and a huge one render without throwing', async () => {
      await captureWarnings(async () => {
        const empty = await fixture<QcCard>(html`<qc-card></qc-card>`);
        expect(empty.getBoundingClientRect().height).to.be.above(0);
        const huge = await fixture<QcCard>(
          html`<qc-card style="inline-size: 20rem">
            <h3><a href="#card-x">${'Très long titre '.repeat(30)}</a></h3>
            ${Array.from({ length: 50 }, () => html`<p>${'Paragraphe '.repeat(40)}</p>`)}
          </qc-card>`,
        );
        expect(huge.scrollWidth).to.be.at.most(huge.clientWidth);
      });
    });
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { describeExcept, engine, itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { formValues } from '../internal/test/form.js';
import { captureWarnings } from '../internal/test/warnings.js';
import '../accordion/qc-accordion.js';
import { QcAccordionItem } from './qc-accordion-item.js';

const hostile = '<img src=x onerror="window.__qcAccordionItemXss = true">';
const question = 'Quels documents dois-je fournir?';

const part = (el: QcAccordionItem, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const button = (el: QcAccordionItem) => part(el, 'button') as HTMLButtonElement;
const panel = (el: QcAccordionItem) => part(el, 'panel');
const level = (el: QcAccordionItem) => part(el, 'heading').getAttribute('aria-level');
/**
 * Whether the slotted content is drawn: not under `hidden` (no box) nor `hidden="until-found"`
 * (`content-visibility: hidden`: laid out on demand but not drawn), and the panel takes room.
 */
const drawn = (el: QcAccordionItem) =>
  el.querySelector('p')!.checkVisibility() && panel(el).getBoundingClientRect().height > 0;
const focused = (el: QcAccordionItem) => el.shadowRoot!.activeElement === button(el);

async function mount(open = false): Promise<QcAccordionItem> {
  const el = await fixture<QcAccordionItem>(
    html`<qc-accordion-item ?open=${open}
      ><h3 slot="heading">${question}</h3>
      <p>Une preuve d’identité et une preuve de résidence.</p></qc-accordion-item
    >`,
  );
  await el.updateComplete;
  return el;
}

describe('qc-accordion-item', () => {
  describe('accessibility', () => {
    for (const open of [false, true]) {
      it(`passes axe (${open ? 'open' : 'closed'})`, async () => {
        const el = await mount(open);
        await expect(el).to.be.accessible();
      });
    }

    itExcept(
      NEEDS_AX_TREE,
      'is a heading of level 3 holding a button named by the heading text, collapsed then expanded [wcag:1.3.1,4.1.2]',
      async () => {
        await fixture(
          html`<div id="tree">
            <qc-accordion-item
              ><h3 slot="heading">${question}</h3>
              <p>Contenu.</p></qc-accordion-item
            >
          </div>`,
        );
        const el = document.querySelector<QcAccordionItem>('qc-accordion-item')!;
        await el.updateComplete;
        let headings = findAll(await axTree('#tree'), (n) => n.role === 'heading');
        expect(
          headings.map((h) => [h.name, h.level]),
          'one heading, not two',
        ).to.deep.equal([[question, 3]]);
        let [node] = findAll(headings[0], (n) => n.role === 'button');
        expect(node?.name).to.equal(question);
        expect(node?.expanded ?? false).to.equal(false);
        expect(JSON.stringify(await axTree('#tree'))).not.to.contain('Contenu.');

        button(el).click();
        await el.updateComplete;
        headings = findAll(await axTree('#tree'), (n) => n.role === 'heading');
        [node] = findAll(headings[0], (n) => n.role === 'button');
        expect(node?.expanded).to.equal(true);
        expect(JSON.stringify(await axTree('#tree'))).to.contain('Contenu.');
      },
    );

    it('the button and the heading have their role and name in every engine [wcag:1.3.1,4.1.2]', async () => {
      const el = await mount();
      expect(await axElement(button(el))).to.deep.equal({ role: 'button', name: question });
      expect((await axElement(part(el, 'heading'))).role).to.equal('heading');
    });

    it('the button is at least 24 px high and spans the section [wcag:2.5.8]', async () => {
      const el = await mount();
      const box = button(el).getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(Math.round(box.width)).to.equal(Math.round(el.getBoundingClientRect().width));
    });

    it('shows a focus ring on the button when reached by keyboard [wcag:2.1.1,2.4.7]', async () => {
      const root = await fixture(
        html`<div>
          <button>Avant</button
          ><qc-accordion-item
            ><h3 slot="heading">${question}</h3>
            <p>Texte</p></qc-accordion-item
          >
        </div>`,
      );
      const el = root.querySelector<QcAccordionItem>('qc-accordion-item')!;
      await el.updateComplete;
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(true);
      const style = getComputedStyle(button(el));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    describeExcept(NO_MEDIA_EMULATION, 'with user preferences', () => {
      afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' }));

      it('does not animate the chevron under prefers-reduced-motion', async () => {
        const el = await mount();
        expect(getComputedStyle(part(el, 'icon')).transitionDuration).to.not.equal('0s');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(part(el, 'icon')).transitionDuration).to.equal('0s');
      });

      it('draws the button text and the rule in system colours under forced-colors [wcag:1.4.11]', async () => {
        await emulateMedia({ forcedColors: 'active' });
        const el = await mount();
        expect(getComputedStyle(el).borderBlockEndStyle).to.equal('solid');
        const probe = document.createElement('span');
        probe.style.color = 'ButtonText';
        document.body.append(probe);
        try {
          expect(getComputedStyle(button(el)).color).to.equal(getComputedStyle(probe).color);
        } finally {
          probe.remove();
        }
      });
    });
  });

  describe('rendering', () => {
    it('puts the slotted heading in the button and the content in the panel [wcag:1.3.1]', async () => {
      const el = await mount();
      const headingSlot = button(el).querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(headingSlot.assignedElements().map((node) => node.textContent)).to.deep.equal([question]);
      expect(button(el).getAttribute('aria-controls')).to.equal(panel(el).id);
      expect(panel(el).querySelector('slot:not([name])') !== null).to.equal(true);
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-accordion-item') === QcAccordionItem).to.equal(true);
      expect(() => QcAccordionItem.define('qc-accordion-item')).not.to.throw();
    });

    it('takes the level of a slotted h2–h6, else 3; heading-level wins [wcag:1.3.1]', async () => {
      const h4 = await fixture<QcAccordionItem>(
        html`<qc-accordion-item
          ><h4 slot="heading">Titre</h4>
          <p>Texte</p></qc-accordion-item
        >`,
      );
      expect(level(h4)).to.equal('4');
      const span = await fixture<QcAccordionItem>(
        html`<qc-accordion-item
          ><span slot="heading">Titre</span>
          <p>Texte</p></qc-accordion-item
        >`,
      );
      expect(level(span)).to.equal('3');
      h4.setAttribute('heading-level', '2');
      await h4.updateComplete;
      expect(level(h4)).to.equal('2');
    });

    it('takes the level of its accordion, and follows a change of it', async () => {
      const root = await fixture<HTMLElement>(
        html`<qc-accordion heading-level="5">
          <qc-accordion-item
            ><h3 slot="heading">Un</h3>
            <p>Texte</p></qc-accordion-item
          >
          <qc-accordion-item heading-level="6"
            ><h3 slot="heading">Deux</h3>
            <p>Texte</p></qc-accordion-item
          >
        </qc-accordion>`,
      );
      const [first, second] = root.querySelectorAll<QcAccordionItem>('qc-accordion-item');
      expect([level(first!), level(second!)]).to.deep.equal(['5', '6']);
      root.setAttribute('heading-level', '2');
      await new Promise((resolve) => setTimeout(resolve));
      await first!.updateComplete;
      expect([level(first!), level(second!)]).to.deep.equal(['2', '6']);
    });
  });

  describe('open and close', () => {
    it('the button toggles the content; open reflects', async () => {
      const el = await mount();
      expect(drawn(el)).to.equal(false);
      expect(button(el).getAttribute('aria-expanded')).to.equal('false');
      button(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(button(el).getAttribute('aria-expanded')).to.equal('true');
      expect(drawn(el)).to.equal(true);
      button(el).click();
      await el.updateComplete;
      expect(el.hasAttribute('open')).to.equal(false);
      expect(drawn(el)).to.equal(false);
    });

    it('open="false" is closed (the incumbent’s boolean strings)', async () => {
      const el = await mount();
      el.setAttribute('open', 'false');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(drawn(el)).to.equal(false);
    });

    it('fires one toggle (ToggleEvent, bubbling, composed) per change, whoever makes it', async () => {
      const root = await fixture(
        html`<div>
          <qc-accordion-item
            ><h3 slot="heading">${question}</h3>
            <p>Texte</p></qc-accordion-item
          >
        </div>`,
      );
      const el = root.querySelector<QcAccordionItem>('qc-accordion-item')!;
      await el.updateComplete;
      const seen: string[] = [];
      root.addEventListener('toggle', (event) => {
        const toggle = event as ToggleEvent;
        seen.push(`${toggle.oldState}→${toggle.newState} ${String(event.composed)}`);
      });
      button(el).click();
      await el.updateComplete;
      el.open = false;
      await el.updateComplete;
      el.setAttribute('open', '');
      await el.updateComplete;
      el.setAttribute('class', 'autre');
      await el.updateComplete;
      expect(seen).to.deep.equal(['closed→open true', 'open→closed true', 'closed→open true']);
    });

    it('fires no toggle for its initial state', async () => {
      const seen: Event[] = [];
      const listener = (event: Event) => seen.push(event);
      document.addEventListener('toggle', listener);
      try {
        const el = await mount(true);
        await el.updateComplete;
        expect(seen.length).to.equal(0);
      } finally {
        document.removeEventListener('toggle', listener);
      }
    });
  });

  describe('find in page', () => {
    // Chromium 102+, Firefox 148+ and the WebKitGTK the tests run in all have it.
    it(`closes with hidden="until-found" (${engine} supports it)`, async () => {
      const el = await mount();
      expect(panel(el).getAttribute('hidden')).to.equal('until-found');
      expect(drawn(el)).to.equal(false);
      el.open = true;
      await el.updateComplete;
      expect(panel(el).hasAttribute('hidden')).to.equal(false);
    });

    it('opens on beforematch (find-in-page found text in it), with a toggle event', async () => {
      const el = await mount();
      const toggled = oneEvent(el, 'toggle');
      panel(el).dispatchEvent(new Event('beforematch', { bubbles: true }));
      expect(((await toggled) as unknown as ToggleEvent).newState).to.equal('open');
      expect(el.hasAttribute('open')).to.equal(true);
      expect(button(el).getAttribute('aria-expanded')).to.equal('true');
      expect(drawn(el)).to.equal(true);
    });
  });

  describe('links to a place in a closed section', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('opens the section when the page’s address points inside it (#id)', async () => {
      const el = await fixture<QcAccordionItem>(
        html`<qc-accordion-item
          ><h3 slot="heading">${question}</h3>
          <p id="preuve-residence">Une preuve de résidence.</p></qc-accordion-item
        >`,
      );
      await el.updateComplete;
      location.hash = '#preuve-residence';
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(drawn(el)).to.equal(true);
    });
  });

  describe('find in page, in a browser without hidden="until-found"', () => {
    // The engine's `onbeforematch` (what the element detects) is taken away for these tests.
    const owner = [HTMLElement.prototype, Element.prototype].find((proto) =>
      Object.prototype.hasOwnProperty.call(proto, 'onbeforematch'),
    )!;
    const descriptor = Object.getOwnPropertyDescriptor(owner, 'onbeforematch')!;
    before(() => delete (owner as { onbeforematch?: unknown }).onbeforematch);
    after(() => Object.defineProperty(owner, 'onbeforematch', descriptor));

    it('closes with plain hidden, and still opens on beforematch', async () => {
      const el = await mount();
      expect('onbeforematch' in el).to.equal(false);
      expect(panel(el).getAttribute('hidden')).to.equal('');
      expect(drawn(el)).to.equal(false);
      panel(el).dispatchEvent(new Event('beforematch', { bubbles: true }));
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(drawn(el)).to.equal(true);
      el.open = false;
      await el.updateComplete;
      expect(panel(el).getAttribute('hidden')).to.equal('');
    });

    it('opens for a link to a place in it (#id), as the page loads and on hashchange', async () => {
      try {
        history.replaceState(null, '', '#deja-la');
        const loaded = await fixture<QcAccordionItem>(
          html`<qc-accordion-item
            ><h3 slot="heading">Un</h3>
            <p id="deja-la">Texte</p></qc-accordion-item
          >`,
        );
        await loaded.updateComplete;
        await loaded.updateComplete;
        expect(loaded.open, 'open on load').to.equal(true);

        const el = await mount();
        el.querySelector('p')!.id = 'plus-tard';
        const changed = oneEvent(window, 'hashchange');
        location.hash = '#plus-tard';
        await changed;
        await el.updateComplete;
        expect(el.open, 'open on hashchange').to.equal(true);
        expect(drawn(el)).to.equal(true);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  });

  describe('keyboard', () => {
    for (const key of ['Enter', 'Space'] as const) {
      it(`${key} on the button opens, then closes the section`, async () => {
        const el = await mount();
        button(el).focus();
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(el.open).to.equal(true);
        expect(focused(el)).to.equal(true);
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(el.open).to.equal(false);
      });
    }

    it('Tab goes from the button into the open content, and skips closed content [wcag:2.1.1,2.4.3]', async () => {
      const root = await fixture(
        html`<div>
          <qc-accordion-item open
            ><h3 slot="heading">Un</h3>
            <a href="#lien">Lien</a></qc-accordion-item
          >
          <qc-accordion-item
            ><h3 slot="heading">Deux</h3>
            <a href="#cache">Caché</a></qc-accordion-item
          >
          <button>Après</button>
        </div>`,
      );
      const [first, second] = root.querySelectorAll<QcAccordionItem>('qc-accordion-item');
      await second!.updateComplete;
      first!.focus();
      expect(focused(first!)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Lien');
      await sendKeys({ press: 'Tab' });
      expect(focused(second!)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Après');
    });
  });

  describe('framework re-render', () => {
    it('keeps the state when a framework replaces the children', async () => {
      const el = await mount(true);
      el.replaceChildren();
      const heading = document.createElement('h3');
      heading.slot = 'heading';
      heading.textContent = 'Nouveau titre';
      const body = document.createElement('p');
      body.textContent = 'Nouveau contenu';
      el.append(heading, body);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(drawn(el)).to.equal(true);
      expect(await axElement(button(el))).to.deep.equal({ role: 'button', name: 'Nouveau titre' });
    });

    it('keeps the state when a framework sets other attributes', async () => {
      const el = await mount(true);
      el.setAttribute('class', 'rendu');
      el.setAttribute('heading-level', '4');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(level(el)).to.equal('4');
    });
  });

  describe('forms', () => {
    it('keeps what a citizen typed when the section closes, and submits it', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <qc-accordion-item open
            ><h3 slot="heading">Adresse</h3>
            <label>Rue <input name="rue" /></label
          ></qc-accordion-item>
        </form>`,
      );
      const el = form.querySelector<QcAccordionItem>('qc-accordion-item')!;
      await el.updateComplete;
      form.querySelector('input')!.focus();
      await sendKeys({ type: '12, rue Principale' });
      button(el).click();
      await el.updateComplete;
      expect(formValues(form, 'rue')).to.deep.equal(['12, rue Principale']);
      button(el).click();
      await el.updateComplete;
      expect(form.querySelector('input')!.value).to.equal('12, rue Principale');
    });
  });

  describe('bad input', () => {
    it('heading-level="9" falls back to the heading element’s level with one warning', async () => {
      let el!: QcAccordionItem;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcAccordionItem>(
          html`<qc-accordion-item heading-level="9"
            ><h4 slot="heading">Titre</h4>
            <p>Texte</p></qc-accordion-item
          >`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(level(el)).to.equal('4');
      expect(warnings.filter((message) => message.includes('heading-level="9"'))).to.have.length(1);
    });

    it('an empty heading warns once (its button would have no name); a missing one too', async () => {
      const warnings = await captureWarnings(async () => {
        /* eslint-disable lit-a11y/accessible-name -- the empty heading is the bad input under test */
        const el = await fixture<QcAccordionItem>(
          html`<qc-accordion-item
            ><h3 slot="heading"></h3>
            <p>Texte</p></qc-accordion-item
          >`,
        );
        /* eslint-enable lit-a11y/accessible-name */
        el.requestUpdate();
        await el.updateComplete;
        await fixture(html`<qc-accordion-item><p>Texte seulement</p></qc-accordion-item>`);
      });
      expect(warnings.filter((message) => message.includes('no heading text'))).to.have.length(2);
    });

    it('a well-formed heading prints no warning', async () => {
      const warnings = await captureWarnings(() => mount());
      expect(warnings).to.deep.equal([]);
    });

    it('shows a heading with markup as text, never as HTML', async () => {
      const el = await fixture<QcAccordionItem>(
        html`<qc-accordion-item
          ><h3 slot="heading">${hostile}</h3>
          <p>Texte</p></qc-accordion-item
        >`,
      );
      expect(el.querySelector('img')).to.equal(null);
      expect((await axElement(button(el))).name).to.equal(hostile);
      expect((window as Window & { __qcAccordionItemXss?: boolean }).__qcAccordionItemXss).to.equal(undefined);
    });

    describe('at 320 px wide', () => {
      before(() => setViewport({ width: 320, height: 640 }));
      after(() => setViewport({ width: 800, height: 600 }));

      it('wraps a huge heading and content instead of overflowing [wcag:1.3.1]', async () => {
        const long = 'Renseignements'.repeat(20);
        const el = await fixture<QcAccordionItem>(
          html`<qc-accordion-item open
            ><h3 slot="heading">${long}</h3>
            ${Array.from({ length: 50 }, () => html`<p>${long}</p>`)}</qc-accordion-item
          >`,
        );
        await el.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(part(el, 'icon').getBoundingClientRect().right).to.be.at.most(320);
      });
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import '../accordion-item/qc-accordion-item.js';
import type { QcAccordionItem } from '../accordion-item/accordion-item.js';
import { QcAccordion } from './qc-accordion.js';
import { accordionStrings } from './accordion.strings.js';

const hostile = '<img src=x onerror="window.__qcAccordionXss = true">';
const { fr, en } = accordionStrings;
const titles = ['Admissibilité', 'Documents à fournir', 'Délais de traitement'];

const showAll = (el: QcAccordion) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]');
const itemsOf = (el: QcAccordion) => [...el.querySelectorAll<QcAccordionItem>(':scope > qc-accordion-item')];
const buttonOf = (item: QcAccordionItem) => item.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const openStates = (el: QcAccordion) => itemsOf(el).map((item) => item.open);
/** Which header button has the focus (its title), or what else has it. */
function focusedHeader(el: QcAccordion): string {
  const item = itemsOf(el).find((candidate) => candidate.shadowRoot!.activeElement === buttonOf(candidate));
  if (item) return item.querySelector('[slot="heading"]')!.textContent!;
  if (el.shadowRoot!.activeElement === showAll(el)) return 'show-all';
  return document.activeElement?.textContent?.trim() ?? '';
}

async function settled(el: QcAccordion): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
  await Promise.all(itemsOf(el).map((item) => item.updateComplete));
  await el.updateComplete;
}

async function mount(options: { open?: boolean[]; lang?: string; level?: string } = {}): Promise<QcAccordion> {
  const open = options.open ?? [];
  const root = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'fr'}>
      <button id="avant">Avant</button>
      <qc-accordion heading-level=${options.level ?? '3'}>
        ${titles.map(
          (title, index) =>
            html`<qc-accordion-item ?open=${open[index] ?? false}
              ><h3 slot="heading">${title}</h3>
              <p>Contenu : ${title}. <a href="#lien-${index}">Lien ${index + 1}</a></p></qc-accordion-item
            >`,
        )}
      </qc-accordion>
      <button id="apres">Après</button>
    </div>`,
  );
  const el = root.querySelector<QcAccordion>('qc-accordion')!;
  await settled(el);
  return el;
}

describe('qc-accordion', () => {
  describe('accessibility', () => {
    for (const [state, open] of [
      ['all closed', [false, false, false]],
      ['one open', [false, true, false]],
      ['all open', [true, true, true]],
    ] as const) {
      it(`passes axe (${state})`, async () => {
        const el = await mount({ open: [...open] });
        await expect(el).to.be.accessible();
      });
    }

    itExcept(
      NEEDS_AX_TREE,
      'reads as a « show all » button, then one heading per section holding its button [wcag:1.3.1]',
      async () => {
        const el = await mount({ open: [false, true, false] });
        const tree = await axTree();
        const buttons = findAll(tree, (n) => n.role === 'button' && n.name !== 'Avant' && n.name !== 'Après');
        expect(buttons.map((b) => [b.name, b.expanded ?? false])).to.deep.equal([
          [fr.accordionShowAll, false],
          [titles[0], false],
          [titles[1], true],
          [titles[2], false],
        ]);
        const headings = findAll(tree, (n) => n.role === 'heading');
        expect(headings.map((h) => [h.name, h.level])).to.deep.equal(titles.map((title) => [title, 3]));
        for (const heading of headings) {
          expect(findAll(heading, (n) => n.role === 'button').map((b) => b.name)).to.deep.equal([heading.name]);
        }
        // Only the open section's content is in the tree.
        const links = findAll(tree, (n) => n.role === 'link').map((n) => n.name);
        expect(links).to.deep.equal(['Lien 2']);
        void el;
      },
    );

    it('the « show all » button has its role and name in every engine [wcag:4.1.2]', async () => {
      const el = await mount();
      expect(await axElement(showAll(el)!)).to.deep.equal({ role: 'button', name: fr.accordionShowAll });
    });
  });

  describe('show all', () => {
    it('is shown from two sections, not for one', async () => {
      const one = await fixture<QcAccordion>(
        html`<qc-accordion
          ><qc-accordion-item
            ><h3 slot="heading">Seule</h3>
            <p>Texte</p></qc-accordion-item
          ></qc-accordion
        >`,
      );
      await settled(one);
      expect(showAll(one)).to.equal(null);
      const two = await mount();
      expect(showAll(two) !== null).to.equal(true);
    });

    it('opens every section, then closes them; its text and aria-expanded follow [wcag:4.1.2]', async () => {
      const el = await mount({ open: [true, false, false] });
      const button = showAll(el)!;
      expect([button.textContent!.trim(), button.getAttribute('aria-expanded')]).to.deep.equal([
        fr.accordionShowAll,
        'false',
      ]);
      button.click();
      await settled(el);
      expect(openStates(el)).to.deep.equal([true, true, true]);
      expect([button.textContent!.trim(), button.getAttribute('aria-expanded')]).to.deep.equal([
        fr.accordionHideAll,
        'true',
      ]);
      button.click();
      await settled(el);
      expect(openStates(el)).to.deep.equal([false, false, false]);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('says « Masquer » once the citizen has opened every section one by one', async () => {
      const el = await mount({ open: [true, true, false] });
      buttonOf(itemsOf(el)[2]!).click();
      await settled(el);
      expect(showAll(el)!.textContent!.trim()).to.equal(fr.accordionHideAll);
      buttonOf(itemsOf(el)[0]!).click();
      await settled(el);
      expect(showAll(el)!.textContent!.trim()).to.equal(fr.accordionShowAll);
    });

    it('showAll() and hideAll() do the same from a script', async () => {
      const el = await mount();
      el.showAll();
      await settled(el);
      expect(openStates(el)).to.deep.equal([true, true, true]);
      el.hideAll();
      await settled(el);
      expect(openStates(el)).to.deep.equal([false, false, false]);
    });
  });

  describe('keyboard (APG accordion), one key at a time', () => {
    it('Tab: the « show all » button, then each header, entering open content only [wcag:2.1.1]', async () => {
      const el = await mount({ open: [false, true, false] });
      document.querySelector<HTMLButtonElement>('#avant')!.focus();
      const path: string[] = [];
      for (let step = 0; step < 6; step += 1) {
        await sendKeys({ press: 'Tab' });
        path.push(focusedHeader(el));
      }
      expect(path).to.deep.equal(['show-all', titles[0], titles[1], 'Lien 2', titles[2], 'Après']);
    });

    it('Enter toggles the focused section [wcag:2.1.1]', async () => {
      const el = await mount();
      itemsOf(el)[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(openStates(el)).to.deep.equal([false, true, false]);
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(openStates(el)).to.deep.equal([false, false, false]);
      expect(focusedHeader(el)).to.equal(titles[1]);
    });

    it('Space toggles the focused section [wcag:2.1.1]', async () => {
      const el = await mount();
      itemsOf(el)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(openStates(el)).to.deep.equal([true, false, false]);
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(openStates(el)).to.deep.equal([false, false, false]);
    });

    it('ArrowDown moves to the next header, wrapping from the last to the first [wcag:2.1.1]', async () => {
      const el = await mount();
      itemsOf(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedHeader(el)).to.equal(titles[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedHeader(el)).to.equal(titles[2]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedHeader(el)).to.equal(titles[0]);
    });

    it('ArrowUp moves to the previous header, wrapping from the first to the last [wcag:2.1.1]', async () => {
      const el = await mount();
      itemsOf(el)[1]!.focus();
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedHeader(el)).to.equal(titles[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedHeader(el)).to.equal(titles[2]);
    });

    it('Home moves to the first header [wcag:2.1.1]', async () => {
      const el = await mount();
      itemsOf(el)[2]!.focus();
      await sendKeys({ press: 'Home' });
      expect(focusedHeader(el)).to.equal(titles[0]);
    });

    it('End moves to the last header [wcag:2.1.1]', async () => {
      const el = await mount();
      itemsOf(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      expect(focusedHeader(el)).to.equal(titles[2]);
    });

    it('the arrows do nothing in the content (a field keeps its keys) nor on « show all » [wcag:2.1.1]', async () => {
      const el = await mount({ open: [true, false, false] });
      const link = itemsOf(el)[0]!.querySelector('a')!;
      link.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(document.activeElement === link).to.equal(true);
      showAll(el)!.focus();
      await sendKeys({ press: 'End' });
      expect(focusedHeader(el)).to.equal('show-all');
    });

    it('skips a hidden section', async () => {
      const el = await mount();
      itemsOf(el)[1]!.hidden = true;
      itemsOf(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedHeader(el)).to.equal(titles[2]);
    });

    it('arrows in a nested accordion stay in it [wcag:2.1.1]', async () => {
      const el = await fixture<QcAccordion>(
        html`<qc-accordion>
          <qc-accordion-item open
            ><h3 slot="heading">Extérieur 1</h3>
            <qc-accordion id="inner">
              <qc-accordion-item
                ><h4 slot="heading">Intérieur 1</h4>
                <p>a</p></qc-accordion-item
              >
              <qc-accordion-item
                ><h4 slot="heading">Intérieur 2</h4>
                <p>b</p></qc-accordion-item
              >
            </qc-accordion></qc-accordion-item
          >
          <qc-accordion-item
            ><h3 slot="heading">Extérieur 2</h3>
            <p>c</p></qc-accordion-item
          >
        </qc-accordion>`,
      );
      const inner = el.querySelector<QcAccordion>('#inner')!;
      await settled(el);
      await settled(inner);
      itemsOf(inner)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedHeader(inner)).to.equal('Intérieur 2');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedHeader(inner)).to.equal('Intérieur 1');
    });
  });

  describe('heading level', () => {
    it('heading-level sets every section’s level, and follows a change [wcag:1.3.1]', async () => {
      const el = await mount({ level: '4' });
      const levels = () =>
        itemsOf(el).map((item) => item.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level'));
      expect(levels()).to.deep.equal(['4', '4', '4']);
      el.headingLevel = 2;
      await settled(el);
      expect(levels()).to.deep.equal(['2', '2', '2']);
    });
  });

  describe('framework re-render', () => {
    it('keeps each section’s state when a framework replaces their children', async () => {
      const el = await mount({ open: [false, true, false] });
      for (const [index, item] of itemsOf(el).entries()) {
        const heading = document.createElement('h3');
        heading.slot = 'heading';
        heading.textContent = `Titre ${index}`;
        const body = document.createElement('p');
        body.textContent = `Texte ${index}`;
        item.replaceChildren(heading, body);
      }
      await settled(el);
      expect(openStates(el)).to.deep.equal([false, true, false]);
      expect(await axElement(buttonOf(itemsOf(el)[1]!))).to.deep.equal({ role: 'button', name: 'Titre 1' });
    });

    it('follows sections added and removed: « show all » appears and goes', async () => {
      const el = await mount({ open: [true, true, true] });
      expect(showAll(el)!.textContent!.trim()).to.equal(fr.accordionHideAll);
      const added = document.createElement('qc-accordion-item');
      added.innerHTML = '<h3 slot="heading">Nouvelle</h3><p>Texte</p>';
      el.append(added);
      await settled(el);
      expect(showAll(el)!.textContent!.trim()).to.equal(fr.accordionShowAll);
      for (const item of itemsOf(el).slice(1)) item.remove();
      await settled(el);
      expect(showAll(el)).to.equal(null);
      expect(openStates(el)).to.deep.equal([true]);
    });

    it('keeps the state when a framework sets other attributes on the accordion and the items', async () => {
      const el = await mount({ open: [true, false, false] });
      el.setAttribute('class', 'rendu');
      for (const item of itemsOf(el)) item.setAttribute('data-index', '1');
      await settled(el);
      expect(openStates(el)).to.deep.equal([true, false, false]);
    });
  });

  describe('i18n', () => {
    it('speaks English in an English page part, and follows a change of lang [wcag:3.1.2]', async () => {
      const el = await mount({ lang: 'en' });
      expect(showAll(el)!.textContent!.trim()).to.equal(en.accordionShowAll);
      el.showAll();
      await settled(el);
      expect(showAll(el)!.textContent!.trim()).to.equal(en.accordionHideAll);
      el.parentElement!.setAttribute('lang', 'fr-CA');
      await settled(el);
      expect(showAll(el)!.textContent!.trim()).to.equal(fr.accordionHideAll);
    });

    it('show-all-label and hide-all-label replace the built-in texts, as text', async () => {
      const el = await mount();
      el.setAttribute('show-all-label', hostile);
      el.setAttribute('hide-all-label', 'Tout replier');
      await settled(el);
      expect(showAll(el)!.textContent!.trim()).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcAccordionXss?: boolean }).__qcAccordionXss).to.equal(undefined);
      el.showAll();
      await settled(el);
      expect(showAll(el)!.textContent!.trim()).to.equal('Tout replier');
      el.setAttribute('hide-all-label', '  ');
      await settled(el);
      expect(showAll(el)!.textContent!.trim()).to.equal(fr.accordionHideAll);
    });

    it('registerTranslation replaces the built-in text on the page', async () => {
      const el = await mount({ lang: 'en-CA' });
      registerTranslation('en-CA', { accordionShowAll: 'Open every section' });
      try {
        await settled(el);
        expect(showAll(el)!.textContent!.trim()).to.equal('Open every section');
      } finally {
        registerTranslation('en-CA', { accordionShowAll: en.accordionShowAll });
      }
    });
  });

  describe('bad input', () => {
    it('heading-level="9" warns once; sections use their heading element’s level', async () => {
      let el!: QcAccordion;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcAccordion>(
          html`<qc-accordion heading-level="9">
            <qc-accordion-item
              ><h4 slot="heading">Un</h4>
              <p>a</p></qc-accordion-item
            >
            <qc-accordion-item
              ><span slot="heading">Deux</span>
              <p>b</p></qc-accordion-item
            >
          </qc-accordion>`,
        );
        await settled(el);
        el.requestUpdate();
        await settled(el);
      });
      expect(warnings.filter((message) => message.includes('heading-level="9"'))).to.have.length(1);
      const levels = itemsOf(el).map((item) =>
        item.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level'),
      );
      expect(levels).to.deep.equal(['4', '3']);
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-accordion') === QcAccordion).to.equal(true);
      expect(() => QcAccordion.define('qc-accordion')).not.to.throw();
    });

    it('an empty accordion renders nothing and throws nothing', async () => {
      const el = await fixture<QcAccordion>(html`<qc-accordion></qc-accordion>`);
      expect(showAll(el)).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('handles 60 sections: « show all » opens them all', async () => {
      const el = await fixture<QcAccordion>(
        html`<qc-accordion>
          ${Array.from(
            { length: 60 },
            (_, index) =>
              html`<qc-accordion-item
                ><h3 slot="heading">Section ${index}</h3>
                <p>Texte ${index}</p></qc-accordion-item
              >`,
          )}
        </qc-accordion>`,
      );
      await settled(el);
      showAll(el)!.click();
      await settled(el);
      expect(openStates(el).every(Boolean)).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});

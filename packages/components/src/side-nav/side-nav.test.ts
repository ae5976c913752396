import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcSideNav } from './qc-side-nav.js';
import { sideNavStrings } from './side-nav.strings.js';

const hostile = '<img src=x onerror="window.__qcSideNavXss = true">';
const { fr, en } = sideNavStrings;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A frame and a task: the engine's accessibility tree has caught up with the DOM. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const menu = html`<ul>
  <li><a href="#page">Page</a></li>
  <li>
    <a href="#a">Section A</a>
    <ul>
      <li><a href="#a1">A1</a></li>
    </ul>
  </li>
  <li>
    <a href="#b">Section B</a>
    <ul>
      <li><a href="#b1" aria-current="page">B1</a></li>
      <li><a href="#b2">B2</a></li>
    </ul>
  </li>
</ul>`;

const sideNav = () => fixture<QcSideNav>(html`<qc-side-nav>${menu}</qc-side-nav>`);
const toggles = (el: Element) => [...el.querySelectorAll<HTMLButtonElement>('button[data-qc-part="toggle"]')];
const menuButton = (el: Element) => el.querySelector<HTMLButtonElement>('button[data-qc-part="menu"]')!;
const visible = (element: Element | null) => !!element && element.getClientRects().length > 0;
const shownLinks = (el: Element) => [...el.querySelectorAll('a')].filter(visible).map((a) => a.textContent);
const focusedText = () => document.activeElement?.textContent?.trim();

async function narrow(): Promise<void> {
  await setViewport({ width: 360, height: 640 });
}
async function wide(): Promise<void> {
  await setViewport({ width: 1200, height: 800 });
}

beforeEach(wide);
after(() => setViewport({ width: 800, height: 600 }));

describe('qc-side-nav', () => {
  describe('accessibility', () => {
    it('passes axe: wide (sections closed and open), narrow closed and open', async () => {
      const el = await sideNav();
      await expect(el).to.be.accessible();
      toggles(el)[0]!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await narrow();
      await expect(el).to.be.accessible();
      menuButton(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is a navigation landmark named « Dans cette section » in every engine [wcag:1.3.1,4.1.2]', async () => {
      const el = await sideNav();
      await settled();
      expect(await axElement(el)).to.deep.equal({ role: 'navigation', name: fr.sideNavLabel });
      await settled();
      expect(await axElement(toggles(el)[0]!)).to.deep.equal({ role: 'button', name: 'Sous-pages de Section A' });
    });

    itExcept(
      NEEDS_AX_TREE,
      'exposes the sections’ buttons with their state, and hides the closed sub-lists',
      async () => {
        await fixture(html`<div id="tree"><qc-side-nav>${menu}</qc-side-nav></div>`);
        await settled();
        const tree = await axTree('#tree');
        const [landmark] = findAll(tree, (n) => n.role === 'navigation');
        expect(landmark?.name).to.equal(fr.sideNavLabel);
        const buttons = findAll(landmark, (n) => n.role === 'button').map((n) => [n.name, n.expanded ?? false]);
        expect(buttons).to.deep.equal([
          ['Sous-pages de Section A', false],
          ['Sous-pages de Section B', true],
        ]);
        expect(findAll(landmark, (n) => n.role === 'link').map((n) => n.name)).to.deep.equal([
          'Page',
          'Section A',
          'Section B',
          'B1',
          'B2',
        ]);
      },
    );

    itExcept(NEEDS_AX_TREE, 'narrow: one collapsed button « Dans cette rubrique » and no link', async () => {
      await narrow();
      await fixture(html`<div id="tree"><qc-side-nav>${menu}</qc-side-nav></div>`);
      await settled();
      const tree = await axTree('#tree');
      expect(findAll(tree, (n) => n.role === 'button').map((n) => [n.name, n.expanded ?? false])).to.deep.equal([
        [fr.sideNavMenu, false],
      ]);
      expect(findAll(tree, (n) => n.role === 'link')).to.have.length(0);
    });
  });

  describe('rendering', () => {
    it('adds a button between each section’s link and its sub-list, controlling it', async () => {
      const el = await sideNav();
      for (const button of toggles(el)) {
        expect(button.previousElementSibling?.localName).to.equal('a');
        expect(button.getAttribute('aria-controls')).to.equal(button.nextElementSibling!.id);
        expect(button.type).to.equal('button');
      }
      expect(toggles(el)).to.have.length(2);
    });

    it('opens the section that holds the current page; the others start closed', async () => {
      const el = await sideNav();
      expect(toggles(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
      expect(shownLinks(el)).to.deep.equal(['Page', 'Section A', 'Section B', 'B1', 'B2']);
    });

    it('keeps the author’s aria-current and marks the current page otherwise than by colour [wcag:4.1.2]', async () => {
      const el = await sideNav();
      const current = el.querySelector<HTMLElement>('[aria-current]')!;
      expect(current.getAttribute('aria-current')).to.equal('page');
      const style = getComputedStyle(current);
      expect(parseFloat(style.borderInlineStartWidth)).to.be.above(0);
      expect(style.textDecorationLine).to.equal('none');
      expect(getComputedStyle(el.querySelector('a')!).textDecorationLine).to.equal('underline');
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'keeps the current-page bar in forced colours, in a system colour [wcag:1.4.11]',
      async () => {
        const el = await sideNav();
        await emulateMedia({ forcedColors: 'active' });
        try {
          const style = getComputedStyle(el.querySelector('[aria-current]')!);
          expect(parseFloat(style.borderInlineStartWidth)).to.be.above(0);
          expect(style.borderInlineStartColor).to.not.equal('rgba(0, 0, 0, 0)');
          expect(style.borderInlineStartColor).to.equal(getComputedStyle(el).color);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    itExcept(NO_MEDIA_EMULATION, 'turns the chevrons without animation with prefers-reduced-motion', async () => {
      const el = await sideNav();
      const chevron = () => getComputedStyle(toggles(el)[0]!, '::after');
      await emulateMedia({ reducedMotion: 'no-preference' });
      try {
        expect(parseFloat(chevron().transitionDuration)).to.be.above(0);
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(parseFloat(chevron().transitionDuration)).to.equal(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('shows a focus ring on keyboard focus [wcag:2.1.1,2.4.7]', async () => {
      const root = await fixture(html`<div><button id="before">Avant</button><qc-side-nav>${menu}</qc-side-nav></div>`);
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(document.activeElement!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('a current page marked with a class only opens nothing', async () => {
      const el = await fixture<QcSideNav>(
        html`<qc-side-nav
          ><ul>
            <li>
              <a href="#a">Section</a>
              <ul>
                <li><a class="current" href="#a1">A1</a></li>
              </ul>
            </li>
          </ul></qc-side-nav
        >`,
      );
      expect(toggles(el)[0]!.getAttribute('aria-expanded')).to.equal('false');
      expect(el.querySelectorAll('[aria-current]')).to.have.length(0);
    });

    it('uses the author’s nav as the landmark [wcag:1.3.1]', async () => {
      const el = await fixture<QcSideNav>(
        html`<qc-side-nav><nav aria-label="Rubrique Santé">${menu}</nav></qc-side-nav>`,
      );
      expect(el.hasAttribute('role')).to.be.false;
      await settled();
      expect(await axElement(el.querySelector('nav')!)).to.deep.equal({ role: 'navigation', name: 'Rubrique Santé' });
    });

    it('follows a framework that adds and removes sections', async () => {
      const el = await sideNav();
      const item = document.createElement('li');
      item.innerHTML = '<a href="#c">Section C</a><ul><li><a href="#c1">C1</a></li></ul>';
      el.querySelector('ul')!.append(item);
      await nextTask();
      await el.updateComplete;
      expect(toggles(el).map((b) => b.textContent)).to.deep.equal([
        'Sous-pages de Section A',
        'Sous-pages de Section B',
        'Sous-pages de Section C',
      ]);
      item.querySelector('ul')!.remove();
      await nextTask();
      await el.updateComplete;
      expect(toggles(el)).to.have.length(2);
    });

    it('opens the section of a new current page (a single-page app moved it)', async () => {
      const el = await sideNav();
      el.querySelector('[aria-current]')!.removeAttribute('aria-current');
      el.querySelector('a[href="#a1"]')!.setAttribute('aria-current', 'page');
      await nextTask();
      await el.updateComplete;
      expect(toggles(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('gives every link and button a target of 24 px or more [wcag:2.5.8]', async () => {
      const el = await sideNav();
      for (const target of [...el.querySelectorAll('a, button')].filter(visible)) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.textContent!).to.be.at.least(24);
        expect(box.width, target.textContent!).to.be.at.least(24);
      }
    });

    it('reflows at 320 px with long labels [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'Programme d’aide financière aux entreprises touchées par les inondations printanières';
      const el = await fixture<QcSideNav>(
        html`<qc-side-nav
          ><ul>
            <li>
              <a href="#a">${long}</a>
              <ul>
                <li><a href="#a1" aria-current="page">${'x'.repeat(120)}</a></li>
              </ul>
            </li>
          </ul></qc-side-nav
        >`,
      );
      menuButton(el).click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-side-nav') === QcSideNav).to.equal(true);
      expect(() => QcSideNav.define('qc-side-nav')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('label names the landmark; menu-label the narrow-screen button [wcag:1.3.1,4.1.2]', async () => {
      const el = await fixture<QcSideNav>(
        html`<qc-side-nav label="Santé" menu-label="Menu de la rubrique">${menu}</qc-side-nav>`,
      );
      expect(el.getAttribute('aria-label')).to.equal('Santé');
      expect(menuButton(el).textContent).to.equal('Menu de la rubrique');
      el.label = null;
      await el.updateComplete;
      expect(el.getAttribute('aria-label')).to.equal(fr.sideNavLabel);
    });
  });

  describe('keyboard', () => {
    it('wide: Tab goes through links and section buttons in order, with no menu button [wcag:2.1.1,2.4.3]', async () => {
      const root = await fixture(html`<div><button id="before">Avant</button><qc-side-nav>${menu}</qc-side-nav></div>`);
      root.querySelector<HTMLElement>('#before')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 7; i += 1) {
        await sendKeys({ press: 'Tab' });
        stops.push(focusedText() ?? '');
      }
      expect(stops).to.deep.equal([
        'Page',
        'Section A',
        'Sous-pages de Section A',
        'Section B',
        'Sous-pages de Section B',
        'B1',
        'B2',
      ]);
    });

    it('Enter opens a section and Space closes it [wcag:2.1.1]', async () => {
      const el = await sideNav();
      const [toggle] = toggles(el);
      toggle!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle!.getAttribute('aria-expanded')).to.equal('true');
      expect(visible(el.querySelector('a[href="#a1"]'))).to.be.true;
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle!.getAttribute('aria-expanded')).to.equal('false');
      expect(visible(el.querySelector('a[href="#a1"]'))).to.be.false;
      expect(document.activeElement === toggle).to.be.true;
    });

    it('narrow: Tab reaches the one button; Enter opens; Tab goes in; Escape closes and returns the focus [wcag:2.1.1,2.1.2,2.4.3]', async () => {
      await narrow();
      const root = await fixture(html`<div><button id="before">Avant</button><qc-side-nav>${menu}</qc-side-nav></div>`);
      const el = root.querySelector<QcSideNav>('qc-side-nav')!;
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === menuButton(el)).to.be.true;
      expect(shownLinks(el)).to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(menuButton(el).getAttribute('aria-expanded')).to.equal('true');
      expect(shownLinks(el)).to.deep.equal(['Page', 'Section A', 'Section B', 'B1', 'B2']);
      await sendKeys({ press: 'Tab' });
      expect(focusedText()).to.equal('Page');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(menuButton(el).getAttribute('aria-expanded')).to.equal('false');
      expect(document.activeElement === menuButton(el)).to.be.true;
      expect(shownLinks(el)).to.deep.equal([]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(menuButton(el).getAttribute('aria-expanded')).to.equal('true');
    });

    it('wide: Escape does nothing (no menu to close) [wcag:2.1.1]', async () => {
      const el = await sideNav();
      const link = el.querySelector('a')!;
      link.focus();
      await sendKeys({ press: 'Escape' });
      expect(document.activeElement === link).to.be.true;
      expect(shownLinks(el)).to.have.length(5);
    });
  });

  describe('events', () => {
    it('fires no event of its own: a button press stays a click', async () => {
      const el = await sideNav();
      const seen: string[] = [];
      for (const type of ['click', 'toggle', 'change']) el.addEventListener(type, (event) => seen.push(event.type));
      toggles(el)[0]!.click();
      await el.updateComplete;
      expect(seen).to.deep.equal(['click']);
    });
  });

  describe('i18n', () => {
    it('follows the closest lang, and a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture(html`<div lang="en"><qc-side-nav>${menu}</qc-side-nav></div>`);
      const el = root.querySelector<QcSideNav>('qc-side-nav')!;
      expect(el.getAttribute('aria-label')).to.equal(en.sideNavLabel);
      expect(menuButton(el).textContent).to.equal(en.sideNavMenu);
      expect(toggles(el)[0]!.textContent).to.equal('Pages under Section A');
      root.setAttribute('lang', 'fr-CA');
      await nextTask();
      await el.updateComplete;
      expect(el.getAttribute('aria-label')).to.equal(fr.sideNavLabel);
      expect(toggles(el)[0]!.textContent).to.equal('Sous-pages de Section A');
    });

    it('registerTranslation replaces the built-in strings on the page', async () => {
      const el = await fixture<QcSideNav>(html`<qc-side-nav lang="en-CA">${menu}</qc-side-nav>`);
      registerTranslation('en-CA', { sideNavSection: (section: string) => `Open ${section}` });
      try {
        await el.updateComplete;
        expect(toggles(el)[0]!.textContent).to.equal('Open Section A');
      } finally {
        registerTranslation('en-CA', { sideNavSection: en.sideNavSection });
      }
    });
  });

  describe('bad input', () => {
    it('shows a label and link text with markup as text, never as HTML', async () => {
      const el = await fixture<QcSideNav>(
        html`<qc-side-nav label=${hostile} menu-label=${hostile}
          ><ul>
            <li>
              <a href="#a">${hostile}</a>
              <ul>
                <li><a href="#a1">A1</a></li>
              </ul>
            </li>
          </ul></qc-side-nav
        >`,
      );
      expect(el.getAttribute('aria-label')).to.equal(hostile);
      expect(menuButton(el).textContent).to.equal(hostile);
      expect(toggles(el)[0]!.textContent).to.equal(`Sous-pages de ${hostile}`);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcSideNavXss?: boolean }).__qcSideNavXss).to.equal(undefined);
    });

    it('a blank label keeps the built-in name; a section without link text gets a generic name', async () => {
      const el = await fixture<QcSideNav>(
        html`<qc-side-nav label=" "
          ><ul>
            <li>
              <ul>
                <li><a href="#a1">A1</a></li>
              </ul>
            </li>
          </ul></qc-side-nav
        >`,
      );
      expect(el.getAttribute('aria-label')).to.equal(fr.sideNavLabel);
      expect(toggles(el)[0]!.textContent).to.equal('Sous-pages');
    });

    it('no list: one warning, no button, nothing thrown', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcSideNav>(html`<qc-side-nav><p>Rien</p></qc-side-nav>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(el.querySelector('button')).to.equal(null);
      });
      expect(warnings.filter((message) => message.includes('no list'))).to.have.length(1);
    });
  });
});

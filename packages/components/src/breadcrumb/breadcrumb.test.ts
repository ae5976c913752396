import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcBreadcrumb } from './qc-breadcrumb.js';
import { breadcrumbStrings } from './breadcrumb.strings.js';

const hostile = '<img src=x onerror="window.__qcBreadcrumbXss = true">';
const { fr, en } = breadcrumbStrings;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A frame and a task: the engine's accessibility tree has caught up with the DOM. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const trail = (current = true) =>
  html`<ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/gouvernement">Gouvernement</a></li>
    <li><a href="/gouvernement/ministeres">Ministères</a></li>
    <li><a href="/gouvernement/ministeres/sante" aria-current=${current ? 'page' : 'false'}>Santé</a></li>
  </ol>`;

const shown = (el: Element) =>
  [...el.querySelectorAll('li')].filter((li) => li.getClientRects().length > 0).map((li) => li.textContent!.trim());
const button = (el: Element) => el.querySelector<HTMLButtonElement>('button[data-qc-part="expand"]');
const visible = (element: Element | null) => !!element && element.getClientRects().length > 0;

async function narrow(): Promise<void> {
  await setViewport({ width: 360, height: 640 });
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('qc-breadcrumb', () => {
  describe('accessibility', () => {
    it('passes axe as a landmark itself, with the author’s nav, narrow and expanded', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb>${trail()}</qc-breadcrumb>`);
      await expect(el).to.be.accessible();
      const withNav = await fixture(
        html`<qc-breadcrumb><nav aria-label="Vous êtes ici">${trail()}</nav></qc-breadcrumb>`,
      );
      await expect(withNav).to.be.accessible();
      await narrow();
      await expect(el).to.be.accessible();
      button(el)!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is a navigation landmark named « Fil d’Ariane » in every engine [wcag:1.3.1,4.1.2]', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb>${trail()}</qc-breadcrumb>`);
      await settled();
      expect(await axElement(el)).to.deep.equal({ role: 'navigation', name: fr.breadcrumbLabel });
    });

    itExcept(NEEDS_AX_TREE, 'exposes one landmark with the links, the current one included [wcag:1.3.1]', async () => {
      await fixture(html`<div id="tree"><qc-breadcrumb>${trail()}</qc-breadcrumb></div>`);
      await settled();
      const tree = await axTree('#tree');
      const landmarks = findAll(tree, (n) => n.role === 'navigation');
      expect(landmarks.map((n) => n.name)).to.deep.equal([fr.breadcrumbLabel]);
      expect(findAll(landmarks[0], (n) => n.role === 'link').map((n) => n.name)).to.deep.equal([
        'Accueil',
        'Gouvernement',
        'Ministères',
        'Santé',
      ]);
      expect(findAll(tree, (n) => n.role === 'list')).to.have.length(1);
    });

    itExcept(
      NEEDS_AX_TREE,
      'the narrow-screen button is a collapsed button named « Voir tout le fil d’Ariane » [wcag:4.1.2]',
      async () => {
        await narrow();
        const root = await fixture(html`<div id="tree"><qc-breadcrumb>${trail()}</qc-breadcrumb></div>`);
        await settled();
        const [node] = findAll(await axTree('#tree'), (n) => n.role === 'button');
        expect(node?.name).to.equal(fr.breadcrumbExpand);
        expect(node?.expanded ?? false).to.equal(false);
        expect(button(root)!.getAttribute('aria-controls')).to.equal(root.querySelector('ol')!.id);
      },
    );
  });

  describe('rendering', () => {
    it('uses the author’s nav as the landmark and adds no role to itself [wcag:1.3.1,4.1.2]', async () => {
      const el = await fixture<QcBreadcrumb>(
        html`<qc-breadcrumb><nav aria-label="Vous êtes ici">${trail()}</nav></qc-breadcrumb>`,
      );
      expect(el.hasAttribute('role')).to.be.false;
      expect(el.querySelector('nav')!.getAttribute('aria-label')).to.equal('Vous êtes ici');
      const nav = el.querySelector('nav')!;
      await settled();
      expect(await axElement(nav)).to.deep.equal({ role: 'navigation', name: 'Vous êtes ici' });
    });

    it('names an unnamed author nav with its label [wcag:4.1.2]', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb><nav>${trail()}</nav></qc-breadcrumb>`);
      expect(el.querySelector('nav')!.getAttribute('aria-label')).to.equal(fr.breadcrumbLabel);
    });

    it('keeps the current page the author marked, and marks no other', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb>${trail()}</qc-breadcrumb>`);
      const current = [...el.querySelectorAll('[aria-current]')].map((node) => node.textContent);
      expect(current).to.deep.equal(['Santé']);
    });

    it('marks the last item as the current page when the author marked none (link or text)', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb>${trail(false)}</qc-breadcrumb>`);
      expect(el.querySelector('li:last-child a')!.getAttribute('aria-current')).to.equal('page');
      const text = await fixture<QcBreadcrumb>(
        html`<qc-breadcrumb
          ><ol>
            <li><a href="/">Accueil</a></li>
            <li>Titre</li>
          </ol></qc-breadcrumb
        >`,
      );
      expect(text.querySelector('li:last-child')!.getAttribute('aria-current')).to.equal('page');
    });

    it('follows a framework that re-renders the list: the mark moves to the new last item', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb>${trail(false)}</qc-breadcrumb>`);
      const li = document.createElement('li');
      li.innerHTML = '<a href="/sante/vaccins">Vaccins</a>';
      el.querySelector('ol')!.append(li);
      await nextTask();
      await el.updateComplete;
      expect([...el.querySelectorAll('[aria-current="page"]')].map((n) => n.textContent)).to.deep.equal(['Vaccins']);
      // The author marks one after all: the element's mark goes away.
      el.querySelector('li a')!.setAttribute('aria-current', 'page');
      await nextTask();
      await el.updateComplete;
      expect([...el.querySelectorAll('[aria-current="page"]')].map((n) => n.textContent)).to.deep.equal(['Accueil']);
    });

    it('draws separators that are not read', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb>${trail()}</qc-breadcrumb>`);
      const second = el.querySelectorAll('li')[1]!;
      expect(getComputedStyle(second, '::before').content).to.equal('""');
      expect(getComputedStyle(el.querySelector('li')!, '::before').content).to.equal('none');
    });

    it('shows the whole trail on wide screens, with no button', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb>${trail()}</qc-breadcrumb>`);
      expect(shown(el)).to.have.length(4);
      expect(visible(button(el))).to.be.false;
    });

    it('on narrow screens shows the button, the parent and the current page only', async () => {
      await narrow();
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb>${trail()}</qc-breadcrumb>`);
      expect(visible(button(el))).to.be.true;
      expect(shown(el)).to.deep.equal(['Ministères', 'Santé']);
      const box = button(el)!.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    });

    it('a short trail (two items) has no button', async () => {
      await narrow();
      const el = await fixture<QcBreadcrumb>(
        html`<qc-breadcrumb
          ><ol>
            <li><a href="/">Accueil</a></li>
            <li><a href="/a" aria-current="page">Page</a></li>
          </ol></qc-breadcrumb
        >`,
      );
      expect(button(el)).to.equal(null);
      expect(shown(el)).to.have.length(2);
    });

    it('reflows at 320 px: long labels wrap, nothing overflows [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'Programme d’aide financière aux entreprises touchées par les inondations printanières';
      const el = await fixture<QcBreadcrumb>(
        html`<qc-breadcrumb
          ><ol>
            <li><a href="/">Accueil</a></li>
            <li><a href="/a">${long}</a></li>
            <li><a href="/b" aria-current="page">${long} — ${'x'.repeat(80)}</a></li>
          </ol></qc-breadcrumb
        >`,
      );
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-breadcrumb') === QcBreadcrumb).to.equal(true);
      expect(() => QcBreadcrumb.define('qc-breadcrumb')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('label names the landmark; removing it restores the built-in name [wcag:1.3.1,4.1.2]', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb label="Vous êtes ici">${trail()}</qc-breadcrumb>`);
      expect(el.getAttribute('aria-label')).to.equal('Vous êtes ici');
      el.removeAttribute('label');
      await el.updateComplete;
      expect(el.getAttribute('aria-label')).to.equal(fr.breadcrumbLabel);
    });

    it('expand-label names the button [wcag:4.1.2]', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb expand-label="Tout voir">${trail()}</qc-breadcrumb>`);
      expect(button(el)!.getAttribute('aria-label')).to.equal('Tout voir');
    });
  });

  describe('keyboard', () => {
    for (const key of ['Enter', 'Space']) {
      it(`narrow: Tab reaches the button; ${key} shows every item and focuses the first link [wcag:2.1.1,2.4.3]`, async () => {
        await narrow();
        const root = await fixture(
          html`<div><button id="before">Avant</button><qc-breadcrumb>${trail()}</qc-breadcrumb></div>`,
        );
        const el = root.querySelector<QcBreadcrumb>('qc-breadcrumb')!;
        root.querySelector<HTMLElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement === button(el)).to.be.true;
        await sendKeys({ press: key });
        await el.updateComplete;
        await nextTask();
        expect(button(el)!.getAttribute('aria-expanded')).to.equal('true');
        expect(shown(el)).to.have.length(4);
        expect(document.activeElement?.textContent).to.equal('Accueil');
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement?.textContent).to.equal('Gouvernement');
      });
    }

    it('wide: Tab goes through every link and no button [wcag:2.1.1,2.4.3]', async () => {
      const root = await fixture(
        html`<div><button id="before">Avant</button><qc-breadcrumb>${trail()}</qc-breadcrumb></div>`,
      );
      root.querySelector<HTMLElement>('#before')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        await sendKeys({ press: 'Tab' });
        stops.push(document.activeElement?.textContent ?? '');
      }
      expect(stops).to.deep.equal(['Accueil', 'Gouvernement', 'Ministères', 'Santé']);
    });
  });

  describe('events', () => {
    it('fires no event of its own: the click on the button stays a click', async () => {
      await narrow();
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb>${trail()}</qc-breadcrumb>`);
      const seen: string[] = [];
      for (const type of ['click', 'toggle', 'change']) el.addEventListener(type, (event) => seen.push(event.type));
      button(el)!.click();
      await el.updateComplete;
      expect(seen).to.deep.equal(['click']);
    });
  });

  describe('i18n', () => {
    it('follows the closest lang, and a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture(html`<div lang="en"><qc-breadcrumb>${trail()}</qc-breadcrumb></div>`);
      const el = root.querySelector<QcBreadcrumb>('qc-breadcrumb')!;
      expect(el.getAttribute('aria-label')).to.equal(en.breadcrumbLabel);
      expect(button(el)!.getAttribute('aria-label')).to.equal(en.breadcrumbExpand);
      root.setAttribute('lang', 'fr-CA');
      await nextTask();
      await el.updateComplete;
      expect(el.getAttribute('aria-label')).to.equal(fr.breadcrumbLabel);
      expect(button(el)!.getAttribute('aria-label')).to.equal(fr.breadcrumbExpand);
    });

    it('registerTranslation replaces the built-in name on the page', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb lang="en-CA">${trail()}</qc-breadcrumb>`);
      registerTranslation('en-CA', { breadcrumbLabel: 'You are here' });
      try {
        await el.updateComplete;
        expect(el.getAttribute('aria-label')).to.equal('You are here');
      } finally {
        registerTranslation('en-CA', { breadcrumbLabel: en.breadcrumbLabel });
      }
    });
  });

  describe('bad input', () => {
    it('shows a label with markup as text, never as HTML', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb label=${hostile}>${trail()}</qc-breadcrumb>`);
      expect(el.getAttribute('aria-label')).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcBreadcrumbXss?: boolean }).__qcBreadcrumbXss).to.equal(undefined);
    });

    it('a blank label keeps the built-in name', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb label="  ">${trail()}</qc-breadcrumb>`);
      expect(el.getAttribute('aria-label')).to.equal(fr.breadcrumbLabel);
    });

    it('no list: one warning, no button, nothing thrown', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb><p>Accueil</p></qc-breadcrumb>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(button(el)).to.equal(null);
      });
      expect(warnings.filter((message) => message.includes('no list'))).to.have.length(1);
    });

    it('an empty list is left alone', async () => {
      const el = await fixture<QcBreadcrumb>(html`<qc-breadcrumb><ol></ol></qc-breadcrumb>`);
      expect(el.querySelectorAll('[aria-current]')).to.have.length(0);
    });
  });
});

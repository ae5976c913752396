import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { tokenPx } from '../internal/test/page.js';
import { QcPagination } from './qc-pagination.js';
import { paginationStrings } from './pagination.strings.js';
import { pageItems } from './window.js';

const hostile = '<img src=x onerror="window.__qcPaginationXss = true">';
const { fr, en } = paginationStrings;

const controls = (el: QcPagination) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.control')];
/** The controls a user can see (the layout hides some on narrow widths). */
const shown = (el: QcPagination) => controls(el).filter((c) => c.getClientRects().length > 0);
const labelOf = (c: HTMLElement) => c.getAttribute('aria-label') ?? c.textContent!.trim();
const nav = (el: QcPagination) => el.shadowRoot!.querySelector('nav');
const current = (el: QcPagination) => el.shadowRoot!.querySelector<HTMLElement>('[aria-current="page"]')!;
const byLabel = (el: QcPagination, label: string) => controls(el).find((c) => labelOf(c) === label)!;
/** The element the page's focus is on, inside shadow roots. */
const focused = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Compact form of pageItems for assertions: numbers, '…' (both), '…w' (wide only), '…n' (narrow only), 'w3'. */
const items = (current: number, total: number) =>
  pageItems(current, total).map((i) =>
    i.kind === 'page' ? (i.wideOnly ? `w${i.page}` : i.page) : i.wideOnly ? '…w' : i.narrowOnly ? '…n' : '…',
  );

/** `markup` in a frame with the tokens and @qc-ds/styles elements.css but no script: the element before it upgrades. */
async function beforeUpgrade(markup: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 400px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="fr"><link rel="stylesheet" href="/packages/tokens/dist/tokens.css"><link rel="stylesheet" href="/packages/styles/dist/elements.css"><body>${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('qc-pagination', () => {
  describe('accessibility', () => {
    const states = {
      'links, middle page': html`<qc-pagination total-pages="10" current-page="5" url="?page={page}"></qc-pagination>`,
      'links, first page': html`<qc-pagination total-pages="10" current-page="1" url="?page={page}"></qc-pagination>`,
      'links, last page': html`<qc-pagination total-pages="10" current-page="10" url="?page={page}"></qc-pagination>`,
      'buttons, few pages': html`<qc-pagination total-pages="3" current-page="2"></qc-pagination>`,
    };
    for (const [state, template] of Object.entries(states)) {
      it(`passes axe (${state})`, async () => {
        const el = await fixture(template);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture(html`<qc-pagination total-pages="10" current-page="5"></qc-pagination>`);
      await expect(el).to.be.accessible();
    });

    itExcept(NEEDS_AX_TREE, 'is a navigation of named page links; ellipses are not read [wcag:4.1.2]', async () => {
      await fixture(
        html`<div id="tree"><qc-pagination total-pages="10" current-page="5" url="?page={page}"></qc-pagination></div>`,
      );
      const tree = await axTree('#tree');
      const [navigation] = findAll(tree, (n) => n.role === 'navigation');
      expect(navigation?.name).to.equal('Pagination');
      const links = findAll(navigation, (n) => n.role === 'link').map((n) => n.name);
      expect(links).to.deep.equal([
        'Page précédente',
        'Page 1',
        'Page 4',
        'Page 5 sur 10',
        'Page 6',
        'Page 10',
        'Page suivante',
      ]);
      expect(JSON.stringify(tree)).not.to.contain('…');
      expect(findAll(navigation, (n) => n.role === 'listitem')).to.have.length(7);
    });

    it('names each page « Page n », the current one « Page n sur total » (every engine) [wcag:4.1.2]', async () => {
      const el = await fixture<QcPagination>(
        html`<qc-pagination total-pages="10" current-page="5" url="?page={page}"></qc-pagination>`,
      );
      expect(await axElement(current(el))).to.deep.equal({ role: 'link', name: 'Page 5 sur 10' });
      expect(await axElement(byLabel(el, 'Page 6'))).to.deep.equal({ role: 'link', name: 'Page 6' });
      expect((await axElement(el.shadowRoot!.querySelector('.next')!)).name).to.equal('Page suivante');
      expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
    });

    it('pages are buttons without url (every engine)', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="4" current-page="2"></qc-pagination>`);
      expect(await axElement(byLabel(el, 'Page 3'))).to.deep.equal({ role: 'button', name: 'Page 3' });
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    });
  });

  describe('rendering', () => {
    it('before it upgrades, elements.css reserves the height it will have (no layout shift)', async () => {
      const frame = await beforeUpgrade(
        '<qc-pagination total-pages="8" current-page="2"></qc-pagination><qc-pagination total-pages="1"></qc-pagination>',
      );
      try {
        const [many, one] = [...frame.contentDocument!.querySelectorAll('qc-pagination')];
        expect(frame.contentWindow!.customElements.get('qc-pagination')).to.equal(undefined);
        const el = await fixture<QcPagination>(html`<qc-pagination total-pages="8" current-page="2"></qc-pagination>`);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(many!.getBoundingClientRect().height).to.equal(el.getBoundingClientRect().height);
        expect(one!.getBoundingClientRect().height).to.equal(0);
      } finally {
        frame.remove();
      }
    });
    it('links follow the url pattern; previous and next carry rel', async () => {
      const el = await fixture<QcPagination>(
        html`<qc-pagination total-pages="12" current-page="4" url="/resultats/page-{page}#liste"></qc-pagination>`,
      );
      const hrefs = controls(el).map((c) => c.getAttribute('href'));
      expect(hrefs).to.deep.equal([
        '/resultats/page-3#liste',
        '/resultats/page-1#liste',
        '/resultats/page-2#liste',
        '/resultats/page-3#liste',
        '/resultats/page-4#liste',
        '/resultats/page-5#liste',
        '/resultats/page-12#liste',
        '/resultats/page-5#liste',
      ]);
      expect(el.shadowRoot!.querySelector('.previous')!.getAttribute('rel')).to.equal('prev');
      expect(el.shadowRoot!.querySelector('.next')!.getAttribute('rel')).to.equal('next');
    });

    it('leaves out previous on the first page and next on the last', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="3" current-page="1"></qc-pagination>`);
      expect(controls(el).map(labelOf)).to.deep.equal(['Page 1 sur 3', 'Page 2', 'Page 3', 'Page suivante']);
      el.currentPage = 3;
      await el.updateComplete;
      expect(controls(el).map(labelOf)).to.deep.equal(['Page précédente', 'Page 1', 'Page 2', 'Page 3 sur 3']);
    });

    it('shows a window: first, last, current ±1; every page up to 7', () => {
      expect(items(4, 7)).to.deep.equal([1, 'w2', 'w3', '…n', 4, 'w5', 'w6', '…n', 7]);
      expect(items(5, 10)).to.deep.equal([1, '…', 'w4', 5, 'w6', '…', 10]);
      expect(items(1, 10)).to.deep.equal([1, 'w2', '…', 10]);
      expect(items(3, 10)).to.deep.equal([1, 2, 3, 'w4', '…', 10]);
      expect(items(10, 10)).to.deep.equal([1, '…', 'w9', 10]);
      expect(items(8, 10)).to.deep.equal([1, '…', 'w7', 8, 9, 10]);
      expect(items(2, 3)).to.deep.equal([1, 2, 3]);
    });

    it('shows nothing below two pages', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="1"></qc-pagination>`);
      expect(nav(el)).to.equal(null);
      const none = await fixture<QcPagination>(html`<qc-pagination total-pages="0"></qc-pagination>`);
      expect(nav(none)).to.equal(null);
      expect(none.getBoundingClientRect().height).to.equal(0);
    });

    it('every control is a target of at least 24×24 px [wcag:2.5.8]', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="10" current-page="5"></qc-pagination>`);
      const min = tokenPx('--qc-target-min-size');
      expect(min).to.equal(24);
      for (const control of shown(el)) {
        const box = control.getBoundingClientRect();
        expect(box.width, labelOf(control)).to.be.at.least(min);
        expect(box.height, labelOf(control)).to.be.at.least(min);
      }
    });

    it('reflows at 320 px: fewer numbers, chevrons only, no horizontal scroll [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<QcPagination>(
        html`<qc-pagination total-pages="200" current-page="150" url="?page={page}"></qc-pagination>`,
      );
      expect(shown(el).map(labelOf)).to.deep.equal([
        'Page précédente',
        'Page 1',
        'Page 150 sur 200',
        'Page 200',
        'Page suivante',
      ]);
      const ellipses = [...el.shadowRoot!.querySelectorAll('.gap')].filter((g) => g.getClientRects().length > 0);
      expect(ellipses).to.have.length(2);
      const next = el.shadowRoot!.querySelector<HTMLElement>('.next')!;
      expect(next.getBoundingClientRect().width).to.be.below(tokenPx('--qc-pagination-item-size') + 1);
      expect((await axElement(next)).name).to.equal('Page suivante');
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      for (const control of shown(el)) expect(control.getBoundingClientRect().right).to.be.at.most(320);
    });

    it('shows the full previous/next text and the neighbours on wide screens', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="10" current-page="5"></qc-pagination>`);
      expect(shown(el).map(labelOf)).to.deep.equal([
        'Page précédente',
        'Page 1',
        'Page 4',
        'Page 5 sur 10',
        'Page 6',
        'Page 10',
        'Page suivante',
      ]);
      const text = el.shadowRoot!.querySelector<HTMLElement>('.next .text')!;
      expect(text.getBoundingClientRect().width).to.be.greaterThan(40);
    });

    it('shows a focus ring on keyboard focus [wcag:2.1.1,2.4.7]', async () => {
      const root = await fixture(
        html`<div><button>Avant</button><qc-pagination total-pages="3" current-page="1"></qc-pagination></div>`,
      );
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const control = focused() as HTMLElement;
      expect(control.classList.contains('control')).to.equal(true);
      const style = getComputedStyle(control);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'marks the current page with system highlight colours in forced colours [wcag:1.4.11]',
      async () => {
        const el = await fixture<QcPagination>(html`<qc-pagination total-pages="3" current-page="2"></qc-pagination>`);
        await emulateMedia({ forcedColors: 'active' });
        try {
          const style = getComputedStyle(current(el));
          const other = getComputedStyle(byLabel(el, 'Page 1'));
          expect(style.backgroundColor).to.not.equal(other.backgroundColor);
          expect(style.color).to.not.equal(other.color);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-pagination') === QcPagination).to.equal(true);
      expect(() => QcPagination.define('qc-pagination')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('label replaces the navigation name, and removing it restores it', async () => {
      const el = await fixture<QcPagination>(
        html`<qc-pagination total-pages="3" label="Pages des résultats"></qc-pagination>`,
      );
      expect(nav(el)!.getAttribute('aria-label')).to.equal('Pages des résultats');
      el.removeAttribute('label');
      await el.updateComplete;
      expect(nav(el)!.getAttribute('aria-label')).to.equal(fr.paginationLabel);
    });

    it('follows current-page, total-pages and url changes', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="3" current-page="1"></qc-pagination>`);
      el.setAttribute('total-pages', '20');
      el.setAttribute('current-page', '20');
      await el.updateComplete;
      expect(labelOf(current(el))).to.equal('Page 20 sur 20');
      el.url = '?p={page}';
      await el.updateComplete;
      expect(current(el).getAttribute('href')).to.equal('?p=20');
      el.url = null;
      await el.updateComplete;
      expect(current(el).localName).to.equal('button');
    });
  });

  describe('keyboard', () => {
    it('Tab goes through previous, the pages in order, then next [wcag:2.1.1,2.4.3]', async () => {
      const root = await fixture(
        html`<div>
          <button>Avant</button>
          <qc-pagination total-pages="10" current-page="5" url="?page={page}"></qc-pagination>
        </div>`,
      );
      root.querySelector('button')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(labelOf(focused() as HTMLElement));
      }
      expect(order).to.deep.equal([
        'Page précédente',
        'Page 1',
        'Page 4',
        'Page 5 sur 10',
        'Page 6',
        'Page 10',
        'Page suivante',
      ]);
    });

    it('Enter on a page button makes it current and keeps the focus on it [wcag:2.1.1]', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="10" current-page="5"></qc-pagination>`);
      byLabel(el, 'Page 6').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentPage).to.equal(6);
      expect(el.getAttribute('current-page')).to.equal('6');
      expect(labelOf(focused() as HTMLElement)).to.equal('Page 6 sur 10');
    });

    it('Space on next moves on and keeps the focus on next, then on the last page once next is gone [wcag:2.1.1]', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="3" current-page="1"></qc-pagination>`);
      el.shadowRoot!.querySelector<HTMLElement>('.next')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.currentPage).to.equal(2);
      expect(labelOf(focused() as HTMLElement)).to.equal('Page suivante');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.currentPage).to.equal(3);
      expect(el.shadowRoot!.querySelector('.next')).to.equal(null);
      expect(labelOf(focused() as HTMLElement)).to.equal('Page 3 sur 3');
      expect(document.activeElement === el).to.equal(true);
    });
  });

  describe('events', () => {
    it('fires qc-page-change (bubbling, composed, cancelable) with the page', async () => {
      const root = await fixture(html`<div><qc-pagination total-pages="5" current-page="2"></qc-pagination></div>`);
      const el = root.querySelector('qc-pagination')!;
      const heard = oneEvent(root, 'qc-page-change');
      el.shadowRoot!.querySelector<HTMLElement>('.previous')!.click();
      const event = await heard;
      expect(event.detail).to.deep.equal({ page: 1 });
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      await el.updateComplete;
      expect(el.currentPage).to.equal(1);
    });

    it('a cancelled change leaves the current page to the application', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="5" current-page="2"></qc-pagination>`);
      el.addEventListener('qc-page-change', (event) => event.preventDefault());
      const four = byLabel(el, 'Page 4');
      four.focus();
      four.click();
      await el.updateComplete;
      expect(el.currentPage).to.equal(2);
      // The application loads page 4, then says so: the focused button is the same page.
      el.currentPage = 4;
      await el.updateComplete;
      expect(labelOf(focused() as HTMLElement)).to.equal('Page 4 sur 5');
    });

    it('the current page fires nothing; links fire nothing', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="5" current-page="2"></qc-pagination>`);
      let count = 0;
      el.addEventListener('qc-page-change', () => count++);
      current(el).click();
      const links = await fixture<QcPagination>(
        html`<qc-pagination total-pages="5" current-page="2" url="#page-{page}"></qc-pagination>`,
      );
      links.addEventListener('qc-page-change', () => count++);
      // The link is left to the browser (navigation not prevented); the test stops it afterwards.
      let prevented: boolean | undefined;
      links.addEventListener('click', (event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      });
      links.shadowRoot!.querySelector<HTMLElement>('.next')!.click();
      expect(count).to.equal(0);
      expect(prevented).to.equal(false);
    });
  });

  describe('i18n', () => {
    it('speaks English on an English page, and follows a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture(
        html`<div lang="en"><qc-pagination total-pages="4" current-page="2"></qc-pagination></div>`,
      );
      const el = root.querySelector('qc-pagination')!;
      expect(nav(el)!.getAttribute('aria-label')).to.equal(en.paginationLabel);
      expect(controls(el).map(labelOf)).to.deep.equal([
        'Previous page',
        'Page 1',
        'Page 2 of 4',
        'Page 3',
        'Page 4',
        'Next page',
      ]);
      root.setAttribute('lang', 'fr-CA');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(labelOf(current(el))).to.equal('Page 2 sur 4');
    });

    it('registerTranslation replaces a built-in string on the page', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination lang="en-CA" total-pages="3"></qc-pagination>`);
      registerTranslation('en-CA', { paginationNext: 'Next results' });
      try {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.next')!.textContent!.trim()).to.equal('Next results');
      } finally {
        registerTranslation('en-CA', { paginationNext: en.paginationNext });
      }
    });
  });

  describe('bad input', () => {
    for (const value of ['abc', '-3', '2.5']) {
      it(`total-pages="${value}" shows nothing, with one warning`, async () => {
        const warnings = await captureWarnings(async () => {
          const el = await fixture<QcPagination>(html`<qc-pagination total-pages=${value}></qc-pagination>`);
          expect(nav(el)).to.equal(null);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(warnings.filter((m) => m.includes('total-pages'))).to.have.length(1);
      });
    }

    it('a current page past the end shows the last page, with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcPagination>(html`<qc-pagination total-pages="4" current-page="9"></qc-pagination>`);
        expect(labelOf(current(el))).to.equal('Page 4 sur 4');
      });
      expect(warnings.filter((m) => m.includes('current-page="9"'))).to.have.length(1);
    });

    it('current-page="0" or "abc" falls back to 1, with a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcPagination>(
          html`<qc-pagination total-pages="4" current-page="abc"></qc-pagination>`,
        );
        expect(labelOf(current(el))).to.equal('Page 1 sur 4');
        el.setAttribute('current-page', '0');
        await el.updateComplete;
        expect(labelOf(current(el))).to.equal('Page 1 sur 4');
      });
      expect(warnings.filter((m) => m.includes('current-page'))).to.have.length(2);
    });

    it('a url without {page} gets page={page} in its query, with a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcPagination>(
          html`<qc-pagination total-pages="4" current-page="1" url="/recherche?q=chat#resultats"></qc-pagination>`,
        );
        expect(byLabel(el, 'Page 2').getAttribute('href')).to.equal('/recherche?q=chat&page=2#resultats');
        const bare = await fixture<QcPagination>(html`<qc-pagination total-pages="2" url="/liste"></qc-pagination>`);
        expect(byLabel(bare, 'Page 2').getAttribute('href')).to.equal('/liste?page=2');
      });
      expect(warnings.filter((m) => m.includes('has no {page}'))).to.have.length(2);
    });

    for (const url of ['javascript:alert(1)//{page}', ' JaVa\tScRiPt:alert(1)//{page}', 'data:text/html,{page}']) {
      it(`never turns url="${url}" into a link; pages are buttons, with a warning`, async () => {
        const warnings = await captureWarnings(async () => {
          const el = await fixture<QcPagination>(html`<qc-pagination total-pages="3" url=${url}></qc-pagination>`);
          expect(el.shadowRoot!.querySelectorAll('a, [href]')).to.have.length(0);
          expect(controls(el)).to.have.length(4);
        });
        expect(warnings.filter((m) => m.includes('not an http(s) or relative address'))).to.have.length(1);
      });
    }

    it('shows a label with markup as text, never as HTML', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="3" label=${hostile}></qc-pagination>`);
      expect(nav(el)!.getAttribute('aria-label')).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcPaginationXss?: boolean }).__qcPaginationXss).to.equal(undefined);
    });

    it('a blank label keeps the built-in name', async () => {
      const el = await fixture<QcPagination>(html`<qc-pagination total-pages="3" label="   "></qc-pagination>`);
      expect(nav(el)!.getAttribute('aria-label')).to.equal(fr.paginationLabel);
    });

    it('a million pages render as few items', async () => {
      const el = await fixture<QcPagination>(
        html`<qc-pagination total-pages="1000000" current-page="500000" url="?page={page}"></qc-pagination>`,
      );
      expect(controls(el).map(labelOf)).to.deep.equal([
        'Page précédente',
        'Page 1',
        'Page 499999',
        'Page 500000 sur 1000000',
        'Page 500001',
        'Page 1000000',
        'Page suivante',
      ]);
    });
  });
});

// The two identity-and-navigation templates (identity-pages.markup.ts) used from the keyboard only,
// as a person who does not use a mouse would: the skip link first, then every control in order,
// the search, the toggletip, the site alert (its dismissal survives a reload), back to top and the
// pagination of the search results. Run in Chromium, Firefox and WebKit.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../packages/components/src/index.js';
import { settle } from '../support/settle.js';
import {
  accessibleName,
  closestComposed,
  containsComposed,
  deepActive,
  describeElement,
  hasBox,
  tabUntil,
  tabWalk,
  waitFor,
} from '../support/page-flow.js';
import {
  alertKey,
  contentPage,
  defaultQuery,
  resultPages,
  resultsOf,
  searchResultsPage,
  wireContentPage,
  wireSearchResults,
  type Lang,
} from './identity-pages.markup.js';

/** The parts of a page, in the order the Tab key must visit them. */
const regions = ['qc-piv-header', 'qc-alert', 'qc-breadcrumb', 'qc-side-nav', 'main', 'qc-to-top', 'qc-piv-footer'];
const regionOf = (element: Element) => regions.findIndex((selector) => closestComposed(element, selector));

let stylesheet: HTMLLinkElement | undefined;

before(async () => {
  // The page CSS a ministry links (@qc-ds/styles): grid, base elements, pre-upgrade rules.
  stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/packages/styles/dist/qc-ds.css';
  const loaded = new Promise((resolve, reject) => {
    stylesheet!.addEventListener('load', resolve);
    stylesheet!.addEventListener('error', () => reject(new Error('qc-ds.css did not load: build @qc-ds/styles')));
  });
  document.head.append(stylesheet);
  await loaded;
  await setViewport({ width: 1280, height: 720 });
});

after(() => stylesheet?.remove());

function forgetAlert(): void {
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) if (key.includes(alertKey)) storage.removeItem(key);
  }
}

/**
 * The template in a page wrapper, settled. The wrapper takes the focus first (tabindex -1): it
 * stands for the start of the document, so the next Tab is the page's first Tab stop.
 */
async function mount(markup: string, lang: Lang): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(
    html`<div class="qc-ds" lang=${lang} tabindex="-1" data-page-start>${unsafeHTML(markup)}</div>`,
  );
  await settle(root);
  // A stop after the page: a walk that Tabs past the footer stays in the document (Firefox would
  // move the focus to its own toolbar, and the page would lose :focus until the window had it back).
  const end = document.createElement('button');
  end.textContent = 'fin';
  root.after(end);
  root.focus();
  return root;
}

function resetPage(): void {
  window.scrollTo(0, 0);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

describe('page « Page de contenu » / "Content page"', () => {
  beforeEach(forgetAlert);
  afterEach(() => {
    forgetAlert();
    resetPage();
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: passes axe`, async () => {
      const root = await mount(contentPage(lang), lang);
      await expect(root).to.be.accessible();
    });

    it(`${lang}: the skip link is the first Tab stop, shows on focus and moves the focus to main [wcag:2.1.1,2.4.1,2.4.3,3.1.2]`, async () => {
      const root = await mount(contentPage(lang), lang);
      await sendKeys({ press: 'Tab' });
      const skip = deepActive();
      expect(describeElement(skip)).to.contain(lang === 'fr' ? 'Passer au contenu' : 'Skip to content');
      expect(skip?.getAttribute('href')).to.equal('#main');
      const shown = () => skip!.getBoundingClientRect().width > 1 && skip!.getBoundingClientRect().height > 1;
      await waitFor(shown, 1000);
      expect(shown(), 'the focused skip link is visible').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => document.activeElement?.id === 'main');
      expect(describeElement(deepActive())).to.match(/^main/);
      await sendKeys({ press: 'Tab' });
      expect(closestComposed(deepActive(), 'main') !== null, 'the next Tab starts in main').to.equal(true);
      expect(root.querySelector('main')!.hasAttribute('tabindex'), 'temporary tabindex removed').to.equal(false);
    });

    it(`${lang}: Tab visits every control in page order, each one visible and named, with no trap [wcag:2.1.1,2.4.3,3.1.2,4.1.2]`, async () => {
      const root = await mount(contentPage(lang), lang);
      const walk = await tabWalk(root);
      for (const { element, visible, name } of walk) {
        expect(visible, `${describeElement(element)} is visible when focused`).to.equal(true);
        expect(name, `${describeElement(element)} has an accessible name`).not.to.equal('');
      }
      const stops = walk.map((stop) => stop.element);
      const names = walk.map((stop) => stop.name);
      const order = stops.map(regionOf);
      expect(
        order.every((region, i) => region >= 0 && (i === 0 || region >= order[i - 1]!)),
        `Tab follows the page order: ${order.map((region, i) => `${regions[region]}:${names[i]}`).join(' → ')}`,
      ).to.equal(true);
      // Every link shown on the page is reached (links in closed side-nav sections are not shown).
      const shown = [...root.querySelectorAll('a[href]')].filter(hasBox);
      const missed = shown.filter((link) => !stops.includes(link) && !link.closest('qc-to-top'));
      expect(missed.map(describeElement), 'links Tab never reached').to.deep.equal([]);
      // And the buttons: search toggle, section disclosures, toggletip, alert close.
      const inside = (selector: string) =>
        stops.some((stop) => stop.localName === 'button' && closestComposed(stop, selector));
      expect(inside('qc-piv-header'), 'the search toggle').to.equal(true);
      expect(inside('qc-side-nav'), 'a side-nav disclosure').to.equal(true);
      expect(inside('qc-tooltip'), 'the toggletip').to.equal(true);
      expect(inside('qc-alert'), 'the alert’s close button').to.equal(true);
    });
  }

  it('the search toggle opens the search, focus lands in the field, Enter submits the query [wcag:2.1.1,2.4.3]', async () => {
    const root = await mount(contentPage('fr'), 'fr');
    const form = root.querySelector<HTMLFormElement>('qc-piv-header form')!;
    const submitted: string[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(String(new FormData(form).get('q')));
    });
    wireContentPage(root);
    const toggle = await tabUntil((el) => el.hasAttribute('aria-expanded') && !!closestComposed(el, 'qc-piv-header'));
    expect(toggle, 'the search toggle is reached by Tab').not.to.equal(null);
    expect(toggle!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActive()?.localName === 'input');
    const field = deepActive();
    expect(toggle!.getAttribute('aria-expanded')).to.equal('true');
    expect(field?.localName === 'input' && containsComposed(form, field), 'the focus is in the search field').to.equal(
      true,
    );
    expect(await accessibleName(field!), 'the search field is named').not.to.equal('');
    await sendKeys({ type: 'logement social' });
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.deep.equal(['logement social']);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => deepActive() === toggle);
    expect(deepActive() === toggle, 'Escape returns the focus to the toggle').to.equal(true);
    expect(toggle!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('the toggletip opens from the keyboard and Escape closes it, the focus staying on its button [wcag:2.1.1,2.1.2]', async () => {
    const root = await mount(contentPage('fr'), 'fr');
    const description = root.querySelector('qc-tooltip [slot="description"]')!;
    const trigger = await tabUntil((el) => el.localName === 'button' && !!closestComposed(el, 'qc-tooltip'));
    expect(trigger, 'the toggletip button is reached by Tab').not.to.equal(null);
    expect(await accessibleName(trigger!)).to.contain('revenu familial');
    if (trigger!.getAttribute('aria-expanded') !== 'true') await sendKeys({ press: 'Enter' });
    await waitFor(() => trigger!.getAttribute('aria-expanded') === 'true' && hasBox(description));
    expect(trigger!.getAttribute('aria-expanded')).to.equal('true');
    expect(hasBox(description), 'the explanation is shown').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => trigger!.getAttribute('aria-expanded') === 'false');
    expect(trigger!.getAttribute('aria-expanded')).to.equal('false');
    expect(hasBox(description), 'the explanation is hidden').to.equal(false);
    expect(deepActive() === trigger, 'the focus stays on the button').to.equal(true);
  });

  it('the site alert dismissed from the keyboard stays dismissed after a reload [wcag:2.1.1]', async () => {
    let root = await mount(contentPage('fr'), 'fr');
    const alert = root.querySelector('qc-alert')!;
    expect(hasBox(alert), 'the alert is shown at first').to.equal(true);
    const close = await tabUntil((el) => el.localName === 'button' && !!closestComposed(el, 'qc-alert'));
    expect(close, 'the close button is reached by Tab').not.to.equal(null);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !hasBox(alert));
    expect(hasBox(alert), 'the alert is hidden').to.equal(false);
    const focus = deepActive();
    expect(
      focus !== null && focus !== document.body && containsComposed(root, focus),
      'focus stays in the page',
    ).to.equal(true);
    const stored = [sessionStorage, localStorage].some((storage) =>
      Object.keys(storage).some((key) => key.includes(alertKey)),
    );
    expect(stored, 'the dismissal is stored under the alert’s key').to.equal(true);

    // Reload: the same page rendered anew reads the stored dismissal.
    fixtureCleanup();
    root = await mount(contentPage('fr'), 'fr');
    expect(hasBox(root.querySelector('qc-alert')!), 'the alert stays dismissed').to.equal(false);

    // Another alert text (a new version) shows again.
    fixtureCleanup();
    root = await mount(contentPage('fr').replace('samedi 14 mars', 'dimanche 15 mars'), 'fr');
    expect(hasBox(root.querySelector('qc-alert')!), 'a new message shows again').to.equal(true);
  });

  it('back to top appears after scrolling down and brings the focus back to the top [wcag:2.4.3]', async () => {
    await setViewport({ width: 1024, height: 600 });
    try {
      const root = await mount(contentPage('fr'), 'fr');
      const toTop = root.querySelector('qc-to-top')!;
      const link = () => toTop.querySelector('a');
      expect(link() === null || !hasBox(link()!), 'hidden at the top of the page').to.equal(true);
      const footerLink = root.querySelector<HTMLAnchorElement>('qc-piv-footer a[href]')!;
      // The keyboard reaches the footer: the page scrolls down with it.
      footerLink.focus();
      window.scrollTo(0, document.documentElement.scrollHeight);
      expect(window.scrollY, 'the page scrolls').to.be.greaterThan(600);
      await waitFor(() => link() !== null && hasBox(link()!));
      expect(link() !== null && hasBox(link()!), 'shown after scrolling').to.equal(true);
      footerLink.focus();
      await sendKeys({ press: 'Shift+Tab' });
      expect(deepActive() === link(), 'Shift+Tab from the footer reaches it').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => window.scrollY < 2, 4000);
      expect(window.scrollY).to.be.lessThan(2);
      // The focus start point is back at the top (on a target or the start of the page).
      expect(containsComposed(root.querySelector('qc-piv-footer')!, deepActive()), 'focus left the footer').to.equal(
        false,
      );
      await sendKeys({ press: 'Tab' });
      expect(regionOf(deepActive()!), `the next Tab starts at the top (${describeElement(deepActive())})`).to.equal(0);
    } finally {
      await setViewport({ width: 1280, height: 720 });
    }
  });
});

describe('page « Résultats de recherche » / "Search results"', () => {
  afterEach(resetPage);

  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: passes axe, and Tab visits every control in order, each one visible and named`, async () => {
      const root = await mount(searchResultsPage(lang), lang);
      wireSearchResults(root, lang);
      await expect(root).to.be.accessible();
      const walk = await tabWalk(root);
      for (const { element, visible, name } of walk) {
        expect(visible, `${describeElement(element)} is visible when focused`).to.equal(true);
        expect(name, `${describeElement(element)} is named`).not.to.equal('');
      }
      const stops = walk.map((stop) => stop.element);
      const links = [...root.querySelectorAll('main a[href], qc-piv-footer a[href]')];
      expect(links.filter((link) => !stops.includes(link)).map(describeElement)).to.deep.equal([]);
      expect(
        stops.some((stop) => closestComposed(stop, 'qc-pagination')),
        'pagination reached',
      ).to.equal(true);
      expect(stops.some((stop) => stop.localName === 'input' && closestComposed(stop, 'qc-search-bar'))).to.equal(true);
    });
  }

  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: the search bar holds the query, and Enter submits a new one [wcag:2.1.1,3.1.2]`, async () => {
      const root = await mount(searchResultsPage(lang), lang);
      const form = root.querySelector<HTMLFormElement>('main form')!;
      const submitted: string[] = [];
      form.addEventListener('submit', () => submitted.push(String(new FormData(form).get('q'))));
      wireSearchResults(root, lang);
      const field = await tabUntil((el) => el.localName === 'input' && !!closestComposed(el, 'main'));
      expect(field, 'the search field is reached by Tab').not.to.equal(null);
      expect((field as HTMLInputElement).value).to.equal(defaultQuery(lang));
      (field as HTMLInputElement).select();
      await sendKeys({ type: 'loyer' });
      await sendKeys({ press: 'Enter' });
      expect(submitted).to.deep.equal(['loyer']);
      expect(root.querySelector('[data-result-count]')!.textContent).to.contain('loyer');
      expect(root.querySelector('[data-result-range]')!.textContent, 'the new count is announced').to.contain('loyer');
    });
  }

  it('shows a hostile query as text', async () => {
    const query = '<img src=x onerror="window.__qcPageXss = true">';
    const root = await mount(searchResultsPage('fr', { query }), 'fr');
    expect(root.querySelector('[data-result-count]')!.textContent).to.contain(query);
    expect(root.querySelector('[data-result-count] img')).to.equal(null);
    expect((window as Window & { __qcPageXss?: boolean }).__qcPageXss).to.equal(undefined);
  });

  it('pagination changes page from the keyboard: new results, current page, focus kept, announced [wcag:2.1.1,2.4.3,4.1.3]', async () => {
    const root = await mount(searchResultsPage('fr'), 'fr');
    wireSearchResults(root, 'fr');
    const pagination = root.querySelector('qc-pagination')!;
    const pages: number[] = [];
    root.addEventListener('qc-page-change', (event) =>
      pages.push((event as CustomEvent<{ page: number }>).detail.page),
    );
    const pageTwo = await tabUntil(
      (el) =>
        !!closestComposed(el, 'qc-pagination') &&
        /(^|\D)2$/.test((el.getAttribute('aria-label') ?? el.textContent ?? '').trim()),
    );
    expect(pageTwo, 'the « page 2 » control is reached by Tab').not.to.equal(null);
    await sendKeys({ press: 'Enter' });
    await settle(root);
    expect(pages).to.deep.equal([2]);
    expect(pagination.getAttribute('current-page')).to.equal('2');
    const titles = [...root.querySelectorAll('[data-results] h2')].map((h2) => h2.textContent!.trim());
    expect(titles).to.deep.equal(resultsOf('fr', 2).map(([, title]) => title));
    expect(root.querySelector('[data-result-range]')!.textContent).to.equal(
      `Page 2 sur ${resultPages('fr')} : résultats 6 à 10`,
    );
    const focus = deepActive();
    expect(
      focus !== null && !!closestComposed(focus, 'qc-pagination'),
      `focus kept (${describeElement(focus)})`,
    ).to.equal(true);
    const current =
      pagination.shadowRoot?.querySelector('[aria-current="page"]') ??
      pagination.querySelector('[aria-current="page"]');
    expect(current?.textContent?.trim()).to.match(/2$/);
    await expect(root).to.be.accessible();
  });
});

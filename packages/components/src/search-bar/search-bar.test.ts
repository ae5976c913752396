import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axNodes, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { settle } from '../internal/test/form.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { withStylesheet } from '../internal/test/page.js';
import { QcSearchBar } from './qc-search-bar.js';
import { searchBarStrings } from './search-bar.strings.js';

const hostile = '<img src=x onerror="window.__qcSearchBarXss = true">';
const { fr, en } = searchBarStrings;

const input = (el: Element) => el.querySelector('input')!;
const submit = (el: Element) => el.querySelector<HTMLButtonElement>('.qc-search-bar-submit')!;

/** A form whose submissions are recorded (with their form data) and prevented. */
async function formFixture(template: TemplateResult) {
  const form = await fixture<HTMLFormElement>(template);
  const submits: { data: [string, string][]; submitter: string }[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter;
    const data = [...new FormData(form, submitter).entries()].map(([k, v]) => [k, String(v)] as [string, string]);
    submits.push({ data, submitter: submitter?.className ?? '' });
  });
  const el = form.querySelector<QcSearchBar>('qc-search-bar')!;
  await el.updateComplete;
  // The bar loads qc-search-input the first time it renders one.
  await customElements.whenDefined('qc-search-input');
  await el.querySelector<QcSearchBar>('qc-search-input')?.updateComplete;
  await settle();
  return { form, el, submits };
}

/** `markup`'s element boxes (by selector) in a page with tokens and elements.css, without any script. */
async function boxesBeforeUpgrade(markup: string, selectors: string[]): Promise<number[][]> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 400px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="fr"><head>
    <link rel="stylesheet" href="/packages/tokens/dist/tokens.css">
    <link rel="stylesheet" href="/packages/styles/dist/elements.css">
    </head><body style="margin: 0">${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const doc = frame.contentDocument!;
    return selectors.map((selector) => box(doc.querySelector(selector)!));
  } finally {
    frame.remove();
  }
}

/** The same markup upgraded, in an 800 px column of this page (elements.css loaded too). */
async function boxesAfterUpgrade(markup: string, selectors: string[]): Promise<number[][]> {
  const root = await fixture<HTMLElement>(html`<div style="width: 800px"></div>`);
  let boxes: number[][] = [];
  await withStylesheet('/packages/styles/dist/elements.css', async () => {
    root.innerHTML = markup;
    await Promise.all(
      [...root.querySelectorAll<QcSearchBar>('qc-search-bar, qc-search-input')].map((el) => el.updateComplete),
    );
    await settle();
    const origin = root.getBoundingClientRect();
    boxes = selectors.map((selector) => {
      const [x, y, w, h] = box(root.querySelector(selector)!);
      return [x! - origin.left, y! - origin.top, w!, h!];
    });
  });
  return boxes;
}

const box = (el: Element) => {
  const rect = el.getBoundingClientRect();
  return [rect.left, rect.top, rect.width, rect.height].map((n) => Math.round(n));
};

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('qc-search-bar', () => {
  describe('accessibility', () => {
    it('passes axe: default, with a value, on the PIV band', async () => {
      const root = await fixture(
        html`<div>
          <form action="/recherche"><qc-search-bar></qc-search-bar></form>
          <form action="/recherche"><qc-search-bar input-value="Climat" search-aria-label="Site"></qc-search-bar></form>
          <div style="background: var(--qc-color-blue-piv); padding: 1rem" data-qc-theme="light">
            <form action="/recherche">
              <qc-search-bar piv-background search-aria-label="Québec.ca"></qc-search-bar>
            </form>
          </div>
        </div>`,
      );
      await settle();
      await expect(root).to.be.accessible();
    });

    it('a searchbox named « Rechercher » and a submit button named « Lancer la recherche » [wcag:4.1.2]', async () => {
      const { el } = await formFixture(html`<form><qc-search-bar></qc-search-bar></form>`);
      expect(await axElement(input(el))).to.deep.equal({ role: 'searchbox', name: fr.searchBarLabel });
      expect(await axElement(submit(el))).to.deep.equal({ role: 'button', name: fr.searchBarSubmit });
    });

    itExcept(NEEDS_AX_TREE, 'is one search landmark, holding the field and the button [wcag:1.3.1]', async () => {
      await formFixture(html`<form><qc-search-bar search-aria-label="Québec.ca"></qc-search-bar></form>`);
      const landmarks = await axNodes('search');
      expect(landmarks.map((node) => node.name)).to.deep.equal(['Québec.ca']);
      const inside = JSON.stringify(landmarks[0]);
      expect(inside).to.contain(fr.searchBarLabel);
      expect(inside).to.contain(fr.searchBarSubmit);
    });

    it('adds no landmark inside an author’s search landmark [wcag:1.3.1]', async () => {
      const { el } = await formFixture(html`<form role="search"><qc-search-bar></qc-search-bar></form>`);
      expect(el.querySelector('search')).to.equal(null);
      expect(el.querySelector('[data-qc-part="search"]')!.localName).to.equal('div');
    });
  });

  describe('rendering', () => {
    it('renders <search> > qc-search-input > input[type=search][name=q], and a submit button with an icon', async () => {
      const { el } = await formFixture(html`<form><qc-search-bar></qc-search-bar></form>`);
      const landmark = el.querySelector(':scope > search')!;
      expect(landmark).to.not.equal(null);
      const control = landmark.querySelector(':scope > qc-search-input > input')! as HTMLInputElement;
      expect(control.type).to.equal('search');
      expect(control.name).to.equal('q');
      expect(control.placeholder).to.equal(fr.searchBarPlaceholder);
      expect(control.autocomplete).to.equal('off');
      const button = submit(el);
      expect(button.parentElement === landmark).to.equal(true);
      expect(button.type).to.equal('submit');
      expect(button.querySelector('qc-icon')!.getAttribute('icon')).to.equal('search');
      expect(button.querySelector('qc-icon')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('field and button are side by side, equally tall, the button at least 24 px [wcag:2.5.8]', async () => {
      const { el } = await formFixture(html`<form><qc-search-bar></qc-search-bar></form>`);
      const field = input(el).getBoundingClientRect();
      const button = submit(el).getBoundingClientRect();
      expect(Math.round(button.left)).to.equal(Math.round(field.right));
      expect(Math.round(button.height)).to.equal(Math.round(field.height));
      expect(button.width).to.be.at.least(24);
    });

    it('piv-background: white field and button, whatever the theme', async () => {
      const { el } = await formFixture(
        html`<form data-qc-theme="dark"><qc-search-bar piv-background></qc-search-bar></form>`,
      );
      const white = 'rgb(255, 255, 255)';
      expect(getComputedStyle(input(el)).backgroundColor).to.equal(white);
      expect(getComputedStyle(submit(el)).backgroundColor).to.equal(white);
      // The focus ring is the pale blue that reaches 3:1 on the band.
      input(el).focus();
      expect(getComputedStyle(input(el)).outlineColor).to.equal('rgb(218, 230, 240)');
      el.setAttribute('piv-background', 'false');
      await el.updateComplete;
      expect(getComputedStyle(submit(el)).backgroundColor).to.not.equal(white);
    });

    it('is at most 640 px wide, or its column’s width with size="full-width"', async () => {
      const { el } = await formFixture(html`<form style="width: 1000px"><qc-search-bar></qc-search-bar></form>`);
      expect(el.getBoundingClientRect().width).to.equal(640);
      el.size = 'full-width';
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(1000);
    });

    it('reflows at 320 px [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 600 });
      const { el } = await formFixture(html`<form><qc-search-bar input-value="Climat"></qc-search-bar></form>`);
      expect(submit(el).getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('adopts an input and a button written inside it (no duplicates)', async () => {
      const { el } = await formFixture(
        html`<form>
          <qc-search-bar
            ><input type="search" name="terme" aria-label="Rechercher un programme" /><button type="submit">
              Rechercher
            </button></qc-search-bar
          >
        </form>`,
      );
      expect(el.querySelectorAll('input')).to.have.length(1);
      expect(el.querySelectorAll('button:not(.qc-search-input-clear)')).to.have.length(1);
      expect(input(el).name).to.equal('terme');
      expect(input(el).getAttribute('aria-label')).to.equal('Rechercher un programme');
      expect(submit(el).textContent!.trim()).to.equal('Rechercher');
      expect(submit(el).hasAttribute('aria-label')).to.equal(false);
    });
  });

  describe('incumbent markup (qc-trousse-sdg 1.5 documentation examples)', () => {
    it('works unchanged: upgrades, names everything, submits, passes axe', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <qc-search-input
            placeholder="Rechercher un article"
            aria-label="Rechercher un article"
            clear-aria-label="Effacer le texte"
            left-icon
          ></qc-search-input>
          <qc-search-input
            value="Climat"
            placeholder="Rechercher un sujet"
            aria-label="Rechercher un sujet"
            clear-aria-label="Effacer le texte"
            left-icon
          ></qc-search-input>
          <qc-search-input
            placeholder="Recherche désactivée"
            aria-label="Recherche désactivée"
            disabled
            left-icon
            clear-aria-label="Effacer le texte"
          ></qc-search-input>
          <qc-search-input
            label="Nom de l'article"
            size="md"
            placeholder="Rechercher un article"
            clear-aria-label="Effacer le texte"
            left-icon
          ></qc-search-input>
          <form id="solr" action="http://www.quebec.ca/resultats-de-recherche">
            <qc-search-bar name="tx_solr[q]"></qc-search-bar>
          </form>
          <form>
            <qc-search-bar
              class="autocomplete-search-bar"
              input-placeholder="Tapez 'aaa' pour faire apparaître de nombreuses suggestions…"
            ></qc-search-bar>
          </form>
          <div style="background-color: var(--qc-color-blue-piv); padding: 1rem" data-qc-theme="light">
            <form id="piv" method="get" action="https://www.google.ca/search">
              <qc-search-bar name="q" piv-background></qc-search-bar>
            </form>
          </div>
        </div>
      `);
      await customElements.whenDefined('qc-search-input');
      await settle();
      const fields = [...root.querySelectorAll('input')];
      expect(fields.map((field) => field.type)).to.deep.equal(Array(7).fill('search'));
      expect((await axElement(fields[3]!)).name).to.equal("Nom de l'article");
      expect(fields[2]!.disabled).to.equal(true);
      expect(fields[1]!.value).to.equal('Climat');
      expect(root.querySelector<HTMLInputElement>('#solr input')!.name).to.equal('tx_solr[q]');
      expect(root.querySelector<HTMLInputElement>('.autocomplete-search-bar input')!.placeholder).to.contain('Tapez');
      expect(root.querySelectorAll('search')).to.have.length(3);
      expect((await axElement(submit(root.querySelector('#piv')!))).name).to.equal(fr.searchBarSubmit);
      await expect(root).to.be.accessible();
    });
  });

  describe('before upgrade (elements.css)', () => {
    const cases: [string, string, string[]][] = [
      ['an empty bar', '<form><qc-search-bar></qc-search-bar></form>', ['qc-search-bar']],
      [
        'a bar with its own input and button',
        '<form><qc-search-bar><input type="search" name="q" aria-label="Rechercher"><button type="submit">OK</button></qc-search-bar></form>',
        ['qc-search-bar', 'input'],
      ],
      [
        'an empty field with a label',
        '<qc-search-input label="Nom de l’article" left-icon></qc-search-input>',
        ['qc-search-input'],
      ],
      [
        'a field with its own input',
        '<qc-search-input aria-label="Rechercher" size="md"><input type="search" name="q"></qc-search-input>',
        ['qc-search-input', 'input'],
      ],
    ];
    for (const [what, markup, selectors] of cases) {
      it(`${what}: the same boxes before and after the upgrade (nothing moves)`, async () => {
        const before = await boxesBeforeUpgrade(markup, selectors);
        const after = await boxesAfterUpgrade(markup, selectors);
        expect(before).to.deep.equal(after);
      });
    }
  });

  describe('properties', () => {
    it('input-* and submit-* attributes are forwarded, and follow changes', async () => {
      const { el } = await formFixture(
        html`<form>
          <qc-search-bar
            input-placeholder="Tapez 'aaa'"
            input-aria-label="Rechercher un programme"
            input-maxlength="40"
            submit-aria-label="Chercher"
            submit-name="bouton"
            submit-value="1"
          ></qc-search-bar>
        </form>`,
      );
      expect(input(el).placeholder).to.equal("Tapez 'aaa'");
      expect(input(el).maxLength).to.equal(40);
      expect((await axElement(input(el))).name).to.equal('Rechercher un programme');
      expect((await axElement(submit(el))).name).to.equal('Chercher');
      el.setAttribute('input-placeholder', 'Autre');
      el.removeAttribute('input-maxlength');
      el.removeAttribute('submit-aria-label');
      await aTimeout(0);
      await el.updateComplete;
      expect(input(el).placeholder).to.equal('Autre');
      expect(input(el).hasAttribute('maxlength')).to.equal(false);
      expect(submit(el).getAttribute('aria-label')).to.equal(fr.searchBarSubmit);
    });

    it('name is the incumbent spelling of input-name; input-name wins', async () => {
      const { el } = await formFixture(html`<form><qc-search-bar name="tx_solr[q]"></qc-search-bar></form>`);
      expect(input(el).name).to.equal('tx_solr[q]');
      el.setAttribute('input-name', 'recherche');
      await el.updateComplete;
      expect(input(el).name).to.equal('recherche');
    });

    it('input-value is the initial value; a later input-value sets the field', async () => {
      const { el } = await formFixture(html`<form><qc-search-bar input-value="Climat"></qc-search-bar></form>`);
      expect(input(el).value).to.equal('Climat');
      el.inputValue = 'Énergie';
      await el.updateComplete;
      expect(input(el).value).to.equal('Énergie');
    });
  });

  describe('keyboard', () => {
    it('Enter in the field submits the form with q=<typed text> [wcag:2.1.1]', async () => {
      const { el, submits } = await formFixture(html`<form><qc-search-bar></qc-search-bar></form>`);
      input(el).focus();
      await sendKeys({ type: 'permis' });
      await sendKeys({ press: 'Enter' });
      await aTimeout(0);
      expect(submits).to.have.length(1);
      expect(submits[0]!.data).to.deep.equal([['q', 'permis']]);
    });

    it('Tab: field, clear button (with text), submit button; Enter on the submit button submits [wcag:2.1.1]', async () => {
      const { el, submits } = await formFixture(
        html`<form><qc-search-bar input-value="Climat" submit-name="go" submit-value="1"></qc-search-bar></form>`,
      );
      input(el).focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.className).to.contain('qc-search-input-clear');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === submit(el)).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await aTimeout(0);
      expect(submits.map((s) => s.data)).to.deep.equal([
        [
          ['q', 'Climat'],
          ['go', '1'],
        ],
      ]);
    });
  });

  describe('events', () => {
    it('requestSubmit() sends the value typed; qc-change of its field bubbles out of the bar', async () => {
      const { form, el, submits } = await formFixture(html`<form><qc-search-bar></qc-search-bar></form>`);
      const changes: string[] = [];
      form.addEventListener('qc-change', (event) => changes.push(event.detail));
      input(el).focus();
      await sendKeys({ type: 'ab' });
      form.requestSubmit(submit(el));
      await aTimeout(0);
      expect(changes).to.deep.equal(['a', 'ab']);
      expect(submits[0]!.data).to.deep.equal([['q', 'ab']]);
    });
  });

  describe('forms', () => {
    it('reset restores input-value', async () => {
      const { form, el } = await formFixture(html`<form><qc-search-bar input-value="Climat"></qc-search-bar></form>`);
      input(el).focus();
      await sendKeys({ type: ' 2026' });
      form.reset();
      await settle();
      expect(input(el).value).to.equal('Climat');
    });
  });

  describe('i18n', () => {
    it('English strings on an English page, following a change of lang [wcag:3.1.2]', async () => {
      const { form, el } = await formFixture(html`<form lang="en"><qc-search-bar></qc-search-bar></form>`);
      expect(input(el).getAttribute('aria-label')).to.equal(en.searchBarLabel);
      expect(input(el).placeholder).to.equal(en.searchBarPlaceholder);
      expect(submit(el).getAttribute('aria-label')).to.equal(en.searchBarSubmit);
      form.setAttribute('lang', 'fr');
      await aTimeout(0);
      await el.updateComplete;
      expect(submit(el).getAttribute('aria-label')).to.equal(fr.searchBarSubmit);
    });

    it('registerTranslation replaces a built-in string', async () => {
      const { el } = await formFixture(html`<form lang="en-CA"><qc-search-bar></qc-search-bar></form>`);
      registerTranslation('en-CA', { searchBarSubmit: 'Go' });
      try {
        await el.updateComplete;
        expect(submit(el).getAttribute('aria-label')).to.equal('Go');
      } finally {
        registerTranslation('en-CA', { searchBarSubmit: en.searchBarSubmit });
      }
    });
  });

  describe('bad input', () => {
    it('warns once when it is not in a form, and still renders', async () => {
      let el!: QcSearchBar;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcSearchBar>(html`<qc-search-bar></qc-search-bar>`);
        await aTimeout(10);
      });
      expect(warnings.filter((message) => message.includes('not in a <form>'))).to.have.length(1);
      expect(input(el).type).to.equal('search');
    });

    it('an unknown size falls back with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        await formFixture(html`<form><qc-search-bar size="huge"></qc-search-bar></form>`);
      });
      expect(warnings.filter((message) => message.includes('size="huge"'))).to.have.length(1);
    });

    it('event-handler attributes are not forwarded (one warning)', async () => {
      let el!: QcSearchBar;
      const warnings = await captureWarnings(async () => {
        ({ el } = await formFixture(html`<form><qc-search-bar input-onfocus="alert(1)"></qc-search-bar></form>`));
      });
      expect(input(el).hasAttribute('onfocus')).to.equal(false);
      expect(warnings.filter((message) => message.includes('input-onfocus'))).to.have.length(1);
    });

    it('hostile values are shown as text', async () => {
      const { el } = await formFixture(
        html`<form>
          <qc-search-bar
            input-value=${hostile}
            input-placeholder=${hostile}
            submit-aria-label=${hostile}
          ></qc-search-bar>
        </form>`,
      );
      expect(input(el).value).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcSearchBarXss?: boolean }).__qcSearchBarXss).to.equal(undefined);
    });

    it('puts back its parts when a framework removes them', async () => {
      const { el } = await formFixture(html`<form><qc-search-bar></qc-search-bar></form>`);
      el.replaceChildren();
      await aTimeout(0);
      await el.updateComplete;
      expect(el.querySelectorAll('search input')).to.have.length(1);
      expect(el.querySelectorAll('search .qc-search-bar-submit')).to.have.length(1);
    });
  });
});

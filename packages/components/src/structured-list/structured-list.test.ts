import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import '../button/qc-button.js';
import { QcStructuredList } from './qc-structured-list.js';
import { structuredListStrings } from './structured-list.strings.js';

const { fr } = structuredListStrings;
const hostile = '<img src=x onerror="window.__qcStructuredListXss = true">';
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A frame and a task: the engine's accessibility tree has caught up with the DOM. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** After a change of the light DOM: the observer's batch, then the update it asked for. */
async function followed(el: QcStructuredList): Promise<void> {
  await nextTask();
  await el.updateComplete;
}

const rows = html`<dl>
  <div>
    <dt>Adresse</dt>
    <dd>123, rue Principale, Québec</dd>
    <dd><button type="button">Modifier</button></dd>
  </div>
  <div>
    <dt>Courriel</dt>
    <dd>nom@exemple.ca</dd>
    <dd><button type="button">Modifier</button></dd>
  </div>
</dl>`;

/** The first row has no action (the layout of alphagov/govuk-frontend#1545). */
const mixed = html`<dl>
  <div>
    <dt>Numéro de dossier</dt>
    <dd>2026-00042</dd>
  </div>
  <div>
    <dt>Adresse</dt>
    <dd>123, rue Principale, Québec</dd>
    <dd><a href="#adresse">Modifier</a></dd>
  </div>
</dl>`;

const list = (body = rows) => fixture<QcStructuredList>(html`<qc-structured-list>${body}</qc-structured-list>`);
const buttons = (el: Element) => [...el.querySelectorAll<HTMLElement>('dd:last-of-type :is(a, button)')];
const contexts = (el: Element) => [...el.querySelectorAll('[data-qc-part="context"]')].map((span) => span.textContent);
const box = (element: Element) => element.getBoundingClientRect();

beforeEach(() => setViewport({ width: 1000, height: 800 }));
after(() => setViewport({ width: 800, height: 600 }));

describe('qc-structured-list', () => {
  describe('accessibility', () => {
    it('passes axe: with and without heading, rows with and without actions, wide and at 320 px', async () => {
      const el = await list();
      await expect(el).to.be.accessible();
      const headed = await fixture(html`<qc-structured-list heading="Vos coordonnées">${mixed}</qc-structured-list>`);
      await expect(headed).to.be.accessible();
      await setViewport({ width: 320, height: 640 });
      await expect(el).to.be.accessible();
      await expect(headed).to.be.accessible();
    });

    it('names two « Modifier » buttons by their rows, in every engine [wcag:4.1.2]', async () => {
      const el = await list();
      await settled();
      const [first, second] = buttons(el);
      expect(await axElement(first!)).to.deep.equal({ role: 'button', name: 'Modifier adresse' });
      expect(await axElement(second!)).to.deep.equal({ role: 'button', name: 'Modifier courriel' });
    });

    itExcept(NEEDS_AX_TREE, 'exposes the terms, definitions and two distinct buttons in the tree', async () => {
      await fixture(
        html`<div id="tree"><qc-structured-list heading="Vos coordonnées">${rows}</qc-structured-list></div>`,
      );
      await settled();
      const tree = await axTree('#tree');
      const [heading] = findAll(tree, (n) => n.role === 'heading');
      expect([heading?.name, heading?.level]).to.deep.equal(['Vos coordonnées', 2]);
      expect(findAll(tree, (n) => n.role === 'button').map((n) => n.name)).to.deep.equal([
        'Modifier adresse',
        'Modifier courriel',
      ]);
      const text = JSON.stringify(tree);
      for (const shown of ['Adresse', '123, rue Principale, Québec', 'Courriel', 'nom@exemple.ca']) {
        expect(text).to.contain(shown);
      }
    });

    it('keeps the dl whole in the page: dt and dd are the dl’s (or its div rows’) children', async () => {
      const el = await list();
      const dl = el.querySelector('dl')!;
      expect(el.shadowRoot).to.equal(null);
      expect([...dl.children].map((row) => [...row.children].map((cell) => cell.localName).join())).to.deep.equal([
        'dt,dd,dd',
        'dt,dd,dd',
      ]);
    });

    it('names a qc-button and a link action by their rows too [wcag:4.1.2]', async () => {
      const el = await list(
        html`<dl>
          <div>
            <dt>Téléphone</dt>
            <dd>418 555-0100</dd>
            <dd><qc-button type="button" compact>Modifier</qc-button></dd>
          </div>
          <div>
            <dt>Adresse</dt>
            <dd>123, rue Principale</dd>
            <dd><a href="#adresse">Modifier</a></dd>
          </div>
        </dl>`,
      );
      const qcButton = el.querySelector('qc-button')!;
      await qcButton.updateComplete;
      await settled();
      const inner = qcButton.shadowRoot!.querySelector('button')!;
      expect(await axElement(inner)).to.deep.equal({ role: 'button', name: 'Modifier téléphone' });
      expect(await axElement(el.querySelector('a')!)).to.deep.equal({ role: 'link', name: 'Modifier adresse' });
    });
  });

  describe('rendering', () => {
    it('adds the row’s key to each action as visually hidden text', async () => {
      const el = await list();
      expect(contexts(el)).to.deep.equal([' adresse', ' courriel']);
      const span = el.querySelector('[data-qc-part="context"]')!;
      expect(box(span).width).to.be.at.most(1);
      expect(box(span).height).to.be.at.most(1);
      expect(getComputedStyle(span).position).to.equal('absolute');
    });

    it('without heading: the dl is the first child; with heading: an h2 before it, h3 with heading-level [wcag:1.3.1]', async () => {
      const el = await list();
      expect(el.firstElementChild?.localName).to.equal('dl');
      el.heading = 'Vos coordonnées';
      await el.updateComplete;
      expect(el.firstElementChild?.localName).to.equal('h2');
      expect(el.firstElementChild?.textContent).to.equal('Vos coordonnées');
      el.headingLevel = '3';
      await el.updateComplete;
      expect(el.querySelectorAll('h2, h3').length).to.equal(1);
      expect(el.firstElementChild?.localName).to.equal('h3');
      el.heading = null;
      await el.updateComplete;
      expect(el.firstElementChild?.localName).to.equal('dl');
    });

    it('keeps an author’s own heading and styles it as the list’s heading [wcag:1.3.1]', async () => {
      const el = await fixture<QcStructuredList>(
        html`<qc-structured-list
          ><h3>Procédures à suivre</h3>
          ${mixed}</qc-structured-list
        >`,
      );
      const heading = el.querySelector('h3')!;
      expect(el.firstElementChild === heading).to.equal(true);
      expect(getComputedStyle(heading).marginBlockStart).to.equal('0px');
    });

    it('lines the columns up when only some rows have actions (the first row has none)', async () => {
      const el = await list(mixed);
      const [plain, withAction] = [...el.querySelectorAll('dl > div')];
      const value = plain!.querySelector('dd')!;
      const otherValue = withAction!.querySelector('dd')!;
      const actions = withAction!.querySelector('dd:last-of-type')!;
      expect(box(value).left).to.equal(box(otherValue).left);
      expect(box(plain!.querySelector('dt')!).width).to.equal(box(withAction!.querySelector('dt')!).width);
      // The value of a row without actions reaches the end of the actions column.
      expect(Math.round(box(value).right)).to.equal(Math.round(box(actions).right));
      expect(box(actions).left).to.be.above(box(otherValue).right);
      expect(box(actions).top).to.equal(box(otherValue).top);
    });

    it('stacks each row at 320 px, without horizontal scrolling, even with long unbroken text [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'Renseignementsadministratifsdelademandeurquinecassentpas'.repeat(3);
      const el = await list(
        html`<dl>
          <div>
            <dt>${long}</dt>
            <dd>${long}</dd>
            <dd><a href="#x">Modifier</a></dd>
          </div>
        </dl>`,
      );
      const [dt, value, actions] = [...el.querySelectorAll('dt, dd')];
      expect(box(value!).top).to.be.at.least(box(dt!).bottom - 1);
      expect(box(actions!).top).to.be.at.least(box(value!).bottom - 1);
      expect(box(value!).left).to.equal(box(dt!).left);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('gives actions a target of at least 24 px [wcag:2.5.8]', async () => {
      const el = await list(mixed);
      expect(box(el.querySelector('a')!).height).to.be.at.least(24);
    });

    it('is registered once: defining the same class again is a no-op', async () => {
      expect(customElements.get('qc-structured-list') === QcStructuredList).to.equal(true);
      expect(() => QcStructuredList.define('qc-structured-list')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('leaves alone an action the author named, or whose text already says what it changes [wcag:4.1.2]', async () => {
      const el = await list(
        html`<dl>
          <div>
            <dt>Adresse</dt>
            <dd>123, rue Principale</dd>
            <dd><button type="button" aria-label="Modifier l’adresse postale">Modifier</button></dd>
          </div>
          <div>
            <dt>Courriel</dt>
            <dd>nom@exemple.ca</dd>
            <dd><button type="button">Modifier le courriel</button></dd>
          </div>
        </dl>`,
      );
      expect(contexts(el)).to.deep.equal([]);
      buttons(el)[0]!.removeAttribute('aria-label');
      await followed(el);
      expect(contexts(el)).to.deep.equal([' adresse']);
    });

    it('matches the key as whole words: « Renommer » still gets « nom »', async () => {
      const el = await list(
        html`<dl>
          <div>
            <dt>Nom</dt>
            <dd>Camille</dd>
            <dd><button type="button">Renommer</button></dd>
          </div>
          <div>
            <dt>Nom (famille)</dt>
            <dd>Tremblay</dd>
            <dd><button type="button">Modifier</button></dd>
          </div>
        </dl>`,
      );
      expect(contexts(el)).to.deep.equal([' nom', ' nom (famille)']);
    });

    it('treats a value dd as a value: a single dd holding a link gets nothing', async () => {
      const el = await list(
        html`<dl>
          <div>
            <dt>Site Web</dt>
            <dd><a href="https://www.quebec.ca">quebec.ca</a></dd>
          </div>
        </dl>`,
      );
      expect(contexts(el)).to.deep.equal([]);
    });

    it('reads dt and dd written directly in the dl, without div rows', async () => {
      const el = await list(
        html`<dl>
          <dt>Adresse</dt>
          <dd>123, rue Principale</dd>
          <dd><button type="button">Modifier</button></dd>
          <dt>Courriel</dt>
          <dd>nom@exemple.ca</dd>
        </dl>`,
      );
      expect(contexts(el)).to.deep.equal([' adresse']);
    });

    it('ignores the hidden native button a qc-button keeps in a form', async () => {
      const root = await fixture(
        html`<form>
          <qc-structured-list
            ><dl>
              <div>
                <dt>Adresse</dt>
                <dd>123, rue Principale</dd>
                <dd><qc-button>Modifier</qc-button></dd>
              </div>
            </dl></qc-structured-list
          >
        </form>`,
      );
      const el = root.querySelector('qc-structured-list')!;
      await root.querySelector('qc-button')!.updateComplete;
      await followed(el);
      expect(contexts(el)).to.deep.equal([' adresse']);
      expect(root.querySelector('qc-button > [data-qc-part="context"]')).to.not.equal(null);
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop: Tab goes from one action to the next, Shift+Tab back [wcag:2.1.1,2.4.3]', async () => {
      const root = await fixture(
        html`<div><button id="before">Avant</button><qc-structured-list>${rows}</qc-structured-list></div>`,
      );
      const [first, second] = buttons(root);
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === first).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === second).to.equal(true);
      await sendKeys({ press: 'Shift+Tab' });
      expect(document.activeElement === first).to.equal(true);
    });

    it('Enter activates an action, with its click reaching the page [wcag:2.1.1]', async () => {
      const el = await list();
      const seen: string[] = [];
      el.addEventListener('click', (event) => seen.push((event.target as Element).localName));
      buttons(el)[1]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(seen).to.deep.equal(['button']);
    });
  });

  describe('framework re-render', () => {
    it('keeps the hidden text right when the row’s key changes', async () => {
      const el = await list();
      el.querySelector('dt')!.textContent = 'Adresse postale';
      await followed(el);
      expect(contexts(el)).to.deep.equal([' adresse postale', ' courriel']);
    });

    it('puts the hidden text back when a framework rewrites the action’s text', async () => {
      const el = await list();
      const button = buttons(el)[0]!;
      button.textContent = 'Corriger';
      expect(contexts(el)).to.deep.equal([' courriel']);
      await followed(el);
      expect(contexts(el)).to.deep.equal([' adresse', ' courriel']);
      await settled();
      expect((await axElement(button)).name).to.equal('Corriger adresse');
    });

    it('follows a Lit template re-rendered with rows added, removed and renamed', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const view = (keys: string[]) =>
        html`<qc-structured-list
          ><dl>
            ${keys.map(
              (key) =>
                html`<div>
                  <dt>${key}</dt>
                  <dd>Valeur</dd>
                  <dd><button type="button">Modifier</button></dd>
                </div>`,
            )}
          </dl></qc-structured-list
        >`;
      render(view(['Adresse', 'Courriel']), host);
      const el = host.querySelector('qc-structured-list')!;
      await el.updateComplete;
      expect(contexts(el)).to.deep.equal([' adresse', ' courriel']);
      render(view(['Téléphone', 'Adresse', 'Courriel']), host);
      await followed(el);
      expect(contexts(el)).to.deep.equal([' téléphone', ' adresse', ' courriel']);
      render(view(['Courriel']), host);
      await followed(el);
      expect(contexts(el)).to.deep.equal([' courriel']);
      expect(host.querySelector('qc-structured-list') === el).to.equal(true);
    });
  });

  describe('i18n', () => {
    it('English: "Change" + hidden "address"', async () => {
      const root = await fixture(
        html`<div lang="en">
          <qc-structured-list
            ><dl>
              <div>
                <dt>Address</dt>
                <dd>123 Main Street</dd>
                <dd><a href="#address">Change</a></dd>
              </div>
            </dl></qc-structured-list
          >
        </div>`,
      );
      await settled();
      expect(await axElement(root.querySelector('a')!)).to.deep.equal({ role: 'link', name: 'Change address' });
    });

    it('keeps the case of a key that starts with an acronym', async () => {
      const el = await list(
        html`<dl>
          <div>
            <dt>NAS</dt>
            <dd>123 456 789</dd>
            <dd><button type="button">Modifier</button></dd>
          </div>
        </dl>`,
      );
      expect(contexts(el)).to.deep.equal([' NAS']);
    });

    it('registerTranslation changes the hidden text on the page', async () => {
      const el = await fixture<QcStructuredList>(html`<qc-structured-list lang="fr-CA">${rows}</qc-structured-list>`);
      registerTranslation('fr-CA', { structuredListActionContext: (key: string) => `: ${key}` });
      try {
        await el.updateComplete;
        expect(contexts(el)).to.deep.equal([' : Adresse', ' : Courriel']);
      } finally {
        registerTranslation('fr-CA', { structuredListActionContext: fr.structuredListActionContext });
      }
    });
  });

  describe('bad input', () => {
    it('an invalid heading-level falls back to h2 with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcStructuredList>(
          html`<qc-structured-list heading="Titre" heading-level="9">${rows}</qc-structured-list>`,
        );
        expect(el.firstElementChild?.localName).to.equal('h2');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('heading-level="9"'))).to.have.length(1);
    });

    it('shows a heading and keys with markup as text, never as HTML', async () => {
      const el = await fixture<QcStructuredList>(
        html`<qc-structured-list heading=${hostile}
          ><dl>
            <div>
              <dt>${hostile}</dt>
              <dd>Valeur</dd>
              <dd><button type="button">Modifier</button></dd>
            </div>
          </dl></qc-structured-list
        >`,
      );
      expect(el.querySelector('h2')!.textContent).to.equal(hostile);
      expect(contexts(el)).to.deep.equal([` ${hostile}`]);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcStructuredListXss?: boolean }).__qcStructuredListXss).to.equal(undefined);
    });

    it('a blank heading adds no heading [wcag:1.3.1]', async () => {
      const el = await fixture<QcStructuredList>(html`<qc-structured-list heading="  ">${rows}</qc-structured-list>`);
      expect(el.querySelector('h2')).to.equal(null);
    });

    it('without a dl: one warning, nothing thrown; an empty dl passes axe', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcStructuredList>(html`<qc-structured-list><p>Texte</p></qc-structured-list>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('no <dl>'))).to.have.length(1);
      const empty = await fixture(html`<qc-structured-list><dl></dl></qc-structured-list>`);
      await expect(empty).to.be.accessible();
    });

    it('a row with actions but no key: one warning, the action keeps its own name', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await list(
          html`<dl>
            <div>
              <dt></dt>
              <dd>Valeur</dd>
              <dd><button type="button">Modifier</button></dd>
            </div>
          </dl>`,
        );
        expect(contexts(el)).to.deep.equal([]);
      });
      expect(warnings.filter((message) => message.includes('no <dt> text'))).to.have.length(1);
    });

    it('handles a hundred rows', async () => {
      const keys = Array.from({ length: 100 }, (_, i) => `Champ ${i + 1}`);
      const el = await list(
        html`<dl>
          ${keys.map(
            (key) =>
              html`<div>
                <dt>${key}</dt>
                <dd>Valeur</dd>
                <dd><a href="#x">Modifier</a></dd>
              </div>`,
          )}
        </dl>`,
      );
      expect(contexts(el)).to.have.length(100);
      expect(contexts(el)[99]).to.equal(' champ 100');
    });
  });
});

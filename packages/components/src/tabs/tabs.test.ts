import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcTabs } from './qc-tabs.js';
import { tabsStrings } from './tabs.strings.js';

const hostile = '<img src=x onerror="window.__qcTabsXss = true">';
const { fr, en } = tabsStrings;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A frame and a task: the engine's accessibility tree has caught up with the DOM. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const sections = html`<section id="resume">
    <h2>Résumé</h2>
    <p>Votre demande est en traitement.</p>
  </section>
  <section id="documents">
    <h2>Documents</h2>
    <p><a id="piece" href="/piece.pdf">Pièce jointe</a></p>
  </section>
  <section id="messages">
    <h2>Messages</h2>
    <p>Aucun message.</p>
  </section>`;

const tabs = (el: Element) => [...el.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const tablist = (el: Element) => el.querySelector<HTMLElement>('[role="tablist"]')!;
const panel = (el: Element, id: string) => el.querySelector<HTMLElement>(`#${id}`)!;
const selectedIds = (el: Element) =>
  tabs(el)
    .filter((tab) => tab.getAttribute('aria-selected') === 'true')
    .map((tab) => tab.getAttribute('aria-controls'));
const shown = (el: QcTabs) => el.sections.filter((section) => !section.hidden).map((section) => section.id);
const focusedText = () => document.activeElement?.textContent?.trim();
const focusedId = () => document.activeElement?.id;

async function tabsEl(attrs = 'label="Votre dossier"'): Promise<QcTabs> {
  const root = await fixture(
    html`<div>
      <button id="before">Avant</button>
      ${
        attrs === 'manual'
          ? html`<qc-tabs label="Votre dossier" activation="manual">${sections}</qc-tabs>`
          : html`<qc-tabs label="Votre dossier">${sections}</qc-tabs>`
      }
      <button id="after">Après</button>
    </div>`,
  );
  return root.querySelector('qc-tabs')!;
}

/** A change a framework makes, once the element followed it. */
async function followed(el: QcTabs): Promise<void> {
  await nextTask();
  await el.updateComplete;
}

let savedHash = '';
beforeEach(() => {
  savedHash = location.hash;
});
afterEach(async () => {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${savedHash}`);
  await setViewport({ width: 800, height: 600 });
});

describe('qc-tabs', () => {
  describe('accessibility', () => {
    it('passes axe with each tab selected, automatic and manual', async () => {
      for (const mode of ['auto', 'manual']) {
        const el = await tabsEl(mode === 'manual' ? 'manual' : undefined);
        for (const tab of tabs(el)) {
          tab.click();
          await el.updateComplete;
          expect(selectedIds(el)).to.deep.equal([tab.getAttribute('aria-controls')]);
          await expect(el).to.be.accessible();
        }
      }
    });

    it('is a tablist of tabs, each naming its panel, in every engine', async () => {
      const el = await tabsEl();
      await settled();
      expect(await axElement(tablist(el))).to.deep.equal({ role: 'tablist', name: 'Votre dossier' });
      expect(await axElement(tabs(el)[0]!)).to.deep.equal({ role: 'tab', name: 'Résumé' });
      expect(await axElement(panel(el, 'resume'))).to.deep.equal({ role: 'tabpanel', name: 'Résumé' });
    });

    itExcept(NEEDS_AX_TREE, 'exposes the selected state, and only the selected panel', async () => {
      const root = await fixture(html`<div id="tree"><qc-tabs label="Votre dossier">${sections}</qc-tabs></div>`);
      const el = root.querySelector('qc-tabs')!;
      tabs(el)[1]!.click();
      await el.updateComplete;
      await settled();
      const tree = await axTree('#tree');
      const [list] = findAll(tree, (n) => n.role === 'tablist');
      expect(list?.name).to.equal('Votre dossier');
      expect(findAll(list, (n) => n.role === 'tab').map((n) => [n.name, n.selected ?? false])).to.deep.equal([
        ['Résumé', false],
        ['Documents', true],
        ['Messages', false],
      ]);
      const panels = findAll(tree, (n) => n.role === 'tabpanel');
      expect(panels.map((n) => n.name)).to.deep.equal(['Documents']);
      // The heading stays a heading for those who browse by headings; the tab shows its text.
      expect(findAll(panels[0], (n) => n.role === 'heading').map((n) => n.name)).to.deep.equal(['Documents']);
      expect(JSON.stringify(tree)).not.to.contain('Aucun message');
    });
  });

  describe('rendering', () => {
    it('puts a tab list before the first section, one tab per section named by its heading [wcag:1.3.1,4.1.2]', async () => {
      const el = await tabsEl();
      expect(el.firstElementChild === tablist(el)).to.equal(true);
      expect(tabs(el).map((tab) => tab.textContent)).to.deep.equal(['Résumé', 'Documents', 'Messages']);
      for (const tab of tabs(el)) {
        expect(tab.type).to.equal('button');
        const section = panel(el, tab.getAttribute('aria-controls')!);
        expect(section.getAttribute('role')).to.equal('tabpanel');
        expect(section.getAttribute('aria-labelledby')).to.equal(tab.id);
      }
    });

    it('shows the first section only, its heading visually hidden, with a visible mark on its tab [wcag:1.3.1]', async () => {
      const el = await tabsEl();
      expect(el.selected).to.equal('resume');
      expect(el.getAttribute('selected')).to.equal('resume');
      expect(shown(el)).to.deep.equal(['resume']);
      expect(panel(el, 'documents').getClientRects().length).to.equal(0);
      const heading = panel(el, 'resume').querySelector('h2')!;
      expect(heading.getBoundingClientRect().width).to.be.at.most(1);
      const [on, off] = tabs(el).map((tab) => getComputedStyle(tab));
      expect(parseFloat(on!.borderBlockEndWidth)).to.be.above(0);
      expect(on!.borderBlockEndColor).to.not.equal(off!.borderBlockEndColor);
      expect(on!.fontWeight).to.not.equal(off!.fontWeight);
    });

    it('makes a panel focusable only when it holds nothing focusable', async () => {
      const el = await tabsEl();
      expect(panel(el, 'resume').getAttribute('tabindex')).to.equal('0');
      expect(panel(el, 'documents').hasAttribute('tabindex')).to.equal(false);
    });

    it('tabs are at least 24 px high [wcag:2.5.8]', async () => {
      const el = await tabsEl();
      for (const tab of tabs(el)) expect(tab.getBoundingClientRect().height).to.be.at.least(24);
    });

    it('at 320 px, long and many tabs wrap onto more rows: no horizontal scrolling [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const many = Array.from({ length: 12 }, (_, i) => i + 1);
      const el = await fixture<QcTabs>(
        html`<qc-tabs label="Étapes"
          >${many.map(
            (n) =>
              html`<section id=${`s${n}`}>
                <h2>
                  ${
                    n === 1
                      ? 'Renseignements sur l’entreprise requérante et ses administrateurs'
                      : n === 2
                        ? 'https://www.quebec.ca/entreprises-et-travailleurs-autonomes/demarrer-une-entreprise'
                        : `Étape ${n}`
                  }
                </h2>
                <p>Contenu ${n}</p>
              </section>`,
          )}</qc-tabs
        >`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      const rows = new Set(tabs(el).map((tab) => Math.round(tab.getBoundingClientRect().top)));
      expect(rows.size).to.be.above(1);
      for (const tab of tabs(el)) expect(tab.getBoundingClientRect().right).to.be.at.most(320);
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'keeps the selected tab’s bar in forced colours, in a system colour [wcag:1.4.11]',
      async () => {
        const el = await tabsEl();
        await emulateMedia({ forcedColors: 'active' });
        try {
          const style = getComputedStyle(tabs(el)[0]!);
          expect(parseFloat(style.borderBlockEndWidth)).to.be.above(0);
          expect(style.borderBlockEndColor).to.not.equal(getComputedStyle(tabs(el)[1]!).borderBlockEndColor);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );
  });

  describe('keyboard', () => {
    it('Tab enters on the selected tab, then goes into the panel [wcag:2.1.1,2.4.3]', async () => {
      const el = await tabsEl();
      el.selected = 'messages';
      await el.updateComplete;
      el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedText()).to.equal('Messages');
      await sendKeys({ press: 'Tab' });
      expect(focusedId()).to.equal('messages');
      await sendKeys({ press: 'Tab' });
      expect(focusedId()).to.equal('after');
    });

    it('Tab from the tab goes to the first focusable element of a panel that has one [wcag:2.1.1,2.4.3]', async () => {
      const el = await tabsEl();
      el.selected = 'documents';
      await el.updateComplete;
      tabs(el)[1]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedId()).to.equal('piece');
    });

    it('→ moves to the next tab and shows it, wrapping from the last to the first', async () => {
      const el = await tabsEl();
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedText()).to.equal('Documents');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['documents']);
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedText()).to.equal('Messages');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedText()).to.equal('Résumé');
      await el.updateComplete;
      expect(el.selected).to.equal('resume');
    });

    it('← moves to the previous tab, wrapping from the first to the last', async () => {
      const el = await tabsEl();
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedText()).to.equal('Messages');
      await el.updateComplete;
      expect(selectedIds(el)).to.deep.equal(['messages']);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedText()).to.equal('Documents');
    });

    it('Home and End go to the first and last tab [wcag:2.1.1]', async () => {
      const el = await tabsEl();
      tabs(el)[1]!.focus();
      await sendKeys({ press: 'End' });
      expect(focusedText()).to.equal('Messages');
      await sendKeys({ press: 'Home' });
      expect(focusedText()).to.equal('Résumé');
      await el.updateComplete;
      expect(el.selected).to.equal('resume');
    });

    it('keeps one tab stop: the other tabs are out of the tab order [wcag:2.4.3]', async () => {
      const el = await tabsEl();
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1]);
    });

    it('manual: arrows move the focus only; Enter shows the focused tab [wcag:2.1.1]', async () => {
      const el = await tabsEl('manual');
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedText()).to.equal('Documents');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['resume']);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['documents']);
      expect(selectedIds(el)).to.deep.equal(['documents']);
    });

    it('manual: Space shows the focused tab [wcag:2.1.1]', async () => {
      const el = await tabsEl('manual');
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['messages']);
    });

    it('manual: leaving the list and coming back lands on the selected tab', async () => {
      const el = await tabsEl('manual');
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedText()).to.equal('Messages');
      el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedText()).to.equal('Résumé');
    });

    it('arrows typed in a panel’s field stay in the field [wcag:2.1.1]', async () => {
      const el = await fixture<QcTabs>(
        html`<qc-tabs label="Formulaire">
          <section id="a">
            <h2>A</h2>
            <label>Nom <input id="nom" value="abc" /></label>
          </section>
          <section id="b">
            <h2>B</h2>
            <p>B</p>
          </section>
        </qc-tabs>`,
      );
      el.querySelector<HTMLInputElement>('#nom')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedId()).to.equal('nom');
      expect(el.selected).to.equal('a');
    });
  });

  describe('properties', () => {
    it('selected shows the section with that id, and reflects', async () => {
      const el = await fixture<QcTabs>(html`<qc-tabs label="Dossier" selected="messages">${sections}</qc-tabs>`);
      expect(shown(el)).to.deep.equal(['messages']);
      el.selected = 'documents';
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['documents']);
      el.setAttribute('selected', 'resume');
      await el.updateComplete;
      expect(selectedIds(el)).to.deep.equal(['resume']);
    });

    it('selected and the hash wait for sections a framework adds after the element', async () => {
      history.replaceState(history.state, '', '#tard-c');
      const el = document.createElement('qc-tabs');
      el.label = 'Tard';
      el.selected = 'tard-b';
      const root = await fixture(html`<div></div>`);
      root.append(el);
      await el.updateComplete;
      expect(el.selected).to.equal('tard-b');
      el.innerHTML = ['a', 'b', 'c'].map((id) => `<section id="tard-${id}"><h2>${id}</h2></section>`).join('');
      await followed(el);
      expect(shown(el)).to.deep.equal(['tard-c']);
    });

    it('gives an id to sections without one', async () => {
      const el = await fixture<QcTabs>(
        html`<qc-tabs label="Dossier">
          <section><h2>Un</h2></section>
          <section><h2>Deux</h2></section>
        </qc-tabs>`,
      );
      const ids = el.sections.map((section) => section.id);
      expect(ids.every(Boolean)).to.equal(true);
      expect(el.selected).to.equal(ids[0]);
      expect(tabs(el).map((tab) => tab.getAttribute('aria-controls'))).to.deep.equal(ids);
    });
  });

  describe('events', () => {
    it('fires qc-tab-show with the section’s id when a user chooses a tab', async () => {
      const el = await tabsEl();
      setTimeout(() => tabs(el)[2]!.click());
      const event = await oneEvent(el, 'qc-tab-show');
      expect(event.detail).to.deep.equal({ id: 'messages' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires once per change: not for the tab already selected, not when a script sets selected', async () => {
      const el = await tabsEl();
      const seen: string[] = [];
      el.addEventListener('qc-tab-show', (event) => seen.push(event.detail.id));
      tabs(el)[0]!.click();
      el.selected = 'documents';
      await el.updateComplete;
      tabs(el)[2]!.focus();
      await el.updateComplete;
      expect(seen).to.deep.equal(['messages']);
    });
  });

  describe('location.hash', () => {
    it('selects the section the hash names on load', async () => {
      history.replaceState(history.state, '', '#documents');
      const el = await tabsEl();
      expect(el.selected).to.equal('documents');
      expect(shown(el)).to.deep.equal(['documents']);
    });

    it('selects the section that holds the element the hash names', async () => {
      history.replaceState(history.state, '', '#piece');
      const el = await tabsEl();
      expect(el.selected).to.equal('documents');
    });

    it('a link to a section shows it and moves the focus to its tab, without a history entry of its own [wcag:2.4.3]', async () => {
      const el = await tabsEl();
      // The entry before the link is marked: one step back must land on it. (Not `history.length`:
      // WebKit caps it at 100, which a long test run reaches.)
      history.replaceState({ beforeLink: true }, '');
      const seen = oneEvent(el, 'qc-tab-show');
      location.hash = '#messages';
      expect((await seen).detail.id).to.equal('messages');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['messages']);
      expect(focusedText()).to.equal('Messages');
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      expect((history.state as { beforeLink?: boolean } | null)?.beforeLink).to.equal(true); // the link's own entry only
      history.replaceState(null, '');
    });

    it('a link into a hidden section shows it and scrolls the element into view', async () => {
      const el = await tabsEl();
      location.hash = '#piece';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(el.selected).to.equal('documents');
      expect(panel(el, 'piece').getClientRects().length).to.be.above(0);
    });

    it('when the hash names a section, choosing a tab replaces it; another hash is left alone [wcag:4.1.2]', async () => {
      history.replaceState(history.state, '', '#resume');
      const el = await tabsEl();
      const length = history.length;
      tabs(el)[1]!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#documents');
      expect(history.length).to.equal(length);
      history.replaceState(history.state, '', '#/dossier/123');
      tabs(el)[2]!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#/dossier/123');
      expect(el.selected).to.equal('messages');
    });
  });

  describe('framework re-render', () => {
    it('follows sections added and removed; the selection stays while its section remains', async () => {
      const el = await tabsEl();
      tabs(el)[1]!.click();
      await el.updateComplete;
      const added = document.createElement('section');
      added.id = 'paiements';
      added.innerHTML = '<h2>Paiements</h2><p>Aucun paiement.</p>';
      el.append(added);
      await followed(el);
      expect(tabs(el).map((tab) => tab.textContent)).to.deep.equal(['Résumé', 'Documents', 'Messages', 'Paiements']);
      expect(added.hidden).to.equal(true);
      panel(el, 'resume').remove();
      await followed(el);
      expect(tabs(el).map((tab) => tab.textContent)).to.deep.equal(['Documents', 'Messages', 'Paiements']);
      expect(el.selected).to.equal('documents');
      await expect(el).to.be.accessible();
    });

    it('when the selected section goes, the one in its place is selected', async () => {
      const el = await tabsEl();
      tabs(el)[1]!.click();
      await el.updateComplete;
      panel(el, 'documents').remove();
      await followed(el);
      expect(el.selected).to.equal('messages');
      expect(shown(el)).to.deep.equal(['messages']);
      await expect(el).to.be.accessible();
    });

    it('a re-render that replaces every child keeps the selection by id and rebuilds the tabs', async () => {
      const el = await tabsEl();
      tabs(el)[2]!.click();
      await el.updateComplete;
      el.innerHTML =
        '<section id="resume"><h2>Résumé</h2><p>R</p></section><section id="messages"><h2>Messages (2)</h2><p>M</p></section>';
      await followed(el);
      expect(tabs(el).map((tab) => tab.textContent)).to.deep.equal(['Résumé', 'Messages (2)']);
      expect(el.selected).to.equal('messages');
      expect(shown(el)).to.deep.equal(['messages']);
    });

    it('a heading’s new text renames its tab [wcag:1.3.1]', async () => {
      const el = await tabsEl();
      panel(el, 'messages').querySelector('h2')!.textContent = 'Messages (3)';
      await followed(el);
      expect(tabs(el)[2]!.textContent).to.equal('Messages (3)');
    });

    it('focus stays on the tab across a re-render [wcag:2.4.3]', async () => {
      const el = await tabsEl();
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      el.append(Object.assign(document.createElement('section'), { id: 'z', innerHTML: '<h2>Z</h2>' }));
      await followed(el);
      expect(focusedText()).to.equal('Documents');
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
    });
  });

  describe('forms', () => {
    it('a field in a hidden panel keeps what was typed and still submits', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <qc-tabs label="Demande">
            <section id="f-a">
              <h2>Identité</h2>
              <label>Nom <input name="nom" /></label>
            </section>
            <section id="f-b">
              <h2>Adresse</h2>
              <label>Ville <input name="ville" /></label>
            </section>
          </qc-tabs>
        </form>`,
      );
      const el = form.querySelector('qc-tabs')!;
      form.querySelector<HTMLInputElement>('[name="nom"]')!.focus();
      await sendKeys({ type: 'Tremblay' });
      tabs(el)[1]!.click();
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['f-b']);
      expect(new FormData(form).get('nom')).to.equal('Tremblay');
      tabs(el)[0]!.click();
      await el.updateComplete;
      expect(form.querySelector<HTMLInputElement>('[name="nom"]')!.value).to.equal('Tremblay');
    });
  });

  describe('nested tabs', () => {
    it('tabs in a panel keep their own tabs, headings and keys [wcag:1.3.1]', async () => {
      const el = await fixture<QcTabs>(
        html`<qc-tabs label="Dossier">
          <section id="out-a">
            <h2>Dehors A</h2>
            <qc-tabs label="Détails">
              <section id="in-a">
                <h3>Dedans A</h3>
                <p>Texte A</p>
              </section>
              <section id="in-b">
                <h3>Dedans B</h3>
                <p>Texte B</p>
              </section>
            </qc-tabs>
          </section>
          <section id="out-b"><h2>Dehors B</h2></section>
        </qc-tabs>`,
      );
      const inner = el.querySelector<QcTabs>('qc-tabs qc-tabs')!;
      await inner.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(
        tabs(el)
          .filter((tab) => tab.parentElement === tablist(el))
          .map((tab) => tab.textContent),
      ).to.deep.equal(['Dehors A', 'Dehors B']);
      expect(tabs(inner).map((tab) => tab.textContent)).to.deep.equal(['Dedans A', 'Dedans B']);
      expect(inner.querySelector('#in-a h3')!.getBoundingClientRect().width).to.be.at.most(1);
      tabs(inner)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await inner.updateComplete;
      expect([el.selected, inner.selected]).to.deep.equal(['out-a', 'in-b']);
      await expect(el).to.be.accessible();
    });
  });

  describe('i18n', () => {
    it('names the tab list « Sommaire » / "Contents" when no label is given, in the element’s language [wcag:3.1.2,4.1.2]', async () => {
      const root = await captureWarningsOf(() =>
        fixture(
          html`<div>
            <div lang="fr"><qc-tabs>${sections}</qc-tabs></div>
            <div lang="en-CA">
              <qc-tabs
                ><section id="en1"><h2>Summary</h2></section></qc-tabs
              >
            </div>
          </div>`,
        ),
      );
      const [frEl, enEl] = root.querySelectorAll('qc-tabs');
      expect(tablist(frEl!).getAttribute('aria-label')).to.equal(fr.tabsLabel);
      expect(tablist(enEl!).getAttribute('aria-label')).to.equal(en.tabsLabel);
    });

    it('follows a change of lang, and registerTranslation [wcag:3.1.2]', async () => {
      const root = await captureWarningsOf(() =>
        fixture(
          html`<div lang="en">
            <qc-tabs
              ><section id="x"><h2>X</h2></section></qc-tabs
            >
          </div>`,
        ),
      );
      const el = root.querySelector('qc-tabs')!;
      root.setAttribute('lang', 'fr');
      await followed(el);
      expect(tablist(el).getAttribute('aria-label')).to.equal(fr.tabsLabel);
      registerTranslation('fr', { tabsLabel: 'Contenu du dossier' });
      try {
        await el.updateComplete;
        expect(tablist(el).getAttribute('aria-label')).to.equal('Contenu du dossier');
      } finally {
        registerTranslation('fr', { tabsLabel: fr.tabsLabel });
      }
    });
  });

  describe('bad input', () => {
    it('no label: one dev warning, and a built-in name', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcTabs>(html`<qc-tabs>${sections}</qc-tabs>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('no label'))).to.have.length(1);
    });

    it('no section: one warning, no tab list, nothing thrown', async () => {
      let el: QcTabs | undefined;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcTabs>(html`<qc-tabs label="Vide"><p>Rien</p></qc-tabs>`);
      });
      expect(warnings.filter((message) => message.includes('no <section>'))).to.have.length(1);
      expect(el!.querySelector('[role="tablist"]')).to.equal(null);
      expect(el!.textContent?.trim()).to.equal('Rien');
      await expect(el!).to.be.accessible();
    });

    it('a section without heading: its tab named by position (or the section’s aria-label), one warning', async () => {
      let el: QcTabs | undefined;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcTabs>(
          html`<qc-tabs label="Dossier">
            <section id="a"><h2>Premier</h2></section>
            <section id="b"><p>Sans titre</p></section>
            <section id="c" aria-label="Annexe"><p>Sans titre non plus</p></section>
            <section id="d">
              <h2>${' '}</h2>
              <p>Titre vide</p>
            </section>
          </qc-tabs>`,
        );
      });
      expect(tabs(el!).map((tab) => tab.textContent)).to.deep.equal(['Premier', 'Section 2', 'Annexe', 'Section 4']);
      expect(warnings.filter((message) => message.includes('#b has no heading'))).to.have.length(1);
      tabs(el!)[1]!.click();
      await el!.updateComplete;
      await expect(el!).to.be.accessible();
    });

    it('shows a heading with markup as text, never as HTML', async () => {
      const el = await fixture<QcTabs>(
        html`<qc-tabs label=${hostile}>
          <section id="h">
            <h2>${hostile}</h2>
            <p>Texte</p>
          </section>
        </qc-tabs>`,
      );
      expect(tabs(el)[0]!.textContent).to.equal(hostile);
      expect(tablist(el).getAttribute('aria-label')).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcTabsXss?: boolean }).__qcTabsXss).to.equal(undefined);
    });

    it('an unknown activation falls back to auto with one warning', async () => {
      let el: QcTabs | undefined;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcTabs>(html`<qc-tabs label="Dossier" activation="zzz">${sections}</qc-tabs>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('activation="zzz"'))).to.have.length(1);
      tabs(el!)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el!.updateComplete;
      expect(el!.selected).to.equal('documents');
    });

    it('an unknown selected id selects the first section with one warning', async () => {
      let el: QcTabs | undefined;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcTabs>(html`<qc-tabs label="Dossier" selected="nulle-part">${sections}</qc-tabs>`);
      });
      expect(warnings.filter((message) => message.includes('id="nulle-part"'))).to.have.length(1);
      expect(el!.selected).to.equal('resume');
      expect(shown(el!)).to.deep.equal(['resume']);
    });

    it('a malformed hash is ignored', async () => {
      history.replaceState(history.state, '', '#%E0%A4%A');
      const el = await tabsEl();
      expect(el.selected).to.equal('resume');
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-tabs') === QcTabs).to.equal(true);
      expect(() => QcTabs.define('qc-tabs')).not.to.throw();
    });
  });
});

/** A fixture whose expected "no label" warnings are kept out of the test output. */
async function captureWarningsOf<T>(run: () => Promise<T>): Promise<T> {
  let result: T | undefined;
  await captureWarnings(async () => {
    result = await run();
  });
  return result!;
}

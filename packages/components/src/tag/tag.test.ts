import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { contrastRatio } from '../internal/test/contrast.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcTag } from './qc-tag.js';
import { tagVariants } from './tag.js';
import { tagStrings } from './tag.strings.js';

const hostile = '<img src=x onerror="window.__qcTagXss = true">';
const { fr, en } = tagStrings;

const base = (el: QcTag) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const removeButton = (el: QcTag) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="remove-button"]');
const link = (el: QcTag) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]');
/** A frame and a task: observers, renders and the accessibility tree have caught up. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** The focused element, through shadow roots. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}
/** The host of the focused element (the tag whose button has the focus), or the element itself. */
const focusedHost = () => {
  const element = focused();
  const root = element?.getRootNode();
  return root instanceof ShadowRoot ? root.host : element;
};
/** What the page's polite live region says once the announcement has been written. */
async function politeMessage(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 250));
  return document.querySelector('[data-qc-announcer="polite"]')?.textContent ?? '';
}

async function tags(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(template);
  await Promise.all([...root.querySelectorAll<QcTag>('qc-tag')].map((tag) => tag.updateComplete));
  return root;
}
const byId = (root: Element, id: string) => root.querySelector<QcTag>(`#${id}`)!;

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('qc-tag', () => {
  describe('accessibility', () => {
    for (const variant of tagVariants) {
      it(`passes axe static, as a link and removable (${variant})`, async () => {
        const root = await tags(
          html`<p>
            <qc-tag variant=${variant}>En traitement</qc-tag>
            <qc-tag variant=${variant} href="#dossier">Mon dossier</qc-tag>
            <qc-tag variant=${variant} removable>Montréal</qc-tag>
          </p>`,
        );
        await expect(root).to.be.accessible();
      });
    }

    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      it(`text reaches 4.5:1 and the boundary 3:1 in every variant (${theme} theme)`, async () => {
        const root = await tags(
          html`<div data-qc-theme=${theme} style="background: var(--qc-color-background)">
            ${tagVariants.map(
              (variant) =>
                html`<qc-tag variant=${variant} removable>${variant}</qc-tag
                  ><qc-tag variant=${variant} href="#x">lien ${variant}</qc-tag>`,
            )}
          </div>`,
        );
        // The high-contrast theme raises the minimums (tokens/themes/high-contrast.json).
        const [text, boundary] = theme === 'high-contrast' ? [7, 4.5] : [4.5, 3];
        const page = getComputedStyle(root).backgroundColor;
        const misses: string[] = [];
        for (const el of root.querySelectorAll<QcTag>('qc-tag')) {
          const box = getComputedStyle(base(el));
          const foreground = getComputedStyle(link(el) ?? base(el)).color;
          const check = (what: string, ratio: number, min: number) => {
            if (ratio < min)
              misses.push(`${el.variant} ${el.href ? 'link' : 'tag'} ${what}: ${ratio.toFixed(2)} < ${min}`);
          };
          check('text', contrastRatio(foreground, box.backgroundColor), text);
          check('border on the tag', contrastRatio(box.borderTopColor, box.backgroundColor), boundary);
          check('border on the page', contrastRatio(box.borderTopColor, page), boundary);
          if (removeButton(el))
            check('icon', contrastRatio(getComputedStyle(removeButton(el)!).color, box.backgroundColor), boundary);
          expect(parseFloat(box.borderTopWidth)).to.be.at.least(1);
        }
        expect(misses).to.deep.equal([]);
      });

      it(`passes axe, colour contrast included (${theme} theme)`, async () => {
        const root = await tags(
          html`<div data-qc-theme=${theme} style="background: var(--qc-color-background); padding: 1rem">
            ${tagVariants.map(
              (variant) =>
                html`<qc-tag variant=${variant} removable>${variant}</qc-tag>
                  <qc-tag variant=${variant} href="#x">lien ${variant}</qc-tag>`,
            )}
          </div>`,
        );
        await expect(root).to.be.accessible();
      });
    }

    it('names the link by its text and the remove button « Retirer {texte} », in every engine [wcag:4.1.2]', async () => {
      const root = await tags(
        html`<p>
          <qc-tag id="l" href="#dossier">Mon dossier</qc-tag>
          <qc-tag id="r" removable>Montréal</qc-tag>
        </p>`,
      );
      await settled();
      expect(await axElement(link(byId(root, 'l'))!)).to.deep.equal({ role: 'link', name: 'Mon dossier' });
      expect(await axElement(removeButton(byId(root, 'r'))!)).to.deep.equal({
        role: 'button',
        name: 'Retirer Montréal',
      });
    });

    itExcept(
      NEEDS_AX_TREE,
      'reads a static tag as its text, a link tag as a link, a removable tag as text and a button',
      async () => {
        await tags(
          html`<div id="tree">
            <ul aria-label="Filtres appliqués">
              <li><qc-tag>En traitement</qc-tag></li>
              <li><qc-tag href="#dossier">Mon dossier</qc-tag></li>
              <li><qc-tag removable variant="info">Montréal</qc-tag></li>
            </ul>
          </div>`,
        );
        await settled();
        const tree = await axTree('#tree');
        const items = findAll(tree, (n) => n.role === 'listitem');
        expect(items).to.have.length(3);
        expect(JSON.stringify(items[0])).to.contain('En traitement');
        expect(findAll(items[0], (n) => ['link', 'button', 'group'].includes(n.role))).to.deep.equal([]);
        expect(findAll(items[1], (n) => n.role === 'link').map((n) => n.name)).to.deep.equal(['Mon dossier']);
        expect(findAll(items[2], (n) => n.role === 'button').map((n) => n.name)).to.deep.equal(['Retirer Montréal']);
        expect(JSON.stringify(items[2])).to.contain('Montréal');
      },
    );

    it('passes axe after a tag of a list was removed, and when the last one is gone', async () => {
      const root = await tags(
        html`<div>
          <h2>Filtres appliqués</h2>
          <ul>
            <li><qc-tag id="a" removable>Montréal</qc-tag></li>
            <li><qc-tag id="b" removable>Laval</qc-tag></li>
          </ul>
        </div>`,
      );
      removeButton(byId(root, 'a'))!.click();
      await settled();
      await expect(root).to.be.accessible();
      removeButton(byId(root, 'b'))!.click();
      await settled();
      await expect(root).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('shows the light-DOM text through the slot, in the variant’s colours', async () => {
      const el = await fixture<QcTag>(html`<qc-tag variant="success">Approuvé</qc-tag>`);
      const slot = base(el).querySelector('slot')!;
      expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['Approuvé']);
      const success = getComputedStyle(base(el)).backgroundColor;
      el.variant = 'error';
      await el.updateComplete;
      expect(getComputedStyle(base(el)).backgroundColor).to.not.equal(success);
    });

    it('the remove button and the link are at least 24 × 24 px [wcag:2.5.8]', async () => {
      const root = await tags(
        html`<p>
          <qc-tag id="r" removable>Montréal</qc-tag>
          <qc-tag id="l" href="#x">Lien</qc-tag>
        </p>`,
      );
      for (const target of [removeButton(byId(root, 'r'))!, link(byId(root, 'l'))!]) {
        const { width, height } = target.getBoundingClientRect();
        expect(Math.min(width, height)).to.be.at.least(24);
      }
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-tag') === QcTag).to.equal(true);
      expect(() => QcTag.define('qc-tag')).not.to.throw();
    });

    it('a long tag wraps inside a 320 px screen [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const root = await tags(
        html`<div>
          <qc-tag removable>${'Renseignements-supplémentaires-'.repeat(8)}</qc-tag>
        </div>`,
      );
      const el = root.querySelector<QcTag>('qc-tag')!;
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      expect(removeButton(el)!.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('properties', () => {
    it('reflects variant and removable; removable="false" has no button', async () => {
      const el = await fixture<QcTag>(html`<qc-tag removable="false">Texte</qc-tag>`);
      expect(el.variant).to.equal('neutral');
      expect(removeButton(el)).to.equal(null);
      el.variant = 'warning';
      el.removable = true;
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('warning');
      expect(el.hasAttribute('removable')).to.equal(true);
      expect(removeButton(el)).to.not.equal(null);
    });

    it('href makes it a link; removing href makes it static again', async () => {
      const el = await fixture<QcTag>(html`<qc-tag href="/dossiers/123">Mon dossier</qc-tag>`);
      expect(link(el)!.getAttribute('href')).to.equal('/dossiers/123');
      el.removeAttribute('href');
      await el.updateComplete;
      expect(link(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="label"] slot')).to.not.equal(null);
    });

    it('remove-label replaces the button’s name', async () => {
      const el = await fixture<QcTag>(
        html`<qc-tag removable remove-label="Retirer le filtre Montréal">Montréal</qc-tag>`,
      );
      expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Retirer le filtre Montréal');
      el.removeAttribute('remove-label');
      await el.updateComplete;
      expect(removeButton(el)!.getAttribute('aria-label')).to.equal(fr.tagRemove('Montréal'));
    });
  });

  describe('keyboard', () => {
    it('a static tag adds no tab stop [wcag:2.4.3]', async () => {
      const root = await tags(
        html`<div><button id="before">Avant</button><qc-tag>Texte</qc-tag><button id="after">Après</button></div>`,
      );
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused()?.id).to.equal('after');
    });

    it('Tab reaches the link, then the remove button; Shift+Tab goes back [wcag:2.1.1,2.4.3]', async () => {
      const root = await tags(
        html`<div>
          <button id="before">Avant</button><qc-tag id="t" href="#dossier" removable>Mon dossier</qc-tag>
        </div>`,
      );
      const el = byId(root, 't');
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused() === link(el)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused() === removeButton(el)).to.equal(true);
      await sendKeys({ press: 'Shift+Tab' });
      expect(focused() === link(el)).to.equal(true);
    });

    it('Enter on the remove button removes the tag [wcag:2.1.1]', async () => {
      const root = await tags(
        html`<p><qc-tag id="a" removable>Montréal</qc-tag><qc-tag id="b" removable>Laval</qc-tag></p>`,
      );
      removeButton(byId(root, 'a'))!.focus();
      await sendKeys({ press: 'Enter' });
      await settled();
      expect(root.querySelector('#a')).to.equal(null);
      expect(focusedHost()?.id).to.equal('b');
    });

    it('Space on the remove button removes the tag [wcag:2.1.1]', async () => {
      const root = await tags(
        html`<p><qc-tag id="a" removable>Montréal</qc-tag><qc-tag id="b" removable>Laval</qc-tag></p>`,
      );
      removeButton(byId(root, 'b'))!.focus();
      await sendKeys({ press: 'Space' });
      await settled();
      expect(root.querySelector('#b')).to.equal(null);
      expect(focusedHost()?.id).to.equal('a');
    });

    it('Enter on the link follows it [wcag:2.1.1]', async () => {
      const saved = location.hash;
      const el = await fixture<QcTag>(html`<qc-tag href="#tag-x">Mon dossier</qc-tag>`);
      link(el)!.focus();
      const changed = new Promise((resolve) => {
        window.addEventListener('hashchange', resolve, { once: true });
        setTimeout(resolve, 500);
      });
      await sendKeys({ press: 'Enter' });
      await changed;
      try {
        expect(location.hash).to.equal('#tag-x');
      } finally {
        history.replaceState(null, '', `${location.pathname}${location.search}${saved}`);
      }
    });
  });

  describe('removal', () => {
    it('fires qc-remove (bubbling, composed, cancelable); cancelled, the tag and the focus stay', async () => {
      const root = await tags(
        html`<div><qc-tag id="a" removable>Montréal</qc-tag><qc-tag id="b" removable>Laval</qc-tag></div>`,
      );
      const seen: Array<[boolean, boolean, boolean]> = [];
      root.addEventListener('qc-remove', (event) => {
        seen.push([event.bubbles, event.composed, event.cancelable]);
        event.preventDefault();
      });
      const button = removeButton(byId(root, 'a'))!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settled();
      expect(seen).to.deep.equal([[true, true, true]]);
      expect(root.querySelector('#a')).to.not.equal(null);
      expect(focused() === button).to.equal(true);
    });

    it('removes itself, announces « Étiquette retirée : {texte} » politely and focuses the next tag’s button [wcag:4.1.3]', async () => {
      const root = await tags(
        html`<div>
          <qc-tag id="a" removable>Montréal</qc-tag><qc-tag id="b" removable>Laval</qc-tag
          ><qc-tag id="c" removable>Québec</qc-tag>
        </div>`,
      );
      removeButton(byId(root, 'b'))!.click();
      expect(root.querySelector('#b')).to.equal(null);
      expect(focusedHost()?.id).to.equal('c');
      expect(await politeMessage()).to.equal(fr.tagRemoved('Laval'));
      expect(document.querySelector('[data-qc-announcer="polite"]')!.getAttribute('role')).to.equal('status');
    });

    it('the last tag of a row focuses the previous one; a link tag takes the focus by its link', async () => {
      const root = await tags(
        html`<div>
          <qc-tag id="a" href="#a">Dossier</qc-tag><qc-tag id="b">Statique</qc-tag
          ><qc-tag id="c" removable>Laval</qc-tag>
        </div>`,
      );
      removeButton(byId(root, 'c'))!.click();
      expect(focused() === link(byId(root, 'a'))).to.equal(true);
    });

    it('in a ul list group: removes the item, then focuses the next item’s tag, else the previous one', async () => {
      const root = await tags(
        html`<div>
          <h2 id="heading">Filtres appliqués</h2>
          <ul>
            <li><qc-tag id="a" removable>Montréal</qc-tag></li>
            <li><qc-tag id="b" removable>Laval</qc-tag></li>
            <li><qc-tag id="c" removable>Québec</qc-tag></li>
          </ul>
        </div>`,
      );
      const list = root.querySelector('ul')!;
      removeButton(byId(root, 'a'))!.click();
      expect(list.children).to.have.length(2);
      expect(focusedHost()?.id).to.equal('b');
      removeButton(byId(root, 'c'))!.click();
      expect(list.children).to.have.length(1);
      expect(focusedHost()?.id).to.equal('b');
    });

    it('the last remaining tag focuses the heading before its group, and only for the while it has the focus [wcag:1.3.1]', async () => {
      const root = await tags(
        html`<div>
          <h2 id="heading">Filtres appliqués</h2>
          <ul>
            <li><qc-tag id="a" removable>Montréal</qc-tag></li>
          </ul>
          <button id="after">Après</button>
        </div>`,
      );
      removeButton(byId(root, 'a'))!.click();
      const heading = root.querySelector<HTMLElement>('#heading')!;
      expect(focused() === heading).to.equal(true);
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      expect(root.querySelector('li')).to.equal(null);
      expect(await politeMessage()).to.equal(fr.tagRemoved('Montréal'));
      root.querySelector<HTMLElement>('#after')!.focus();
      expect(heading.hasAttribute('tabindex')).to.equal(false);
    });

    it('with no heading before it, the last tag focuses main [wcag:1.3.1]', async () => {
      const root = await tags(
        html`<main id="main-x">
          <p><qc-tag id="a" removable>Montréal</qc-tag></p>
        </main>`,
      );
      removeButton(byId(root, 'a'))!.click();
      expect(focused()?.id).to.equal('main-x');
    });

    it('keeps a list item that holds more than the tag [wcag:1.3.1]', async () => {
      const root = await tags(
        html`<ul>
          <li><qc-tag id="a" removable>Montréal</qc-tag> <span>(12 résultats)</span></li>
        </ul>`,
      );
      removeButton(byId(root, 'a'))!.click();
      expect(root.querySelectorAll('li')).to.have.length(1);
      expect(root.querySelector('#a')).to.equal(null);
    });
  });

  describe('i18n', () => {
    it('follows the closest lang, and a change of lang [wcag:3.1.2]', async () => {
      const root = await tags(html`<div lang="en"><qc-tag removable>Processing</qc-tag></div>`);
      const el = root.querySelector<QcTag>('qc-tag')!;
      expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Remove Processing');
      root.setAttribute('lang', 'fr-CA');
      await settled();
      await el.updateComplete;
      expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Retirer Processing');
    });

    it('announces the removal in the tag’s language [wcag:3.1.2,4.1.3]', async () => {
      const root = await tags(html`<div lang="en"><qc-tag id="a" removable>Montreal</qc-tag></div>`);
      removeButton(byId(root, 'a'))!.click();
      expect(await politeMessage()).to.equal(en.tagRemoved('Montreal'));
    });

    it('registerTranslation replaces the built-in wording on the page', async () => {
      const el = await fixture<QcTag>(html`<qc-tag lang="en-CA" removable>Montreal</qc-tag>`);
      registerTranslation('en-CA', { tagRemove: (text: string) => `Remove the filter ${text}` });
      try {
        await el.updateComplete;
        expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Remove the filter Montreal');
      } finally {
        registerTranslation('en-CA', { tagRemove: en.tagRemove });
      }
    });
  });

  describe('framework re-render', () => {
    it('a framework changing the text renames the button; the tag keeps its state', async () => {
      const el = await fixture<QcTag>(html`<qc-tag removable variant="info">Montréal</qc-tag>`);
      el.firstChild!.textContent = 'Laval';
      await settled();
      await el.updateComplete;
      expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Retirer Laval');
      el.replaceChildren(document.createTextNode('Gatineau'));
      await settled();
      await el.updateComplete;
      expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Retirer Gatineau');
      expect([el.removable, el.variant]).to.deep.equal([true, 'info']);
    });
  });

  describe('forced colours', () => {
    itExcept(NO_MEDIA_EMULATION, 'keeps the tag’s border and the button’s focus ring [wcag:2.4.7]', async () => {
      const root = await tags(
        html`<div><button id="before">Avant</button><qc-tag id="t" removable>Montréal</qc-tag></div>`,
      );
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = byId(root, 't');
        expect(getComputedStyle(base(el)).borderTopStyle).to.equal('solid');
        root.querySelector<HTMLElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(getComputedStyle(removeButton(el)!).outlineStyle).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('bad input', () => {
    it('an unknown variant falls back to neutral with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcTag>(html`<qc-tag variant="zzz">Texte</qc-tag>`);
        expect(base(el).classList.contains('neutral')).to.equal(true);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('variant="zzz"'))).to.have.length(1);
    });

    it('a javascript: href is not rendered as a link, with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcTag>(html`<qc-tag href=" JavaScript:alert(1)">Texte</qc-tag>`);
        expect(link(el)).to.equal(null);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('would run script'))).to.have.length(1);
    });

    it('a blank href keeps the tag static', async () => {
      const el = await fixture<QcTag>(html`<qc-tag href="  ">Texte</qc-tag>`);
      expect(link(el)).to.equal(null);
    });

    it('shows markup in the text and in remove-label as text, never as HTML', async () => {
      const el = await fixture<QcTag>(html`<qc-tag removable remove-label=${hostile}>${hostile}</qc-tag>`);
      const other = await fixture<QcTag>(html`<qc-tag removable>${hostile}</qc-tag>`);
      expect(removeButton(el)!.getAttribute('aria-label')).to.equal(hostile);
      expect(removeButton(other)!.getAttribute('aria-label')).to.equal(fr.tagRemove(hostile));
      for (const tag of [el, other]) {
        expect(tag.shadowRoot!.querySelector('img')).to.equal(null);
        expect(tag.querySelector('img')).to.equal(null);
      }
      expect((window as Window & { __qcTagXss?: boolean }).__qcTagXss).to.equal(undefined);
    });

    it('warns once about a tag without text, and about a remove-label without the tag’s text', async () => {
      const warnings = await captureWarnings(async () => {
        const empty = await fixture<QcTag>(html`<qc-tag removable></qc-tag>`);
        expect(removeButton(empty)!.getAttribute('aria-label')).to.equal('Retirer');
        empty.requestUpdate();
        await empty.updateComplete;
        await fixture(html`<qc-tag removable remove-label="Retirer">Montréal</qc-tag>`);
        await fixture(html`<qc-tag removable remove-label="Retirer le filtre Montréal">Montréal</qc-tag>`);
      });
      expect(warnings.filter((m) => m.includes('has no text'))).to.have.length(1);
      expect(warnings.filter((m) => m.includes('does not hold the tag'))).to.have.length(1);
      expect(warnings).to.have.length(2);
    });
  });
});

import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { settle } from '../internal/test/form.js';
import { QcSearchInput } from './qc-search-input.js';
import { searchInputStrings } from './search-input.strings.js';

const hostile = '<img src=x onerror="window.__qcSearchXss = true">';
const { fr, en } = searchInputStrings;

const input = (el: Element) => el.querySelector('input')!;
const part = (el: Element, name: string) => el.querySelector<HTMLElement>(`[data-qc-part="${name}"]`);
const clearButton = (el: Element) => part(el, 'clear-button') as HTMLButtonElement;

/** Types `text` at the end of the field, as a citizen does. */
async function typeIn(el: Element, text: string): Promise<void> {
  const control = input(el);
  control.focus();
  control.setSelectionRange(control.value.length, control.value.length);
  await sendKeys({ type: text });
}

/** Collects the `qc-change` details fired on `el`. */
function changesOf(el: HTMLElement): string[] {
  const seen: string[] = [];
  el.addEventListener('qc-change', (event) => seen.push(event.detail));
  return seen;
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('qc-search-input', () => {
  describe('accessibility', () => {
    it('passes axe: empty, with a value, with a label, disabled, with the icon', async () => {
      const root = await fixture(
        html`<div>
          <qc-search-input aria-label="Rechercher un article"></qc-search-input>
          <qc-search-input aria-label="Rechercher un sujet" value="Climat" left-icon></qc-search-input>
          <qc-search-input label="Nom de l'article" size="md" placeholder="Rechercher un article"></qc-search-input>
          <qc-search-input aria-label="Recherche désactivée" disabled value="Climat"></qc-search-input>
        </div>`,
      );
      await settle();
      await expect(root).to.be.accessible();
    });

    it('the field is a searchbox named by aria-label; the clear button is named [wcag:4.1.2]', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher un article" value="Climat"></qc-search-input>`,
      );
      expect(await axElement(input(el))).to.deep.equal({ role: 'searchbox', name: 'Rechercher un article' });
      expect(await axElement(clearButton(el))).to.deep.equal({ role: 'button', name: fr.searchInputClear });
    });

    it('label is a real <label for> that names the field (and replaces aria-label) [wcag:1.3.1,3.3.2,4.1.2]', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input label="Nom de l'article" aria-label="Autre nom"></qc-search-input>`,
      );
      const label = el.querySelector('label')!;
      expect(label.htmlFor).to.equal(input(el).id);
      expect(input(el).hasAttribute('aria-label')).to.equal(false);
      expect((await axElement(input(el))).name).to.equal("Nom de l'article");
    });

    it('with neither label nor aria-label: the placeholder names it, else the built-in name [wcag:4.1.2]', async () => {
      const root = await fixture(
        html`<div>
          <qc-search-input placeholder="Rechercher un article"></qc-search-input>
          <qc-search-input></qc-search-input>
        </div>`,
      );
      const [withPlaceholder, bare] = [...root.querySelectorAll('qc-search-input')].map(input);
      expect((await axElement(withPlaceholder!)).name).to.equal('Rechercher un article');
      expect((await axElement(bare!)).name).to.equal(fr.searchInputLabel);
    });

    itExcept(NEEDS_AX_TREE, 'the clear button is in the tree only while the field holds text', async () => {
      const el = await fixture<QcSearchInput>(
        html`<div id="tree"><qc-search-input aria-label="Rechercher"></qc-search-input></div>`,
      );
      const buttons = async () => findAll(await axTree('#tree'), (n) => n.role === 'button').map((n) => n.name);
      expect(await buttons()).to.deep.equal([]);
      await typeIn(el.querySelector('qc-search-input')!, 'a');
      expect(await buttons()).to.deep.equal([fr.searchInputClear]);
    });
  });

  describe('rendering', () => {
    it('creates a native input type="search" autocomplete="off" from the attributes', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input name="q" placeholder="Rechercher" value="Climat" maxlength="50"></qc-search-input>`,
      );
      const control = input(el);
      expect(control.type).to.equal('search');
      expect(control.name).to.equal('q');
      expect(control.placeholder).to.equal('Rechercher');
      expect(control.autocomplete).to.equal('off');
      expect(control.maxLength).to.equal(50);
      expect(control.value).to.equal('Climat');
      expect(control.defaultValue).to.equal('Climat');
    });

    it("keeps the author's input where it is, with its attributes, and adds the clear button after it", async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input
          ><input type="search" id="mine" name="terme" autocomplete="on" aria-label="Mon nom" value="x"
        /></qc-search-input>`,
      );
      const control = input(el);
      expect(control.id).to.equal('mine');
      expect(control.autocomplete).to.equal('on');
      expect(control.getAttribute('aria-label')).to.equal('Mon nom');
      expect(control.nextElementSibling === clearButton(el)).to.equal(true);
      expect(el.querySelectorAll('input')).to.have.length(1);
    });

    it("keeps the element's id on the element; a created input gets <id>-input", async () => {
      const el = await fixture<QcSearchInput>(html`<qc-search-input id="recherche" label="Terme"></qc-search-input>`);
      expect(document.getElementById('recherche') === el).to.equal(true);
      expect(input(el).id).to.equal('recherche-input');
      expect(el.querySelector('label')!.htmlFor).to.equal('recherche-input');
    });

    it('the clear button is a native type="button", at least 24 px, shown only with text [wcag:2.5.8]', async () => {
      const el = await fixture<QcSearchInput>(html`<qc-search-input aria-label="Rechercher"></qc-search-input>`);
      const button = clearButton(el);
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.hidden).to.equal(true);
      await typeIn(el, 'abc');
      expect(button.hidden).to.equal(false);
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      // Inside the field's box: nothing moves when it appears.
      const field = input(el).getBoundingClientRect();
      expect(box.right).to.be.at.most(field.right);
      expect(box.top).to.be.at.least(field.top);
    });

    it('left-icon draws a decorative icon inside the field, before the text', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher" left-icon placeholder="Texte"></qc-search-input>`,
      );
      const icon = part(el, 'icon')!;
      expect(icon.localName).to.equal('qc-icon');
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      await customElements.whenDefined('qc-icon');
      const iconBox = icon.getBoundingClientRect();
      const control = input(el);
      const textStart = control.getBoundingClientRect().left + parseFloat(getComputedStyle(control).paddingLeft);
      expect(iconBox.right).to.be.at.most(textStart);
      el.leftIcon = false;
      await el.updateComplete;
      expect(part(el, 'icon')).to.equal(null);
    });

    it('reflows at 320 px: never wider than its column [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 600 });
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher" size="xl" value="Climat"></qc-search-input>`,
      );
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('properties', () => {
    it('value follows what is typed and is reflected; setting it sets the field', async () => {
      const el = await fixture<QcSearchInput>(html`<qc-search-input aria-label="Rechercher"></qc-search-input>`);
      expect(el.hasAttribute('value')).to.equal(false);
      await typeIn(el, 'loi');
      await el.updateComplete;
      expect(el.value).to.equal('loi');
      expect(el.getAttribute('value')).to.equal('loi');
      el.value = 'règlement';
      await el.updateComplete;
      expect(input(el).value).to.equal('règlement');
      expect(clearButton(el).hidden).to.equal(false);
    });

    it('disabled disables the field and hides the clear button; "false" enables it', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher" value="x" disabled></qc-search-input>`,
      );
      expect(input(el).disabled).to.equal(true);
      expect(clearButton(el).hidden).to.equal(true);
      el.setAttribute('disabled', 'false');
      await el.updateComplete;
      expect(input(el).disabled).to.equal(false);
      expect(clearButton(el).hidden).to.equal(false);
    });

    it('size sets the width from the tokens', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher" size="sm"></qc-search-input>`,
      );
      const sm = el.getBoundingClientRect().width;
      el.size = 'lg';
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.greaterThan(sm);
    });

    it('clear-aria-label names the clear button [wcag:4.1.2]', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher" clear-aria-label="Vider" value="x"></qc-search-input>`,
      );
      expect(clearButton(el).getAttribute('aria-label')).to.equal('Vider');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the field then the clear button; Enter on it clears and returns focus to the field [wcag:2.1.1,2.4.3]', async () => {
      const root = await fixture(
        html`<div>
          <button>Avant</button><qc-search-input aria-label="Rechercher" value="Climat"></qc-search-input>
        </div>`,
      );
      const el = root.querySelector('qc-search-input')!;
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === input(el)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === clearButton(el)).to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(input(el).value).to.equal('');
      expect(document.activeElement === input(el)).to.equal(true);
      expect(clearButton(el).hidden).to.equal(true);
    });

    it('Space on the clear button clears too [wcag:2.1.1]', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher" value="x"></qc-search-input>`,
      );
      clearButton(el).focus();
      await sendKeys({ press: 'Space' });
      expect(input(el).value).to.equal('');
    });
  });

  describe('events', () => {
    it('qc-change fires at every keystroke without debounce, bubbling and composed', async () => {
      const el = await fixture<QcSearchInput>(html`<qc-search-input aria-label="Rechercher"></qc-search-input>`);
      const seen = changesOf(el);
      const event = oneEvent(el, 'qc-change');
      await typeIn(el, 'ab');
      const first = await event;
      expect(first.bubbles && first.composed).to.equal(true);
      expect(seen).to.deep.equal(['a', 'ab']);
    });

    it('with debounce, qc-change fires once after the pause, with the value', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher" debounce="150"></qc-search-input>`,
      );
      const seen = changesOf(el);
      // Three keystrokes in a row (dispatched: typing speed under load is not the point here).
      const control = input(el);
      for (const text of ['a', 'ab', 'abc']) {
        control.value = text;
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      expect(seen).to.deep.equal([]);
      await aTimeout(300);
      expect(seen).to.deep.equal(['abc']);
    });

    it('clearing fires input and qc-change at once (a pending debounced change is dropped)', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher" debounce="150"></qc-search-input>`,
      );
      const seen = changesOf(el);
      const inputs: string[] = [];
      el.addEventListener('input', () => inputs.push(input(el).value));
      // Typed synchronously (not with sendKeys, which can outlast the debounce on a busy machine),
      // so the debounced change is surely still pending when the clear button is pressed.
      input(el).value = 'a';
      input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'a' }));
      await el.updateComplete;
      clearButton(el).click();
      expect(seen).to.deep.equal(['']);
      expect(inputs).to.deep.equal(['a', '']);
      await aTimeout(300);
      expect(seen).to.deep.equal(['']);
    });
  });

  describe('forms', () => {
    it('submits its value under its name; reset restores the initial value', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><qc-search-input name="q" aria-label="Rechercher" value="Climat"></qc-search-input></form>`,
      );
      const el = form.querySelector('qc-search-input')!;
      await el.updateComplete;
      await typeIn(el, ' 2026');
      expect(new FormData(form).get('q')).to.equal('Climat 2026');
      form.reset();
      await settle();
      expect(input(el).value).to.equal('Climat');
      expect(el.value).to.equal('Climat');
    });

    it('never replaces what was typed before the upgrade with the value attribute', async () => {
      const el = document.createElement('qc-search-input');
      el.setAttribute('value', 'attribut');
      el.setAttribute('aria-label', 'Rechercher');
      const own = document.createElement('input');
      own.type = 'search';
      own.defaultValue = 'serveur';
      own.value = 'tapé';
      el.append(own);
      const root = await fixture(html`<div></div>`);
      root.append(el);
      await (el as QcSearchInput).updateComplete;
      expect(own.value).to.equal('tapé');
      expect((el as QcSearchInput).value).to.equal('tapé');
    });

    it('a disabled field is not submitted', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><qc-search-input name="q" aria-label="Rechercher" value="x" disabled></qc-search-input></form>`,
      );
      await form.querySelector('qc-search-input')!.updateComplete;
      expect(new FormData(form).has('q')).to.equal(false);
    });
  });

  describe('i18n', () => {
    it('built-in names follow the closest lang, and a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture(html`<div lang="en"><qc-search-input value="x"></qc-search-input></div>`);
      const el = root.querySelector('qc-search-input')!;
      await el.updateComplete;
      expect(input(el).getAttribute('aria-label')).to.equal(en.searchInputLabel);
      expect(clearButton(el).getAttribute('aria-label')).to.equal(en.searchInputClear);
      root.setAttribute('lang', 'fr-CA');
      await aTimeout(0);
      await el.updateComplete;
      expect(input(el).getAttribute('aria-label')).to.equal(fr.searchInputLabel);
      expect(clearButton(el).getAttribute('aria-label')).to.equal(fr.searchInputClear);
    });

    it('registerTranslation replaces the built-in strings on the page', async () => {
      const el = await fixture<QcSearchInput>(html`<qc-search-input lang="en-CA" value="x"></qc-search-input>`);
      registerTranslation('en-CA', { searchInputClear: 'Erase' });
      try {
        await el.updateComplete;
        expect(clearButton(el).getAttribute('aria-label')).to.equal('Erase');
      } finally {
        registerTranslation('en-CA', { searchInputClear: en.searchInputClear });
      }
    });
  });

  describe('bad input', () => {
    for (const bad of ['abc', '-5']) {
      it(`debounce="${bad}" falls back to 0 with one warning`, async () => {
        let el!: QcSearchInput;
        const warnings = await captureWarnings(async () => {
          el = await fixture<QcSearchInput>(
            html`<qc-search-input aria-label="Rechercher" debounce=${bad}></qc-search-input>`,
          );
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(warnings.filter((message) => message.includes(`debounce="${bad}"`))).to.have.length(1);
        const seen = changesOf(el);
        await typeIn(el, 'a');
        expect(seen).to.deep.equal(['a']);
      });
    }

    it('an unknown size falls back with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(html`<qc-search-input aria-label="Rechercher" size="huge"></qc-search-input>`);
      });
      expect(warnings.filter((message) => message.includes('size="huge"'))).to.have.length(1);
    });

    it('warns once in development when the field has neither label nor aria-label', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(
          html`<div>
            <qc-search-input placeholder="Rechercher un article"></qc-search-input>
            <qc-search-input aria-label="Rechercher un article"></qc-search-input>
          </div>`,
        );
        await aTimeout(10);
      });
      expect(warnings.filter((message) => message.includes('no label'))).to.have.length(1);
    });

    it('shows hostile label, aria-label and value as text, never as HTML', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input label=${hostile} clear-aria-label=${hostile} value=${hostile}></qc-search-input>`,
      );
      expect(el.querySelector('label')!.textContent).to.equal(hostile);
      expect(input(el).value).to.equal(hostile);
      expect(clearButton(el).getAttribute('aria-label')).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcSearchXss?: boolean }).__qcSearchXss).to.equal(undefined);
    });

    it('a framework replacing the input: the new one is wired (clear button, value)', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher"><input type="search" value="un" /></qc-search-input>`,
      );
      const replacement = document.createElement('input');
      replacement.type = 'search';
      replacement.value = 'deux';
      input(el).replaceWith(replacement);
      await aTimeout(0);
      await el.updateComplete;
      expect(el.value).to.equal('deux');
      expect(replacement.getAttribute('aria-label')).to.equal('Rechercher');
      expect(replacement.nextElementSibling === clearButton(el)).to.equal(true);
      expect(clearButton(el).hidden).to.equal(false);
    });

    it('a huge value stays inside the field', async () => {
      const el = await fixture<QcSearchInput>(
        html`<qc-search-input aria-label="Rechercher" value=${'x'.repeat(5000)}></qc-search-input>`,
      );
      expect(el.getBoundingClientRect().width).to.be.at.most(document.documentElement.clientWidth);
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { QcChoiceGroup } from './qc-choice-group.js';
import { NEEDS_AX_TREE, axTree, findAll, type AxNode } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { attemptSubmit, settle } from '../internal/test/form.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { runFormFieldSuite } from '../internal/test/form-field.suite.js';

const hostile = '<img src=x onerror=alert(1)>';

/** Fresh, equal items, as a framework re-rendering the list creates them (without `name`: the group gives it). */
function rerenderItems(field: HTMLElement): void {
  for (const old of field.querySelectorAll('label:has(input)')) {
    const oldInput = old.querySelector('input')!;
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = oldInput.type;
    input.value = oldInput.value;
    const text = document.createElement('span');
    text.textContent = old.textContent!.trim();
    label.append(input, ' ', text);
    old.replaceWith(label);
  }
}

runFormFieldSuite({
  tag: 'qc-choice-group',
  variant: 'radios',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-choice-group
      name=${name}
      legend=${label}
      ?required=${required}
      invalid-text=${invalidText ?? serverError ?? ''}
      ?invalid=${!!serverError}
    >
      <label><input type="radio" value="a" /> <span>Option A</span></label>
      <label><input type="radio" value="b" /> <span>Option B</span></label>
    </qc-choice-group>`,
  async fill(field) {
    // Keyboard: Tab into the group lands on the first radio, Space checks it, ArrowDown moves on.
    field.querySelector('input')!.focus();
    await sendKeys({ press: 'ArrowDown' });
  },
  filledValue: ['b'],
  emptyValue: [],
  labelledControl: (field) => field,
  role: 'radiogroup',
  async rerender(field) {
    rerenderItems(field);
  },
});

runFormFieldSuite({
  tag: 'qc-choice-group',
  variant: 'checkboxes',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-choice-group
      name=${name}
      legend=${label}
      ?required=${required}
      invalid-text=${invalidText ?? serverError ?? ''}
      ?invalid=${!!serverError}
    >
      <label><input type="checkbox" value="a" /> <span>Option A</span></label>
      <label><input type="checkbox" value="b" /> <span>Option B</span></label>
      <label><input type="checkbox" value="c" /> <span>Option C</span></label>
    </qc-choice-group>`,
  async fill(field) {
    const [a, , c] = field.querySelectorAll('input');
    a!.click();
    c!.click();
  },
  changesPerFill: 2,
  filledValue: ['a', 'c'],
  emptyValue: [],
  labelledControl: (field) => field,
  role: 'group',
  async rerender(field) {
    rerenderItems(field);
  },
});

async function mount(template: TemplateResult): Promise<QcChoiceGroup> {
  const el = await fixture<QcChoiceGroup>(template);
  await el.updateComplete;
  await settle();
  return el;
}

async function inForm(template: TemplateResult) {
  const form = await fixture<HTMLFormElement>(html`<form>${template}<button>Envoyer</button></form>`);
  const el = form.querySelector('qc-choice-group')!;
  await el.updateComplete;
  await settle();
  let submits = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits += 1;
  });
  return { form, el, submits: () => submits };
}

const radios = (legend = 'Mode de livraison', attrs: { required?: boolean; description?: string } = {}) =>
  html`<qc-choice-group
    name="livraison"
    legend=${legend}
    ?required=${attrs.required}
    description=${attrs.description ?? ''}
  >
    <label><input type="radio" value="poste" /> <span>Par la poste</span></label>
    <label><input type="radio" value="courriel" /> <span>Par courriel</span></label>
    <label><input type="radio" value="comptoir" /> <span>Au comptoir</span></label>
  </qc-choice-group>`;

const checkboxes = (attrs: { required?: boolean } = {}) =>
  html`<qc-choice-group name="plateforme" legend="Plateformes utilisées" ?required=${attrs.required}>
    <label><input type="checkbox" value="ordinateur" /> <span>Ordinateur</span></label>
    <label><input type="checkbox" value="tablette" /> <span>Tablette</span></label>
    <label><input type="checkbox" value="telephone" /> <span>Téléphone intelligent</span></label>
  </qc-choice-group>`;

const tiles = (attrs: { columns?: string; inline?: boolean; type?: 'radio' | 'checkbox' } = {}) =>
  html`<qc-choice-group
    name="forfait"
    legend="Choisissez un forfait"
    selection-button
    column-count=${attrs.columns ?? '2'}
    ?inline=${attrs.inline}
  >
    <label
      ><input type=${attrs.type ?? 'radio'} value="base" />
      <span class="qc-tile"
        ><span class="qc-tile-text">Forfait de base</span
        ><span class="qc-tile-description">Un rendez-vous par année.</span></span
      ></label
    >
    <label
      ><input type=${attrs.type ?? 'radio'} value="plus" />
      <span class="qc-tile"
        ><span class="qc-tile-text">Forfait plus</span
        ><span class="qc-tile-description">Deux rendez-vous par année et un suivi en ligne.</span></span
      ></label
    >
    <label
      ><input type=${attrs.type ?? 'radio'} value="ferme" disabled />
      <span class="qc-tile"><span class="qc-tile-text">Forfait fermé (non offert)</span></span></label
    >
  </qc-choice-group>`;

const items = (el: Element) => [...el.querySelectorAll('input')];
const errorOf = (el: Element) => el.querySelector<HTMLElement>('[data-qc-part="error"]:not([hidden])');
const columnsOf = (el: Element) => getComputedStyle(el).gridTemplateColumns.split(' ').filter(Boolean).length;

/** Relative luminance contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ forcedColors: 'none' });
});

describe('qc-choice-group', () => {
  describe('accessibility tree', () => {
    itExcept(
      NEEDS_AX_TREE,
      'is a radiogroup named by its legend, with named radios and their checked state [wcag:1.3.1,3.3.2,4.1.2]',
      async () => {
        const el = await mount(radios('Mode de livraison', { description: 'Choisissez un seul mode.' }));
        items(el)[1]!.click();
        await settle();
        const [group] = findAll(await axTree(), (n: AxNode) => n.role === 'radiogroup');
        expect(group!.name).to.equal('Mode de livraison');
        expect(group!.description).to.equal('Choisissez un seul mode.');
        const buttons = findAll(group, (n: AxNode) => n.role === 'radio');
        expect(buttons.map((n) => [n.name, n.checked])).to.deep.equal([
          ['Par la poste', false],
          ['Par courriel', true],
          ['Au comptoir', false],
        ]);
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'is a group for checkboxes; its description includes the error after a submit attempt [wcag:3.3.1,4.1.2]',
      async () => {
        const { form } = await inForm(checkboxes({ required: true }));
        attemptSubmit(form);
        await settle();
        const [group] = findAll(
          await axTree(),
          (n: AxNode) => n.role === 'group' && n.name === 'Plateformes utilisées (obligatoire)',
        );
        expect(group, 'group named by the legend').to.not.equal(undefined);
        expect(group!.description).to.contain('Sélectionnez une réponse pour Plateformes utilisées.');
        expect(findAll(group, (n: AxNode) => n.role === 'checkbox')).to.have.length(3);
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'a required radiogroup is required, and its name says « (obligatoire) »; the « * » stays hidden [wcag:1.3.1,3.3.2]',
      async () => {
        const el = await mount(radios('Mode de livraison', { required: true }));
        const [group] = findAll(await axTree(), (n: AxNode) => n.role === 'radiogroup');
        expect(group!.required).to.equal(true);
        expect(group!.name).to.equal('Mode de livraison (obligatoire)');
        const legend = el.querySelector('[data-qc-part="label"]')!;
        expect(legend.querySelector('.qc-required-mark')!.getAttribute('aria-hidden')).to.equal('true');
        // The words are there for assistive technologies only.
        const words = legend.querySelector<HTMLElement>('[data-qc-part="required-text"]')!;
        expect(words.getBoundingClientRect().width).to.be.at.most(1);
        await expect(el).to.be.accessible();
        // Optional again: neither the state nor the words.
        el.required = false;
        await el.updateComplete;
        const [optional] = findAll(await axTree(), (n: AxNode) => n.role === 'radiogroup');
        expect(optional!.name).to.equal('Mode de livraison');
        expect(optional!.required).to.equal(undefined);
        expect(el.hasAttribute('aria-required')).to.equal(false);
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'a required group of checkboxes says « (obligatoire) » in its name (group has no required state) [wcag:1.3.1,3.3.2]',
      async () => {
        const el = await mount(checkboxes({ required: true }));
        const [group] = findAll(await axTree(), (n: AxNode) => n.role === 'group');
        expect(group!.name).to.equal('Plateformes utilisées (obligatoire)');
        // aria-required is not allowed on role=group: not set.
        expect(el.hasAttribute('aria-required')).to.equal(false);
        await expect(el).to.be.accessible();
        el.required = false;
        await el.updateComplete;
        const [optional] = findAll(await axTree(), (n: AxNode) => n.role === 'group');
        expect(optional!.name).to.equal('Plateformes utilisées');
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'says « (required) » in English, and follows a change of language [wcag:1.3.1,3.1.2,3.3.2]',
      async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang="en">
            <qc-choice-group name="delivery" legend="Delivery method" required>
              <label><input type="radio" value="mail" /> <span>By mail</span></label>
              <label><input type="radio" value="email" /> <span>By email</span></label>
            </qc-choice-group>
            <qc-choice-group name="platforms" legend="Platforms used" required>
              <label><input type="checkbox" value="computer" /> <span>Computer</span></label>
              <label><input type="checkbox" value="phone" /> <span>Phone</span></label>
            </qc-choice-group>
          </div>`,
        );
        await settle();
        const names = async () =>
          findAll(await axTree(), (n: AxNode) => n.role === 'radiogroup' || n.role === 'group').map((n) => [
            n.role,
            n.name,
            n.required ?? false,
          ]);
        expect(await names()).to.deep.equal([
          ['radiogroup', 'Delivery method (required)', true],
          ['group', 'Platforms used (required)', false],
        ]);
        wrapper.setAttribute('lang', 'fr');
        await settle();
        expect(await names()).to.deep.equal([
          ['radiogroup', 'Delivery method (obligatoire)', true],
          ['group', 'Platforms used (obligatoire)', false],
        ]);
      },
    );
  });

  describe('axe', () => {
    it('passes in the default, checked, required, error, compact, inline, columns and disabled states', async () => {
      const { form, el } = await inForm(radios('Mode de livraison', { required: true, description: 'Un seul choix.' }));
      await expect(form).to.be.accessible();
      attemptSubmit(form);
      await settle();
      expect(errorOf(el)).to.not.equal(null);
      await expect(form).to.be.accessible();
      items(el)[0]!.click();
      await settle();
      await expect(form).to.be.accessible();
      for (const change of [
        () => (el.compact = true),
        () => (el.inline = true),
        () => (el.columnCount = 3),
        () => (el.disabled = true),
      ]) {
        change();
        await el.updateComplete;
        await expect(form).to.be.accessible();
      }
    });

    // The plain submit button wears the theme's tokens: unstyled, WebKitGTK paints it white on light
    // grey in a dark colour scheme (https://bugs.webkit.org/show_bug.cgi?id=276476).
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      it(`selection-button tiles pass axe in every state (${theme}) and their border reaches 3:1`, async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form data-qc-theme=${theme} style="background: var(--qc-color-background); padding: 8px">
            ${tiles()}<button
              style="color: var(--qc-color-text-primary); background: var(--qc-color-background); border: 1px solid currentColor"
            >
              Envoyer
            </button>
          </form>`,
        );
        const el = form.querySelector('qc-choice-group')!;
        el.required = true;
        await el.updateComplete;
        await settle();
        await expect(form).to.be.accessible();
        const tile = items(el)[0]!.closest('label')!;
        const page = getComputedStyle(form).backgroundColor;
        expect(contrast(getComputedStyle(tile).borderTopColor, page)).to.be.at.least(3);
        attemptSubmit(form);
        await settle();
        expect(errorOf(el)).to.not.equal(null);
        await expect(form).to.be.accessible();
        items(el)[1]!.focus();
        await sendKeys({ press: 'Space' });
        await settle();
        const checked = items(el)[1]!.closest('label')!;
        expect(getComputedStyle(checked).backgroundColor, 'checked tile has its own background').to.not.equal(
          getComputedStyle(tile).backgroundColor,
        );
        expect(getComputedStyle(checked).outlineStyle, 'focus ring on the tile').to.equal('solid');
        await expect(form).to.be.accessible();
        el.inline = true;
        el.compact = true;
        await el.updateComplete;
        await expect(form).to.be.accessible();
      });
    }

    it('checkbox tiles pass axe checked and unchecked', async () => {
      const el = await mount(tiles({ type: 'checkbox' }));
      await expect(el).to.be.accessible();
      items(el)[0]!.click();
      items(el)[1]!.click();
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('arrows move between radios and select them; Tab enters on the checked radio and leaves in one stop [wcag:2.1.1,2.1.2,2.4.3]', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button id="before">Avant</button>${radios()}<button id="after">Après</button></div>`,
      );
      const el = wrapper.querySelector('qc-choice-group')!;
      await settle();
      const changes: string[] = [];
      el.addEventListener('change', (e) => changes.push((e.target as HTMLInputElement).value));
      wrapper.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(items(el)[0]);
      await sendKeys({ press: 'Space' });
      expect(items(el)[0]!.checked).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      expect(document.activeElement).to.equal(items(el)[1]);
      expect(items(el)[1]!.checked).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      expect(items(el).map((i) => i.checked)).to.deep.equal([false, true, false]);
      expect(changes).to.deep.equal(['poste', 'courriel', 'comptoir', 'courriel']);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id, 'one tab stop for the radios').to.equal('after');
      await sendKeys({ press: 'Shift+Tab' });
      expect(document.activeElement, 'back on the checked radio').to.equal(items(el)[1]);
    });

    it('Space toggles checkboxes, and Tab visits each one [wcag:2.1.1,2.4.3]', async () => {
      const el = await mount(checkboxes());
      items(el)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(items(el)[1]);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(el.value).to.deep.equal(['ordinateur', 'telephone']);
      await sendKeys({ press: 'Space' });
      expect(el.value).to.deep.equal(['ordinateur']);
    });
  });

  describe('items and name', () => {
    it('gives its name to items that lack one, keeps the others’, and follows a new name', async () => {
      const el = await mount(
        html`<qc-choice-group name="groupe" legend="Choix">
          <label><input type="checkbox" value="1" /> <span>Un</span></label>
          <label><input type="checkbox" name="autre" value="2" /> <span>Deux</span></label>
        </qc-choice-group>`,
      );
      expect(items(el).map((i) => i.name)).to.deep.equal(['groupe', 'autre']);
      el.name = 'nouveau';
      await el.updateComplete;
      expect(items(el).map((i) => i.name)).to.deep.equal(['nouveau', 'autre']);
    });

    itExcept(
      NEEDS_AX_TREE,
      'accepts <input id> + <label for> siblings, wrapped or bare [wcag:1.3.1,3.3.2]',
      async () => {
        const el = await mount(
          html`<qc-choice-group name="taille" legend="Taille" column-count="2">
            <input type="radio" id="t-p" value="p" /><label for="t-p">Petite</label>
            <input type="radio" id="t-m" value="m" /><label for="t-m">Moyenne</label>
          </qc-choice-group>`,
        );
        const [group] = findAll(await axTree(), (n: AxNode) => n.role === 'radiogroup');
        expect(group!.name).to.equal('Taille');
        expect(findAll(group, (n: AxNode) => n.role === 'radio').map((n) => n.name)).to.deep.equal([
          'Petite',
          'Moyenne',
        ]);
        // Two items per row: a box track and a label track for each column.
        expect(columnsOf(el)).to.equal(4);
        const [p, m] = items(el);
        expect(p!.getBoundingClientRect().top).to.equal(m!.getBoundingClientRect().top);
        el.querySelector<HTMLElement>('label[for="t-m"]')!.click();
        expect(m!.checked).to.equal(true);
        await expect(el).to.be.accessible();
      },
    );

    it('a framework re-render of the items keeps the checked state the DOM has, and re-wires them', async () => {
      const { form, el } = await inForm(radios('Mode de livraison', { required: true }));
      items(el)[0]!.click();
      await settle();
      // The framework renders its own state: « courriel » checked.
      for (const old of el.querySelectorAll('label')) {
        const input = document.createElement('input');
        input.type = 'radio';
        input.value = old.querySelector('input')!.value;
        input.checked = input.value === 'courriel';
        const label = document.createElement('label');
        label.append(input, ' ', old.querySelector('span')!.cloneNode(true));
        old.replaceWith(label);
      }
      await settle();
      expect(items(el).map((i) => i.checked)).to.deep.equal([false, true, false]);
      expect(items(el).every((i) => i.name === 'livraison' && i.required)).to.equal(true);
      expect(new FormData(form).getAll('livraison')).to.deep.equal(['courriel']);
      expect(el.querySelectorAll('[data-qc-part="label"]')).to.have.length(1);
    });
  });

  describe('forms and validation', () => {
    it('required radios use native required: valueMissing until one is chosen [wcag:1.3.1,3.3.2]', async () => {
      const { form, el, submits } = await inForm(radios('Mode de livraison', { required: true }));
      expect(items(el).every((i) => i.required && i.validity.valueMissing)).to.equal(true);
      attemptSubmit(form);
      await settle();
      expect(submits()).to.equal(0);
      expect(errorOf(el)!.textContent).to.contain('Sélectionnez une réponse pour Mode de livraison.');
      expect(document.activeElement).to.equal(items(el)[0]);
      items(el)[2]!.click();
      await settle();
      expect(errorOf(el)).to.equal(null);
      attemptSubmit(form);
      expect(submits()).to.equal(1);
    });

    it('required checkboxes: at least one, through the first box’s custom validity, cleared once one is checked [wcag:1.3.1,3.3.2]', async () => {
      const { form, el, submits } = await inForm(checkboxes({ required: true }));
      const [first, second] = items(el);
      expect(first!.validity.customError).to.equal(true);
      expect(first!.validationMessage).to.equal('Sélectionnez une réponse pour Plateformes utilisées.');
      expect(
        items(el).some((i) => i.required),
        'no checkbox is individually required',
      ).to.equal(false);
      attemptSubmit(form);
      await settle();
      expect(submits()).to.equal(0);
      expect(document.activeElement).to.equal(first);
      second!.click();
      await settle();
      expect(first!.validity.valid).to.equal(true);
      expect(errorOf(el)).to.equal(null);
      attemptSubmit(form);
      expect(submits()).to.equal(1);
      second!.click();
      expect(first!.validity.customError, 'back when none is checked').to.equal(true);
      el.required = false;
      await el.updateComplete;
      expect(first!.validity.valid, 'gone when the group is no longer required').to.equal(true);
    });

    it('after a reset to no box checked, a required group blocks the submit again [wcag:1.3.1,3.3.2]', async () => {
      const { form, el, submits } = await inForm(checkboxes({ required: true }));
      items(el)[0]!.click();
      form.reset();
      await settle();
      form.requestSubmit();
      await settle();
      expect(submits()).to.equal(0);
      expect(errorOf(el)).to.not.equal(null);
    });

    it('never clears a custom validity the page set itself', async () => {
      const { el } = await inForm(checkboxes({ required: true }));
      const [first, second] = items(el);
      first!.setCustomValidity('Message de la page');
      second!.click();
      await settle();
      expect(first!.validationMessage).to.equal('Message de la page');
    });

    it('a box checked by a framework (no event) counts on the next submit attempt', async () => {
      const { form, el, submits } = await inForm(checkboxes({ required: true }));
      items(el)[1]!.checked = true;
      form.querySelector('button')!.click();
      await settle();
      expect(submits()).to.equal(1);
      expect(errorOf(el)).to.equal(null);
    });

    it('shows no error on load, then when the user leaves the group after unchecking everything [wcag:3.3.1]', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>${checkboxes({ required: true })}<button id="after">Après</button></div>`,
      );
      const el = wrapper.querySelector('qc-choice-group')!;
      await settle();
      expect(errorOf(el)).to.equal(null);
      items(el)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(errorOf(el), 'moving inside the group shows nothing').to.equal(null);
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Space' });
      expect(errorOf(el)).to.not.equal(null);
      await sendKeys({ press: 'Space' });
      expect(errorOf(el)).to.equal(null);
    });

    it('a server error shows at load; checking an item clears it and turns invalid off [wcag:3.3.1]', async () => {
      const { form, el } = await inForm(
        html`<qc-choice-group name="theme" legend="Thème" invalid invalid-text="Choisissez un thème.">
          <label><input type="radio" value="clair" /> <span>Clair</span></label>
          <label><input type="radio" value="sombre" /> <span>Sombre</span></label>
        </qc-choice-group>`,
      );
      expect(errorOf(el)!.textContent).to.contain('Choisissez un thème.');
      expect(el.getAttribute('aria-describedby')).to.contain(errorOf(el)!.id);
      await expect(form).to.be.accessible();
      items(el)[1]!.click();
      await settle();
      expect(el.invalid).to.equal(false);
      expect(errorOf(el)).to.equal(null);
    });

    it('the value property lists the checked values, and setting it checks items and clears the error [wcag:3.3.1]', async () => {
      const { form, el, submits } = await inForm(checkboxes({ required: true }));
      attemptSubmit(form);
      await settle();
      expect(errorOf(el)).to.not.equal(null);
      let changes = 0;
      el.addEventListener('change', () => (changes += 1));
      el.value = ['tablette', 'telephone'];
      await settle();
      expect(items(el).map((i) => i.checked)).to.deep.equal([false, true, true]);
      expect(el.value).to.deep.equal(['tablette', 'telephone']);
      expect(errorOf(el)).to.equal(null);
      expect(changes, 'no event, as when setting checked').to.equal(0);
      attemptSubmit(form);
      expect(submits()).to.equal(1);
      el.value = 'ordinateur';
      expect(el.value).to.deep.equal(['ordinateur']);
      el.value = null;
      expect(el.value).to.deep.equal([]);
    });

    it('reset restores the default checked state and clears the error [wcag:3.3.1]', async () => {
      const { form, el } = await inForm(
        html`<qc-choice-group name="n" legend="Choix" required>
          <label><input type="radio" value="1" /> <span>Un</span></label>
          <label><input type="radio" value="2" checked /> <span>Deux</span></label>
        </qc-choice-group>`,
      );
      items(el)[0]!.click();
      expect(el.value).to.deep.equal(['1']);
      form.reset();
      await settle();
      expect(el.value).to.deep.equal(['2']);
      expect(errorOf(el)).to.equal(null);
    });

    it('disabled disables every item; enabling gives back only what it disabled', async () => {
      const { form, el } = await inForm(
        html`<qc-choice-group name="n" legend="Choix" disabled>
          <label><input type="checkbox" value="1" checked /> <span>Un</span></label>
          <label><input type="checkbox" value="2" disabled /> <span>Deux</span></label>
        </qc-choice-group>`,
      );
      expect(items(el).every((i) => i.disabled)).to.equal(true);
      expect(new FormData(form).getAll('n')).to.deep.equal([]);
      el.disabled = false;
      await el.updateComplete;
      expect(items(el).map((i) => i.disabled)).to.deep.equal([false, true]);
      expect(new FormData(form).getAll('n')).to.deep.equal(['1']);
    });
  });

  describe('layout', () => {
    it('stacks items in one column by default', async () => {
      const el = await mount(radios());
      expect(columnsOf(el)).to.equal(1);
      const [a, b] = items(el);
      expect(b!.getBoundingClientRect().top).to.be.greaterThan(a!.getBoundingClientRect().top);
    });

    it('column-count draws that many grid columns, and one on narrow screens', async () => {
      const el = await mount(tiles({ columns: '3' }));
      expect(columnsOf(el)).to.equal(3);
      const [a, b, c] = items(el).map((i) => i.closest('label')!.getBoundingClientRect());
      expect(a!.top).to.equal(b!.top);
      expect(b!.top).to.equal(c!.top);
      expect(el.querySelector('[data-qc-part="label"]')!.getBoundingClientRect().width, 'legend spans').to.be.closeTo(
        el.getBoundingClientRect().width,
        1,
      );
      await setViewport({ width: 360, height: 640 });
      expect(columnsOf(el)).to.equal(1);
      el.columnCount = 2;
      await el.updateComplete;
      await setViewport({ width: 800, height: 600 });
      expect(columnsOf(el)).to.equal(2);
    });

    it('inline puts the items on one wrapping row', async () => {
      const el = await mount(
        html`<qc-choice-group name="note" legend="Note" inline>
          ${[1, 2, 3, 4, 5].map((n) => html`<label><input type="radio" value=${n} /> <span>${n}</span></label>`)}
        </qc-choice-group>`,
      );
      expect(getComputedStyle(el).display).to.equal('flex');
      const tops = items(el).map((i) => i.getBoundingClientRect().top);
      expect(new Set(tops).size).to.equal(1);
      const legend = el.querySelector('[data-qc-part="label"]')!.getBoundingClientRect();
      expect(legend.bottom).to.be.at.most(tops[0]!);
    });

    it('selection-button draws bordered, padded tiles; compact keeps a 24 px target [wcag:2.5.8]', async () => {
      const el = await mount(tiles());
      const tile = items(el)[0]!.closest('label')!;
      const style = getComputedStyle(tile);
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.paddingTop)).to.equal(16);
      expect(getComputedStyle(el.querySelector('.qc-tile-text')!).fontWeight).to.equal('600');
      el.selectionButton = false;
      el.compact = true;
      await el.updateComplete;
      const input = items(el)[0]!;
      expect(input.getBoundingClientRect().width).to.equal(16);
      expect(input.closest('label')!.getBoundingClientRect().height).to.be.at.least(24);
    });

    itExcept(NO_MEDIA_EMULATION, 'keeps a visible native box in forced colours [wcag:1.4.11]', async () => {
      const el = await mount(radios());
      items(el)[0]!.click();
      await emulateMedia({ forcedColors: 'active' });
      for (const input of items(el)) {
        expect(getComputedStyle(input).appearance).to.equal('auto');
        expect(input.getBoundingClientRect().width).to.be.at.least(16);
      }
    });
  });

  describe('i18n', () => {
    for (const [lang, expected] of [
      ['fr', 'Sélectionnez une réponse pour Choix.'],
      ['fr-CA', 'Sélectionnez une réponse pour Choix.'],
      ['en', 'Select an answer for Choix.'],
    ] as const) {
      it(`says the required message in ${lang} (checkboxes) [wcag:1.3.1,3.1.2,3.3.2]`, async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form lang=${lang}>
            <qc-choice-group name="n" legend="Choix" required>
              <label><input type="checkbox" value="1" /> <span>Un</span></label>
            </qc-choice-group>
          </form>`,
        );
        await settle();
        attemptSubmit(form);
        await settle();
        expect(errorOf(form.querySelector('qc-choice-group')!)!.textContent).to.contain(expected);
      });
    }

    it('follows a language change [wcag:3.1.2]', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form lang="fr">
          <qc-choice-group name="n" legend="Choix" required>
            <label><input type="checkbox" value="1" /> <span>Un</span></label>
          </qc-choice-group>
        </form>`,
      );
      await settle();
      form.lang = 'en';
      await settle();
      expect(form.querySelector('input')!.validationMessage).to.equal('Select an answer for Choix.');
    });
  });

  describe('bad input', () => {
    for (const value of ['0', '-2', '2.5', 'trois']) {
      it(`column-count="${value}" falls back to one column with one warning`, async () => {
        let el: QcChoiceGroup | undefined;
        const warnings = await captureWarnings(async () => {
          el = await mount(
            html`<qc-choice-group name="n" legend="Choix" column-count=${value}>
              <label><input type="radio" value="1" /> <span>Un</span></label>
              <label><input type="radio" value="2" /> <span>Deux</span></label>
            </qc-choice-group>`,
          );
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`column-count="${value}"`);
        expect(columnsOf(el!)).to.equal(1);
      });
    }

    it('shows a hostile legend, hint and error as text', async () => {
      const { form, el } = await inForm(
        html`<qc-choice-group name="n" legend=${hostile} description=${hostile} required invalid-text=${hostile}>
          <label><input type="radio" value="1" /> <span>Un</span></label>
        </qc-choice-group>`,
      );
      attemptSubmit(form);
      await settle();
      expect(el.querySelector('img')).to.equal(null);
      expect(el.querySelector('[data-qc-part="label"]')!.textContent).to.contain(hostile);
      expect(el.querySelector('[data-qc-part="hint"]')!.textContent).to.equal(hostile);
      expect(errorOf(el)!.textContent).to.contain(hostile);
    });

    it('wraps a huge legend and huge item labels inside its container', async () => {
      const huge = 'Libellé très long '.repeat(60) + 'x'.repeat(400);
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px">
          <qc-choice-group name="n" legend=${huge} selection-button column-count="2">
            <label><input type="radio" value="1" /> <span>${huge}</span></label>
            <label><input type="radio" value="2" /> <span>Court</span></label>
          </qc-choice-group>
        </div>`,
      );
      await settle();
      for (const node of wrapper.querySelectorAll('label, [data-qc-part="label"]')) {
        expect(node.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
    });

    it('warns once without a legend, and once for radios without a name', async () => {
      const warnings = await captureWarnings(async () => {
        await mount(
          html`<qc-choice-group>
            <label><input type="radio" value="1" /> <span>Un</span></label>
            <label><input type="radio" value="2" /> <span>Deux</span></label>
          </qc-choice-group>`,
        );
        await settle();
      });
      expect(warnings).to.have.length(2);
      expect(warnings.some((w) => /label|legend/.test(w))).to.equal(true);
      expect(warnings.some((w) => /name/.test(w))).to.equal(true);
    });

    it('an empty group renders its legend and does not throw [wcag:1.3.1,3.3.2]', async () => {
      const el = await mount(html`<qc-choice-group name="n" legend="Vide"></qc-choice-group>`);
      expect(el.getAttribute('role')).to.equal('group');
      expect(el.value).to.deep.equal([]);
    });
  });
});

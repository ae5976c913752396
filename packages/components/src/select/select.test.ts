import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { fold, Typeahead } from './select-options.js';
import './qc-select.js';
import type { QcSelect } from './select.js';
import { NEEDS_AX_TREE, axTree, findAll, type AxNode } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { attemptSubmit, settle } from '../internal/test/form.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { runFormFieldSuite } from '../internal/test/form-field.suite.js';

/** The states the project's a11ySnapshot plugin adds for widgets. */
type WidgetNode = AxNode & {
  expanded?: boolean;
  selected?: boolean;
  required?: boolean;
  invalid?: boolean;
  multiselectable?: boolean;
  value?: string;
};

const regions: ReadonlyArray<readonly [string, string]> = [
  ['01', 'Bas-Saint-Laurent'],
  ['02', 'Saguenay–Lac-Saint-Jean'],
  ['03', 'Capitale-Nationale'],
  ['04', 'Mauricie'],
  ['05', 'Estrie'],
  ['06', 'Montréal'],
  ['07', 'Outaouais'],
  ['08', 'Abitibi-Témiscamingue'],
  ['09', 'Côte-Nord'],
  ['10', 'Nord-du-Québec'],
  ['11', 'Gaspésie–Îles-de-la-Madeleine'],
  ['12', 'Chaudière-Appalaches'],
  ['13', 'Laval'],
  ['14', 'Lanaudière'],
  ['15', 'Laurentides'],
  ['16', 'Montérégie'],
  ['17', 'Centre-du-Québec'],
];
const cities = ['Montréal', 'Québec', 'Laval', 'Gatineau', 'Longueuil', 'Sherbrooke', 'Lévis', 'Saguenay'];

const regionOptions = (selected: string[] = []) =>
  regions.map(([value, label]) => html`<option value=${value} ?selected=${selected.includes(value)}>${label}</option>`);
const cityOptions = () => cities.map((city) => html`<option>${city}</option>`);

async function mount(template: TemplateResult): Promise<{ form: HTMLFormElement; field: QcSelect }> {
  const form = await fixture<HTMLFormElement>(html`<form>${template}<button type="submit">Envoyer</button></form>`);
  form.addEventListener('submit', (event) => event.preventDefault());
  const field = form.querySelector('qc-select')!;
  await field.updateComplete;
  await settle();
  return { form, field };
}

/** The enhanced combobox (button or input) of a field. */
const comboboxOf = (field: HTMLElement) => field.querySelector<HTMLElement>('[role="combobox"]')!;
const popupOf = (field: HTMLElement) => field.querySelector<HTMLElement>('.qc-select-popup')!;
/** Text of the options shown now. */
const shownOptions = (field: HTMLElement) =>
  [...field.querySelectorAll<HTMLElement>('[role="option"]')]
    .filter((option) => option.offsetParent !== null)
    .map((option) => option.textContent);
/** Text of the active option (aria-activedescendant). */
function activeText(field: HTMLElement): string | null {
  const id = comboboxOf(field).getAttribute('aria-activedescendant');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}
/** True when `element` has focus (a boolean: a failing assertion on a DOM node hangs the runner, modernweb-dev/web#2967). */
const focused = (element: Element | null) => !!element && document.activeElement === element;
const formValues = (form: HTMLFormElement, name: string) => new FormData(form).getAll(name);

async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** Counts the input and change events the page hears (on the form), and their targets. */
function listen(form: HTMLFormElement) {
  const heard = { input: 0, change: 0, targets: new Set<string>() };
  form.addEventListener('input', (event) => {
    heard.input += 1;
    heard.targets.add((event.target as Element).localName);
  });
  form.addEventListener('change', (event) => {
    heard.change += 1;
    heard.targets.add((event.target as Element).localName);
  });
  return heard;
}

async function comboboxNode(name: string): Promise<WidgetNode> {
  const nodes = findAll(await axTree(), (node) => node.role === 'combobox' && node.name === name);
  expect(nodes, `one combobox named « ${name} »`).to.have.length(1);
  return nodes[0] as WidgetNode;
}

// --- The shared form-field suite, in each mode ----------------------------------------------------

const fieldOptions = html`<option value="">Choisir</option>
  <option value="qc">Québec</option>
  <option value="mtl">Montréal</option>`;

/** Replaces the options with fresh, equal nodes, as React `.map()` or Angular `@for` would. */
async function rebuildOptions(field: HTMLElement): Promise<void> {
  const select = field.querySelector('select')!;
  const fresh = [...select.children].map((option) => {
    const copy = document.createElement('option');
    copy.value = (option as HTMLOptionElement).value;
    copy.textContent = option.textContent;
    return copy;
  });
  select.replaceChildren(...fresh);
  await aTimeout(0);
}

runFormFieldSuite({
  tag: 'qc-select',
  variant: 'plain',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-select
      label=${label}
      ?required=${required}
      invalid-text=${invalidText ?? serverError ?? ''}
      ?invalid=${!!serverError}
      ><select name=${name}>
        ${fieldOptions}
      </select></qc-select
    >`,
  async fill(field) {
    // The native select's own typeahead (closed select, as a keyboard user does).
    field.querySelector('select')!.focus();
    await sendKeys({ type: 'Q' });
  },
  filledValue: ['qc'],
  emptyValue: [''],
  labelledControl: (field) => field.querySelector('select')!,
  role: 'combobox',
  async rerender(field) {
    // A framework rendering the whole control again.
    const old = field.querySelector('select')!;
    const fresh = document.createElement('select');
    fresh.name = old.name;
    for (const option of old.options) fresh.append(new Option(option.text, option.value));
    old.replaceWith(fresh);
    await aTimeout(0);
  },
});

runFormFieldSuite({
  tag: 'qc-select',
  variant: 'enable-search',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-select
      label=${label}
      enable-search
      ?required=${required}
      invalid-text=${invalidText ?? serverError ?? ''}
      ?invalid=${!!serverError}
      ><select name=${name}>
        ${fieldOptions}
      </select></qc-select
    >`,
  async fill(field) {
    comboboxOf(field).focus();
    await sendKeys({ type: 'qué' });
    await press('ArrowDown', 'Enter');
  },
  filledValue: ['qc'],
  emptyValue: [''],
  labelledControl: comboboxOf,
  role: 'combobox',
  rerender: rebuildOptions,
});

runFormFieldSuite({
  tag: 'qc-select',
  variant: 'multiple',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-select
      label=${label}
      multiple
      ?required=${required}
      invalid-text=${invalidText ?? serverError ?? ''}
      ?invalid=${!!serverError}
      ><select name=${name}>
        <option value="qc">Québec</option>
        <option value="mtl">Montréal</option>
      </select></qc-select
    >`,
  async fill(field) {
    comboboxOf(field).focus();
    await press('ArrowDown', 'Enter', 'Escape');
  },
  filledValue: ['qc'],
  emptyValue: [],
  labelledControl: comboboxOf,
  role: 'combobox',
  rerender: rebuildOptions,
});

// --- Plain mode ------------------------------------------------------------------------------------

describe('qc-select: plain (native select)', () => {
  itExcept(NEEDS_AX_TREE, 'keeps the native select, labelled, with no enhanced widget', async () => {
    const { field } = await mount(
      html`<qc-select label="Région"
        ><select name="region">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    const select = field.querySelector('select')!;
    expect(select.hidden).to.equal(false);
    expect(!!field.querySelector('[data-qc-part="combo"]'), 'enhanced widget').to.equal(false);
    expect(select.labels[0]?.textContent).to.equal('Région');
    const node = await comboboxNode('Région');
    expect(node.value).to.equal('Bas-Saint-Laurent');
    await expect(field).to.be.accessible();
  });

  it('placeholder creates a selectable empty first option, selected, that required rejects [wcag:1.3.1,3.3.2]', async () => {
    const { form, field } = await mount(
      html`<qc-select label="Région" placeholder="Choisir une région" required
        ><select name="region">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    const select = field.querySelector('select')!;
    const first = select.options[0]!;
    expect(first.value).to.equal('');
    expect(first.textContent).to.equal('Choisir une région');
    expect(first.disabled).to.equal(false);
    expect(select.value).to.equal('');
    expect(select.validity.valueMissing).to.equal(true);
    attemptSubmit(form);
    await settle();
    expect(field.querySelector('[data-qc-part="error"]')!.textContent).to.contain(
      'Sélectionnez une option dans la liste Région.',
    );
    await expect(field).to.be.accessible();
  });

  it('an authored empty option is the placeholder: none is added', async () => {
    const { field } = await mount(
      html`<qc-select label="Région" placeholder="Autre texte"
        ><select name="region">
          <option value="">— Aucune —</option>
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    const select = field.querySelector('select')!;
    expect([...select.options].filter((option) => option.value === '')).to.have.length(1);
    expect(select.options[0]!.textContent).to.equal('— Aucune —');
  });

  it('placeholder does not override an option the author selected, and reset returns to it', async () => {
    const { form, field } = await mount(
      html`<qc-select label="Région" placeholder="Choisir"
        ><select name="region">
          ${regionOptions(['06'])}
        </select></qc-select
      >`,
    );
    const select = field.querySelector('select')!;
    expect(select.value).to.equal('06');
    select.value = '';
    form.reset();
    await settle();
    expect(select.value).to.equal('06');
  });

  it('keeps the selection when a framework re-renders the options, without a change event', async () => {
    const { form, field } = await mount(
      html`<qc-select label="Région"
        ><select name="region">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    const select = field.querySelector('select')!;
    select.focus();
    await sendKeys({ type: 'Mont' });
    expect(select.value).to.equal('06');
    const heard = listen(form);
    await rebuildOptions(field);
    await settle();
    expect(select.options[5]!.selected).to.equal(true);
    expect(formValues(form, 'region')).to.deep.equal(['06']);
    expect(heard.change).to.equal(0);
  });
});

// --- Enhanced: multiple (select-only combobox + multi-select listbox) -------------------------------

describe('qc-select: multiple', () => {
  const multiple = (attrs: { selected?: string[]; required?: boolean } = {}) =>
    mount(
      html`<qc-select label="Régions" multiple ?required=${!!attrs.required}
        ><select name="regions">
          ${regionOptions(attrs.selected)}
        </select></qc-select
      >`,
    );

  itExcept(
    NEEDS_AX_TREE,
    'hides the native select (still in the form) and stands a named combobox in for it [wcag:4.1.2]',
    async () => {
      const { form, field } = await multiple({ selected: ['01', '06'] });
      const select = field.querySelector('select')!;
      expect(select.hidden).to.equal(true);
      expect(select.multiple).to.equal(true);
      expect(formValues(form, 'regions')).to.deep.equal(['01', '06']);
      const combobox = comboboxOf(field);
      expect(combobox.localName).to.equal('button');
      expect(field.querySelector('label')!.htmlFor).to.equal(combobox.id);
      const node = await comboboxNode('Régions');
      expect(node.expanded).to.equal(false);
      expect(node.value).to.equal('Bas-Saint-Laurent, Montréal');
      // The hidden select is out of the accessibility tree.
      expect(findAll(await axTree(), (n) => n.role === 'MenuListPopup' || n.role === 'listbox')).to.have.length(0);
      await expect(field).to.be.accessible();
    },
  );

  itExcept(
    NEEDS_AX_TREE,
    'opens with ArrowDown: expanded, multiselectable listbox named by the label, options selected [wcag:1.3.1,2.1.1,2.5.3,3.3.2,4.1.2]',
    async () => {
      const { field } = await multiple({ selected: ['06'] });
      comboboxOf(field).focus();
      await press('ArrowDown');
      expect(focused(comboboxOf(field)), 'focus').to.equal(true);
      expect(comboboxOf(field).getAttribute('aria-expanded')).to.equal('true');
      expect(field.expanded).to.equal(true);
      expect(field.hasAttribute('expanded')).to.equal(true);
      expect(activeText(field)).to.equal('Montréal');
      const tree = await axTree();
      const [listbox] = findAll(tree, (node) => node.role === 'listbox') as WidgetNode[];
      expect(listbox?.name).to.equal('Régions');
      expect(listbox?.multiselectable).to.equal(true);
      const options = findAll(listbox, (node) => node.role === 'option') as WidgetNode[];
      expect(options).to.have.length(17);
      expect(options.filter((option) => option.selected).map((option) => option.name)).to.deep.equal(['Montréal']);
      expect(((await comboboxNode('Régions')) as WidgetNode).expanded).to.equal(true);
      await expect(field).to.be.accessible();
    },
  );

  it('arrows, Home, End, PageDown, PageUp move the active option without selecting [wcag:2.1.1]', async () => {
    const { form, field } = await multiple();
    const heard = listen(form);
    comboboxOf(field).focus();
    await press('ArrowDown');
    expect(activeText(field)).to.equal('Bas-Saint-Laurent');
    await press('ArrowDown', 'ArrowDown');
    expect(activeText(field)).to.equal('Capitale-Nationale');
    await press('ArrowUp');
    expect(activeText(field)).to.equal('Saguenay–Lac-Saint-Jean');
    await press('End');
    expect(activeText(field)).to.equal('Centre-du-Québec');
    await press('ArrowDown');
    expect(activeText(field), 'no wrapping').to.equal('Centre-du-Québec');
    await press('PageUp');
    expect(activeText(field)).to.equal('Outaouais');
    await press('Home');
    expect(activeText(field)).to.equal('Bas-Saint-Laurent');
    await press('PageDown');
    expect(activeText(field)).to.equal('Gaspésie–Îles-de-la-Madeleine');
    expect(heard.change).to.equal(0);
    expect(formValues(form, 'regions')).to.deep.equal([]);
  });

  itExcept(
    NEEDS_AX_TREE,
    'Enter and Space toggle the active option, keep the list open, one input and one change each [wcag:2.1.1]',
    async () => {
      const { form, field } = await multiple();
      const heard = listen(form);
      comboboxOf(field).focus();
      await press('ArrowDown', 'Enter');
      expect(heard).to.include({ input: 1, change: 1 });
      await press('ArrowDown', ' ');
      expect(heard).to.include({ input: 2, change: 2 });
      expect([...heard.targets]).to.deep.equal(['select']);
      expect(formValues(form, 'regions')).to.deep.equal(['01', '02']);
      expect(field.expanded).to.equal(true);
      await press('Enter');
      expect(formValues(form, 'regions')).to.deep.equal(['01']);
      expect(heard.change).to.equal(3);
      const selected = findAll(await axTree(), (node) => (node as WidgetNode).selected === true);
      expect(selected.map((node) => node.name)).to.deep.equal(['Bas-Saint-Laurent']);
    },
  );

  it('Shift+ArrowDown and Shift+ArrowUp move and toggle [wcag:2.1.1]', async () => {
    const { form, field } = await multiple();
    comboboxOf(field).focus();
    await press('ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowDown');
    expect(formValues(form, 'regions')).to.deep.equal(['02', '03']);
    await press('Shift+ArrowUp');
    expect(formValues(form, 'regions')).to.deep.equal(['03']);
  });

  it('Escape closes without changing anything and keeps focus on the combobox [wcag:2.1.1,2.1.2]', async () => {
    const { form, field } = await multiple({ selected: ['05'] });
    const heard = listen(form);
    comboboxOf(field).focus();
    await press('ArrowDown', 'ArrowDown', 'Escape');
    expect(field.expanded).to.equal(false);
    expect(comboboxOf(field).getAttribute('aria-expanded')).to.equal('false');
    expect(comboboxOf(field).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(focused(comboboxOf(field)), 'focus').to.equal(true);
    expect(popupOf(field).hidden).to.equal(true);
    expect(heard.change).to.equal(0);
    expect(formValues(form, 'regions')).to.deep.equal(['05']);
  });

  it('Alt+ArrowDown opens, Alt+ArrowUp closes; ArrowUp, Home, End, Enter and Space open a closed list [wcag:2.1.1]', async () => {
    const { field } = await multiple({ selected: ['09'] });
    comboboxOf(field).focus();
    await press('Alt+ArrowDown');
    expect(field.expanded).to.equal(true);
    expect(activeText(field)).to.equal('Côte-Nord');
    await press('Alt+ArrowUp');
    expect(field.expanded).to.equal(false);
    await press('ArrowUp');
    expect(activeText(field), 'ArrowUp opens on the first option (APG)').to.equal('Bas-Saint-Laurent');
    await press('Escape', 'End');
    expect(activeText(field)).to.equal('Centre-du-Québec');
    await press('Escape', 'Home');
    expect(activeText(field)).to.equal('Bas-Saint-Laurent');
    await press('Escape', 'Enter');
    expect(field.expanded).to.equal(true);
    await press('Escape', ' ');
    expect(field.expanded).to.equal(true);
    await press('Escape');
    expect(field.expanded).to.equal(false);
  });

  it('Tab closes the list without toggling and moves focus on [wcag:2.1.1,2.4.3]', async () => {
    const { form, field } = await multiple();
    comboboxOf(field).focus();
    await press('ArrowDown', 'ArrowDown', 'Tab');
    expect(field.expanded).to.equal(false);
    expect(focused(form.querySelector('button[type="submit"]')), 'focus').to.equal(true);
    expect(formValues(form, 'regions')).to.deep.equal([]);
  });

  it('typeahead matches the start of labels, ignoring case and accents', async () => {
    const { field } = await multiple();
    comboboxOf(field).focus();
    await sendKeys({ type: 'mon' });
    expect(field.expanded, 'typing opens the list').to.equal(true);
    expect(activeText(field)).to.equal('Montréal');
    await aTimeout(600);
    await sendKeys({ type: 'COTE' });
    expect(activeText(field)).to.equal('Côte-Nord');
    await aTimeout(600);
    await sendKeys({ type: 'gaspesie' });
    expect(activeText(field)).to.equal('Gaspésie–Îles-de-la-Madeleine');
    await aTimeout(600);
    await sendKeys({ type: 'zz' });
    expect(activeText(field), 'no match: the active option stays').to.equal('Gaspésie–Îles-de-la-Madeleine');
  });

  it('typing the same letter again cycles through the options that start with it', async () => {
    const { field } = await multiple();
    comboboxOf(field).focus();
    await press('l');
    expect(activeText(field)).to.equal('Laval');
    await press('l');
    expect(activeText(field)).to.equal('Lanaudière');
    await press('l');
    expect(activeText(field)).to.equal('Laurentides');
    await press('l');
    expect(activeText(field)).to.equal('Laval');
  });

  it('« que » finds « Québec » (the incumbent matched exact values only)', async () => {
    const { field } = await mount(
      html`<qc-select label="Ville" multiple
        ><select name="ville">
          ${cityOptions()}
        </select></qc-select
      >`,
    );
    comboboxOf(field).focus();
    await sendKeys({ type: 'que' });
    expect(activeText(field)).to.equal('Québec');
    await aTimeout(600);
    await sendKeys({ type: 'LEV' });
    expect(activeText(field)).to.equal('Lévis');
  });

  itExcept(
    NEEDS_AX_TREE,
    'closed text: placeholder, labels joined by ", ", then the count before the labels from 3',
    async () => {
      const { field } = await multiple();
      const text = () => comboboxOf(field).textContent!.trim();
      expect(text()).to.equal('Faire une sélection');
      expect(!!field.querySelector('.qc-select-placeholder'), 'placeholder style').to.equal(true);
      field.values = ['01'];
      await settle();
      expect(text()).to.equal('Bas-Saint-Laurent');
      field.values = ['01', '13'];
      await settle();
      expect(text()).to.equal('Bas-Saint-Laurent, Laval');
      field.values = ['01', '13', '17'];
      await settle();
      expect(text()).to.equal('3 options sélectionnées\u00a0: Bas-Saint-Laurent, Laval, Centre-du-Québec');
      expect((await comboboxNode('Régions')).value).to.equal(
        '3 options sélectionnées\u00a0: Bas-Saint-Laurent, Laval, Centre-du-Québec',
      );
      field.placeholder = 'Choisir des régions';
      field.values = [];
      await settle();
      expect(text()).to.equal('Choisir des régions');
    },
  );

  it('the closed text wraps instead of being cut, even in a wide window', async () => {
    await setViewport({ width: 1024, height: 768 });
    try {
      const { field } = await multiple({ selected: ['02', '11'] });
      const combobox = comboboxOf(field);
      const value = combobox.querySelector<HTMLElement>('.qc-select-value')!;
      const oneLine = combobox.getBoundingClientRect().height;
      expect(value.textContent).to.equal('Saguenay–Lac-Saint-Jean, Gaspésie–Îles-de-la-Madeleine');
      // Every character is drawn inside the combobox: nothing overflows, nothing is ellipsized.
      expect(value.scrollWidth).to.be.at.most(value.clientWidth);
      expect(combobox.scrollWidth).to.be.at.most(combobox.clientWidth);
      expect(getComputedStyle(value).textOverflow).to.not.equal('ellipsis');
      const lineHeight = parseFloat(getComputedStyle(value).lineHeight);
      expect(value.getBoundingClientRect().height, 'wrapped over several lines').to.be.greaterThan(1.5 * lineHeight);
      field.values = ['02', '09', '11', '16', '17'];
      await settle();
      expect(value.textContent).to.equal(
        '5 options sélectionnées\u00a0: Saguenay–Lac-Saint-Jean, Côte-Nord, Gaspésie–Îles-de-la-Madeleine, Montérégie, Centre-du-Québec',
      );
      expect(combobox.scrollWidth).to.be.at.most(combobox.clientWidth);
      expect(combobox.getBoundingClientRect().height).to.be.greaterThan(oneLine);
      // The arrow stays inside the combobox, and the list still opens right under it.
      comboboxOf(field).focus();
      await press('ArrowDown');
      const box = combobox.getBoundingClientRect();
      expect(popupOf(field).getBoundingClientRect().top).to.be.closeTo(box.bottom, 8);
      const arrow = field.querySelector('.qc-select-arrow')!.getBoundingClientRect();
      expect(arrow.top >= box.top && arrow.bottom <= box.bottom, 'arrow within the combobox').to.equal(true);
      await expect(field).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('follows selection changes made by a script (framework bindings) on the select and its options', async () => {
    const { field } = await multiple();
    const select = field.querySelector('select')!;
    const text = () => comboboxOf(field).textContent!.trim();
    select.options[2]!.selected = true;
    await settle();
    expect(text()).to.equal('Capitale-Nationale');
    select.value = '05';
    await settle();
    expect(text()).to.equal('Estrie');
    select.selectedIndex = 12;
    await settle();
    expect(text()).to.equal('Laval');
    expect(field.value).to.equal('13');
    expect(field.values).to.deep.equal(['13']);
  });

  it('clicks: the combobox toggles the list, an option toggles, outside closes, the label focuses', async () => {
    const { form, field } = await multiple();
    const heard = listen(form);
    comboboxOf(field).click();
    expect(field.expanded).to.equal(true);
    const montreal = [...field.querySelectorAll<HTMLElement>('[role="option"]')].find(
      (option) => option.textContent === 'Montréal',
    )!;
    montreal.click();
    expect(formValues(form, 'regions')).to.deep.equal(['06']);
    expect(field.expanded, 'a multiple list stays open').to.equal(true);
    expect(heard.change).to.equal(1);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(field.expanded).to.equal(false);
    comboboxOf(field).click();
    comboboxOf(field).click();
    expect(field.expanded).to.equal(false);
    comboboxOf(field).blur();
    field.querySelector('label')!.click();
    expect(focused(comboboxOf(field)), 'focus').to.equal(true);
    expect(field.expanded, 'the label focuses, it does not open').to.equal(false);
  });

  it('disabled options are skipped by arrows and typeahead, and cannot be clicked [wcag:2.1.1]', async () => {
    const { form, field } = await mount(
      html`<qc-select label="Ville" multiple
        ><select name="ville">
          <option>Montréal</option>
          <option disabled>Québec</option>
          <option>Laval</option>
        </select></qc-select
      >`,
    );
    comboboxOf(field).focus();
    await press('ArrowDown', 'ArrowDown');
    expect(activeText(field)).to.equal('Laval');
    await aTimeout(600);
    await press('q');
    expect(activeText(field)).to.equal('Laval');
    field.querySelector<HTMLElement>('[aria-disabled="true"]')!.click();
    expect(formValues(form, 'ville')).to.deep.equal([]);
    await expect(field).to.be.accessible();
  });

  itExcept(
    NEEDS_AX_TREE,
    'optgroups become named groups; a disabled group disables its options [wcag:4.1.2]',
    async () => {
      const { field } = await mount(
        html`<qc-select label="Ville" multiple
          ><select name="ville">
            <optgroup label="Grands centres">
              <option>Montréal</option>
              <option>Québec</option>
            </optgroup>
            <optgroup label="Fermé" disabled><option>Laval</option></optgroup>
          </select></qc-select
        >`,
      );
      comboboxOf(field).focus();
      await press('ArrowDown');
      const groups = findAll(await axTree(), (node) => node.role === 'group');
      expect(groups.map((group) => group.name)).to.deep.equal(['Grands centres', 'Fermé']);
      expect(findAll(groups[0], (node) => node.role === 'option').map((o) => o.name)).to.deep.equal([
        'Montréal',
        'Québec',
      ]);
      await press('End');
      expect(activeText(field)).to.equal('Québec');
      await expect(field).to.be.accessible();
    },
  );

  itExcept(
    NEEDS_AX_TREE,
    'required: an empty selection blocks submit with the select message, on the combobox [wcag:1.3.1,3.3.2]',
    async () => {
      const { form, field } = await multiple({ required: true });
      attemptSubmit(form);
      await settle();
      const error = field.querySelector('[data-qc-part="error"]')!;
      expect(error.textContent).to.contain('Sélectionnez une option dans la liste Régions.');
      expect(focused(comboboxOf(field)), 'focus').to.equal(true);
      const node = await comboboxNode('Régions');
      expect(node.invalid).to.equal(true);
      expect(node.required).to.equal(true);
      await press('ArrowDown', 'Enter');
      await settle();
      expect(!!field.querySelector('[data-qc-part="error"]:not([hidden])'), 'error shown').to.equal(false);
      await expect(field).to.be.accessible();
    },
  );

  itExcept(
    NEEDS_AX_TREE,
    'links the hint to the combobox, and the error summary links to it [wcag:1.3.1,3.3.1,3.3.2]',
    async () => {
      const { form, field } = await mount(
        html`<qc-select label="Régions" description="Toutes celles qui s’appliquent." multiple required
          ><select name="r">
            ${regionOptions()}
          </select></qc-select
        >`,
      );
      expect((await comboboxNode('Régions')).description).to.equal('Toutes celles qui s’appliquent.');
      let target = '';
      form.addEventListener('qc-invalid-submit', (event) => (target = event.detail.errors[0]?.target?.id ?? ''));
      attemptSubmit(form);
      await settle();
      expect(target).to.equal(comboboxOf(field).id);
    },
  );

  it('axe passes open with an error shown', async () => {
    const { form, field } = await multiple({ required: true });
    attemptSubmit(form);
    await settle();
    comboboxOf(field).focus();
    await press('ArrowDown');
    await expect(field).to.be.accessible();
  });

  it('reset restores the selection, closes the list and the text', async () => {
    const { form, field } = await multiple({ selected: ['03'] });
    comboboxOf(field).focus();
    await press('ArrowDown', 'ArrowDown', 'Enter');
    expect(formValues(form, 'regions')).to.deep.equal(['03', '04']);
    form.reset();
    await settle();
    expect(formValues(form, 'regions')).to.deep.equal(['03']);
    expect(field.expanded).to.equal(false);
    expect(comboboxOf(field).textContent!.trim()).to.equal('Capitale-Nationale');
  });

  it('disabled: the combobox is disabled and does not open', async () => {
    const { field } = await mount(
      html`<qc-select label="Régions" multiple disabled
        ><select name="r">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    const combobox = comboboxOf(field) as HTMLButtonElement;
    expect(combobox.disabled).to.equal(true);
    combobox.click();
    field.expanded = true;
    await settle();
    expect(popupOf(field).hidden).to.equal(true);
    await expect(field).to.be.accessible();
  });

  it('expanded opens and closes the list from the page', async () => {
    const { field } = await multiple();
    field.expanded = true;
    await settle();
    expect(popupOf(field).hidden).to.equal(false);
    expect(comboboxOf(field).getAttribute('aria-expanded')).to.equal('true');
    field.removeAttribute('expanded');
    await settle();
    expect(popupOf(field).hidden).to.equal(true);
  });

  it('opens downward, and upward when there is no room below; the list is at most 336 px tall', async () => {
    await setViewport({ width: 800, height: 600 });
    try {
      const { field } = await mount(
        html`<div style="height: 460px"></div>
          <qc-select label="Régions" multiple
            ><select name="r">
              ${regionOptions()}
            </select></qc-select
          >
          <div style="height: 800px"></div>`,
      );
      const combobox = comboboxOf(field);
      combobox.scrollIntoView({ block: 'end' });
      combobox.click();
      expect(popupOf(field).getBoundingClientRect().bottom).to.be.at.most(combobox.getBoundingClientRect().top);
      const listbox = field.querySelector<HTMLElement>('[role="listbox"]')!;
      expect(listbox.getBoundingClientRect().height).to.be.at.most(336);
      expect(listbox.scrollHeight, 'the list scrolls').to.be.greaterThan(listbox.clientHeight);
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      combobox.scrollIntoView({ block: 'start' });
      combobox.click();
      expect(popupOf(field).getBoundingClientRect().top).to.be.at.least(combobox.getBoundingClientRect().bottom);
      // The active option is scrolled into view inside the list.
      combobox.focus();
      await press('End');
      const last = document.getElementById(combobox.getAttribute('aria-activedescendant')!)!.getBoundingClientRect();
      expect(last.bottom).to.be.at.most(listbox.getBoundingClientRect().bottom + 1);
    } finally {
      window.scrollTo(0, 0);
    }
  });
});

// --- Enhanced: enable-search (editable combobox, list autocomplete) ---------------------------------

describe('qc-select: enable-search', () => {
  const searchable = (extra: TemplateResult | string = '') =>
    mount(
      html`<qc-select label="Région" enable-search
        ><select name="region">
          <option value="">Choisir une région</option>
          ${regionOptions()} ${extra}
        </select></qc-select
      >`,
    );
  const input = (field: HTMLElement) => comboboxOf(field) as HTMLInputElement;
  const announced = async () => {
    await aTimeout(250);
    return document.querySelector('[data-qc-announcer="polite"]')?.textContent ?? '';
  };

  itExcept(
    NEEDS_AX_TREE,
    'is an editable combobox named by the label, with list autocomplete, no name (not submitted) [wcag:1.3.1,2.5.3,3.3.2,4.1.2]',
    async () => {
      const { form, field } = await searchable();
      const box = input(field);
      expect(box.localName).to.equal('input');
      expect(box.getAttribute('aria-autocomplete')).to.equal('list');
      expect(box.name).to.equal('');
      expect(box.placeholder).to.equal('Rechercher…');
      expect([...new FormData(form).keys()]).to.deep.equal(['region']);
      const node = await comboboxNode('Région');
      expect(node.expanded).to.equal(false);
      await expect(field).to.be.accessible();
    },
  );

  it('filters as the user types, ignoring case and accents, and announces the count [wcag:4.1.3]', async () => {
    const { field } = await searchable();
    input(field).focus();
    await sendKeys({ type: 'QUE' });
    expect(field.expanded).to.equal(true);
    expect(shownOptions(field)).to.deep.equal(['Nord-du-Québec', 'Centre-du-Québec']);
    expect(await announced()).to.equal('2 résultats disponibles.');
    await press('Backspace', 'Backspace', 'Backspace');
    await sendKeys({ type: 'îles' });
    expect(shownOptions(field)).to.deep.equal(['Gaspésie–Îles-de-la-Madeleine']);
    expect(await announced()).to.equal('1 résultat disponible.');
    await press('Backspace', 'Backspace', 'Backspace', 'Backspace');
    await sendKeys({ type: 'cote' });
    expect(shownOptions(field)).to.deep.equal(['Côte-Nord']);
    await expect(field).to.be.accessible();
  });

  it('shows and announces « Aucun élément » when nothing matches (no-options-message replaces it) [wcag:4.1.3]', async () => {
    const { field } = await searchable();
    input(field).focus();
    await sendKeys({ type: 'xyz' });
    expect(shownOptions(field)).to.deep.equal([]);
    const empty = field.querySelector<HTMLElement>('.qc-select-empty')!;
    expect(empty.hidden).to.equal(false);
    expect(empty.textContent).to.equal('Aucun élément');
    expect(await announced()).to.equal('Aucun élément');
    await expect(field).to.be.accessible();
    field.noOptionsMessage = 'Aucune région ne correspond';
    await settle();
    expect(empty.textContent).to.equal('Aucune région ne correspond');
  });

  itExcept(
    NEEDS_AX_TREE,
    'ArrowDown moves into the list, Enter selects, closes and shows the label; one input, one change [wcag:2.1.1]',
    async () => {
      const { form, field } = await searchable();
      const heard = listen(form);
      input(field).focus();
      await sendKeys({ type: 'mont' });
      expect(activeText(field), 'manual selection: nothing active while typing').to.equal(null);
      await press('ArrowDown');
      expect(activeText(field)).to.equal('Montréal');
      const active = findAll(await axTree(), (node) => (node as WidgetNode).selected === true);
      expect(active.map((node) => node.name)).to.deep.equal(['Montréal']);
      await press('ArrowDown', 'Enter');
      expect(formValues(form, 'region')).to.deep.equal(['16']);
      expect(field.expanded).to.equal(false);
      expect(input(field).value).to.equal('Montérégie');
      expect(heard).to.include({ input: 1, change: 1 });
      expect([...heard.targets], 'the search box’s own events stay inside').to.deep.equal(['select']);
      expect((await comboboxNode('Région')).value).to.equal('Montérégie');
    },
  );

  it('Enter picks the only match, never submits the form [wcag:2.1.1]', async () => {
    const { form, field } = await searchable();
    let submitted = 0;
    form.addEventListener('submit', () => (submitted += 1));
    input(field).focus();
    await press('Enter');
    await sendKeys({ type: 'laval' });
    await press('Enter');
    expect(formValues(form, 'region')).to.deep.equal(['13']);
    await press('Enter');
    expect(submitted).to.equal(0);
  });

  it('Escape closes and restores the text; the selection is unchanged [wcag:2.1.1,2.1.2]', async () => {
    const { form, field } = await searchable();
    field.value = '05';
    await settle();
    input(field).focus();
    await sendKeys({ type: 'mau' });
    await press('ArrowDown', 'Escape');
    expect(field.expanded).to.equal(false);
    expect(input(field).value).to.equal('Estrie');
    expect(focused(input(field)), 'focus').to.equal(true);
    expect(formValues(form, 'region')).to.deep.equal(['05']);
  });

  it('opening shows every option with the selected one active; Alt+ArrowUp commits and closes [wcag:2.1.1]', async () => {
    const { form, field } = await searchable();
    field.value = '09';
    await settle();
    input(field).focus();
    await press('Alt+ArrowDown');
    expect(field.expanded).to.equal(true);
    expect(activeText(field), 'Alt+ArrowDown opens without moving visual focus').to.equal(null);
    expect(shownOptions(field)).to.have.length(18);
    await press('Escape', 'ArrowDown');
    expect(activeText(field)).to.equal('Côte-Nord');
    await press('ArrowDown', 'Alt+ArrowUp');
    expect(field.expanded).to.equal(false);
    expect(formValues(form, 'region')).to.deep.equal(['10']);
    await press('ArrowUp');
    expect(activeText(field), 'ArrowUp opens on the last option').to.equal('Centre-du-Québec');
    await press('PageUp');
    expect(activeText(field)).to.equal('Outaouais');
    await press('PageDown');
    expect(activeText(field)).to.equal('Centre-du-Québec');
    await press('Home');
    expect(activeText(field), 'Home and End edit the text').to.equal(null);
  });

  it('Tab commits the option the user moved to, closes, and focus moves on [wcag:2.1.1,2.4.3]', async () => {
    const { form, field } = await searchable();
    input(field).focus();
    await sendKeys({ type: 'lau' });
    expect(shownOptions(field)).to.deep.equal(['Bas-Saint-Laurent', 'Laurentides']);
    await press('ArrowDown', 'ArrowDown', 'Tab');
    expect(formValues(form, 'region')).to.deep.equal(['15']);
    expect(field.expanded).to.equal(false);
    expect(focused(form.querySelector('button[type="submit"]')), 'focus').to.equal(true);
  });

  it('leaving without choosing closes and restores the text', async () => {
    const { form, field } = await searchable();
    input(field).focus();
    await sendKeys({ type: 'lau' });
    input(field).blur();
    expect(field.expanded).to.equal(false);
    expect(input(field).value).to.equal('');
    expect(formValues(form, 'region')).to.deep.equal(['']);
  });

  it('a click opens the list; clicking an option selects it and closes', async () => {
    const { form, field } = await searchable();
    const heard = listen(form);
    input(field).focus();
    input(field).click();
    expect(field.expanded).to.equal(true);
    [...field.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent === 'Laval')!.click();
    expect(formValues(form, 'region')).to.deep.equal(['13']);
    expect(field.expanded).to.equal(false);
    expect(heard.change).to.equal(1);
    expect(focused(input(field)), 'focus').to.equal(true);
  });

  it('selecting the empty option (listed while not searching) clears the selection', async () => {
    const { form, field } = await searchable();
    field.value = '13';
    await settle();
    input(field).focus();
    input(field).click();
    [...field.querySelectorAll<HTMLElement>('[role="option"]')]
      .find((o) => o.textContent === 'Choisir une région')!
      .click();
    expect(formValues(form, 'region')).to.deep.equal(['']);
    expect(input(field).value).to.equal('');
  });

  itExcept(NEEDS_AX_TREE, 'multiple with search: Enter toggles, the query and the list stay [wcag:2.1.1]', async () => {
    const { form, field } = await mount(
      html`<qc-select label="Régions" multiple enable-search
        ><select name="regions">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    input(field).focus();
    await sendKeys({ type: 'que' });
    await press('ArrowDown', 'Enter', 'ArrowDown', 'Enter');
    expect(formValues(form, 'regions')).to.deep.equal(['10', '17']);
    expect(field.expanded).to.equal(true);
    expect(input(field).value).to.equal('que');
    await press('Escape');
    // The box is the search box; the selection is said on its own line, which describes the box.
    expect(input(field).value).to.equal('');
    const line = field.querySelector<HTMLElement>('.qc-select-selection')!;
    expect(line.textContent).to.equal('2 options sélectionnées\u00a0: Nord-du-Québec, Centre-du-Québec');
    expect((await comboboxNode('Régions')).description).to.contain(line.textContent!);
    await expect(field).to.be.accessible();
  });

  itExcept(NEEDS_AX_TREE, 'multiple with search: typing in the closed combobox starts a fresh search', async () => {
    const { form, field } = await mount(
      html`<qc-select label="Régions" multiple enable-search
        ><select name="regions">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    input(field).focus();
    await sendKeys({ type: 'laval' });
    await press('Enter', 'Escape');
    expect(formValues(form, 'regions')).to.deep.equal(['13']);
    expect(field.expanded).to.equal(false);
    // Focus stayed on the box: the next keys are a new query, not added to the selection text.
    await sendKeys({ type: 'mont' });
    expect(input(field).value).to.equal('mont');
    expect(field.expanded).to.equal(true);
    expect(shownOptions(field)).to.deep.equal(['Montréal', 'Montérégie']);
    await press('ArrowDown', 'Enter', 'Escape');
    expect(formValues(form, 'regions')).to.deep.equal(['06', '13']);
    // Leaving and coming back: the same.
    await press('Tab');
    input(field).focus();
    await sendKeys({ type: 'estr' });
    expect(shownOptions(field)).to.deep.equal(['Estrie']);
    await press('Escape');
    // The selection is said on its own line under the box, and describes the box.
    const line = field.querySelector<HTMLElement>('.qc-select-selection');
    expect(line?.textContent).to.equal('2 options sélectionnées\u00a0: Montréal, Laval');
    expect((await comboboxNode('Régions')).description).to.contain('2 options sélectionnées\u00a0: Montréal, Laval');
    field.values = ['13'];
    await settle();
    expect(line?.textContent).to.equal('1 option sélectionnée\u00a0: Laval');
    field.values = [];
    await settle();
    expect(line?.hidden, 'no selection line while nothing is selected').to.equal(true);
    expect((await comboboxNode('Régions')).description ?? '').to.equal('');
    // A single list keeps its choice in the box (the APG editable combobox).
    field.multiple = false;
    field.querySelector('select')!.multiple = false;
    field.value = '13';
    await settle();
    expect(input(field).value).to.equal('Laval');
    expect(line?.hidden).to.equal(true);
  });

  itExcept(NEEDS_AX_TREE, 'axe passes open and closed, with a server error', async () => {
    const { field } = await mount(
      html`<qc-select label="Région" enable-search invalid invalid-text="Cette région n’est pas desservie."
        ><select name="region">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    expect(comboboxOf(field).getAttribute('aria-invalid')).to.equal('true');
    const node = await comboboxNode('Région');
    expect(node.description).to.contain('Cette région n’est pas desservie.');
    await expect(field).to.be.accessible();
    input(field).focus();
    await press('ArrowDown');
    await expect(field).to.be.accessible();
  });
});

// --- Frameworks --------------------------------------------------------------------------------------

describe('qc-select: frameworks re-rendering the options', () => {
  it('keeps a multiple selection through a rebuild, rebuilds the list, and no spurious change', async () => {
    const { form, field } = await mount(
      html`<qc-select label="Régions" multiple
        ><select name="regions">
          ${regionOptions(['02'])}
        </select></qc-select
      >`,
    );
    comboboxOf(field).focus();
    await press('ArrowDown', 'ArrowDown', 'Enter');
    expect(formValues(form, 'regions')).to.deep.equal(['02', '03']);
    const heard = listen(form);
    const before = field.querySelector('[role="option"]');
    await rebuildOptions(field);
    await settle();
    expect(formValues(form, 'regions')).to.deep.equal(['02', '03']);
    expect(field.querySelector('[role="option"]') !== before, 'listbox rebuilt').to.equal(true);
    expect(field.querySelectorAll('[role="option"][aria-selected="true"]')).to.have.length(2);
    expect(heard.change).to.equal(0);
    await press('ArrowDown', 'Enter');
    expect(heard.change, 'one change per user action').to.equal(1);
  });

  it('keeps a single selection when React sets `selected` on the new options itself (no double)', async () => {
    const { form, field } = await mount(
      html`<qc-select label="Région" enable-search
        ><select name="region">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    field.value = '06';
    const select = field.querySelector('select')!;
    const heard = listen(form);
    const fresh = regions.map(([value, label]) => new Option(label, value));
    select.replaceChildren(...fresh);
    fresh[5]!.selected = true;
    await settle();
    expect(select.value).to.equal('06');
    expect(comboboxOf(field).matches('input') && (comboboxOf(field) as HTMLInputElement).value).to.equal('Montréal');
    expect(heard.change).to.equal(0);
  });

  it('respects a new selection the page marks with the `selected` attribute', async () => {
    const { field } = await mount(
      html`<qc-select label="Région" multiple
        ><select name="region">
          ${regionOptions(['06'])}
        </select></qc-select
      >`,
    );
    const select = field.querySelector('select')!;
    select.replaceChildren(
      ...regions.map(([value, label]) => new Option(label, value, value === '13', value === '13')),
    );
    await settle();
    expect(field.values).to.deep.equal(['13']);
    expect(comboboxOf(field).textContent!.trim()).to.equal('Laval');
  });

  itExcept(NEEDS_AX_TREE, 'keeps the selection and the wiring when the whole select is replaced', async () => {
    const { form, field } = await mount(
      html`<qc-select label="Régions" multiple
        ><select name="regions">
          ${regionOptions(['04', '05'])}
        </select></qc-select
      >`,
    );
    const old = field.querySelector('select')!;
    const fresh = document.createElement('select');
    fresh.name = 'regions';
    fresh.multiple = true;
    fresh.append(...regions.map(([value, label]) => new Option(label, value)));
    old.replaceWith(fresh);
    await settle();
    expect(fresh.hidden).to.equal(true);
    expect(formValues(form, 'regions')).to.deep.equal(['04', '05']);
    expect(field.querySelectorAll('[data-qc-part="combo"]')).to.have.length(1);
    expect((await comboboxNode('Régions')).value).to.equal('Mauricie, Estrie');
    comboboxOf(field).focus();
    await press('ArrowDown');
    expect(shownOptions(field)).to.have.length(17);
  });

  itExcept(NEEDS_AX_TREE, 'puts its widget back when a framework removes it', async () => {
    const { field } = await mount(
      html`<qc-select label="Régions" multiple
        ><select name="regions">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    field.querySelector('[data-qc-part="combo"]')!.remove();
    await settle();
    expect(field.querySelectorAll('[data-qc-part="combo"]')).to.have.length(1);
    await comboboxNode('Régions');
  });

  it('lets an option removed for good go (the browser’s fallback stays)', async () => {
    const { field } = await mount(
      html`<qc-select label="Région" enable-search
        ><select name="region">
          ${regionOptions(['06'])}
        </select></qc-select
      >`,
    );
    field.querySelector('option[value="06"]')!.remove();
    await settle();
    expect(field.value).to.equal('01');
    expect((comboboxOf(field) as HTMLInputElement).value).to.equal('Bas-Saint-Laurent');
  });
});

// --- Terse API, value, i18n, bad input -------------------------------------------------------------

describe('qc-select: terse API and value', () => {
  it('creates the select from name/multiple/required and moves the written options into it [wcag:1.3.1,3.3.2]', async () => {
    const { form, field } = await mount(
      html`<qc-select label="Régions" name="regions" multiple required value='["06","13"]'>
        <option value="06">Montréal</option>
        <optgroup label="Couronne">
          <option value="13">Laval</option>
          <option value="14">Lanaudière</option>
        </optgroup>
      </qc-select>`,
    );
    const select = field.querySelector('select')!;
    expect(select.getAttribute('data-qc-part')).to.equal('control');
    expect(select.name).to.equal('regions');
    expect(select.multiple && select.required).to.equal(true);
    expect(field.querySelectorAll(':scope > option, :scope > optgroup')).to.have.length(0);
    expect(select.options).to.have.length(3);
    expect(formValues(form, 'regions')).to.deep.equal(['06', '13']);
    field.values = ['14'];
    form.reset();
    await settle();
    expect(formValues(form, 'regions'), 'the value attribute is the default').to.deep.equal(['06', '13']);
  });

  it('moves options added later (HTML still parsing, or a script)', async () => {
    const { field } = await mount(html`<qc-select label="Ville" name="ville" placeholder="Choisir"></qc-select>`);
    field.append(new Option('Gatineau', 'gat'), new Option('Lévis', 'lev'));
    await settle();
    const select = field.querySelector('select')!;
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'gat', 'lev']);
    expect(select.value).to.equal('');
  });

  it('value and values read and write the native selection', async () => {
    const { field } = await mount(
      html`<qc-select label="Région"
        ><select name="region">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    expect(field.value).to.equal('01');
    field.value = '13';
    expect(field.querySelector('select')!.value).to.equal('13');
    expect(field.values).to.deep.equal(['13']);
    field.values = ['17', '16'];
    expect(field.value, 'single: the first value').to.equal('17');
    field.value = 'inconnu';
    expect(field.values).to.deep.equal([]);
  });

  it('a value set before the select exists is applied once it is created', async () => {
    const element = document.createElement('qc-select');
    element.label = 'Région';
    element.value = '13';
    element.append(...regions.map(([value, label]) => new Option(label, value)));
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    form.append(element);
    await element.updateComplete;
    await settle();
    expect(element.value).to.equal('13');
  });

  it('moved into another form, it follows that form’s reset', async () => {
    const { field } = await mount(
      html`<qc-select label="Régions" multiple
        ><select name="r">
          ${regionOptions(['01'])}
        </select></qc-select
      >`,
    );
    const other = await fixture<HTMLFormElement>(html`<form></form>`);
    other.append(field);
    await settle();
    field.values = ['02'];
    await settle();
    expect(comboboxOf(field).textContent!.trim()).to.equal('Saguenay–Lac-Saint-Jean');
    other.reset();
    await settle();
    expect(comboboxOf(field).textContent!.trim()).to.equal('Bas-Saint-Laurent');
  });

  it('focus() focuses the list', async () => {
    const { field } = await mount(
      html`<qc-select label="Régions" multiple
        ><select name="r">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    field.focus();
    expect(focused(comboboxOf(field)), 'focus').to.equal(true);
  });

  itExcept(
    NEEDS_AX_TREE,
    'an author-written label names the combobox and, clicked, focuses it [wcag:4.1.2]',
    async () => {
      const { field } = await mount(
        html`<qc-select multiple
          ><label for="mes-regions">Mes régions</label
          ><select id="mes-regions" name="r">
            ${regionOptions()}
          </select></qc-select
        >`,
      );
      expect(field.querySelectorAll('label')).to.have.length(1);
      await comboboxNode('Mes régions');
      field.querySelector('label')!.click();
      expect(focused(comboboxOf(field)), 'focus').to.equal(true);
      comboboxOf(field).focus();
      await press('ArrowDown');
      const [listbox] = findAll(await axTree(), (node) => node.role === 'listbox');
      expect(listbox?.name).to.equal('Mes régions');
      await expect(field).to.be.accessible();
    },
  );

  itExcept(NEEDS_AX_TREE, 'switches between plain and enhanced when enable-search changes', async () => {
    const { field } = await mount(
      html`<qc-select label="Région"
        ><select name="region">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    field.enableSearch = true;
    await settle();
    expect(field.querySelector('select')!.hidden).to.equal(true);
    await comboboxNode('Région');
    expect(field.querySelector('label')!.htmlFor).to.equal(comboboxOf(field).id);
    field.enableSearch = false;
    await settle();
    expect(field.querySelector('select')!.hidden).to.equal(false);
    expect(!!field.querySelector('[data-qc-part="combo"]'), 'enhanced widget').to.equal(false);
    expect(field.querySelector('label')!.htmlFor).to.equal(field.querySelector('select')!.id);
  });
});

describe('qc-select: languages', () => {
  it('speaks English with lang="en" (fr-CA is French) [wcag:3.1.2]', async () => {
    const { field } = await mount(
      html`<qc-select lang="en" label="Regions" multiple enable-search
        ><select name="r">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    const box = comboboxOf(field) as HTMLInputElement;
    expect(box.placeholder).to.equal('Search…');
    field.values = ['01', '02', '03'];
    await settle();
    expect(box.value).to.equal('');
    expect(field.querySelector('.qc-select-selection')!.textContent).to.equal(
      '3 selected options: Bas-Saint-Laurent, Saguenay–Lac-Saint-Jean, Capitale-Nationale',
    );
    field.values = ['01'];
    await settle();
    expect(field.querySelector('.qc-select-selection')!.textContent).to.equal('1 selected option: Bas-Saint-Laurent');
    box.focus();
    await sendKeys({ type: 'zz' });
    expect(field.querySelector('.qc-select-empty')!.textContent).to.equal('No item');
    await press('Escape');
    const french = await mount(
      html`<qc-select lang="fr-CA" label="Régions" multiple
        ><select name="r">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    expect(comboboxOf(french.field).textContent!.trim()).to.equal('Faire une sélection');
    french.field.lang = 'en';
    await settle();
    expect(comboboxOf(french.field).textContent!.trim()).to.equal('Select an option');
  });

  it('built-in strings can be replaced for the page', async () => {
    registerTranslation('fr', { selectPlaceholder: 'Sélectionnez…' });
    try {
      const { field } = await mount(
        html`<qc-select label="Régions" multiple
          ><select name="r">
            ${regionOptions()}
          </select></qc-select
        >`,
      );
      expect(comboboxOf(field).textContent!.trim()).to.equal('Sélectionnez…');
    } finally {
      registerTranslation('fr', { selectPlaceholder: 'Faire une sélection' });
    }
  });
});

describe('qc-select: bad input', () => {
  it('an invalid width falls back to md with one warning', async () => {
    let field!: QcSelect;
    const warnings = await captureWarnings(async () => {
      ({ field } = await mount(
        html`<qc-select label="Région" width="huge"
          ><select name="r">
            ${regionOptions()}
          </select></qc-select
        >`,
      ));
      field.label = 'Région administrative';
      await settle();
    });
    expect(warnings.filter((w) => w.includes('width'))).to.have.length(1);
    // --qc-size-max-width-md: 15.5625rem.
    expect(getComputedStyle(field.querySelector('select')!).maxWidth).to.equal('249px');
  });

  it('widths map to the field width tokens', async () => {
    const { field } = await mount(
      html`<qc-select label="Région" width="xl" multiple
        ><select name="r">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    expect(getComputedStyle(field.querySelector('.qc-select-combo')!).maxWidth).to.equal('825px');
    field.width = 'xs';
    await settle();
    expect(getComputedStyle(field.querySelector('.qc-select-combo')!).maxWidth).to.equal('63px');
  });

  it('shows hostile text as text, in the options, the closed text and the label', async () => {
    const hostile = '<img src=x onerror="window.__qcSelectXss=1">';
    const { field } = await mount(
      html`<qc-select label=${hostile} placeholder=${hostile} multiple
        ><select name="r">
          <option value="x">${hostile}</option>
          <option value="y" label=${hostile}>y</option>
        </select></qc-select
      >`,
    );
    expect(comboboxOf(field).textContent!.trim()).to.equal(hostile);
    field.values = ['x'];
    comboboxOf(field).focus();
    await press('ArrowDown');
    expect(shownOptions(field)).to.deep.equal([hostile, hostile]);
    expect(!!field.querySelector('img'), 'an img element').to.equal(false);
    expect((window as unknown as { __qcSelectXss?: number }).__qcSelectXss).to.equal(undefined);
  });

  it('handles 1000 options and a huge label', async () => {
    const long = 'Très long libellé '.repeat(300);
    const { form, field } = await mount(
      html`<qc-select label="Numéro" enable-search width="sm"
        ><select name="n">
          ${Array.from({ length: 1000 }, (_, i) => html`<option value=${i}>Option ${i}</option>`)}
          <option value="long">${long}</option>
        </select></qc-select
      >`,
    );
    const box = comboboxOf(field) as HTMLInputElement;
    box.focus();
    await press('ArrowUp');
    expect(activeText(field)).to.equal(long.trim());
    await press('Enter');
    expect(formValues(form, 'n')).to.deep.equal(['long']);
    expect(box.getBoundingClientRect().width).to.be.at.most(157);
    box.focus();
    await sendKeys({ type: 'option 99' });
    expect(shownOptions(field)).to.have.length(11);
    await expect(field).to.be.accessible();
  });

  it('an empty select opens on « Aucun élément » without throwing', async () => {
    const { field } = await mount(html`<qc-select label="Vide" multiple><select name="v"></select></qc-select>`);
    comboboxOf(field).focus();
    await press('ArrowDown', 'ArrowDown', 'Enter', 'End', 'a');
    expect(field.querySelector<HTMLElement>('.qc-select-empty')!.hidden).to.equal(false);
    expect(comboboxOf(field).textContent!.trim()).to.equal('Faire une sélection');
  });

  it('a value attribute that is not JSON is one value', async () => {
    const { field } = await mount(
      html`<qc-select label="Région" value="[06"
        ><select name="r">
          <option>[06</option>
          <option>06</option>
        </select></qc-select
      >`,
    );
    expect(field.value).to.equal('[06');
  });

  it('warns once when the field has no label', async () => {
    const warnings = await captureWarnings(async () => {
      await mount(
        html`<qc-select multiple
          ><select name="r">
            ${regionOptions()}
          </select></qc-select
        >`,
      );
      await aTimeout(10);
    });
    expect(warnings.filter((w) => w.includes('no label'))).to.have.length(1);
  });

  it('boolean attributes accept the incumbent’s "false"', async () => {
    const { field } = await mount(
      html`<qc-select label="Région" multiple="false" enable-search="false" disabled="false"
        ><select name="r">
          ${regionOptions()}
        </select></qc-select
      >`,
    );
    expect(field.querySelector('select')!.hidden).to.equal(false);
    expect(field.querySelector('select')!.disabled).to.equal(false);
  });
});

describe('qc-select: text folding and typeahead', () => {
  it('fold removes case, accents and ligatures (ô is o, not i)', () => {
    expect(fold('Côte-Nord')).to.equal('cote-nord');
    expect(fold('ÎLES')).to.equal('iles');
    expect(fold('Œuvre')).to.equal('oeuvre');
    expect(fold('L’Assomption')).to.equal("l'assomption");
  });

  it('cycles, refines, and skips disabled options', () => {
    const items = ['Laval', 'Lanaudière', 'Laurentides', 'Lévis'].map((label, i) => ({
      folded: fold(label),
      disabled: i === 1,
    }));
    const typeahead = new Typeahead(10_000);
    expect(typeahead.next('l', items, -1)).to.equal(0);
    expect(typeahead.next('l', items, 0)).to.equal(2);
    typeahead.reset();
    expect(typeahead.next('l', items, 2)).to.equal(3);
    typeahead.reset();
    expect(typeahead.next('l', items, -1)).to.equal(0);
    expect(typeahead.next('e', items, 0)).to.equal(3);
    expect(typeahead.typing).to.equal(true);
  });
});

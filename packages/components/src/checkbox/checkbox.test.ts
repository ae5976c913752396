import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { QcCheckbox } from './qc-checkbox.js';
import { NEEDS_AX_TREE, axTree, findAll, type AxNode } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { attemptSubmit, settle } from '../internal/test/form.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { runFormFieldSuite } from '../internal/test/form-field.suite.js';

const hostile = '<img src=x onerror=alert(1)>';

runFormFieldSuite({
  tag: 'qc-checkbox',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-checkbox ?required=${required} invalid-text=${invalidText ?? serverError ?? ''} ?invalid=${!!serverError}
      ><label><input type="checkbox" name=${name} value="oui" /> <span>${label}</span></label></qc-checkbox
    >`,
  async fill(field) {
    field.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
  },
  filledValue: ['oui'],
  emptyValue: [],
  labelledControl: (field) => field.querySelector('input')!,
  role: 'checkbox',
  async rerender(field) {
    // A framework re-creating the label and its input (equal nodes, no `required`: the element adds it).
    const old = field.querySelector('label:has(input)')!;
    const fresh = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = old.querySelector('input')!.name;
    input.value = 'oui';
    const text = document.createElement('span');
    text.textContent = old.querySelector('span')!.textContent;
    fresh.append(input, ' ', text);
    old.replaceWith(fresh);
  },
});

runFormFieldSuite({
  tag: 'qc-checkbox',
  variant: 'created from attributes',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-checkbox
      name=${name}
      value="oui"
      label=${label}
      ?required=${required}
      invalid-text=${invalidText ?? serverError ?? ''}
      ?invalid=${!!serverError}
    ></qc-checkbox>`,
  async fill(field) {
    field.querySelector('input')!.click();
  },
  filledValue: ['oui'],
  emptyValue: [],
  labelledControl: (field) => field.querySelector('input')!,
  role: 'checkbox',
  async rerender(field) {
    // A framework clearing the children it never rendered: the element creates its checkbox again.
    field.replaceChildren();
  },
});

async function mount(template: ReturnType<typeof html>): Promise<QcCheckbox> {
  const el = await fixture<QcCheckbox>(template);
  await el.updateComplete;
  await settle();
  return el;
}

async function inForm(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form>${template}<button>Envoyer</button></form>`);
  const el = form.querySelector('qc-checkbox')!;
  await el.updateComplete;
  await settle();
  let submits = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits += 1;
  });
  return { form, el, input: el.querySelector('input')!, submits: () => submits };
}

const errorOf = (el: Element) => el.querySelector<HTMLElement>('[data-qc-part="error"]:not([hidden])');
const box = (el: Element) => el.querySelector('input')!;
const rect = (el: Element) => el.getBoundingClientRect();

afterEach(async () => {
  await emulateMedia({ forcedColors: 'none' });
});

describe('qc-checkbox', () => {
  describe('accessibility', () => {
    it('passes axe unchecked, checked, required, with a hint, compact and disabled', async () => {
      const el = await mount(
        html`<qc-checkbox description="Vous pouvez retirer votre consentement en tout temps."
          ><label><input type="checkbox" name="c" /> <span>J’accepte les conditions</span></label></qc-checkbox
        >`,
      );
      await expect(el).to.be.accessible();
      box(el).checked = true;
      await expect(el).to.be.accessible();
      for (const state of ['required', 'compact', 'disabled'] as const) {
        el[state] = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });

    it('passes axe with an error shown after a submit attempt', async () => {
      const { form, el } = await inForm(
        html`<qc-checkbox required label="J’accepte les conditions" name="consentement"></qc-checkbox>`,
      );
      attemptSubmit(form);
      await settle();
      expect(errorOf(el)).to.not.equal(null);
      await expect(form).to.be.accessible();
    });

    itExcept(
      NEEDS_AX_TREE,
      'exposes a checkbox named by its label, with its state, hint and error, in the accessibility tree [wcag:1.3.1,2.5.3,3.3.1,3.3.2,4.1.2]',
      async () => {
        const { form, el } = await inForm(
          html`<qc-checkbox required description="Obligatoire pour continuer."
            ><label><input type="checkbox" name="c" /> <span>J’accepte les conditions</span></label></qc-checkbox
          >`,
        );
        attemptSubmit(form);
        await settle();
        let [node] = findAll(await axTree(), (n: AxNode) => n.role === 'checkbox');
        expect(node).to.include({ name: 'J’accepte les conditions', checked: false });
        expect(node!.description).to.contain('Obligatoire pour continuer.');
        expect(node!.description).to.contain('Cochez la case J’accepte les conditions.');
        box(el).click();
        await settle();
        [node] = findAll(await axTree(), (n: AxNode) => n.role === 'checkbox');
        expect(node).to.include({ checked: true });
        expect(node!.description ?? '').to.not.contain('Cochez');
      },
    );
  });

  describe('rendering', () => {
    it('adopts the author’s label: no second label, the input keeps its place inside it', async () => {
      const el = await mount(
        html`<qc-checkbox label="Ignoré"
          ><label id="mine"><input type="checkbox" name="c" /> <span>Mon libellé</span></label></qc-checkbox
        >`,
      );
      expect(el.querySelectorAll('label').length).to.equal(1);
      expect(box(el).closest('label')!.id).to.equal('mine');
      expect(box(el).labels!.length).to.equal(1);
    });

    it('creates <label><input type="checkbox"> text</label> from name, value, label and checked [wcag:1.3.1,3.3.2]', async () => {
      const el = await mount(
        html`<qc-checkbox name="infolettre" value="oui" label="Recevoir l’infolettre" checked></qc-checkbox>`,
      );
      const input = box(el);
      expect(input.type).to.equal('checkbox');
      expect(input.name).to.equal('infolettre');
      expect(input.value).to.equal('oui');
      expect(input.defaultChecked, 'checked is the default state').to.equal(true);
      expect(input.checked).to.equal(true);
      expect(input.closest('label')!.textContent!.trim()).to.equal('Recevoir l’infolettre');
      el.label = 'Recevoir les nouvelles';
      el.name = 'nouvelles';
      await el.updateComplete;
      expect(input.closest('label')!.textContent!.trim()).to.equal('Recevoir les nouvelles');
      expect(input.name).to.equal('nouvelles');
    });

    it('puts the hint after the label and links it to the input [wcag:1.3.1,3.3.2]', async () => {
      const el = await mount(
        html`<qc-checkbox label="Recevoir l’infolettre" name="n" description="Une fois par mois."></qc-checkbox>`,
      );
      const hint = el.querySelector<HTMLElement>('[data-qc-part="hint"]')!;
      expect(hint.textContent).to.equal('Une fois par mois.');
      expect(box(el).getAttribute('aria-describedby')).to.contain(hint.id);
      expect(hint.previousElementSibling!.contains(box(el)), 'hint follows the label').to.equal(true);
    });

    itExcept(
      NEEDS_AX_TREE,
      'marks the label of a required checkbox, outside its accessible name [wcag:1.3.1,3.3.2,4.1.2]',
      async () => {
        const el = await mount(
          html`<qc-checkbox required
            ><label><input type="checkbox" name="c" /> <span>J’accepte</span></label></qc-checkbox
          >`,
        );
        const mark = el.querySelector('label .qc-required-mark')!;
        expect(mark.getAttribute('aria-hidden')).to.equal('true');
        expect(box(el).required).to.equal(true);
        const [node] = findAll(await axTree(), (n: AxNode) => n.role === 'checkbox');
        expect(node!.name).to.equal('J’accepte');
        el.required = false;
        await el.updateComplete;
        expect(el.querySelector('.qc-required-mark')).to.equal(null);
        expect(box(el).required, 'required taken back').to.equal(false);
      },
    );

    it('keeps an author’s own required attribute when the element is not required [wcag:1.3.1,3.3.2]', async () => {
      const el = await mount(
        html`<qc-checkbox
          ><label><input type="checkbox" name="c" required /> <span>J’accepte</span></label></qc-checkbox
        >`,
      );
      el.required = true;
      await el.updateComplete;
      el.required = false;
      await el.updateComplete;
      expect(box(el).required).to.equal(true);
    });

    it('draws a 24 px box with a 2 px border, filled when checked; compact is 16 px / 1 px with a 24 px target [wcag:2.5.8]', async () => {
      const el = await mount(html`<qc-checkbox name="c" label="Option"></qc-checkbox>`);
      const input = box(el);
      let style = getComputedStyle(input);
      expect(style.appearance).to.equal('none');
      expect(rect(input).width).to.equal(24);
      expect(rect(input).height).to.equal(24);
      expect(style.borderTopWidth).to.equal('2px');
      const unchecked = style.backgroundColor;
      input.checked = true;
      style = getComputedStyle(input);
      expect(style.backgroundColor).to.not.equal(unchecked);
      const mark = getComputedStyle(input, '::before');
      expect(mark.content, 'check mark drawn').to.not.equal('none');
      el.compact = true;
      await el.updateComplete;
      expect(rect(input).width).to.equal(16);
      expect(getComputedStyle(input).borderTopWidth).to.equal('1px');
      expect(rect(input.closest('label')!).height, 'label target').to.be.at.least(24);
    });

    it('shows a focus ring on keyboard focus [wcag:2.1.1,2.4.7]', async () => {
      const el = await mount(html`<qc-checkbox name="c" label="Option"></qc-checkbox>`);
      const input = box(el);
      input.focus();
      await sendKeys({ press: 'Shift' });
      expect(input.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(input).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(input).outlineWidth)).to.be.at.least(2);
    });

    itExcept(NO_MEDIA_EMULATION, 'keeps a visible native box in forced colours [wcag:1.4.11]', async () => {
      const el = await mount(html`<qc-checkbox name="c" label="Option" checked></qc-checkbox>`);
      await emulateMedia({ forcedColors: 'active' });
      const input = box(el);
      expect(getComputedStyle(input).appearance).to.equal('auto');
      expect(getComputedStyle(input).visibility).to.equal('visible');
      expect(rect(input).width).to.be.at.least(16);
      expect(getComputedStyle(input, '::before').content, 'no custom mark over the native one').to.equal('none');
    });
  });

  describe('keyboard and events', () => {
    it('Space toggles; one input and one change reach the page from the input; Enter does not toggle [wcag:2.1.1]', async () => {
      const el = await mount(html`<qc-checkbox name="c" label="Option"></qc-checkbox>`);
      const input = box(el);
      const events: string[] = [];
      document.addEventListener('change', (e) => events.push(`change:${(e.target as Element).localName}`));
      document.addEventListener('input', (e) => events.push(`input:${(e.target as Element).localName}`));
      input.focus();
      await sendKeys({ press: 'Space' });
      expect(input.checked).to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(input.checked).to.equal(true);
      await sendKeys({ press: 'Space' });
      expect(input.checked).to.equal(false);
      expect(events).to.deep.equal(['input:input', 'change:input', 'input:input', 'change:input']);
    });

    it('clicking the label text toggles the box (the label is part of the target)', async () => {
      const el = await mount(
        html`<qc-checkbox
          ><label><input type="checkbox" name="c" /> <span>Texte</span></label></qc-checkbox
        >`,
      );
      const change = oneEvent(box(el), 'change');
      el.querySelector('span')!.click();
      await change;
      expect(box(el).checked).to.equal(true);
    });
  });

  describe('forms', () => {
    it('sends "on" without a value, nothing when unchecked; reset restores the default checked state', async () => {
      const { form, el } = await inForm(html`<qc-checkbox name="c" label="Option" checked></qc-checkbox>`);
      expect(new FormData(form).getAll('c')).to.deep.equal(['on']);
      box(el).click();
      expect(new FormData(form).getAll('c')).to.deep.equal([]);
      form.reset();
      await settle();
      expect(box(el).checked).to.equal(true);
    });

    it('the checked property is the live state; setting it fires no event', async () => {
      const el = await mount(html`<qc-checkbox name="c" label="Option"></qc-checkbox>`);
      let changes = 0;
      el.addEventListener('change', () => (changes += 1));
      el.checked = true;
      expect(box(el).checked).to.equal(true);
      expect(el.checked).to.equal(true);
      expect(box(el).defaultChecked, 'the default is unchanged').to.equal(false);
      expect(changes).to.equal(0);
    });

    itExcept(
      NEEDS_AX_TREE,
      'a server error shows at load and goes away when the box is checked (invalid turns false) [wcag:3.3.1]',
      async () => {
        const { form, el } = await inForm(
          html`<qc-checkbox
            name="c"
            label="J’accepte"
            invalid
            invalid-text="Vous devez accepter les conditions."
          ></qc-checkbox>`,
        );
        expect(errorOf(el)!.textContent).to.contain('Vous devez accepter les conditions.');
        expect(box(el).getAttribute('aria-invalid')).to.equal('true');
        expect(findAll(await axTree(), (n) => n.role === 'checkbox')[0]!.invalid).to.equal(true);
        box(el).click();
        await settle();
        expect(el.invalid).to.equal(false);
        expect(el.hasAttribute('invalid')).to.equal(false);
        expect(errorOf(el)).to.equal(null);
        expect(box(el).getAttribute('aria-invalid')).to.equal('false');
        expect(findAll(await axTree(), (n) => n.role === 'checkbox')[0]!.invalid).to.equal(undefined);
        void form;
      },
    );

    it('disabled disables the input, and enabling it again gives it back', async () => {
      const { form, el } = await inForm(html`<qc-checkbox name="c" label="Option" checked disabled></qc-checkbox>`);
      expect(box(el).disabled).to.equal(true);
      expect(new FormData(form).getAll('c')).to.deep.equal([]);
      el.disabled = false;
      await el.updateComplete;
      expect(box(el).disabled).to.equal(false);
      expect(new FormData(form).getAll('c')).to.deep.equal(['on']);
    });
  });

  describe('i18n', () => {
    for (const [lang, expected] of [
      ['fr', 'Cochez la case J’accepte.'],
      ['fr-CA', 'Cochez la case J’accepte.'],
      ['en', 'Check the J’accepte box.'],
      ['en-CA', 'Check the J’accepte box.'],
    ] as const) {
      it(`says the required message in ${lang} [wcag:1.3.1,3.1.2,3.3.2]`, async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form lang=${lang}><qc-checkbox required name="c" label="J’accepte"></qc-checkbox></form>`,
        );
        await settle();
        attemptSubmit(form);
        await settle();
        expect(errorOf(form.querySelector('qc-checkbox')!)!.textContent).to.contain(expected);
      });
    }
  });

  describe('bad input', () => {
    it('shows hostile label, hint and error text as text', async () => {
      const { form, el } = await inForm(
        html`<qc-checkbox
          name="c"
          label=${hostile}
          description=${hostile}
          required
          invalid-text=${hostile}
        ></qc-checkbox>`,
      );
      attemptSubmit(form);
      await settle();
      expect(el.querySelector('img')).to.equal(null);
      expect(el.querySelector('label')!.textContent).to.contain(hostile);
      expect(el.querySelector('[data-qc-part="hint"]')!.textContent).to.equal(hostile);
      expect(errorOf(el)!.textContent).to.contain(hostile);
    });

    it('wraps a huge label inside its container', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px">
          <qc-checkbox name="c" label=${'Très long libellé '.repeat(80) + 'x'.repeat(300)}></qc-checkbox>
        </div>`,
      );
      await settle();
      const label = wrapper.querySelector('label')!;
      expect(rect(label).width).to.be.at.most(320);
      expect(rect(box(wrapper)).width, 'the box keeps its size').to.equal(24);
    });

    it('warns once when the checkbox has no label', async () => {
      const warnings = await captureWarnings(async () => {
        await mount(html`<qc-checkbox name="c"></qc-checkbox>`);
        await settle();
      });
      expect(warnings.filter((w) => w.includes('qc-checkbox'))).to.have.length(1);
      expect(warnings[0]).to.match(/label/);
    });

    it('reads "false" as false for checked, compact, required and disabled, without warnings', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await mount(
          html`<qc-checkbox
            name="c"
            label="Option"
            checked="false"
            compact="false"
            required="false"
            disabled="false"
          ></qc-checkbox>`,
        );
        expect(box(el).checked).to.equal(false);
        expect(box(el).required).to.equal(false);
        expect(box(el).disabled).to.equal(false);
        expect(rect(box(el)).width).to.equal(24);
      });
      expect(warnings).to.deep.equal([]);
    });
  });
});

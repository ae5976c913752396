import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './qc-toggle-switch-group.js';
import type { QcToggleSwitchGroup } from './qc-toggle-switch-group.js';
import type { QcToggleSwitch } from '../toggle-switch/qc-toggle-switch.js';
import { defaultsFromAttributes } from '../toggle-switch/toggle-switch.js';
import { NEEDS_AX_TREE, axTree, findAll } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { runFormFieldSuite } from '../internal/test/form-field.suite.js';
import { settle } from '../internal/test/form.js';

// The group adds no value of its own: the shared suite runs on a switch inside a group, checking
// that the group keeps every form-field behaviour of its switches.
runFormFieldSuite({
  tag: 'qc-toggle-switch',
  variant: 'inside qc-toggle-switch-group',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-toggle-switch-group legend="Préférences" justified>
      <qc-toggle-switch
        label=${label}
        name=${name}
        value="oui"
        ?required=${required}
        invalid-text=${invalidText ?? serverError ?? ''}
        ?invalid=${!!serverError}
      ></qc-toggle-switch>
    </qc-toggle-switch-group>`,
  async fill(field) {
    field.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
  },
  filledValue: ['oui'],
  emptyValue: [],
  labelledControl: (field) => field.querySelector('input')!,
  role: 'switch',
  async rerender(field) {
    const old = field.querySelector('input')!;
    const fresh = document.createElement('input');
    fresh.type = 'checkbox';
    fresh.name = old.name;
    fresh.value = old.value;
    old.replaceWith(fresh);
  },
});

async function mountGroup(template: ReturnType<typeof html>): Promise<QcToggleSwitchGroup> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 40rem">${template}</div>`);
  const group = wrapper.querySelector('qc-toggle-switch-group')!;
  await group.updateComplete;
  await settle();
  return group;
}

const hostile = '<img src=x onerror=alert(1)>';
const switches = (group: Element) => [...group.querySelectorAll<QcToggleSwitch>('qc-toggle-switch')];
const inputs = (group: Element) => [...group.querySelectorAll('input')];

describe('qc-toggle-switch-group', () => {
  describe('accessibility', () => {
    itExcept(
      NEEDS_AX_TREE,
      'is a group named by its legend and described by its hint, holding the switches [wcag:1.3.1,3.3.2,4.1.2]',
      async () => {
        await mountGroup(
          html`<qc-toggle-switch-group legend="Avis à recevoir" description="Par courriel.">
            <qc-toggle-switch label="Nouvelles"></qc-toggle-switch>
            <qc-toggle-switch label="Rappels" checked></qc-toggle-switch>
          </qc-toggle-switch-group>`,
        );
        const [group] = findAll(await axTree(), (node) => node.role === 'group');
        expect(group).to.include({ name: 'Avis à recevoir', description: 'Par courriel.' });
        const items = findAll(group, (node) => node.role === 'switch');
        expect(items.map((node) => [node.name, node.checked])).to.deep.equal([
          ['Nouvelles', false],
          ['Rappels', true],
        ]);
      },
    );

    it('passes axe, enabled, justified and disabled', async () => {
      const group = await mountGroup(
        html`<qc-toggle-switch-group legend="Avis" description="Choisissez." justified>
          <qc-toggle-switch label="Nouvelles"></qc-toggle-switch>
          <qc-toggle-switch label="Rappels" checked></qc-toggle-switch>
        </qc-toggle-switch-group>`,
      );
      await expect(group).to.be.accessible();
      group.disabled = true;
      await group.updateComplete;
      await settle();
      await expect(group).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('keeps the author’s switches as its children, in order, after its legend and hint [wcag:1.3.1,3.3.2]', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <qc-toggle-switch-group legend="Avis" description="Indice">
            <qc-toggle-switch label="Un"></qc-toggle-switch>
            <qc-toggle-switch label="Deux"></qc-toggle-switch>
          </qc-toggle-switch-group>
        </div>`,
      );
      const group = wrapper.querySelector('qc-toggle-switch-group')!;
      const before = switches(group);
      await settle();
      expect(switches(group)).to.deep.equal(before);
      expect(before.every((item) => item.parentElement === group)).to.equal(true);
      const elements = [...group.children];
      expect(elements[0]!.getAttribute('data-qc-part')).to.equal('label');
      expect(elements[0]!.textContent).to.equal('Avis');
      expect(elements[1]!.getAttribute('data-qc-part')).to.equal('hint');
      expect(elements.slice(2)).to.deep.equal(before);
    });

    itExcept(NEEDS_AX_TREE, 'updates the legend and hint [wcag:1.3.1,3.3.2]', async () => {
      const group = await mountGroup(
        html`<qc-toggle-switch-group legend="Avis">
          <qc-toggle-switch label="Un"></qc-toggle-switch>
        </qc-toggle-switch-group>`,
      );
      group.legend = 'Notifications';
      group.description = 'Nouveau';
      await group.updateComplete;
      expect(group.querySelector('[data-qc-part="label"]')!.textContent).to.equal('Notifications');
      expect(group.querySelector('[data-qc-part="hint"]')!.textContent).to.equal('Nouveau');
      const [node] = findAll(await axTree(), (n) => n.role === 'group');
      expect(node).to.include({ name: 'Notifications', description: 'Nouveau' });
    });
  });

  describe('disabled', () => {
    itExcept(NEEDS_AX_TREE, 'disables every switch, and gives back each switch its own state', async () => {
      const group = await mountGroup(
        html`<qc-toggle-switch-group legend="Avis" disabled>
          <qc-toggle-switch label="Un" name="un" checked></qc-toggle-switch>
          <qc-toggle-switch label="Deux" name="deux" disabled></qc-toggle-switch>
        </qc-toggle-switch-group>`,
      );
      expect(inputs(group).map((input) => input.disabled)).to.deep.equal([true, true]);
      const form = document.createElement('form');
      group.before(form);
      form.append(group);
      await settle();
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      group.removeAttribute('disabled');
      await group.updateComplete;
      await settle();
      expect(inputs(group).map((input) => input.disabled)).to.deep.equal([false, true]);
      expect([...new FormData(form).keys()]).to.deep.equal(['un']);
      const nodes = findAll(await axTree(), (n) => n.role === 'switch');
      expect(nodes.map((n) => n.disabled ?? false)).to.deep.equal([false, true]);
    });

    it('disables a switch added later by a framework', async () => {
      const group = await mountGroup(html`<qc-toggle-switch-group legend="Avis" disabled></qc-toggle-switch-group>`);
      const item = document.createElement('qc-toggle-switch');
      item.label = 'Tardif';
      group.append(item);
      await item.updateComplete;
      await settle();
      expect(item.querySelector('input')!.disabled).to.equal(true);
    });

    it('a switch moved out of a disabled group is enabled again', async () => {
      const group = await mountGroup(
        html`<qc-toggle-switch-group legend="Avis" disabled>
          <qc-toggle-switch label="Un"></qc-toggle-switch>
        </qc-toggle-switch-group>`,
      );
      const item = switches(group)[0]!;
      group.after(item);
      await item.updateComplete;
      await settle();
      expect(item.querySelector('input')!.disabled).to.equal(false);
    });
  });

  describe('defaults and precedence', () => {
    it('justified and text-align apply to switches that do not set them; a switch’s own value wins', async () => {
      const group = await mountGroup(
        html`<qc-toggle-switch-group legend="Avis" justified text-align="end" max-width="100%">
          <qc-toggle-switch label="Hérite"></qc-toggle-switch>
          <qc-toggle-switch label="Compact" justified="false"></qc-toggle-switch>
          <qc-toggle-switch label="Au début" text-align="start"></qc-toggle-switch>
        </qc-toggle-switch-group>`,
      );
      const [inherits, compact, atStart] = switches(group);
      expect([inherits!.effectiveJustified, inherits!.effectiveTextAlign]).to.deep.equal([true, 'end']);
      expect([compact!.effectiveJustified, compact!.effectiveTextAlign]).to.deep.equal([false, 'end']);
      expect([atStart!.effectiveJustified, atStart!.effectiveTextAlign]).to.deep.equal([true, 'start']);
      // And on screen: the compact one's text sits next to its switch, the others span the group.
      const textEnd = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el.querySelector('label')!);
        return range.getBoundingClientRect().right;
      };
      expect(textEnd(inherits!)).to.be.closeTo(group.getBoundingClientRect().right, 1);
      expect(textEnd(compact!)).to.be.lessThan(group.getBoundingClientRect().right - 100);
      expect(atStart!.querySelector('input')!.getBoundingClientRect().right).to.be.closeTo(
        group.getBoundingClientRect().right,
        1,
      );
    });

    it('follows the group’s changes, except where a switch says otherwise', async () => {
      const group = await mountGroup(
        html`<qc-toggle-switch-group legend="Avis">
          <qc-toggle-switch label="Hérite"></qc-toggle-switch>
          <qc-toggle-switch label="Propre" justified text-align="start"></qc-toggle-switch>
        </qc-toggle-switch-group>`,
      );
      const [inherits, own] = switches(group);
      expect(inherits!.hasAttribute('data-qc-justified')).to.equal(false);
      group.justified = true;
      group.textAlign = 'end';
      await group.updateComplete;
      await inherits!.updateComplete;
      expect(inherits!.hasAttribute('data-qc-justified')).to.equal(true);
      expect(inherits!.getAttribute('data-qc-text-align')).to.equal('end');
      group.justified = false;
      await group.updateComplete;
      await own!.updateComplete;
      expect(own!.hasAttribute('data-qc-justified')).to.equal(true);
      expect(own!.hasAttribute('data-qc-text-align')).to.equal(false);
    });

    it('reads a not-yet-upgraded group from its attributes', () => {
      const group = document.createElement('div');
      group.setAttribute('disabled', '');
      group.setAttribute('justified', 'false');
      group.setAttribute('text-align', 'END');
      expect(defaultsFromAttributes(group)).to.deep.equal({ disabled: true, justified: false, textAlign: 'end' });
      expect(defaultsFromAttributes(null)).to.deep.equal({ disabled: false, justified: false, textAlign: 'start' });
    });
  });

  describe('max-width', () => {
    for (const [value, expected] of [
      ['300px', 300],
      ['20rem', 320],
      ['10em', 160],
      ['50%', 320],
    ] as const) {
      it(`caps the width at ${value}`, async () => {
        const group = await mountGroup(
          html`<qc-toggle-switch-group legend="Avis" max-width=${value} justified>
            <qc-toggle-switch label="Un"></qc-toggle-switch>
          </qc-toggle-switch-group>`,
        );
        expect(group.style.getPropertyValue('--qc-toggle-switch-group-max-width')).to.equal(value);
        expect(group.getBoundingClientRect().width).to.be.closeTo(expected, 0.5);
      });
    }

    it('is as wide as its content without max-width, and follows changes', async () => {
      const group = await mountGroup(
        html`<qc-toggle-switch-group legend="Avis" justified>
          <qc-toggle-switch label="Un"></qc-toggle-switch>
        </qc-toggle-switch-group>`,
      );
      const natural = group.getBoundingClientRect().width;
      expect(natural).to.be.lessThan(320);
      group.maxWidth = '30rem';
      await group.updateComplete;
      expect(group.getBoundingClientRect().width).to.equal(480);
      group.maxWidth = null;
      await group.updateComplete;
      expect(group.getBoundingClientRect().width).to.equal(natural);
      expect(group.style.getPropertyValue('--qc-toggle-switch-group-max-width')).to.equal('');
    });

    for (const value of ['400', '-5px', '30rem; color: red', 'calc(100% - 1px)', 'url(x)', '12vw']) {
      it(`rejects max-width="${value}": fit-content, one warning`, async () => {
        let group!: QcToggleSwitchGroup;
        const warnings = await captureWarnings(async () => {
          group = await mountGroup(
            html`<qc-toggle-switch-group legend="Avis" max-width=${value} justified>
              <qc-toggle-switch label="Un"></qc-toggle-switch>
            </qc-toggle-switch-group>`,
          );
          group.requestUpdate();
          await group.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('max-width');
        expect(group.style.getPropertyValue('--qc-toggle-switch-group-max-width')).to.equal('');
        expect(group.getBoundingClientRect().width).to.be.lessThan(320);
      });
    }
  });

  describe('events and forms', () => {
    it('lets each switch’s native change through, once, and sends only the switches that are on', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <qc-toggle-switch-group legend="Avis">
            <qc-toggle-switch label="Un" name="un"></qc-toggle-switch>
            <qc-toggle-switch label="Deux" name="deux" value="2"></qc-toggle-switch>
          </qc-toggle-switch-group>
        </form>`,
      );
      await settle();
      const events: Event[] = [];
      form.addEventListener('change', (event) => events.push(event));
      const [, second] = inputs(form);
      second!.focus();
      await sendKeys({ press: 'Space' });
      expect(events).to.have.length(1);
      expect(events[0]!.target).to.equal(second);
      expect([...new FormData(form).entries()]).to.deep.equal([['deux', '2']]);
      form.reset();
      expect([...new FormData(form).entries()]).to.deep.equal([]);
    });

    it('moves between switches with Tab [wcag:2.1.1]', async () => {
      const group = await mountGroup(
        html`<qc-toggle-switch-group legend="Avis">
          <qc-toggle-switch label="Un"></qc-toggle-switch>
          <qc-toggle-switch label="Deux"></qc-toggle-switch>
        </qc-toggle-switch-group>`,
      );
      const [first, second] = inputs(group);
      first!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(second);
    });
  });

  describe('i18n', () => {
    it('its switches speak the group’s language [wcag:3.1.2]', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form lang="en">
          <qc-toggle-switch-group legend="Notifications">
            <qc-toggle-switch label="Terms" name="t" required></qc-toggle-switch>
          </qc-toggle-switch-group>
        </form>`,
      );
      await settle();
      form.requestSubmit();
      await settle();
      expect(form.querySelector('[data-qc-part="error"]')!.textContent).to.equal('Error: Turn on the “Terms” switch.');
    });
  });

  describe('bad input', () => {
    itExcept(NEEDS_AX_TREE, 'shows a hostile legend as text', async () => {
      const group = await mountGroup(
        html`<qc-toggle-switch-group legend=${hostile}>
          <qc-toggle-switch label="Un"></qc-toggle-switch>
        </qc-toggle-switch-group>`,
      );
      expect(group.querySelector('img')).to.equal(null);
      const [node] = findAll(await axTree(), (n) => n.role === 'group');
      expect(node?.name).to.equal(hostile);
    });

    it('invalid text-align: start for the switches, one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const group = await mountGroup(
          html`<qc-toggle-switch-group legend="Avis" text-align="right">
            <qc-toggle-switch label="Un"></qc-toggle-switch>
            <qc-toggle-switch label="Deux"></qc-toggle-switch>
          </qc-toggle-switch-group>`,
        );
        expect(switches(group).map((item) => item.effectiveTextAlign)).to.deep.equal(['start', 'start']);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('text-align="right"');
    });

    it('warns once without a legend', async () => {
      const warnings = await captureWarnings(async () => {
        await mountGroup(
          html`<qc-toggle-switch-group><qc-toggle-switch label="Un"></qc-toggle-switch></qc-toggle-switch-group>`,
        );
        await aTimeout(10);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('no legend');
    });

    it('copes with an empty group and with a huge legend', async () => {
      const group = await mountGroup(
        html`<qc-toggle-switch-group legend=${'Légende '.repeat(200)} max-width="20rem"></qc-toggle-switch-group>`,
      );
      expect(group.scrollWidth).to.be.at.most(group.clientWidth);
      await expect(group).to.be.accessible();
    });
  });
});

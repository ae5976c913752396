import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './qc-toggle-switch.js';
import type { QcToggleSwitch } from './qc-toggle-switch.js';
import { NEEDS_AX_TREE, axTree, findAll, type AxNode } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { attemptSubmit, settle } from '../internal/test/form.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { runFormFieldSuite } from '../internal/test/form-field.suite.js';

/** Toggles the switch as a keyboard user does: focus, then Space. */
async function pressSpaceOn(field: HTMLElement): Promise<void> {
  field.querySelector('input')!.focus();
  await sendKeys({ press: 'Space' });
}

runFormFieldSuite({
  tag: 'qc-toggle-switch',
  variant: 'created from attributes',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-toggle-switch
      label=${label}
      name=${name}
      value="oui"
      ?required=${required}
      invalid-text=${invalidText ?? serverError ?? ''}
      ?invalid=${!!serverError}
    ></qc-toggle-switch>`,
  async fill(field) {
    await pressSpaceOn(field);
  },
  filledValue: ['oui'],
  emptyValue: [],
  labelledControl: (field) => field.querySelector('input')!,
  role: 'switch',
  async rerender(field) {
    // A framework that renders the host only: its created checkbox replaced by an equal fresh one.
    const old = field.querySelector('input')!;
    const fresh = document.createElement('input');
    fresh.type = 'checkbox';
    fresh.setAttribute('role', 'switch');
    fresh.name = old.name;
    fresh.value = old.value;
    old.replaceWith(fresh);
  },
});

runFormFieldSuite({
  tag: 'qc-toggle-switch',
  variant: 'author markup',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-toggle-switch
      ?required=${required}
      invalid-text=${invalidText ?? serverError ?? ''}
      ?invalid=${!!serverError}
      ><label><input type="checkbox" name=${name} value="oui" /> ${label}</label></qc-toggle-switch
    >`,
  async fill(field) {
    await pressSpaceOn(field);
  },
  filledValue: ['oui'],
  emptyValue: [],
  labelledControl: (field) => field.querySelector('input')!,
  role: 'switch',
  async rerender(field) {
    // A framework re-rendering the author's label and checkbox as fresh nodes (no role: added again).
    const old = field.querySelector('label')!;
    const input = old.querySelector('input')!;
    const label = document.createElement('label');
    const fresh = document.createElement('input');
    fresh.type = 'checkbox';
    fresh.name = input.name;
    fresh.value = input.value;
    label.append(fresh, ` ${old.textContent!.trim()}`);
    old.replaceWith(label);
  },
});

const hostile = '<img src=x onerror=alert(1)>';
const switchesIn = (tree: AxNode) => findAll(tree, (node) => node.role === 'switch');

async function mount(template: ReturnType<typeof html>): Promise<QcToggleSwitch> {
  const el = await fixture<QcToggleSwitch>(template);
  await el.updateComplete;
  await settle();
  return el;
}

/** WCAG relative luminance contrast of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('qc-toggle-switch', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  describe('accessibility', () => {
    itExcept(
      NEEDS_AX_TREE,
      'is a switch named by its label, off then on, in the accessibility tree [wcag:1.3.1,2.5.3,3.3.2,4.1.2]',
      async () => {
        const el = await mount(html`<qc-toggle-switch label="Recevoir les avis" name="avis"></qc-toggle-switch>`);
        let [node] = switchesIn(await axTree());
        expect(node).to.include({ role: 'switch', name: 'Recevoir les avis', checked: false });
        await pressSpaceOn(el);
        [node] = switchesIn(await axTree());
        expect(node).to.include({ role: 'switch', name: 'Recevoir les avis', checked: true });
      },
    );

    it('passes axe off, on, disabled, with a hint, justified, and in error', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <qc-toggle-switch label="Désactivé par défaut" name="a"></qc-toggle-switch>
          <qc-toggle-switch label="Activé" name="b" checked></qc-toggle-switch>
          <qc-toggle-switch label="Indisponible" name="c" disabled></qc-toggle-switch>
          <qc-toggle-switch label="Indisponible, activé" name="d" disabled checked></qc-toggle-switch>
          <qc-toggle-switch label="Avec indice" description="Un courriel par semaine." name="e"></qc-toggle-switch>
          <qc-toggle-switch label="Justifié" justified text-align="end" name="f"></qc-toggle-switch>
          <qc-toggle-switch label="En erreur" invalid invalid-text="Activez cette option." name="g"></qc-toggle-switch>
        </form>`,
      );
      await settle();
      await expect(form).to.be.accessible();
      const error = form.querySelector('qc-toggle-switch[name="g"] [data-qc-part="error"]');
      expect(error?.textContent).to.contain('Activez cette option.');
    });

    itExcept(NEEDS_AX_TREE, 'describes the switch by its hint [wcag:1.3.1,3.3.2]', async () => {
      await mount(
        html`<qc-toggle-switch label="Mode sombre" description="S’applique à tout le site."></qc-toggle-switch>`,
      );
      const [node] = switchesIn(await axTree());
      expect(node?.description).to.equal('S’applique à tout le site.');
    });

    itExcept(NEEDS_AX_TREE, 'is reported disabled when disabled', async () => {
      await mount(html`<qc-toggle-switch label="Mode sombre" disabled></qc-toggle-switch>`);
      const [node] = switchesIn(await axTree());
      expect(node?.disabled).to.equal(true);
    });
  });

  describe('rendering', () => {
    itExcept(
      NO_MEDIA_EMULATION,
      'draws a 56×32 track and a 28 px thumb that moves to the other end when on',
      async () => {
        const el = await mount(html`<qc-toggle-switch label="Avis"></qc-toggle-switch>`);
        const input = el.querySelector('input')!;
        const box = input.getBoundingClientRect();
        expect([box.width, box.height]).to.deep.equal([56, 32]);
        const thumb = getComputedStyle(input, '::before');
        expect([thumb.width, thumb.height]).to.deep.equal(['28px', '28px']);
        expect(getComputedStyle(input).borderTopWidth).to.equal('1px');
        const off = parseFloat(thumb.insetInlineStart);
        await emulateMedia({ reducedMotion: 'reduce' });
        input.click();
        const on = parseFloat(getComputedStyle(input, '::before').insetInlineStart);
        expect(on - off).to.equal(24);
      },
    );

    itExcept(
      NO_MEDIA_EMULATION,
      'track border reaches 3:1 on the page, and the thumb 3:1 on the track, off and on',
      async () => {
        const el = await mount(html`<qc-toggle-switch label="Avis"></qc-toggle-switch>`);
        const input = el.querySelector('input')!;
        const page = getComputedStyle(document.documentElement).getPropertyValue('--qc-color-background');
        const probe = document.createElement('div');
        probe.style.color = page;
        document.body.append(probe);
        const pageColor = getComputedStyle(probe).color;
        probe.remove();
        const track = getComputedStyle(input);
        expect(contrast(track.borderTopColor, pageColor)).to.be.at.least(3);
        expect(contrast(getComputedStyle(input, '::before').borderTopColor, track.backgroundColor)).to.be.at.least(3);
        await emulateMedia({ reducedMotion: 'reduce' });
        input.click();
        const on = getComputedStyle(input);
        expect(contrast(getComputedStyle(input, '::before').backgroundColor, on.backgroundColor)).to.be.at.least(3);
      },
    );

    it('shows a focus ring on keyboard focus [wcag:2.1.1,2.4.7]', async () => {
      const el = await mount(html`<div><button>avant</button><qc-toggle-switch label="Avis"></qc-toggle-switch></div>`);
      el.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const input = el.querySelector('input')!;
      expect(document.activeElement).to.equal(input);
      const style = getComputedStyle(input);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    itExcept(NO_MEDIA_EMULATION, 'does not animate the thumb with prefers-reduced-motion', async () => {
      const el = await mount(html`<qc-toggle-switch label="Avis"></qc-toggle-switch>`);
      const input = el.querySelector('input')!;
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(parseFloat(getComputedStyle(input, '::before').transitionDuration)).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(parseFloat(getComputedStyle(input, '::before').transitionDuration)).to.equal(0);
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'still shows on and off in forced colours, with system colours [wcag:1.4.11]',
      async () => {
        const el = await mount(html`<qc-toggle-switch label="Avis"></qc-toggle-switch>`);
        const input = el.querySelector('input')!;
        await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
        const offTrack = getComputedStyle(input).backgroundColor;
        // Computed styles are live: keep the values.
        const offThumb = getComputedStyle(input, '::before');
        const offState = [offThumb.backgroundColor, offThumb.insetInlineStart];
        input.click();
        const onThumb = getComputedStyle(input, '::before');
        expect(getComputedStyle(input).backgroundColor).to.not.equal(offTrack);
        expect(onThumb.insetInlineStart).to.not.equal(offState[1]);
        expect(onThumb.backgroundColor).to.not.equal(offState[0]);
        expect(contrast(onThumb.backgroundColor, getComputedStyle(input).backgroundColor)).to.be.at.least(3);
        expect(contrast(offState[0]!, offTrack)).to.be.at.least(3);
      },
    );

    it('puts the text before the switch by default, after it with text-align="end"', async () => {
      const el = await mount(html`<qc-toggle-switch label="Avis"></qc-toggle-switch>`);
      const label = el.querySelector('label')!;
      const input = el.querySelector('input')!;
      expect(label.getBoundingClientRect().right).to.be.at.most(input.getBoundingClientRect().left);
      el.textAlign = 'end';
      await el.updateComplete;
      expect(input.getBoundingClientRect().right).to.be.at.most(label.getBoundingClientRect().left);
    });

    it('justified: text at one end, switch at the other (also with a wrapping label)', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 40rem">
          <qc-toggle-switch label="Avis" justified></qc-toggle-switch>
          <qc-toggle-switch justified text-align="end"
            ><label><input type="checkbox" /> Infolettre</label></qc-toggle-switch
          >
        </div>`,
      );
      await settle();
      const [first, second] = wrapper.querySelectorAll('qc-toggle-switch');
      const right = wrapper.getBoundingClientRect().right;
      const left = wrapper.getBoundingClientRect().left;
      expect(first!.querySelector('input')!.getBoundingClientRect().right).to.be.closeTo(right, 1);
      expect(first!.querySelector('label')!.getBoundingClientRect().left).to.be.closeTo(left, 1);
      expect(second!.querySelector('input')!.getBoundingClientRect().left).to.be.closeTo(left, 1);
      // The text ends at the far end.
      const range = document.createRange();
      range.selectNodeContents(second!.querySelector('label')!);
      expect(range.getBoundingClientRect().right).to.be.closeTo(right, 1);
    });

    it('the hidden attribute hides it', async () => {
      const el = await mount(html`<qc-toggle-switch label="Avis" hidden></qc-toggle-switch>`);
      expect(getComputedStyle(el).display).to.equal('none');
      el.hidden = false;
      expect(getComputedStyle(el).display).to.equal('grid');
    });

    it('places the hint and the error under the row of text and switch [wcag:1.3.1,3.3.1,3.3.2]', async () => {
      const el = await mount(
        html`<qc-toggle-switch
          label="Avis"
          description="Un par semaine"
          invalid
          invalid-text="Erreur serveur"
        ></qc-toggle-switch>`,
      );
      const rowBottom = el.querySelector('input')!.getBoundingClientRect().bottom;
      const hint = el.querySelector('[data-qc-part="hint"]')!.getBoundingClientRect();
      const error = el.querySelector('[data-qc-part="error"]')!.getBoundingClientRect();
      expect(hint.top).to.be.at.least(rowBottom - 1);
      expect(error.top).to.be.at.least(hint.bottom - 1);
    });
  });

  describe('properties', () => {
    it('creates a checkbox with role switch from name, value, label, checked [wcag:4.1.2]', async () => {
      const el = await mount(html`<qc-toggle-switch label="Avis" name="avis" value="oui" checked></qc-toggle-switch>`);
      const input = el.querySelector('input')!;
      expect(input.type).to.equal('checkbox');
      expect(input.getAttribute('role')).to.equal('switch');
      expect([input.name, input.value, input.checked, input.defaultChecked]).to.deep.equal(['avis', 'oui', true, true]);
      expect(input.labels?.[0]?.textContent).to.equal('Avis');
      expect(el.checked).to.equal(true);
    });

    it('adopts the author’s label and checkbox, adding role="switch", without a second label [wcag:4.1.2]', async () => {
      const el = await mount(
        html`<qc-toggle-switch label="Ignoré"
          ><label id="mine"><input type="checkbox" name="x" /> Le mien</label></qc-toggle-switch
        >`,
      );
      expect(el.querySelectorAll('label').length).to.equal(1);
      expect(el.querySelectorAll('input').length).to.equal(1);
      expect(el.querySelector('input')!.getAttribute('role')).to.equal('switch');
    });

    it('`checked` property reads and sets the live state without firing change', async () => {
      const el = await mount(html`<qc-toggle-switch label="Avis"></qc-toggle-switch>`);
      let changes = 0;
      el.addEventListener('change', () => (changes += 1));
      el.checked = true;
      expect(el.querySelector('input')!.checked).to.equal(true);
      el.querySelector('input')!.checked = false;
      expect(el.checked).to.equal(false);
      expect(changes).to.equal(0);
    });

    it('`checked` set before the element is connected applies to the created switch', async () => {
      const el = document.createElement('qc-toggle-switch');
      el.label = 'Avis';
      el.checked = true;
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      expect(el.querySelector('input')!.checked).to.equal(true);
    });

    it('updates the created checkbox when name, value or label change', async () => {
      const el = await mount(html`<qc-toggle-switch label="Avis" name="a" value="1"></qc-toggle-switch>`);
      el.name = 'b';
      el.value = '2';
      el.label = 'Autre';
      await el.updateComplete;
      const input = el.querySelector('input')!;
      expect([input.name, input.value, input.labels?.[0]?.textContent]).to.deep.equal(['b', '2', 'Autre']);
    });

    it('disabled disables the checkbox and is undone', async () => {
      const el = await mount(html`<qc-toggle-switch label="Avis" disabled="true"></qc-toggle-switch>`);
      expect(el.querySelector('input')!.disabled).to.equal(true);
      el.setAttribute('disabled', 'false');
      await el.updateComplete;
      expect(el.querySelector('input')!.disabled).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('Space toggles, with one native change per press [wcag:2.1.1]', async () => {
      const el = await mount(html`<qc-toggle-switch label="Avis"></qc-toggle-switch>`);
      const events: Event[] = [];
      el.addEventListener('change', (event) => events.push(event));
      await pressSpaceOn(el);
      expect(el.checked).to.equal(true);
      await sendKeys({ press: 'Space' });
      expect(el.checked).to.equal(false);
      expect(events).to.have.length(2);
      // The input's own event (bubbling), never one dispatched on the host.
      for (const event of events) {
        expect(event.target).to.equal(el.querySelector('input'));
        expect(event.bubbles).to.equal(true);
        expect(event.isTrusted).to.equal(true);
      }
    });

    it('Enter does not submit the form (and does not toggle) [wcag:2.1.1]', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <qc-toggle-switch label="Avis" name="avis"></qc-toggle-switch>
          <button>Envoyer</button>
        </form>`,
      );
      await settle();
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits += 1;
      });
      form.querySelector('input')!.focus();
      await sendKeys({ press: 'Enter' });
      await aTimeout(20);
      expect(submits).to.equal(0);
      expect(form.querySelector('input')!.checked).to.equal(false);
      // Enter in a text field of the same form still submits.
      const text = document.createElement('input');
      form.prepend(text);
      text.focus();
      await sendKeys({ press: 'Enter' });
      await aTimeout(20);
      expect(submits).to.equal(1);
    });

    it('is reached with Tab and skipped when disabled [wcag:2.1.1]', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button>avant</button>
          <qc-toggle-switch label="Un"></qc-toggle-switch>
          <qc-toggle-switch label="Deux" disabled></qc-toggle-switch>
          <button>après</button>
        </div>`,
      );
      await settle();
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('qc-toggle-switch input'));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('après');
    });

    it('a click on the label text toggles it', async () => {
      const el = await mount(html`<qc-toggle-switch label="Avis"></qc-toggle-switch>`);
      el.querySelector('label')!.click();
      expect(el.checked).to.equal(true);
    });
  });

  describe('forms', () => {
    it('sends name=value only when on; "on" without a value', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <qc-toggle-switch label="A" name="a" value="oui"></qc-toggle-switch>
          <qc-toggle-switch label="B" name="b"></qc-toggle-switch>
        </form>`,
      );
      await settle();
      expect([...new FormData(form).entries()]).to.deep.equal([]);
      for (const input of form.querySelectorAll('input')) input.click();
      expect([...new FormData(form).entries()]).to.deep.equal([
        ['a', 'oui'],
        ['b', 'on'],
      ]);
    });

    it('reset restores the initial state given by `checked`', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><qc-toggle-switch label="A" name="a" checked></qc-toggle-switch></form>`,
      );
      await settle();
      const input = form.querySelector('input')!;
      input.click();
      expect(new FormData(form).getAll('a')).to.deep.equal([]);
      form.reset();
      expect(new FormData(form).getAll('a')).to.deep.equal(['on']);
    });

    it('required: error in French names the switch, and goes away once it is on [wcag:1.3.1,3.1.2,3.3.1,3.3.2,4.1.2]', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><qc-toggle-switch label="J’accepte les conditions" name="ok" required></qc-toggle-switch></form>`,
      );
      await settle();
      attemptSubmit(form);
      await settle();
      const error = form.querySelector('[data-qc-part="error"]')!;
      expect(error.textContent).to.equal('Erreur : Activez l’interrupteur «\u00a0J’accepte les conditions\u00a0».');
      await expect(form).to.be.accessible();
      form.querySelector('input')!.click();
      await settle();
      expect(error.hasAttribute('hidden')).to.equal(true);
    });
  });

  describe('i18n', () => {
    it('speaks English with lang="en" and French with fr-CA [wcag:3.1.2]', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <form lang="en"><qc-toggle-switch label="I agree" name="a" required></qc-toggle-switch></form>
          <form lang="fr-CA">
            <qc-toggle-switch name="b" required
              ><label><input type="checkbox" /> J’accepte</label></qc-toggle-switch
            >
          </form>
        </div>`,
      );
      await settle();
      const [en, fr] = wrapper.querySelectorAll('form');
      attemptSubmit(en!);
      attemptSubmit(fr!);
      await settle();
      expect(en!.querySelector('[data-qc-part="error"]')!.textContent).to.equal('Error: Turn on the “I agree” switch.');
      expect(fr!.querySelector('[data-qc-part="error"]')!.textContent).to.equal(
        'Erreur : Activez l’interrupteur «\u00a0J’accepte\u00a0».',
      );
    });
  });

  describe('bad input', () => {
    itExcept(NEEDS_AX_TREE, 'shows hostile label and hint text as text', async () => {
      const el = await mount(
        html`<qc-toggle-switch label=${hostile} description="${'<b>gras</b>'}"></qc-toggle-switch>`,
      );
      expect(el.querySelector('img, b')).to.equal(null);
      expect(el.querySelector('label')!.textContent).to.equal(hostile);
      const [node] = switchesIn(await axTree());
      expect(node?.name).to.equal(hostile);
    });

    it('wraps a huge label without overflowing, the switch keeping its size [wcag:1.4.10]', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 20rem">
          <qc-toggle-switch label=${'Trèslongmotsansespace'.repeat(30)}></qc-toggle-switch>
        </div>`,
      );
      await settle();
      const el = wrapper.querySelector('qc-toggle-switch')!;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const input = el.querySelector('input')!.getBoundingClientRect();
      expect([input.width, input.height]).to.deep.equal([56, 32]);
      expect(input.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    });

    it('invalid text-align: start, with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await mount(html`<qc-toggle-switch label="Avis" text-align="middle"></qc-toggle-switch>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(el.effectiveTextAlign).to.equal('start');
        expect(el.hasAttribute('data-qc-text-align')).to.equal(false);
      });
      expect(warnings.filter((w) => w.includes('text-align'))).to.have.length(1);
      expect(warnings).to.have.length(1);
    });

    it('warns once when the switch has no label', async () => {
      const warnings = await captureWarnings(async () => {
        await mount(html`<qc-toggle-switch name="x"></qc-toggle-switch>`);
        await aTimeout(10);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('no label');
    });

    it('an empty label attribute with an authored label: no warning, no duplicate', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await mount(
          html`<qc-toggle-switch label=""
            ><label><input type="checkbox" /> Avis</label></qc-toggle-switch
          >`,
        );
        await aTimeout(10);
        expect(el.querySelectorAll('label')).to.have.length(1);
      });
      expect(warnings).to.deep.equal([]);
    });
  });
});

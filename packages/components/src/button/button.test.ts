import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { QcButton, buttonVariants } from './qc-button.js';
import { QcElement } from '../internal/index.js';
import { axNodes, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, notAssertedIn, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';

const base = (el: QcButton) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
/** The text of the element the inner control's aria-describedby points to (same shadow tree). */
const description = (el: QcButton) => {
  const ids = base(el).getAttribute('aria-describedby');
  return ids
    ? ids
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '')
        .join(' ')
    : '';
};
const proxyOf = (el: QcButton) => el.querySelector<HTMLButtonElement>(':scope > button[slot="qc-proxy"]');
const px = (value: string) => parseFloat(value);

/** A form whose submit events are recorded and prevented. */
async function formFixture(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(template);
  const submits: SubmitEvent[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(event as SubmitEvent);
  });
  const button = form.querySelector('qc-button')!;
  await button.updateComplete;
  return { form, button, submits };
}

/** Lets a click finish its dispatch (activation runs at the end of it) and any fallback task run. */
const settle = () => aTimeout(10);

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
});

describe('qc-button', () => {
  describe('accessibility', () => {
    for (const variant of buttonVariants) {
      it(`passes axe for ${variant} × compact × disabled × loading`, async () => {
        for (const compact of [false, true]) {
          for (const disabled of [false, true]) {
            for (const loading of [false, true]) {
              const el = await fixture<QcButton>(
                html`<qc-button variant=${variant} ?compact=${compact} ?disabled=${disabled} ?loading=${loading}
                  >Envoyer</qc-button
                >`,
              );
              await expect(
                el,
                `${variant} compact=${compact} disabled=${disabled} loading=${loading}`,
              ).to.be.accessible();
            }
          }
        }
      });
    }

    it('passes axe as a link, enabled and disabled, with an icon', async () => {
      const el = await fixture<QcButton>(
        html`<qc-button href="/aide" icon="external-link" icon-position="end">Consulter l’aide</qc-button>`,
      );
      await expect(el).to.be.accessible();
      el.disabled = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    itExcept(
      NEEDS_AX_TREE,
      'is a button named by its label; the icon and spinner are decorative [wcag:1.3.1,2.5.3,3.3.2,4.1.2]',
      async () => {
        await fixture(html`<qc-button icon="information">Envoyer la demande</qc-button>`);
        const buttons = await axNodes('button');
        expect(buttons).to.have.length(1);
        expect(buttons[0]!.name).to.equal('Envoyer la demande');
        expect(await axNodes('img')).to.have.length(0);
      },
    );

    itExcept(NEEDS_AX_TREE, 'is a disabled button when disabled', async () => {
      const el = await fixture<QcButton>(html`<qc-button disabled>Envoyer</qc-button>`);
      const [button] = await axNodes('button');
      expect(button!.name).to.equal('Envoyer');
      expect(button!.disabled).to.equal(true);
      expect(base(el).matches('button:disabled')).to.equal(true);
    });

    itExcept(
      NEEDS_AX_TREE,
      'while loading: busy, disabled for AT but focusable, label kept, description says loading',
      async () => {
        const el = await fixture<QcButton>(html`<qc-button loading>Envoyer</qc-button>`);
        const inner = base(el);
        expect(inner.getAttribute('aria-busy')).to.equal('true');
        expect(inner.getAttribute('aria-disabled')).to.equal('true');
        expect(inner.hasAttribute('disabled')).to.equal(false);
        expect(el.shadowRoot!.querySelector('[part="spinner"]')!.getAttribute('aria-hidden')).to.equal('true');
        el.focus();
        expect(el.shadowRoot!.activeElement).to.equal(inner);
        const [button] = await axNodes('button');
        expect(button!.name).to.equal('Envoyer');
        expect(button!.disabled).to.equal(true);
        expect(button!.description).to.equal('Chargement en cours');
        expect(description(el)).to.equal('Chargement en cours');
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'announces loading politely only when it turns on after the first render [wcag:4.1.3]',
      async () => {
        const region = () => document.querySelector<HTMLElement>('[data-qc-announcer="polite"]');
        const el = await fixture<QcButton>(html`<qc-button loading>Envoyer</qc-button>`);
        await aTimeout(300);
        // A page that loads with a busy button announces nothing.
        expect(region()?.textContent ?? '').to.equal('');
        expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
        el.loading = false;
        await el.updateComplete;
        el.loading = true;
        await el.updateComplete;
        await aTimeout(300);
        expect(region()!.textContent).to.equal('Chargement en cours');
        expect(region()!.getAttribute('role')).to.equal('status');
        const statuses = await axNodes('status');
        expect(statuses).to.have.length(1);
        // Not part of the button's name.
        expect((await axNodes('button'))[0]!.name).to.equal('Envoyer');
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'is a link in href mode; disabled, a link without href marked aria-disabled [wcag:4.1.2]',
      async () => {
        const el = await fixture<QcButton>(html`<qc-button href="/formulaire">Remplir le formulaire</qc-button>`);
        let links = await axNodes('link');
        expect(links).to.have.length(1);
        expect(links[0]!.name).to.equal('Remplir le formulaire');
        expect(links[0]!.disabled).to.equal(undefined);
        expect(await axNodes('button')).to.have.length(0);
        el.disabled = true;
        await el.updateComplete;
        const a = base(el);
        expect(a.hasAttribute('href')).to.equal(false);
        expect(a.getAttribute('aria-disabled')).to.equal('true');
        expect(a.getAttribute('role')).to.equal('link');
        links = await axNodes('link');
        expect(links).to.have.length(1);
        expect(links[0]!.name).to.equal('Remplir le formulaire');
        expect(links[0]!.disabled).to.equal(true);
        el.focus();
        expect(el.shadowRoot!.activeElement).to.equal(null);
      },
    );

    itExcept(NEEDS_AX_TREE, 'keeps the proxy button out of the accessibility tree [wcag:4.1.2]', async () => {
      await formFixture(html`<form><qc-button name="action" value="go">Envoyer</qc-button></form>`);
      expect(await axNodes('button')).to.have.length(1);
    });
  });

  describe('rendering', () => {
    it('slots the light-DOM label and exposes base, label, icon parts', async () => {
      const el = await fixture<QcButton>(html`<qc-button icon="information">Envoyer</qc-button>`);
      const root = el.shadowRoot!;
      expect(base(el).localName).to.equal('button');
      expect(base(el).getAttribute('type')).to.equal('button');
      const slot = root.querySelector('[part="label"] slot') as HTMLSlotElement;
      expect(
        slot
          .assignedNodes()
          .map((n) => n.textContent)
          .join(''),
      ).to.equal('Envoyer');
      const icon = root.querySelector('[part="icon"]')!;
      expect(icon.localName).to.equal('qc-icon');
      expect(icon.getAttribute('icon')).to.equal('information');
      expect(icon.getAttribute('size')).to.equal('sm');
    });

    it('puts the icon before the label (start, left) or after it (end, right)', async () => {
      for (const [position, first] of [
        ['start', 'icon'],
        ['left', 'icon'],
        ['end', 'label'],
        ['right', 'label'],
      ] as const) {
        const el = await fixture<QcButton>(
          html`<qc-button icon="information" icon-position=${position}>Envoyer</qc-button>`,
        );
        const parts = [...base(el).children].map((c) => c.getAttribute('part'));
        expect(parts, position).to.deep.equal(first === 'icon' ? ['icon', 'label'] : ['label', 'icon']);
      }
    });

    it('shows a spinner in place of the icon while loading', async () => {
      const el = await fixture<QcButton>(html`<qc-button icon="information" loading>Envoyer</qc-button>`);
      expect(el.shadowRoot!.querySelector('[part="icon"]')).to.equal(null);
      const spinner = el.shadowRoot!.querySelector<HTMLElement>('[part="spinner"]')!;
      expect(spinner.getBoundingClientRect().width).to.be.greaterThan(0);
      el.loading = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="spinner"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="icon"]')).to.not.equal(null);
    });

    it('renders a link with href, target, rel and download', async () => {
      const el = await fixture<QcButton>(
        html`<qc-button href="/guide.pdf" target="_blank" rel="noopener" download="guide.pdf">Guide</qc-button>`,
      );
      const a = base(el) as HTMLAnchorElement;
      expect(a.localName).to.equal('a');
      expect(a.getAttribute('href')).to.equal('/guide.pdf');
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener');
      expect(a.getAttribute('download')).to.equal('guide.pdf');
    });

    it('has the incumbent metrics: 56 px high, 112–360 px wide, 2 px border, bold 16 px', async () => {
      const el = await fixture<QcButton>(html`<qc-button>OK</qc-button>`);
      const style = getComputedStyle(base(el));
      const box = base(el).getBoundingClientRect();
      expect(box.height).to.equal(56);
      expect(box.width).to.equal(112);
      expect(px(style.borderTopWidth)).to.equal(2);
      expect(style.fontWeight).to.equal('700');
      expect(style.fontSize).to.equal('16px');
      expect(px(style.paddingTop)).to.equal(14);
      expect(px(style.paddingLeft)).to.equal(22);
      el.textContent = 'Un libellé assez long pour dépasser la largeur maximale du bouton sur une ligne';
      await aTimeout(0);
      expect(el.getBoundingClientRect().width).to.equal(360);
    });

    it('compact: 40 px high, 80 px wide, 1 px border, semi-bold', async () => {
      const el = await fixture<QcButton>(html`<qc-button compact>OK</qc-button>`);
      const style = getComputedStyle(base(el));
      const box = base(el).getBoundingClientRect();
      expect(box.height).to.equal(40);
      expect(box.width).to.equal(80);
      expect(px(style.borderTopWidth)).to.equal(1);
      expect(style.fontWeight).to.equal('600');
      expect(px(style.paddingTop)).to.equal(7);
      expect(px(style.paddingLeft)).to.equal(15);
    });

    it('gives each variant its own colours, from the action tokens', async () => {
      const root = getComputedStyle(document.documentElement);
      const token = (name: string) => {
        const probe = document.createElement('span');
        probe.style.color = `var(${name})`;
        document.body.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      for (const variant of buttonVariants) {
        const el = await fixture<QcButton>(html`<qc-button variant=${variant}>OK</qc-button>`);
        const style = getComputedStyle(base(el));
        expect(root.getPropertyValue(`--qc-color-action-${variant}-text`).trim(), variant).to.not.equal('');
        expect(style.color, variant).to.equal(token(`--qc-color-action-${variant}-text`));
        expect(style.borderTopColor, variant).to.equal(token(`--qc-color-action-${variant}-border`));
      }
    });

    it('shows a focus ring on keyboard focus [wcag:2.1.1,2.4.7]', async () => {
      const el = await fixture<QcButton>(html`<qc-button>OK</qc-button>`);
      el.focus();
      await sendKeys({ press: 'Shift' });
      const style = getComputedStyle(base(el));
      expect(base(el).matches(':focus-visible')).to.equal(true);
      expect(style.outlineStyle).to.equal('solid');
      expect(px(style.outlineWidth)).to.be.greaterThan(0);
    });

    it('is at least 24 × 24 px (target size), compact too [wcag:2.5.8]', async () => {
      for (const compact of [false, true]) {
        const el = await fixture<QcButton>(html`<qc-button ?compact=${compact}>x</qc-button>`);
        const box = base(el).getBoundingClientRect();
        expect(box.height).to.be.at.least(24);
        expect(box.width).to.be.at.least(24);
      }
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'stops the spinner animation under prefers-reduced-motion, keeping it visible',
      async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<QcButton>(html`<qc-button loading>Envoyer</qc-button>`);
        const spinner = el.shadowRoot!.querySelector<HTMLElement>('[part="spinner"]')!;
        expect(getComputedStyle(spinner).animationName).to.equal('none');
        expect(spinner.getBoundingClientRect().width).to.be.greaterThan(0);
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(getComputedStyle(spinner).animationName).to.not.equal('none');
      },
    );

    itExcept(
      NO_MEDIA_EMULATION,
      'keeps a visible border and focus outline in forced colours [wcag:1.4.11]',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        for (const variant of buttonVariants) {
          const el = await fixture<QcButton>(html`<qc-button variant=${variant}>OK</qc-button>`);
          el.focus();
          await sendKeys({ press: 'Shift' });
          const style = getComputedStyle(base(el));
          expect(style.borderTopStyle, variant).to.equal('solid');
          expect(px(style.borderTopWidth), variant).to.be.greaterThan(0);
          expect(style.borderTopColor, variant).to.not.equal('rgba(0, 0, 0, 0)');
          expect(style.outlineStyle, variant).to.equal('solid');
        }
      },
    );
  });

  describe('properties', () => {
    it('has native-like defaults', async () => {
      const el = await fixture<QcButton>(html`<qc-button>OK</qc-button>`);
      expect(el.variant).to.equal('primary');
      expect(el.type).to.equal('submit');
      expect(el.compact).to.equal(false);
      expect(el.disabled).to.equal(false);
      expect(el.loading).to.equal(false);
      expect(el.iconPosition).to.equal('start');
      expect(el.name).to.equal('');
      expect(el.value).to.equal('');
      expect(el.form).to.equal(null);
    });

    it('reflects variant, type and the booleans', async () => {
      const el = await fixture<QcButton>(html`<qc-button>OK</qc-button>`);
      el.variant = 'danger';
      el.type = 'reset';
      el.compact = true;
      el.disabled = true;
      el.loading = true;
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('danger');
      expect(el.getAttribute('type')).to.equal('reset');
      for (const name of ['compact', 'disabled', 'loading']) expect(el.getAttribute(name), name).to.equal('');
      expect(base(el).classList.contains('danger')).to.equal(true);
      el.compact = false;
      el.disabled = false;
      el.loading = false;
      await el.updateComplete;
      for (const name of ['compact', 'disabled', 'loading']) expect(el.hasAttribute(name), name).to.equal(false);
    });

    it('reads "false" strings as false, like the incumbent', async () => {
      const el = await fixture<QcButton>(
        html`<qc-button compact="false" disabled="false" loading="false">OK</qc-button>`,
      );
      expect(el.compact).to.equal(false);
      expect(el.disabled).to.equal(false);
      expect(el.loading).to.equal(false);
      const inner = base(el) as HTMLButtonElement;
      expect(inner.classList.contains('compact')).to.equal(false);
      expect(inner.getBoundingClientRect().height).to.equal(56);
      expect(el.getBoundingClientRect().width).to.equal(112);
      expect(inner.disabled).to.equal(false);
      expect(inner.hasAttribute('aria-busy')).to.equal(false);
      // Not disabled for the browser either: it is focusable and clickable.
      expect(el.matches(':disabled')).to.equal(false);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(inner);
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      el.click();
      expect(clicks).to.equal(1);
      el.setAttribute('disabled', 'true');
      await el.updateComplete;
      expect(el.disabled).to.equal(true);
      expect(inner.disabled).to.equal(true);
    });

    it('reads and writes the form attribute as formId, and form returns the form', async () => {
      const wrapper = await fixture(
        html`<div>
          <form id="f1"></form>
          <qc-button form="f1">OK</qc-button>
        </div>`,
      );
      const el = wrapper.querySelector('qc-button')!;
      expect(el.formId).to.equal('f1');
      expect(el.form).to.equal(wrapper.querySelector('form'));
      el.formId = null;
      await el.updateComplete;
      expect(el.hasAttribute('form')).to.equal(false);
      expect(el.form).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('is reached with Tab and activated with Enter and Space [wcag:2.1.1]', async () => {
      const wrapper = await fixture(
        html`<div><input aria-label="Avant" /><qc-button type="button">OK</qc-button></div>`,
      );
      const el = wrapper.querySelector('qc-button')!;
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      wrapper.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(base(el));
      await sendKeys({ press: 'Enter' });
      expect(clicks).to.equal(1);
      await sendKeys({ press: 'Space' });
      expect(clicks).to.equal(2);
    });

    it('as a link: Enter activates, Space does not (like a native link) [wcag:2.1.1]', async () => {
      const el = await fixture<QcButton>(html`<qc-button href="#ancre">Aller</qc-button>`);
      const clicks: MouseEvent[] = [];
      el.addEventListener('click', (event) => {
        event.preventDefault();
        clicks.push(event);
      });
      el.focus();
      await sendKeys({ press: 'Enter' });
      expect(clicks).to.have.length(1);
      await sendKeys({ press: 'Space' });
      expect(clicks).to.have.length(1);
    });

    it('delegates focus(): the inner control takes it', async () => {
      const el = await fixture<QcButton>(html`<qc-button>OK</qc-button>`);
      el.focus();
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(base(el));
    });

    describe('keeps focus while loading turns on and off (WCAG 2.4.3)', () => {
      /** The interactive loading story: activating the button makes it busy until the work is done. */
      async function busyOnActivation() {
        const wrapper = await fixture(
          html`<div><input aria-label="Avant" /><qc-button type="button">Vérifier l’admissibilité</qc-button></div>`,
        );
        const el = wrapper.querySelector('qc-button')!;
        el.addEventListener('click', () => (el.loading = true));
        wrapper.querySelector('input')!.focus();
        await sendKeys({ press: 'Tab' });
        return el;
      }

      /** Booleans, not DOM nodes: a failing assertion on a node hangs the runner (modernweb-dev/web#2967). */
      function expectFocused(el: QcButton, inner: HTMLElement, when: string) {
        expect(document.activeElement === el, `${when}: document.activeElement is the qc-button`).to.equal(true);
        expect(el.shadowRoot!.activeElement === inner, `${when}: the same inner button has focus`).to.equal(true);
        expect(base(el) === inner, `${when}: the inner button was kept`).to.equal(true);
      }

      async function expectAxButton(busy: boolean) {
        if (notAssertedIn(NEEDS_AX_TREE, 'the busy state in the accessibility tree')) return;
        const [node] = await axNodes('button');
        expect(node!.name).to.equal('Vérifier l’admissibilité');
        expect(node!.disabled, 'disabled for AT while busy').to.equal(busy ? true : undefined);
        expect(node!.description ?? '').to.equal(busy ? 'Chargement en cours' : '');
      }

      const activations: Array<[string, (el: QcButton) => Promise<void>]> = [
        ['Enter', () => sendKeys({ press: 'Enter' })],
        ['Space', () => sendKeys({ press: 'Space' })],
        // The mouse focuses the inner button on press (delegatesFocus), then clicks it.
        [
          'a click',
          async (el) => {
            base(el).focus();
            base(el).click();
          },
        ],
      ];

      for (const [name, activate] of activations) {
        it(`with ${name}`, async () => {
          const el = await busyOnActivation();
          const inner = base(el);
          expectFocused(el, inner, 'before');
          await activate(el);
          await el.updateComplete;
          expect(el.loading).to.equal(true);
          expectFocused(el, inner, 'loading on');
          expect(inner.getAttribute('aria-busy')).to.equal('true');
          await expectAxButton(true);
          // Still ignored while busy, and still focused.
          await activate(el);
          await el.updateComplete;
          expectFocused(el, inner, 'activated while busy');
          el.loading = false;
          await el.updateComplete;
          expectFocused(el, inner, 'loading off');
          expect(inner.hasAttribute('aria-busy')).to.equal(false);
          await expectAxButton(false);
          // The user can go on from where they were: the next activation works.
          await activate(el);
          await el.updateComplete;
          expect(el.loading).to.equal(true);
          expectFocused(el, inner, 'loading on again');
        });
      }

      it('when a button that loaded busy turns loading off', async () => {
        const el = await fixture<QcButton>(html`<qc-button type="button" loading>Vérifier l’admissibilité</qc-button>`);
        el.focus();
        const inner = base(el);
        expectFocused(el, inner, 'busy');
        await expectAxButton(true);
        el.loading = false;
        await el.updateComplete;
        expectFocused(el, inner, 'loading off');
        await expectAxButton(false);
      });

      it('in a form whose submit makes it busy, with an icon at the end', async () => {
        const { form, button } = await formFixture(
          html`<form><qc-button icon="external-link" icon-position="end">Continuer</qc-button></form>`,
        );
        form.addEventListener('submit', () => (button.loading = true));
        button.focus();
        const inner = base(button);
        await sendKeys({ press: 'Enter' });
        await settle();
        await button.updateComplete;
        expect(button.loading).to.equal(true);
        expect(document.activeElement === button && button.shadowRoot!.activeElement === inner).to.equal(true);
        button.loading = false;
        await button.updateComplete;
        expect(document.activeElement === button && button.shadowRoot!.activeElement === inner).to.equal(true);
      });
    });

    it('is skipped by Tab when disabled, reached when loading (but Enter does nothing) [wcag:2.1.1]', async () => {
      const wrapper = await fixture(
        html`<div>
          <input aria-label="Avant" /><qc-button disabled>Un</qc-button><qc-button loading>Deux</qc-button>
        </div>`,
      );
      const [disabled, loading] = [...wrapper.querySelectorAll('qc-button')];
      let clicks = 0;
      loading!.addEventListener('click', () => clicks++);
      wrapper.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(loading);
      expect(document.activeElement).to.not.equal(disabled);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(clicks).to.equal(0);
    });
  });

  describe('events', () => {
    it('click() from script fires one click on the host', async () => {
      const el = await fixture<QcButton>(html`<qc-button type="button">OK</qc-button>`);
      const clicks: Event[] = [];
      el.addEventListener('click', (event) => clicks.push(event));
      el.click();
      expect(clicks).to.have.length(1);
      expect(clicks[0]!.composed).to.equal(true);
    });

    it('fires no click on the host or the page while disabled or loading', async () => {
      for (const state of ['disabled', 'loading'] as const) {
        const el = await fixture<QcButton>(
          html`<qc-button ?disabled=${state === 'disabled'} ?loading=${state === 'loading'}>OK</qc-button>`,
        );
        let hostClicks = 0;
        let pageClicks = 0;
        const onPage = () => pageClicks++;
        el.addEventListener('click', () => hostClicks++);
        document.addEventListener('click', onPage);
        el.click();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        base(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        document.removeEventListener('click', onPage);
        expect(hostClicks, state).to.equal(0);
        expect(pageClicks, state).to.equal(0);
      }
    });

    it('a click listener that calls preventDefault() cancels the submission, like native', async () => {
      const { button, submits } = await formFixture(html`<form><qc-button>Envoyer</qc-button></form>`);
      button.addEventListener('click', (event) => event.preventDefault());
      button.click();
      await settle();
      expect(submits).to.have.length(0);
    });

    it('a listener that stops propagation does not cancel the submission, like native', async () => {
      const { button, submits } = await formFixture(html`<form><qc-button>Envoyer</qc-button></form>`);
      button.addEventListener('click', (event) => event.stopPropagation());
      button.click();
      await settle();
      expect(submits).to.have.length(1);
    });
  });

  describe('forms', () => {
    it('submits its form once on click, with name=value from the submitter', async () => {
      const { form, button, submits } = await formFixture(
        html`<form>
          <input name="courriel" aria-label="Courriel" value="a@b.c" />
          <qc-button name="action" value="envoyer">Envoyer</qc-button>
        </form>`,
      );
      button.click();
      await settle();
      expect(submits).to.have.length(1);
      const submitter = submits[0]!.submitter as HTMLButtonElement;
      expect(submitter.name).to.equal('action');
      expect(submitter.value).to.equal('envoyer');
      expect(submitter.parentElement).to.equal(button);
      const data = new FormData(form, submitter);
      expect(data.get('action')).to.equal('envoyer');
      expect(data.get('courriel')).to.equal('a@b.c');
      // Without a submitter the button's name is not in the data, like a native button.
      expect(new FormData(form).has('action')).to.equal(false);
    });

    it('submits on a real keyboard press (Enter, Space) too [wcag:2.1.1]', async () => {
      const { button, submits } = await formFixture(html`<form><qc-button>Envoyer</qc-button></form>`);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle();
      await sendKeys({ press: 'Space' });
      await settle();
      expect(submits).to.have.length(2);
    });

    it('type="reset" resets the form', async () => {
      const { form, button, submits } = await formFixture(
        html`<form>
          <input name="nom" aria-label="Nom" value="Tremblay" />
          <qc-button type="reset">Effacer</qc-button>
        </form>`,
      );
      const input = form.querySelector('input')!;
      input.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: 'ay' });
      expect(input.value).to.equal('Tremblayay');
      const reset = oneEvent(form, 'reset');
      button.click();
      await reset;
      expect(input.value).to.equal('Tremblay');
      expect(submits).to.have.length(0);
    });

    it('type="button" does nothing to the form', async () => {
      const { form, button, submits } = await formFixture(
        html`<form><input name="nom" aria-label="Nom" /><qc-button type="button">Aide</qc-button></form>`,
      );
      let resets = 0;
      form.addEventListener('reset', () => resets++);
      form.querySelector('input')!.value = 'x';
      button.click();
      await settle();
      expect(submits).to.have.length(0);
      expect(resets).to.equal(0);
      expect(form.querySelector('input')!.value).to.equal('x');
      expect(proxyOf(button)).to.equal(null);
    });

    it('Enter in a text field submits a form with two text fields through the qc-button [wcag:2.1.1]', async () => {
      const { form, submits } = await formFixture(
        html`<form>
          <input name="prenom" aria-label="Prénom" /><input name="nom" aria-label="Nom" />
          <qc-button name="action" value="continuer">Continuer</qc-button>
        </form>`,
      );
      form.querySelector('input')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(submits).to.have.length(1);
      expect((submits[0]!.submitter as HTMLButtonElement).value).to.equal('continuer');
    });

    it('Enter in a text field does not submit when the only qc-button is type="button" [wcag:2.1.1]', async () => {
      const { form, submits } = await formFixture(
        html`<form>
          <input name="prenom" aria-label="Prénom" /><input name="nom" aria-label="Nom" />
          <qc-button type="button">Aide</qc-button>
        </form>`,
      );
      form.querySelector('input')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(submits).to.have.length(0);
    });

    itExcept(
      NEEDS_AX_TREE,
      'inside <fieldset disabled>: not focusable nor clickable, no submit, exposed as disabled [wcag:1.3.1,4.1.2]',
      async () => {
        const { form, button, submits } = await formFixture(
          html`<form>
            <fieldset disabled>
              <legend>Groupe</legend>
              <qc-button>Envoyer</qc-button>
            </fieldset>
          </form>`,
        );
        await button.updateComplete;
        expect((base(button) as HTMLButtonElement).disabled).to.equal(true);
        button.focus();
        expect(document.activeElement).to.not.equal(button);
        let clicks = 0;
        button.addEventListener('click', () => clicks++);
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await settle();
        expect(clicks).to.equal(0);
        expect(submits).to.have.length(0);
        const [node] = await axNodes('button');
        expect(node!.name).to.equal('Envoyer');
        expect(node!.disabled).to.equal(true);
        // Enabling the fieldset enables the button.
        form.querySelector('fieldset')!.disabled = false;
        await button.updateComplete;
        button.click();
        await settle();
        expect(submits).to.have.length(1);
      },
    );

    it('follows a fieldset disabled or enabled later, except in its first legend (not form-associated) [wcag:1.3.1,3.3.2]', async () => {
      const { form } = await formFixture(
        html`<form>
          <fieldset>
            <legend>Groupe <qc-button type="button" id="in-legend">Activer</qc-button></legend>
            <qc-button id="send">Envoyer</qc-button>
          </fieldset>
        </form>`,
      );
      const inLegend = form.querySelector<QcButton>('#in-legend')!;
      const button = form.querySelector<QcButton>('#send')!;
      // No ElementInternals: it would make Chromium restore nothing in the form after Back.
      expect((QcButton as unknown as { formAssociated?: boolean }).formAssociated).to.equal(undefined);
      expect(button.form === form).to.equal(true);
      const fieldset = form.querySelector('fieldset')!;
      fieldset.disabled = true;
      await settle();
      await button.updateComplete;
      expect((base(button) as HTMLButtonElement).disabled).to.equal(true);
      expect((base(inLegend) as HTMLButtonElement).disabled).to.equal(false);
      fieldset.disabled = false;
      await settle();
      await button.updateComplete;
      expect((base(button) as HTMLButtonElement).disabled).to.equal(false);
    });

    it('disabled: not focusable, no click, no submit (by click or Enter in a field) [wcag:2.1.1]', async () => {
      const { form, button, submits } = await formFixture(
        html`<form>
          <input aria-label="a" /><input aria-label="b" />
          <qc-button disabled>Envoyer</qc-button>
        </form>`,
      );
      button.focus();
      expect(document.activeElement).to.not.equal(button);
      button.click();
      form.querySelector('input')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(submits).to.have.length(0);
    });

    it('loading: ignores clicks and Enter, does not submit [wcag:2.1.1]', async () => {
      const { form, button, submits } = await formFixture(
        html`<form>
          <input aria-label="a" /><input aria-label="b" />
          <qc-button loading>Envoyer</qc-button>
        </form>`,
      );
      button.click();
      button.focus();
      await sendKeys({ press: 'Enter' });
      form.querySelector('input')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(submits).to.have.length(0);
    });

    it('form="id" associates it with a form elsewhere', async () => {
      const wrapper = await fixture(
        html`<div>
          <form id="autre"><input name="q" aria-label="Recherche" value="impôts" /></form>
          <qc-button form="autre" name="go" value="1">Rechercher</qc-button>
        </div>`,
      );
      const form = wrapper.querySelector('form')!;
      const button = wrapper.querySelector('qc-button')!;
      const submitted = new Promise<SubmitEvent>((resolve) =>
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          resolve(event as SubmitEvent);
        }),
      );
      expect(button.form).to.equal(form);
      button.click();
      const event = await submitted;
      const data = new FormData(form, event.submitter);
      expect(data.get('go')).to.equal('1');
      expect(data.get('q')).to.equal('impôts');
    });

    it('outside any form: does nothing and throws nothing', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      const el = await fixture<QcButton>(html`<qc-button name="a" value="b">Envoyer</qc-button>`);
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      el.click();
      el.type = 'reset';
      await el.updateComplete;
      el.click();
      await settle();
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(clicks).to.equal(2);
      expect(proxyOf(el)).to.equal(null);
    });

    it('runs native constraint validation: invalid fires, submit does not', async () => {
      const { form, button, submits } = await formFixture(
        html`<form><input name="nom" aria-label="Nom" required /><qc-button>Envoyer</qc-button></form>`,
      );
      const input = form.querySelector('input')!;
      let invalid = 0;
      input.addEventListener('invalid', () => invalid++);
      button.click();
      await settle();
      expect(invalid).to.equal(1);
      expect(submits).to.have.length(0);
      input.value = 'Tremblay';
      button.click();
      await settle();
      expect(submits).to.have.length(1);
    });

    it('keeps one hidden proxy in sync, puts it back if removed, and removes it on disconnect', async () => {
      const { form, button } = await formFixture(html`<form><qc-button name="a" value="1">Envoyer</qc-button></form>`);
      let proxy = proxyOf(button)!;
      expect(proxy.type).to.equal('submit');
      expect(proxy.hidden).to.equal(true);
      expect(proxy.tabIndex).to.equal(-1);
      expect(proxy.getAttribute('aria-hidden')).to.equal('true');
      expect(button.querySelectorAll('button')).to.have.length(1);
      button.name = 'b';
      button.value = '2';
      button.type = 'reset';
      button.disabled = true;
      await button.updateComplete;
      expect([proxy.name, proxy.value, proxy.type, proxy.disabled]).to.deep.equal(['b', '2', 'reset', true]);
      // A framework replacing the element's text removes the proxy: it comes back.
      button.textContent = 'Effacer';
      await aTimeout(0);
      proxy = proxyOf(button)!;
      expect(proxy).to.not.equal(null);
      expect(button.querySelectorAll('button')).to.have.length(1);
      button.type = 'button';
      await button.updateComplete;
      expect(proxyOf(button)).to.equal(null);
      button.type = 'submit';
      await button.updateComplete;
      expect(proxyOf(button)).to.not.equal(null);
      button.remove();
      expect(proxyOf(button)).to.equal(null);
      form.append(button);
      await button.updateComplete;
      expect(proxyOf(button)).to.not.equal(null);
    });
  });

  describe('i18n', () => {
    const loadingText = (el: QcButton) => el.shadowRoot!.querySelector('#loading-description')!.textContent;

    it('speaks French by default [wcag:3.1.2]', async () => {
      const el = await fixture<QcButton>(html`<qc-button loading>Envoyer</qc-button>`);
      expect(loadingText(el)).to.equal('Chargement en cours');
    });

    it('speaks English with lang="en" on itself or an ancestor, French with fr-CA [wcag:3.1.2]', async () => {
      const el = await fixture<QcButton>(html`<qc-button loading lang="en">Send</qc-button>`);
      expect(loadingText(el)).to.equal('Loading');
      const wrapper = await fixture(html`<div lang="en-CA"><qc-button loading>Send</qc-button></div>`);
      const inner = wrapper.querySelector('qc-button')!;
      expect(loadingText(inner)).to.equal('Loading');
      wrapper.setAttribute('lang', 'fr-CA');
      await aTimeout(0);
      await inner.updateComplete;
      expect(loadingText(inner)).to.equal('Chargement en cours');
    });

    it('announces in the element language [wcag:3.1.2,4.1.3]', async () => {
      const el = await fixture<QcButton>(html`<qc-button lang="en">Send</qc-button>`);
      el.loading = true;
      await el.updateComplete;
      await aTimeout(300);
      expect(document.querySelector('[data-qc-announcer="polite"]')!.textContent).to.equal('Loading');
    });

    itExcept(NEEDS_AX_TREE, 'takes a per-instance loading-text', async () => {
      const el = await fixture<QcButton>(html`<qc-button loading loading-text="Envoi en cours">Envoyer</qc-button>`);
      expect(loadingText(el)).to.equal('Envoi en cours');
      expect(description(el)).to.equal('Envoi en cours');
      expect((await axNodes('button'))[0]!.description).to.equal('Envoi en cours');
    });
  });

  describe('bad input', () => {
    it('invalid variant: primary, exactly one warning', async () => {
      let el!: QcButton;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcButton>(html`<qc-button variant="fancy">OK</qc-button>`);
        el.compact = true;
        await el.updateComplete;
        await aTimeout(0);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('variant="fancy"');
      expect(base(el).classList.contains('primary')).to.equal(true);
    });

    it('invalid type: submit, exactly one warning', async () => {
      let submits = 0;
      const warnings = await captureWarnings(async () => {
        const form = await fixture<HTMLFormElement>(html`<form><qc-button type="submitt">OK</qc-button></form>`);
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          submits++;
        });
        const el = form.querySelector('qc-button')!;
        await el.updateComplete;
        el.click();
        await settle();
      });
      expect(submits).to.equal(1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('type="submitt"');
    });

    it('invalid icon-position: start, exactly one warning', async () => {
      let el!: QcButton;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcButton>(html`<qc-button icon="information" icon-position="top">OK</qc-button>`);
        el.loading = true;
        await el.updateComplete;
        el.loading = false;
        await el.updateComplete;
        await aTimeout(0);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('icon-position="top"');
      expect([...base(el).children].map((c) => c.getAttribute('part'))).to.deep.equal(['icon', 'label']);
    });

    itExcept(NEEDS_AX_TREE, 'shows hostile text as text, in the label and in loading-text', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const el = await fixture<QcButton>(html`<qc-button loading loading-text=${hostile}>${hostile}</qc-button>`);
      expect(el.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.textContent).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('#loading-description')!.textContent).to.equal(hostile);
      expect((await axNodes('button'))[0]!.name).to.equal(hostile);
    });

    it('empty label: one warning that the button has no accessible name', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcButton>(html`<qc-button> </qc-button>`);
        el.compact = true;
        await el.updateComplete;
        await aTimeout(10);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('accessible name');
      const none = await captureWarnings(async () => {
        await fixture<QcButton>(html`<qc-button><span>Envoyer</span></qc-button>`);
        await aTimeout(10);
      });
      expect(none).to.deep.equal([]);
    });

    it('wraps a very long label at 320 px instead of overflowing [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const label =
        'Transmettre ma demande de renouvellement du permis de conduire au ministère des Transports et de la Mobilité durable';
      const el = await fixture<QcButton>(html`<qc-button>${label}</qc-button>`);
      const box = base(el).getBoundingClientRect();
      expect(box.right).to.be.at.most(320);
      expect(base(el).scrollWidth).to.be.at.most(base(el).clientWidth);
      expect(box.height).to.be.greaterThan(56);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('wraps a huge unbroken word and stays within 360 px', async () => {
      const word = 'a'.repeat(5000);
      const el = await fixture<QcButton>(html`<qc-button>${word}</qc-button>`);
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
      expect(base(el).scrollWidth).to.be.at.most(base(el).clientWidth);
    });

    it('can be defined twice without throwing; another class keeps the first one, with a warning', async () => {
      const warnings = await captureWarnings(() => {
        QcButton.define('qc-button');
        class Impostor extends QcElement {}
        Impostor.define('qc-button');
      });
      expect(customElements.get('qc-button')).to.equal(QcButton);
      expect(warnings).to.have.length(1);
    });
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { describeExcept, engine, itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcTooltip } from './qc-tooltip.js';
import { tooltipPositions } from './tooltip.js';
import { tooltipStrings } from './tooltip.strings.js';

const hostile = '<img src=x onerror="window.__qcTooltipXss = true">';
const { fr, en } = tooltipStrings;

const trigger = (el: QcTooltip) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const panel = (el: QcTooltip) => el.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;
const closeButton = (el: QcTooltip) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
const visible = (el: QcTooltip) => !panel(el).hidden && panel(el).getBoundingClientRect().height > 0;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const settle = async (el: QcTooltip) => {
  await el.updateComplete;
  await wait(0);
  await el.updateComplete;
};
/** Moves the mouse to the centre of `element`. */
async function hover(element: Element) {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}
/** Real pointer input: the runner serves sendMouse to Playwright (Chromium) only. */
const REAL_MOUSE = {
  firefox:
    'the runner has no sendMouse for Firefox over BiDi (scripts/engine-commands-plugin.mjs); synthetic pointer events cover the logic',
  webkit:
    'the runner has no sendMouse for WebKitWebDriver (scripts/engine-commands-plugin.mjs); synthetic pointer events cover the logic',
};
/** A press outside, as the dismiss stack hears it (pointerdown, capture phase), in every engine. */
const pressOn = (target: Element) =>
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'mouse' }));
const pointer = (target: Element, type: 'pointerenter' | 'pointerleave') =>
  target.dispatchEvent(new PointerEvent(type, { pointerType: 'mouse' }));
const clickAt = async (x: number, y: number) => sendMouse({ type: 'click', position: [x, y] });

/** A sentence with a toggletip on « dolor » and a button after it. */
async function sentence({ prevent = false } = {}) {
  const root = await fixture<HTMLElement>(
    html`<div style="padding: 200px 40px">
      <button id="before">Avant</button>
      <p>
        Lorem ipsum
        <qc-tooltip description="Une aide courte." ?prevent-outer-event-closing=${prevent}
          ><span slot="text">dolor</span></qc-tooltip
        >
        sit amet.
      </p>
      <button id="after">Après</button>
    </div>`,
  );
  const el = root.querySelector<QcTooltip>('qc-tooltip')!;
  await settle(el);
  return { root, el };
}

describe('qc-tooltip', () => {
  beforeEach(() => setViewport({ width: 800, height: 600 }));
  afterEach(async () => {
    if (engine === 'chromium') await resetMouse();
    window.scrollTo(0, 0);
  });

  describe('accessibility', () => {
    it('passes axe closed and open', async () => {
      const { root, el } = await sentence();
      await expect(root).to.be.accessible();
      el.show();
      await settle(el);
      await expect(root).to.be.accessible();
    });

    it('passes axe open with a title, a slotted link and an icon alone', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <p>
            Numéro
            <qc-tooltip title="Où le trouver" icon="question" open>
              <span slot="description">Sur votre carte. <a href="#aide">En savoir plus</a></span>
            </qc-tooltip>
          </p>
        </div>`,
      );
      await settle(root.querySelector<QcTooltip>('qc-tooltip')!);
      await expect(root).to.be.accessible();
    });

    it('the trigger is a button named « Afficher l’aide contextuelle pour {texte} », collapsed [wcag:4.1.2]', async () => {
      const { el } = await sentence();
      expect(await axElement(trigger(el))).to.deep.equal({ role: 'button', name: fr.tooltipShow('dolor') });
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
      expect(trigger(el).getAttribute('aria-controls')).to.equal(panel(el).id);
    });

    itExcept(NEEDS_AX_TREE, 'exposes expanded, and the panel follows the button in reading order', async () => {
      const { el } = await sentence();
      el.closest('p')!.id = 'para';
      el.show();
      await settle(el);
      const tree = await axTree('#para');
      const [button] = findAll(tree, (n) => n.role === 'button' && n.name === fr.tooltipShow('dolor'));
      expect(button?.expanded).to.equal(true);
      const flat = JSON.stringify(tree);
      expect(flat.indexOf('Une aide courte.')).to.be.greaterThan(flat.indexOf(fr.tooltipShow('dolor')));
      expect(findAll(tree, (n) => n.role === 'tooltip')).to.have.length(0);
      const [close] = findAll(tree, (n) => n.role === 'button' && n.name === fr.tooltipClose);
      expect(close).to.not.equal(undefined);
    });

    it('an icon alone is named without « pour », and with the title when there is one [wcag:4.1.2]', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <qc-tooltip description="Aide"></qc-tooltip
          ><qc-tooltip description="Aide" title="Numéro d’assurance"></qc-tooltip>
        </div>`,
      );
      const [a, b] = [...root.querySelectorAll<QcTooltip>('qc-tooltip')];
      expect((await axElement(trigger(a!))).name).to.equal(fr.tooltipShow(''));
      expect((await axElement(trigger(b!))).name).to.equal(fr.tooltipShow('Numéro d’assurance'));
    });

    it('the icon box is a 24 × 24 px target [wcag:2.5.8]', async () => {
      const el = await fixture<QcTooltip>(html`<qc-tooltip description="Aide"></qc-tooltip>`);
      const box = el.shadowRoot!.querySelector('[part="icon"]')!.getBoundingClientRect();
      expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([24, 24]);
      const close = closeButton(el);
      el.show();
      await settle(el);
      const closeBox = close.getBoundingClientRect();
      expect([Math.round(closeBox.width), Math.round(closeBox.height)]).to.deep.equal([24, 24]);
    });
  });

  describe('rendering', () => {
    it('shows the inline text from label, text, or the text slot, and hides the panel', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <qc-tooltip label="un" description="a"></qc-tooltip><qc-tooltip text="deux" description="b"></qc-tooltip
          ><qc-tooltip description="c"><span slot="text">trois</span></qc-tooltip>
        </div>`,
      );
      const tips = [...root.querySelectorAll<QcTooltip>('qc-tooltip')];
      await Promise.all(tips.map(settle));
      expect(tips.map((tip) => trigger(tip).textContent!.trim() || tip.textContent!.trim())).to.deep.equal([
        'un',
        'deux',
        'trois',
      ]);
      expect(tips.map(visible)).to.deep.equal([false, false, false]);
    });

    it('shows the title as a bold label (not a heading) and the description [wcag:1.3.1]', async () => {
      const el = await fixture<QcTooltip>(
        html`<qc-tooltip label="Lorem" title="Titre" description="Texte"></qc-tooltip>`,
      );
      el.show();
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Titre');
      expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"], main')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="description"]')!.textContent).to.contain('Texte');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="title"]')!).fontWeight).to.equal('700');
    });

    it('reads the description from description-id, each time it opens, without duplicating ids', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <qc-tooltip description-id="aide-1"><span slot="text">dolor</span></qc-tooltip>
          <p id="aide-1" style="display: none">Le texte <a id="lien" href="#x">caché</a>.</p>
        </div>`,
      );
      const el = root.querySelector<QcTooltip>('qc-tooltip')!;
      el.show();
      await settle(el);
      const description = el.shadowRoot!.querySelector('[part="description"]')!;
      expect(description.textContent).to.contain('Le texte caché.');
      expect(description.querySelector('[id]')).to.equal(null);
      el.hide();
      await settle(el);
      root.querySelector('#aide-1')!.textContent = 'Nouveau texte';
      el.show();
      await settle(el);
      expect(description.textContent).to.contain('Nouveau texte');
    });

    it('opens in view at 320 px wide, whatever its position [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const position of tooltipPositions) {
        const root = await fixture<HTMLElement>(
          html`<p style="margin: 300px 0 0; padding: 0 8px; text-align: end">
            Un long texte
            <qc-tooltip position=${position} description=${'Une aide assez longue pour remplir le panneau. '.repeat(4)}
              ><span slot="text">mot</span></qc-tooltip
            >
          </p>`,
        );
        const el = root.querySelector<QcTooltip>('qc-tooltip')!;
        el.show();
        await settle(el);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const box = panel(el).getBoundingClientRect();
        expect(box.left, position).to.be.at.least(-0.5);
        expect(box.right, position).to.be.at.most(document.documentElement.clientWidth + 0.5);
        expect(box.top, position).to.be.at.least(-0.5);
        expect(box.bottom, position).to.be.at.most(document.documentElement.clientHeight + 0.5);
        expect(box.width, position).to.be.at.least(200);
        el.hide();
        root.remove();
      }
    });

    it('opens above its trigger by default and below with position="bottom"', async () => {
      const { el } = await sentence();
      el.show();
      await settle(el);
      expect(panel(el).getBoundingClientRect().bottom).to.be.at.most(trigger(el).getBoundingClientRect().top + 0.5);
      el.hide();
      el.position = 'bottom';
      await settle(el);
      el.show();
      await settle(el);
      expect(panel(el).getBoundingClientRect().top).to.be.at.least(trigger(el).getBoundingClientRect().bottom - 0.5);
    });

    it('is registered once: defining the same class again is a no-op', async () => {
      expect(customElements.get('qc-tooltip') === QcTooltip).to.equal(true);
      expect(() => QcTooltip.define('qc-tooltip')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('open reflects and opens or closes the panel; aria-expanded follows [wcag:4.1.2]', async () => {
      const { el } = await sentence();
      el.open = true;
      await settle(el);
      expect([el.hasAttribute('open'), visible(el), trigger(el).getAttribute('aria-expanded')]).to.deep.equal([
        true,
        true,
        'true',
      ]);
      el.open = false;
      await settle(el);
      expect([el.hasAttribute('open'), visible(el), trigger(el).getAttribute('aria-expanded')]).to.deep.equal([
        false,
        false,
        'false',
      ]);
    });

    it('the name follows slotted text a framework replaces later', async () => {
      const { el } = await sentence();
      el.querySelector('[slot="text"]')!.textContent = 'amet';
      await settle(el);
      expect(trigger(el).getAttribute('aria-label')).to.equal(fr.tooltipShow('amet'));
      const fresh = document.createElement('span');
      fresh.slot = 'description';
      fresh.textContent = 'Nouvelle aide';
      el.append(fresh);
      el.show();
      await settle(el);
      expect(fresh.assignedSlot?.name).to.equal('description');
    });

    it('the icon follows icon="question"', async () => {
      const el = await fixture<QcTooltip>(html`<qc-tooltip icon="question" description="a"></qc-tooltip>`);
      expect(el.shadowRoot!.querySelector('qc-icon')!.getAttribute('icon')).to.equal('question-tooltip');
    });

    it('the host title shows no browser tooltip (the inner wrapper has an empty title)', async () => {
      const el = await fixture<QcTooltip>(html`<qc-tooltip title="Titre" description="a"></qc-tooltip>`);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('title')).to.equal('');
    });

    it('trigger-label and close-label replace the built-in names', async () => {
      const el = await fixture<QcTooltip>(
        html`<qc-tooltip
          description="a"
          trigger-label="Aide sur le NAS"
          close-label="Fermer l’aide sur le NAS"
        ></qc-tooltip>`,
      );
      expect((await axElement(trigger(el))).name).to.equal('Aide sur le NAS');
      el.show();
      await settle(el);
      expect((await axElement(closeButton(el))).name).to.equal('Fermer l’aide sur le NAS');
    });
  });

  describe('keyboard', () => {
    it('focus opens it; Enter keeps it open (pinned), Enter closes, Space opens [wcag:2.1.1]', async () => {
      const { root, el } = await sentence();
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(el.shadowRoot!.activeElement === trigger(el)).to.equal(true);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.open).to.equal(false);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.open).to.equal(true);
    });

    it('Tab goes from the button into the panel’s close button, which closes it and returns focus [wcag:2.1.1,2.4.3]', async () => {
      const { root, el } = await sentence();
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === closeButton(el)).to.equal(true);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement === trigger(el)).to.equal(true);
    });

    it('Escape closes it without moving focus from the button, and it stays closed while focused [wcag:2.1.1,2.1.2]', async () => {
      const { root, el } = await sentence();
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement === trigger(el)).to.equal(true);
    });

    it('Escape from a link inside the panel closes it and returns focus to the button [wcag:2.1.1,2.4.3]', async () => {
      const el = await fixture<QcTooltip>(
        html`<qc-tooltip label="NAS"
          ><span slot="description">Voir <a href="#x" id="lien">la page</a></span></qc-tooltip
        >`,
      );
      el.show();
      await settle(el);
      el.querySelector<HTMLElement>('#lien')!.focus();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement === trigger(el)).to.equal(true);
    });

    it('Tab out of the panel closes it [wcag:2.1.1,2.1.2]', async () => {
      const { root, el } = await sentence();
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(document.activeElement?.id).to.equal('after');
      expect(el.open).to.equal(false);
    });
  });

  describe('hover (synthetic pointer events)', () => {
    it('opens on pointerenter, stays while the pointer is on the panel, closes after it left both', async () => {
      const { el } = await sentence();
      pointer(trigger(el), 'pointerenter');
      await settle(el);
      expect(el.open).to.equal(true);
      pointer(trigger(el), 'pointerleave');
      pointer(panel(el), 'pointerenter');
      await wait(400);
      expect(el.open, 'hoverable').to.equal(true);
      pointer(panel(el), 'pointerleave');
      await wait(400);
      await settle(el);
      expect(el.open).to.equal(false);
    });

    it('touch pointers do not open it (a tap is a click)', async () => {
      const { el } = await sentence();
      trigger(el).dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'touch' }));
      await settle(el);
      expect(el.open).to.equal(false);
    });
  });

  describeExcept(REAL_MOUSE, 'hover', () => {
    it('opens on hover, stays open while the pointer moves onto the panel, closes after it leaves both', async () => {
      const { el } = await sentence();
      await hover(trigger(el));
      await settle(el);
      expect(el.open).to.equal(true);
      await hover(panel(el));
      await wait(400);
      expect(el.open, 'hoverable').to.equal(true);
      await sendMouse({ type: 'move', position: [5, 5] });
      await wait(400);
      await settle(el);
      expect(el.open).to.equal(false);
    });

    it('Escape closes a hovered panel without moving the pointer; it reopens only after the pointer left [wcag:2.1.1,2.1.2]', async () => {
      const { el } = await sentence();
      await hover(trigger(el));
      await settle(el);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.open).to.equal(false);
      await sendMouse({ type: 'move', position: [5, 5] });
      await wait(50);
      await hover(trigger(el));
      await settle(el);
      expect(el.open).to.equal(true);
    });

    it('a click keeps a hovered panel open after the pointer leaves', async () => {
      const { el } = await sentence();
      await hover(trigger(el));
      const box = trigger(el).getBoundingClientRect();
      await clickAt(Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2));
      await sendMouse({ type: 'move', position: [5, 5] });
      await wait(400);
      await settle(el);
      expect(el.open).to.equal(true);
    });
  });

  describe('events', () => {
    it('a click outside closes it, with qc-close { reason: "outside" }', async () => {
      const { root, el } = await sentence();
      el.show();
      await settle(el);
      const closed = oneEvent(root, 'qc-close');
      pressOn(root.querySelector('#after')!);
      const event = await closed;
      expect(event.detail.reason).to.equal('outside');
      expect(el.open).to.equal(false);
    });

    it('prevent-outer-event-closing keeps a clicked panel open on a click outside', async () => {
      const { el } = await sentence({ prevent: true });
      el.show();
      await settle(el);
      pressOn(document.body);
      await settle(el);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.open).to.equal(false);
    });

    it('fires bubbling, composed qc-open { reason: "click" } on a click of the button', async () => {
      const { root, el } = await sentence();
      const opened = oneEvent(root, 'qc-open');
      trigger(el).click();
      const event = await opened;
      expect([event.detail.reason, event.bubbles, event.composed]).to.deep.equal(['click', true, true]);
    });

    it('inside a <label>, a click on the button does not focus the labelled field [wcag:1.3.1,3.3.2]', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <label for="nom">Nom complet <qc-tooltip description="Aide"></qc-tooltip></label>
          <input id="nom" />
        </div>`,
      );
      const el = root.querySelector<QcTooltip>('qc-tooltip')!;
      trigger(el).click();
      await settle(el);
      expect(el.open).to.equal(true);
      expect(document.activeElement?.id).to.not.equal('nom');
    });
  });

  describe('i18n', () => {
    it('follows the closest lang, and a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture<HTMLElement>(
        html`<div lang="en"><qc-tooltip label="SIN" description="Help"></qc-tooltip></div>`,
      );
      const el = root.querySelector<QcTooltip>('qc-tooltip')!;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Show help for SIN');
      expect(closeButton(el).getAttribute('aria-label')).to.equal(en.tooltipClose);
      root.setAttribute('lang', 'fr-CA');
      await wait(0);
      await el.updateComplete;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Afficher l’aide contextuelle pour SIN');
    });

    it('registerTranslation replaces the built-in strings on the page', async () => {
      const el = await fixture<QcTooltip>(html`<qc-tooltip lang="en-CA" label="SIN" description="Help"></qc-tooltip>`);
      registerTranslation('en-CA', { tooltipShow: (subject: string) => `More about ${subject}` });
      try {
        await el.updateComplete;
        expect(trigger(el).getAttribute('aria-label')).to.equal('More about SIN');
      } finally {
        registerTranslation('en-CA', { tooltipShow: en.tooltipShow });
      }
    });
  });

  describe('incumbent documentation examples', () => {
    it('the ten examples of qc-trousse-sdg 1.5 upgrade, are named, open with their content and pass axe', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <p>
            Une infobulle vers la
            <qc-tooltip text="droite" description="Une infobulle vers la droite" position="right"></qc-tooltip>, le
            <qc-tooltip text="haut" description="Une infobulle vers le haut" position="top"></qc-tooltip> et le
            <qc-tooltip text="bas" description="Une infobulle vers le bas" position="bottom"></qc-tooltip>, et en
            <qc-tooltip text="feuille" description="Une infobulle feuille" display-mode="modal"></qc-tooltip>
          </p>
          <p>
            Lorem ipsum
            <qc-tooltip>
              <span slot="text">dolor</span>
              <span slot="description">Suspendisse at dui ac risus egestas rhoncus nec eu sapien.</span>
            </qc-tooltip>
            sit amet.
          </p>
          <p>
            Lorem ipsum <qc-tooltip description-id="tooltip-1"><span slot="text">dolor</span></qc-tooltip> sit amet.
          </p>
          <p id="tooltip-1" style="display: none">Suspendisse at dui ac risus egestas rhoncus.</p>
          <p><qc-tooltip description-id="tooltip-1" icon="information"></qc-tooltip></p>
          <p><qc-tooltip description-id="tooltip-1" icon="question"></qc-tooltip></p>
          <label for="nom-complet"
            >Nom complet <qc-tooltip description-id="tooltip-1" icon="information"></qc-tooltip>
          </label>
          <input type="text" id="nom-complet" />
          <p>
            <qc-tooltip text="Lorem" title="Lorem ipsum dolor" description-id="tooltip-1" icon="information"
              >ipsum dolor</qc-tooltip
            >
          </p>
        </div>`,
      );
      const tips = [...root.querySelectorAll<QcTooltip>('qc-tooltip')];
      expect(tips).to.have.length(10);
      const names = tips.map((tip) => trigger(tip).getAttribute('aria-label'));
      expect(names).to.deep.equal([
        fr.tooltipShow('droite'),
        fr.tooltipShow('haut'),
        fr.tooltipShow('bas'),
        fr.tooltipShow('feuille'),
        fr.tooltipShow('dolor'),
        fr.tooltipShow('dolor'),
        fr.tooltipShow(''),
        fr.tooltipShow(''),
        fr.tooltipShow(''),
        fr.tooltipShow('Lorem ipsum dolor'),
      ]);
      await expect(root).to.be.accessible();
      for (const tip of tips) {
        tip.show();
        await settle(tip);
        const shown = [...tip.querySelectorAll('[slot="description"]')].map((node) => node.textContent).join('');
        const content = `${shown}${tip.shadowRoot!.querySelector('[part="description"]')!.textContent}`;
        expect(content.trim(), names[tips.indexOf(tip)]!).to.not.equal('');
        expect(visible(tip)).to.equal(true);
        await expect(root).to.be.accessible();
        tip.hide();
        await settle(tip);
      }
    });
  });

  describe('bad input', () => {
    it('unknown position, icon and display-mode fall back with one warning each', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcTooltip>(
          html`<qc-tooltip position="left" icon="zzz" display-mode="sheet" description="a"></qc-tooltip>`,
        );
        el.show();
        await settle(el);
        el.hide();
        el.show();
        await settle(el);
        expect(el.shadowRoot!.querySelector('qc-icon')!.getAttribute('icon')).to.equal('information-tooltip');
      });
      for (const bad of ['position="left"', 'icon="zzz"', 'display-mode="sheet"']) {
        expect(
          warnings.filter((message) => message.includes(bad)),
          bad,
        ).to.have.length(1);
      }
    });

    it('shows hostile description and label as text, never as HTML, with a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcTooltip>(html`<qc-tooltip label=${hostile} description=${hostile}></qc-tooltip>`);
        el.show();
        await settle(el);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[part="description"]')!.textContent).to.contain(hostile);
        expect(trigger(el).textContent).to.contain(hostile);
      });
      expect((window as Window & { __qcTooltipXss?: boolean }).__qcTooltipXss).to.equal(undefined);
      expect(warnings.filter((message) => message.includes('description is shown as text'))).to.have.length(1);
    });

    it('warns once when there is no description, and when description-id names nothing', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture<QcTooltip>(html`<qc-tooltip label="vide"></qc-tooltip>`);
        const el = await fixture<QcTooltip>(html`<qc-tooltip label="x" description-id="nulle-part"></qc-tooltip>`);
        await wait(0);
        el.show();
        await settle(el);
      });
      expect(warnings.filter((message) => message.includes('no description'))).to.have.length(1);
      expect(warnings.filter((message) => message.includes('description-id="nulle-part"'))).to.have.length(1);
    });

    it('a huge description scrolls inside the panel, which stays in view', async () => {
      const el = await fixture<QcTooltip>(
        html`<qc-tooltip label="x" description=${'Très long. '.repeat(800)}></qc-tooltip>`,
      );
      el.show();
      await settle(el);
      const box = panel(el).getBoundingClientRect();
      expect(box.height).to.be.at.most(document.documentElement.clientHeight);
      expect(panel(el).scrollHeight).to.be.greaterThan(panel(el).clientHeight);
    });

    it('a removed open tooltip leaves the dismiss stack (Escape reaches the page again) [wcag:1.4.13,2.1.1]', async () => {
      const { el } = await sentence();
      el.show();
      await settle(el);
      el.remove();
      let heard = 0;
      const listener = (event: KeyboardEvent) => {
        if (event.key === 'Escape') heard++;
      };
      document.addEventListener('keydown', listener);
      try {
        document.body.focus();
        await sendKeys({ press: 'Escape' });
        expect(heard).to.equal(1);
      } finally {
        document.removeEventListener('keydown', listener);
      }
    });
  });
});

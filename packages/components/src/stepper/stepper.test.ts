import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, notAssertedIn, NO_MEDIA_EMULATION, type EngineLimits } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcStepper } from './qc-stepper.js';
import { stepperStrings } from './stepper.strings.js';

const hostile = '<img src=x onerror="window.__qcStepperXss = true">';
const { fr, en } = stepperStrings;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A frame and a task: the engine's accessibility tree has caught up with the DOM. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** After a change of the light DOM: the observer's batch, then the update it asked for. */
async function followed(el: QcStepper): Promise<void> {
  await nextTask();
  await el.updateComplete;
}

const steps = html`<ol>
  <li>Demande reçue</li>
  <li>Analyse</li>
  <li>Décision</li>
  <li>Envoi</li>
</ol>`;

const stepper = (current: string | undefined = '2', body = steps) =>
  fixture<QcStepper>(html`<qc-stepper current=${current ?? ''} label="Étapes de votre demande">${body}</qc-stepper>`);
const items = (el: Element) => [...el.querySelectorAll('li')];
const summary = (el: Element) => el.querySelector('[data-qc-part="summary"]');
/** Each step's hidden state (« » for the current one). */
const states = (el: Element) =>
  items(el).map((li) => li.querySelector('[data-qc-part="state"]')?.textContent?.trim() ?? '');
const currentIndex = (el: Element) => items(el).findIndex((li) => li.getAttribute('aria-current') === 'step');
/** The step's title shows: its box below the bar (its top border) has height. */
const visible = (element: Element) => element.clientHeight > 0;

/** Seen here: WebKitWebDriver's resize (setViewport) leaves the window unfocused (`document.hasFocus()` false). */
const FOCUS_AFTER_RESIZE: EngineLimits = {
  webkit:
    'after setViewport resizes the WebKitWebDriver window, the page has no system focus: :focus-within never matches',
};

beforeEach(() => setViewport({ width: 1000, height: 800 }));
after(() => setViewport({ width: 800, height: 600 }));

describe('qc-stepper', () => {
  describe('accessibility', () => {
    it('passes axe: wide, compact at 320 px, with links, and with the focus in the compact list', async () => {
      const el = await stepper();
      await expect(el).to.be.accessible();
      const linked = await stepper(
        '3',
        html`<ol>
          <li><a href="#recue">Demande reçue</a></li>
          <li><a href="#analyse">Analyse</a></li>
          <li>Décision</li>
        </ol>`,
      );
      await expect(linked).to.be.accessible();
      await setViewport({ width: 320, height: 640 });
      await expect(el).to.be.accessible();
      linked.querySelector('a')!.focus();
      await expect(linked).to.be.accessible();
    });

    it('is a list named by label, with the summary before it, in every engine [wcag:1.3.1,2.5.3,3.3.2,4.1.2]', async () => {
      const el = await stepper();
      await settled();
      expect(await axElement(el.querySelector('ol')!)).to.deep.equal({ role: 'list', name: 'Étapes de votre demande' });
      expect(summary(el)!.textContent).to.equal(fr.stepperSummary(2, 4, 'Analyse'));
      expect(summary(el)!.textContent).to.equal('Étape 2 sur 4\u00a0: Analyse');
      expect(summary(el)!.nextElementSibling === el.querySelector('ol')).to.equal(true);
    });

    itExcept(NEEDS_AX_TREE, 'reads the summary, then each step with its hidden state', async () => {
      await fixture(html`<div id="tree"><qc-stepper current="2">${steps}</qc-stepper></div>`);
      await settled();
      const tree = await axTree('#tree');
      const [list] = findAll(tree, (n) => n.role === 'list');
      expect(list?.name).to.equal(fr.stepperLabel);
      const texts = findAll(list, (n) => n.role === 'listitem').map((item) =>
        findAll(item, (n) => n.role === 'text')
          .map((n) => n.name.trim())
          .filter(Boolean)
          .join(' '),
      );
      expect(texts).to.deep.equal([
        'Demande reçue complétée',
        'Analyse',
        'Décision non complétée',
        'Envoi non complétée',
      ]);
      expect(JSON.stringify(tree)).to.contain(fr.stepperSummary(2, 4, 'Analyse'));
    });

    itExcept(NEEDS_AX_TREE, 'compact at 320 px: the steps stay in the tree [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      await fixture(html`<div id="tree"><qc-stepper current="2">${steps}</qc-stepper></div>`);
      await settled();
      const tree = await axTree('#tree');
      expect(findAll(tree, (n) => n.role === 'listitem')).to.have.length(4);
      expect(JSON.stringify(tree)).to.contain('Décision');
    });
  });

  describe('rendering', () => {
    it('marks the current step with aria-current="step" and the others completed / not completed [wcag:4.1.2]', async () => {
      const el = await stepper();
      expect(currentIndex(el)).to.equal(1);
      expect(items(el).filter((li) => li.hasAttribute('aria-current'))).to.have.length(1);
      expect(states(el)).to.deep.equal([fr.stepperCompleted, '', fr.stepperNotCompleted, fr.stepperNotCompleted]);
      const state = el.querySelector('[data-qc-part="state"]')!;
      expect(state.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('draws done and current segments filled, the others not, and the current title bold', async () => {
      const el = await stepper();
      const colours = items(el).map((li) => getComputedStyle(li).borderBlockStartColor);
      expect(colours[0]).to.equal(colours[1]);
      expect(colours[2]).to.equal(colours[3]);
      expect(colours[1]).to.not.equal(colours[2]);
      expect(getComputedStyle(items(el)[1]!).fontWeight).to.equal('700');
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'tells done from to-come segments otherwise than by colour in forced colours [wcag:1.4.11]',
      async () => {
        const el = await stepper();
        await emulateMedia({ forcedColors: 'active' });
        try {
          const styles = items(el).map((li) => getComputedStyle(li).borderBlockStartStyle);
          expect(styles).to.deep.equal(['solid', 'solid', 'dotted', 'dotted']);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('wide: every step’s title shows, side by side', async () => {
      const el = await stepper();
      const [first, second] = items(el);
      expect(items(el).every(visible)).to.equal(true);
      expect(first!.getBoundingClientRect().top).to.equal(second!.getBoundingClientRect().top);
    });

    it('compact below 768 px (here 320 px): the summary and a bar, no horizontal scrolling [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await stepper();
      expect(visible(summary(el)!)).to.equal(true);
      const segments = items(el).map((li) => li.getBoundingClientRect());
      expect(items(el).some(visible)).to.equal(false);
      // The bar: each segment's top border, side by side across the width.
      expect(parseFloat(getComputedStyle(items(el)[0]!).borderBlockStartWidth)).to.be.above(0);
      expect(segments[3]!.left).to.be.above(segments[0]!.left);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await setViewport({ width: 767, height: 640 });
      expect(visible(items(el)[0]!)).to.equal(false);
      await setViewport({ width: 768, height: 640 });
      expect(visible(items(el)[0]!)).to.equal(true);
    });

    it('is registered once: defining the same class again is a no-op', async () => {
      expect(customElements.get('qc-stepper') === QcStepper).to.equal(true);
      expect(() => QcStepper.define('qc-stepper')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('current moves the current step, the states and the summary', async () => {
      const el = await stepper();
      el.current = 4;
      await el.updateComplete;
      expect(currentIndex(el)).to.equal(3);
      expect(states(el)).to.deep.equal([fr.stepperCompleted, fr.stepperCompleted, fr.stepperCompleted, '']);
      expect(summary(el)!.textContent).to.equal(fr.stepperSummary(4, 4, 'Envoi'));
    });

    it('without current: the step the author marked aria-current, else the first [wcag:4.1.2]', async () => {
      const marked = await fixture<QcStepper>(
        html`<qc-stepper
          ><ol>
            <li>Un</li>
            <li>Deux</li>
            <li aria-current="step">Trois</li>
          </ol></qc-stepper
        >`,
      );
      expect(currentIndex(marked)).to.equal(2);
      expect(summary(marked)!.textContent).to.equal(fr.stepperSummary(3, 3, 'Trois'));
      const plain = await fixture<QcStepper>(html`<qc-stepper>${steps}</qc-stepper>`);
      expect(currentIndex(plain)).to.equal(0);
    });

    it('heading-level makes the summary a heading of that level [wcag:1.3.1]', async () => {
      const el = await stepper();
      expect(summary(el)!.localName).to.equal('p');
      el.headingLevel = '2';
      await el.updateComplete;
      expect(summary(el)!.localName).to.equal('h2');
      expect(el.querySelectorAll('[data-qc-part="summary"]')).to.have.length(1);
      await settled();
      expect(await axElement(summary(el)!)).to.deep.equal({
        role: 'heading',
        name: fr.stepperSummary(2, 4, 'Analyse'),
      });
    });

    it('the list keeps a name the author gave it; label replaces it', async () => {
      const el = await fixture<QcStepper>(
        html`<qc-stepper current="1"
          ><ol aria-label="Parcours">
            <li>Un</li>
            <li>Deux</li>
          </ol></qc-stepper
        >`,
      );
      const list = el.querySelector('ol')!;
      expect(list.getAttribute('aria-label')).to.equal('Parcours');
      el.label = 'Étapes du permis';
      await el.updateComplete;
      expect(list.getAttribute('aria-label')).to.equal('Étapes du permis');
    });

    it('steps may hold links; the link’s name stays the step’s title', async () => {
      const el = await stepper(
        '2',
        html`<ol>
          <li><a href="#recue">Demande reçue</a></li>
          <li>Analyse</li>
        </ol>`,
      );
      await settled();
      expect(await axElement(el.querySelector('a')!)).to.deep.equal({ role: 'link', name: 'Demande reçue' });
      expect(states(el)).to.deep.equal([fr.stepperCompleted, '']);
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop; Tab reaches a step’s link, which shows the whole compact list [wcag:2.1.1,2.4.3]', async () => {
      await setViewport({ width: 320, height: 640 });
      const root = await fixture(
        html`<div>
          <button id="before">Avant</button>
          <qc-stepper current="2"
            ><ol>
              <li><a href="#recue">Demande reçue</a></li>
              <li>Analyse</li>
            </ol></qc-stepper
          >
        </div>`,
      );
      const link = root.querySelector('a')!;
      expect(visible(link.parentElement!)).to.equal(false);
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === link).to.equal(true);
      const shown = !notAssertedIn(FOCUS_AFTER_RESIZE, 'the focused link shows the whole list');
      if (shown) {
        expect(visible(link.parentElement!)).to.equal(true);
        expect(getComputedStyle(link).outlineStyle).to.equal('solid');
        expect(link.getBoundingClientRect().height).to.be.at.least(24);
      }
      await sendKeys({ press: 'Shift+Tab' });
      expect(document.activeElement?.id).to.equal('before');
      expect(visible(link.parentElement!)).to.equal(false);
    });
  });

  describe('framework re-render', () => {
    it('follows a Lit template that adds, renames and removes steps: total and states update', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const view = (titles: string[], current: number) =>
        html`<qc-stepper current=${current}
          ><ol>
            ${titles.map((title) => html`<li>${title}</li>`)}
          </ol></qc-stepper
        >`;
      render(view(['Un', 'Deux', 'Trois'], 2), host);
      const el = host.querySelector('qc-stepper')!;
      await el.updateComplete;
      expect(summary(el)!.textContent).to.equal(fr.stepperSummary(2, 3, 'Deux'));
      render(view(['Un', 'Deux', 'Trois', 'Quatre', 'Cinq'], 2), host);
      await followed(el);
      expect(summary(el)!.textContent).to.equal(fr.stepperSummary(2, 5, 'Deux'));
      expect(states(el)).to.deep.equal([
        fr.stepperCompleted,
        '',
        fr.stepperNotCompleted,
        fr.stepperNotCompleted,
        fr.stepperNotCompleted,
      ]);
      render(view(['Un', 'Analyse détaillée', 'Trois'], 2), host);
      await followed(el);
      expect(summary(el)!.textContent).to.equal(fr.stepperSummary(2, 3, 'Analyse détaillée'));
      expect(host.querySelector('qc-stepper') === el).to.equal(true);
    });

    it('puts the hidden state back when a framework rewrites a step’s text', async () => {
      const el = await stepper();
      items(el)[0]!.textContent = 'Demande transmise';
      await followed(el);
      expect(states(el)[0]).to.equal(fr.stepperCompleted);
      expect(items(el)[0]!.textContent).to.equal(`Demande transmise ${fr.stepperCompleted}`);
    });

    it('follows an aria-current the author moves (no current attribute) [wcag:4.1.2]', async () => {
      const el = await fixture<QcStepper>(
        html`<qc-stepper
          ><ol>
            <li aria-current="step">Un</li>
            <li>Deux</li>
          </ol></qc-stepper
        >`,
      );
      items(el)[0]!.removeAttribute('aria-current');
      items(el)[1]!.setAttribute('aria-current', 'step');
      await followed(el);
      expect(currentIndex(el)).to.equal(1);
      expect(summary(el)!.textContent).to.equal(fr.stepperSummary(2, 2, 'Deux'));
    });
  });

  describe('i18n', () => {
    it('English: "Step 2 of 4: Analysis", "completed" / "not completed"', async () => {
      const root = await fixture(
        html`<div lang="en">
          <qc-stepper current="2"
            ><ol>
              <li>Received</li>
              <li>Analysis</li>
              <li>Decision</li>
            </ol></qc-stepper
          >
        </div>`,
      );
      const el = root.querySelector('qc-stepper')!;
      expect(summary(el)!.textContent).to.equal('Step 2 of 3: Analysis');
      expect(states(el)).to.deep.equal(['completed', '', 'not completed']);
      expect(el.querySelector('ol')!.getAttribute('aria-label')).to.equal(en.stepperLabel);
      root.setAttribute('lang', 'fr');
      await nextTask();
      await el.updateComplete;
      expect(summary(el)!.textContent).to.equal(fr.stepperSummary(2, 3, 'Analysis'));
      expect(states(el)).to.deep.equal([fr.stepperCompleted, '', fr.stepperNotCompleted]);
    });

    it('registerTranslation replaces the built-in strings on the page', async () => {
      const el = await fixture<QcStepper>(html`<qc-stepper current="1" lang="fr-CA">${steps}</qc-stepper>`);
      registerTranslation('fr-CA', { stepperNotCompleted: 'à venir' });
      try {
        await el.updateComplete;
        expect(states(el)[1]).to.equal('à venir');
      } finally {
        registerTranslation('fr-CA', { stepperNotCompleted: fr.stepperNotCompleted });
      }
    });
  });

  describe('bad input', () => {
    for (const [value, expected] of [
      ['9', 4],
      ['0', 1],
      ['-3', 1],
      ['deux', 1],
      ['2.6', 3],
    ] as const) {
      it(`current="${value}" is brought into range (step ${expected}) with one warning`, async () => {
        const warnings = await captureWarnings(async () => {
          const el = await stepper(value);
          expect(currentIndex(el)).to.equal(expected - 1);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(warnings.filter((message) => message.includes(`current="${value}"`))).to.have.length(1);
      });
    }

    it('an empty current is no current, without a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await stepper('');
        expect(currentIndex(el)).to.equal(0);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('without an ol: one warning and no summary; an empty ol: one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcStepper>(
          html`<qc-stepper current="2"
            ><ul>
              <li>Un</li>
            </ul></qc-stepper
          >`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(summary(el)).to.equal(null);
        const empty = await fixture<QcStepper>(html`<qc-stepper><ol></ol></qc-stepper>`);
        expect(summary(empty)).to.equal(null);
      });
      expect(warnings.filter((message) => message.includes('no list'))).to.have.length(1);
      expect(warnings.filter((message) => message.includes('no step'))).to.have.length(1);
    });

    it('an invalid heading-level keeps a paragraph, with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcStepper>(html`<qc-stepper heading-level="h9">${steps}</qc-stepper>`);
        expect(summary(el)!.localName).to.equal('p');
      });
      expect(warnings.filter((message) => message.includes('heading-level="h9"'))).to.have.length(1);
    });

    it('shows a step title and a label with markup as text, never as HTML', async () => {
      const el = await fixture<QcStepper>(
        html`<qc-stepper current="1" label=${hostile}
          ><ol>
            <li>${hostile}</li>
          </ol></qc-stepper
        >`,
      );
      expect(summary(el)!.textContent).to.equal(fr.stepperSummary(1, 1, hostile));
      expect(el.querySelector('ol')!.getAttribute('aria-label')).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcStepperXss?: boolean }).__qcStepperXss).to.equal(undefined);
    });

    it('a long title wraps at 320 px; thirty steps stay within the width [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'Vérificationdesrenseignementsadministratifs'.repeat(3);
      const el = await stepper(
        '1',
        html`<ol>
          ${Array.from({ length: 30 }, (_, i) => html`<li>${i === 0 ? long : `Étape ${i + 1}`}</li>`)}
        </ol>`,
      );
      expect(summary(el)!.textContent).to.equal(fr.stepperSummary(1, 30, long));
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });
});

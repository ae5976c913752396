import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axElement } from '../internal/test/ax.js';
import { tokenPx } from '../internal/test/page.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcIconButton } from './qc-icon-button.js';
import { iconButtonSizes } from './icon-button.js';

const hostile = '<img src=x onerror="window.__qcIconButtonXss = true">';
const button = (el: QcIconButton) => el.querySelector('button')!;
const settle = async (el: QcIconButton) => {
  // One turn for the light-DOM observer, then the update it asked for.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
};

describe('qc-icon-button', () => {
  describe('accessibility', () => {
    for (const size of iconButtonSizes) {
      it(`passes axe (size ${size})`, async () => {
        const el = await fixture(html`<qc-icon-button size=${size} icon="xclose" label="Fermer"></qc-icon-button>`);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe when disabled and with forwarded ARIA', async () => {
      const el = await fixture(
        html`<div>
          <qc-icon-button icon="search" label="Rechercher" disabled aria-expanded="false" aria-controls="zone">
          </qc-icon-button>
          <div id="zone"></div>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is a button named by label (the icon is decorative) [wcag:1.3.1,2.5.3,3.3.2,4.1.2]', async () => {
      const el = await fixture<QcIconButton>(
        html`<qc-icon-button icon="xclose" label="Fermer l’avis"></qc-icon-button>`,
      );
      expect(await axElement(button(el))).to.deep.equal({ role: 'button', name: 'Fermer l’avis' });
      expect(el.querySelector('qc-icon')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('an aria-label set on the host names the button, and leaves the host [wcag:4.1.2]', async () => {
      const el = await fixture<QcIconButton>(html`<qc-icon-button icon="xclose" aria-label="Fermer"></qc-icon-button>`);
      await settle(el);
      expect(el.hasAttribute('aria-label')).to.equal(false);
      expect(await axElement(button(el))).to.deep.equal({ role: 'button', name: 'Fermer' });
    });
  });

  describe('rendering', () => {
    it('renders a native button, type="button" by default, with the icon and hidden text', async () => {
      const el = await fixture<QcIconButton>(html`<qc-icon-button icon="xclose" label="Fermer"></qc-icon-button>`);
      const native = button(el);
      expect(native.type).to.equal('button');
      expect(native.querySelector('qc-icon')!.getAttribute('icon')).to.equal('xclose');
      const text = native.querySelector<HTMLElement>('[data-qc-part="label"]')!;
      expect(text.textContent).to.equal('Fermer');
      expect(text.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('keeps an author’s own button and enhances it', async () => {
      const el = await fixture<QcIconButton>(
        html`<qc-icon-button icon="search"><button id="mine" aria-label="Rechercher"></button></qc-icon-button>`,
      );
      expect(el.querySelectorAll('button')).to.have.length(1);
      expect(button(el).id).to.equal('mine');
      expect(button(el).type).to.equal('button');
      expect(button(el).querySelector('qc-icon')).to.not.equal(null);
      expect(await axElement(button(el))).to.deep.equal({ role: 'button', name: 'Rechercher' });
    });

    it('every size is a target of at least 24 × 24 px [wcag:2.5.8]', async () => {
      const min = tokenPx('--qc-target-min-size');
      const expected = {
        sm: min,
        md: min,
        nm: min,
        lg: tokenPx('--qc-icon-button-size-lg'),
        xl: tokenPx('--qc-icon-button-size-xl'),
      };
      for (const size of iconButtonSizes) {
        const el = await fixture<QcIconButton>(
          html`<qc-icon-button size=${size} icon="xclose" label="Fermer"></qc-icon-button>`,
        );
        const box = button(el).getBoundingClientRect();
        expect(box.width, size).to.be.closeTo(expected[size], 0.5);
        expect(box.height, size).to.be.closeTo(expected[size], 0.5);
        expect(box.width).to.be.at.least(24);
      }
    });

    it('is registered once: defining the same class again is a no-op', async () => {
      expect(customElements.get('qc-icon-button') === QcIconButton).to.equal(true);
      expect(() => QcIconButton.define('qc-icon-button')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('mirrors disabled, type, label, icon-size and icon-color onto the button and icon', async () => {
      const el = await fixture<QcIconButton>(
        html`<qc-icon-button icon="xclose" label="Fermer" icon-size="sm" icon-color="blue-piv"></qc-icon-button>`,
      );
      const icon = el.querySelector('qc-icon')!;
      expect([icon.getAttribute('size'), icon.getAttribute('color')]).to.deep.equal(['sm', 'blue-piv']);
      el.disabled = true;
      el.type = 'submit';
      el.label = 'Fermer la fenêtre';
      await el.updateComplete;
      expect([button(el).disabled, button(el).type]).to.deep.equal([true, 'submit']);
      expect(await axElement(button(el))).to.deep.equal({ role: 'button', name: 'Fermer la fenêtre' });
    });

    it('accepts the incumbent’s "false" string for disabled', async () => {
      const el = await fixture<QcIconButton>(html`<qc-icon-button disabled="false" label="Fermer"></qc-icon-button>`);
      expect(button(el).disabled).to.equal(false);
    });

    it('forwards aria-expanded and aria-controls set later by a framework [wcag:4.1.2]', async () => {
      const el = await fixture<QcIconButton>(html`<qc-icon-button icon="search" label="Recherche"></qc-icon-button>`);
      el.setAttribute('aria-expanded', 'true');
      el.setAttribute('aria-controls', 'zone');
      await settle(el);
      expect([button(el).getAttribute('aria-expanded'), button(el).getAttribute('aria-controls')]).to.deep.equal([
        'true',
        'zone',
      ]);
      expect(el.hasAttribute('aria-expanded')).to.equal(false);
    });

    it('a button replaced by a framework is enhanced again', async () => {
      const el = await fixture<QcIconButton>(html`<qc-icon-button icon="search" label="Recherche"></qc-icon-button>`);
      button(el).remove();
      const fresh = document.createElement('button');
      fresh.id = 'fresh';
      el.append(fresh);
      await settle(el);
      expect(button(el).id).to.equal('fresh');
      expect(fresh.type).to.equal('button');
      expect(await axElement(fresh)).to.deep.equal({ role: 'button', name: 'Recherche' });
    });
  });

  describe('keyboard', () => {
    for (const key of ['Enter', 'Space']) {
      it(`activates with ${key}`, async () => {
        const el = await fixture<QcIconButton>(html`<qc-icon-button icon="xclose" label="Fermer"></qc-icon-button>`);
        let clicks = 0;
        el.addEventListener('click', () => clicks++);
        button(el).focus();
        await sendKeys({ press: key });
        expect(clicks).to.equal(1);
      });
    }

    it('is one tab stop; disabled, none [wcag:2.4.3]', async () => {
      const root = await fixture(
        html`<div>
          <button id="before">Avant</button><qc-icon-button label="Un"></qc-icon-button
          ><qc-icon-button label="Deux" disabled></qc-icon-button><button id="after">Après</button>
        </div>`,
      );
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Un');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });
  });

  describe('events', () => {
    it('does not submit its form by default; type="submit" does', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form action="javascript:void 0">
          <qc-icon-button id="a" icon="search" label="Chercher"></qc-icon-button>
          <qc-icon-button id="b" icon="search" label="Envoyer" type="submit"></qc-icon-button>
        </form>`,
      );
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      button(form.querySelector<QcIconButton>('#a')!).click();
      expect(submits).to.equal(0);
      button(form.querySelector<QcIconButton>('#b')!).click();
      expect(submits).to.equal(1);
    });

    it('a disabled button fires no click', async () => {
      const el = await fixture<QcIconButton>(html`<qc-icon-button label="Fermer" disabled></qc-icon-button>`);
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      button(el).click();
      expect(clicks).to.equal(0);
    });
  });

  describe('i18n', () => {
    it('the name is the author’s, in the page’s language (no built-in string) [wcag:3.1.2]', async () => {
      const el = await fixture<QcIconButton>(
        html`<div lang="en"><qc-icon-button icon="xclose" label="Close"></qc-icon-button></div>`,
      );
      const native = el.querySelector('button')!;
      expect(await axElement(native)).to.deep.equal({ role: 'button', name: 'Close' });
    });
  });

  describe('bad input', () => {
    it('an unknown size falls back to xl with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcIconButton>(html`<qc-icon-button size="huge" label="Fermer"></qc-icon-button>`);
        expect(button(el).getAttribute('data-qc-size')).to.equal('xl');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('size="huge"'))).to.have.length(1);
    });

    it('an unknown type falls back to button with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcIconButton>(
          html`<qc-icon-button type=${'menu' as never} label="Fermer"></qc-icon-button>`,
        );
        expect(button(el).type).to.equal('button');
      });
      expect(warnings.filter((message) => message.includes('type="menu"'))).to.have.length(1);
    });

    it('warns once when the button has no name', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcIconButton>(html`<qc-icon-button icon="xclose"></qc-icon-button>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('needs a name'))).to.have.length(1);
    });

    it('does not warn when named by aria-label', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture<QcIconButton>(html`<qc-icon-button icon="xclose" aria-label="Fermer"></qc-icon-button>`);
      });
      expect(warnings.filter((message) => message.includes('needs a name'))).to.have.length(0);
    });

    it('shows a label with markup as text, never as HTML', async () => {
      const el = await fixture<QcIconButton>(html`<qc-icon-button label=${hostile}></qc-icon-button>`);
      expect(el.querySelector('img')).to.equal(null);
      expect(el.querySelector('[data-qc-part="label"]')!.textContent).to.equal(hostile);
      expect((window as Window & { __qcIconButtonXss?: boolean }).__qcIconButtonXss).to.equal(undefined);
    });

    it('huge label and removed icon do not break the box', async () => {
      const el = await fixture<QcIconButton>(
        html`<qc-icon-button icon="xclose" label=${'Fermer '.repeat(500)}></qc-icon-button>`,
      );
      expect(button(el).getBoundingClientRect().width).to.be.closeTo(tokenPx('--qc-icon-button-size-xl'), 0.5);
      el.icon = null;
      await el.updateComplete;
      expect(el.querySelector('qc-icon')).to.equal(null);
    });
  });
});

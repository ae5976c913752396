import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { deepActiveElement } from '../internal/controllers/focus-return.js';
import { isScrollLocked } from '../internal/controllers/scroll-lock.js';
import { closeLayer, openLayer, type Layer } from '../internal/controllers/dismiss-stack.js';
import '../button/qc-button.js';
import { QcDialog } from './qc-dialog.js';
import { dialogStrings } from './dialog.strings.js';

const hostile = '<img src=x onerror="window.__qcDialogXss = true">';
const { fr, en } = dialogStrings;

const inner = (el: QcDialog) => el.shadowRoot!.querySelector('dialog')!;
const closeButton = (el: QcDialog) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]');
/** What has focus, as a readable label (never compare elements in an assertion: a failure hangs the runner). */
const focused = (): string => {
  const active = deepActiveElement();
  if (!active || active === document.body) return 'body';
  if (active.getAttribute('part') === 'close-button') return 'close-button';
  if (active.localName === 'dialog') return 'dialog';
  const host = (active.getRootNode() as ShadowRoot).host;
  return active.id || (host as HTMLElement | undefined)?.id || active.textContent?.trim() || active.localName;
};
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function openDialog(el: QcDialog): Promise<void> {
  el.show();
  await el.updateComplete;
}

/** The inner dialog's computed role and name (in every engine). */
const dialogAx = (el: QcDialog) => axElement(inner(el));

afterEach(() => {
  // A failed test must not leave a modal dialog over the next one.
  document.querySelectorAll('qc-dialog').forEach((el) => el.close());
});

describe('qc-dialog', () => {
  describe('accessibility', () => {
    it('passes axe closed and open', async () => {
      const root = await fixture(
        html`<div>
          <button id="opener">Modifier</button>
          <qc-dialog id="dlg"
            ><h2 slot="heading">Modifier l’adresse</h2>
            <p>Texte</p></qc-dialog
          >
        </div>`,
      );
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      await expect(root).to.be.accessible();
      await openDialog(el);
      await expect(root).to.be.accessible();
      el.close();
      await expect(root).to.be.accessible();
    });

    it('passes axe open as an alert dialog with a footer', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog alert
          ><h2 slot="heading">Session</h2>
          <p>Votre session expire bientôt.</p>
          <div slot="footer"><qc-button type="button">Continuer la session</qc-button></div></qc-dialog
        >`,
      );
      await openDialog(el);
      await expect(el).to.be.accessible();
    });

    it('is a dialog named by its slotted heading, modal, in every engine [wcag:1.3.1,4.1.2]', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog
          ><h2 slot="heading">Modifier l’adresse</h2>
          <p>Texte</p></qc-dialog
        >`,
      );
      await openDialog(el);
      expect(await dialogAx(el)).to.deep.equal({ role: 'dialog', name: 'Modifier l’adresse' });
    });

    it('alert is an alertdialog named by its heading [wcag:1.3.1,4.1.2]', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog alert
          ><h2 slot="heading">Attention</h2>
          <p>Texte</p></qc-dialog
        >`,
      );
      await openDialog(el);
      expect(await dialogAx(el)).to.deep.equal({ role: 'alertdialog', name: 'Attention' });
      expect(closeButton(el)).to.equal(null);
    });

    it('alert (and described) point aria-describedby at the wrapper of the content, in the same tree [wcag:4.1.2]', async () => {
      const root = await fixture(
        html`<div>
          <qc-dialog id="a" alert
            ><h2 slot="heading">Attention</h2>
            <p>Message</p></qc-dialog
          >
          <qc-dialog id="d" described
            ><h2 slot="heading">Titre</h2>
            <p>Message</p></qc-dialog
          >
          <qc-dialog id="n"
            ><h2 slot="heading">Titre</h2>
            <p>Message</p></qc-dialog
          >
        </div>`,
      );
      for (const id of ['a', 'd']) {
        const el = root.querySelector<QcDialog>(`#${id}`)!;
        const ref = inner(el).getAttribute('aria-describedby')!;
        const target = el.shadowRoot!.getElementById(ref);
        expect(!!target?.querySelector('slot:not([name])'), `${id}: #${ref} wraps the default slot`).to.equal(true);
      }
      expect(inner(root.querySelector<QcDialog>('#n')!).hasAttribute('aria-describedby')).to.equal(false);
    });

    itExcept(
      NEEDS_AX_TREE,
      'alert is described by its content through the slot, not by its footer [wcag:1.3.1]',
      async () => {
        await fixture(
          html`<qc-dialog alert open
            ><h2 slot="heading">Attention</h2>
            <p>Votre session expire bientôt.</p>
            <div slot="footer"><qc-button type="button">Continuer</qc-button></div></qc-dialog
          >`,
        );
        await frame();
        const [dialog] = findAll(await axTree(), (n) => n.role === 'alertdialog');
        expect(dialog?.name).to.equal('Attention');
        expect(dialog?.description?.trim()).to.equal('Votre session expire bientôt.');
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'a dialog is not described by its content unless described is set [wcag:1.3.1]',
      async () => {
        await fixture(
          html`<qc-dialog open
            ><h2 slot="heading">Titre</h2>
            <p>Contenu</p></qc-dialog
          >`,
        );
        await frame();
        const [dialog] = findAll(await axTree(), (n) => n.role === 'dialog');
        expect(dialog?.name).to.equal('Titre');
        expect(dialog?.description ?? '').to.equal('');
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'hides the rest of the page from the accessibility tree while open [wcag:4.1.2]',
      async () => {
        await fixture(
          html`<div id="page">
            <p>Texte de la page</p>
            <qc-dialog open
              ><h2 slot="heading">Titre</h2>
              <p>Contenu</p></qc-dialog
            >
          </div>`,
        );
        await frame();
        const tree = JSON.stringify(await axTree());
        expect(tree).to.contain('Contenu');
        expect(tree).not.to.contain('Texte de la page');
        const [dialog] = findAll(await axTree(), (n) => n.role === 'dialog');
        expect(dialog?.name).to.equal('Titre');
      },
    );
  });

  describe('opening and closing', () => {
    it('show() opens it modal, fires qc-show, and close() closes it with close', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog
          ><h2 slot="heading">Titre</h2>
          <p>Texte</p></qc-dialog
        >`,
      );
      const shown = oneEvent(el, 'qc-show');
      el.show();
      await shown;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(inner(el).matches(':modal')).to.equal(true);
      const closed = oneEvent(el, 'close');
      el.close('fini');
      await closed;
      expect(el.returnValue).to.equal('fini');
      expect(el.open).to.equal(false);
      expect(inner(el).open).to.equal(false);
    });

    it('veils the page behind it (the backdrop token resolves)', async () => {
      const el = await fixture<QcDialog>(html`<qc-dialog open><h2 slot="heading">Titre</h2></qc-dialog>`);
      const veil = getComputedStyle(inner(el), '::backdrop').backgroundColor;
      expect(veil).to.match(/^rgba\(\d+, \d+, \d+, 0\.\d+\)$/);
    });

    it('the open attribute opens it on load', async () => {
      const el = await fixture<QcDialog>(html`<qc-dialog open><h2 slot="heading">Titre</h2></qc-dialog>`);
      expect(inner(el).matches(':modal')).to.equal(true);
    });

    it('opening twice and closing when closed do nothing', async () => {
      const el = await fixture<QcDialog>(html`<qc-dialog><h2 slot="heading">Titre</h2></qc-dialog>`);
      const seen: string[] = [];
      for (const type of ['qc-show', 'close', 'cancel']) el.addEventListener(type, () => seen.push(type));
      el.close();
      el.requestClose();
      await openDialog(el);
      await openDialog(el);
      expect(inner(el).matches(':modal')).to.equal(true);
      el.close();
      el.close();
      await el.updateComplete;
      expect(seen).to.deep.equal(['qc-show', 'close']);
    });

    it('requestClose() fires a cancelable cancel; prevented, it stays open', async () => {
      const el = await fixture<QcDialog>(html`<qc-dialog><h2 slot="heading">Titre</h2></qc-dialog>`);
      await openDialog(el);
      const reasons: string[] = [];
      const keep = (event: Event) => {
        reasons.push((event as CustomEvent<{ reason: string }>).detail.reason);
        event.preventDefault();
      };
      el.addEventListener('cancel', keep);
      el.requestClose('non');
      expect(el.open).to.equal(true);
      el.removeEventListener('cancel', keep);
      el.requestClose('oui');
      expect(el.open).to.equal(false);
      expect(el.returnValue).to.equal('oui');
      expect(reasons).to.deep.equal(['request-close']);
    });

    it('the close button asks to close (cancel, then close)', async () => {
      const el = await fixture<QcDialog>(html`<qc-dialog><h2 slot="heading">Titre</h2></qc-dialog>`);
      await openDialog(el);
      const seen: string[] = [];
      el.addEventListener('cancel', (event) =>
        seen.push(`cancel:${(event as CustomEvent<{ reason: string }>).detail.reason}`),
      );
      el.addEventListener('close', () => seen.push('close'));
      closeButton(el)!.click();
      expect(seen).to.deep.equal(['cancel:close-button', 'close']);
      expect(el.open).to.equal(false);
    });
  });

  describe('keyboard', () => {
    const withForm = () =>
      fixture<HTMLDivElement>(
        html`<div>
          <button id="opener">Ouvrir</button>
          <qc-dialog id="dlg"
            ><h2 slot="heading">Modifier l’adresse</h2>
            <form method="dialog" id="f">
              <label>Rue <input id="rue" name="rue" /></label>
              <label>Ville <input id="ville" name="ville" /></label>
            </form>
            <div slot="footer">
              <qc-button id="save" type="submit" form="f" value="save">Enregistrer</qc-button
              ><button id="cancel" type="button">Annuler</button>
            </div></qc-dialog
          >
        </div>`,
      );

    it('opening puts focus on the first field of the content [wcag:2.4.3]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      root.querySelector<HTMLButtonElement>('#opener')!.focus();
      await openDialog(el);
      expect(focused()).to.equal('rue');
    });

    it('Tab moves through content, footer and close button, and wraps inside [wcag:2.1.1,2.1.2,2.4.3]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      await openDialog(el);
      const order: string[] = [focused()];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(focused());
      }
      expect(order).to.deep.equal(['rue', 'ville', 'save', 'cancel', 'close-button', 'rue']);
    });

    it('Shift+Tab moves backwards and wraps inside [wcag:2.1.1,2.1.2,2.4.3]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      await openDialog(el);
      const order: string[] = [focused()];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Shift+Tab' });
        order.push(focused());
      }
      expect(order).to.deep.equal(['rue', 'close-button', 'cancel', 'save', 'ville', 'rue']);
    });

    it('Escape closes it (cancel, then close) and focus returns to the opener [wcag:2.1.1,2.1.2,2.4.3]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      root.querySelector<HTMLButtonElement>('#opener')!.focus();
      await openDialog(el);
      const seen: string[] = [];
      el.addEventListener('cancel', (event) =>
        seen.push(`cancel:${(event as CustomEvent<{ reason: string }>).detail.reason}`),
      );
      el.addEventListener('close', () => seen.push('close'));
      await sendKeys({ press: 'Escape' });
      await frame();
      expect(el.open).to.equal(false);
      expect(seen).to.deep.equal(['cancel:escape', 'close']);
      expect(focused()).to.equal('opener');
    });

    it('Escape whose cancel is prevented keeps it open, every time [wcag:2.1.1]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      await openDialog(el);
      let cancels = 0;
      el.addEventListener('cancel', (event) => {
        cancels++;
        event.preventDefault();
      });
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await frame();
      expect(cancels).to.equal(2);
      expect(el.open).to.equal(true);
      expect(inner(el).matches(':modal')).to.equal(true);
    });

    it('Escape closes a popup open inside the dialog first, then the dialog [wcag:2.1.1,2.1.2]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      await openDialog(el);
      const dismissed: string[] = [];
      const popup: Layer = {
        inside: () => [root.querySelector('#rue')!],
        dismiss: (reason) => {
          dismissed.push(reason);
          closeLayer(popup);
        },
      };
      openLayer(popup);
      await sendKeys({ press: 'Escape' });
      await frame();
      expect(dismissed).to.deep.equal(['escape']);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await frame();
      expect(el.open).to.equal(false);
    });

    it('Enter on the close button closes it [wcag:2.1.1]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      await openDialog(el);
      closeButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await frame();
      expect(el.open).to.equal(false);
    });

    it('Enter on a footer submit button closes it with its value; FormData has what was typed [wcag:2.1.1]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      const form = root.querySelector('form')!;
      await openDialog(el);
      await sendKeys({ type: 'Sherbrooke' });
      let data: string[] = [];
      form.addEventListener('submit', () => {
        data = [...new FormData(form).values()].map(String);
      });
      const closed = oneEvent(el, 'close');
      root.querySelector<HTMLElement>('#save')!.focus();
      await sendKeys({ press: 'Enter' });
      await closed;
      expect(el.returnValue).to.equal('save');
      expect(data).to.deep.equal(['Sherbrooke', '']);
      expect(root.querySelector<HTMLInputElement>('#rue')!.value).to.equal('Sherbrooke');
    });

    it('Enter in a field submits the form method="dialog" and closes it [wcag:2.1.1]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      await openDialog(el);
      const closed = oneEvent(el, 'close');
      await sendKeys({ press: 'Enter' });
      await closed;
      expect(el.open).to.equal(false);
      expect(el.returnValue).to.equal('save');
    });

    it('typed values are kept after Escape, and shown again on reopening [wcag:2.1.1]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      await openDialog(el);
      await sendKeys({ type: '123 rue Principale' });
      await sendKeys({ press: 'Escape' });
      await frame();
      expect(el.open).to.equal(false);
      await openDialog(el);
      expect(root.querySelector<HTMLInputElement>('#rue')!.value).to.equal('123 rue Principale');
    });

    it('a required field left empty blocks the submission: the dialog stays open with what was typed [wcag:1.3.1,3.3.2]', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      root.querySelector<HTMLInputElement>('#ville')!.required = true;
      await openDialog(el);
      await sendKeys({ type: '12 rue des Érables' });
      root.querySelector<HTMLElement>('#save')!.click();
      await frame();
      expect(el.open).to.equal(true);
      expect(root.querySelector<HTMLInputElement>('#rue')!.value).to.equal('12 rue des Érables');
    });

    it('a submission a listener cancels leaves it open', async () => {
      const root = await withForm();
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      await openDialog(el);
      root.addEventListener('submit', (event) => event.preventDefault());
      root.querySelector<HTMLElement>('#save')!.click();
      await frame();
      expect(el.open).to.equal(true);
    });
  });

  describe('focus', () => {
    it('goes to the [autofocus] element of the content [wcag:2.4.3]', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog
          ><h2 slot="heading">Titre</h2>
          <input id="a" aria-label="A" /><input id="b" aria-label="B"
        /></qc-dialog>`,
      );
      // The property, not the attribute in the template: the linter flags autofocus on pages (rightly).
      el.querySelector<HTMLInputElement>('#b')!.autofocus = true;
      await openDialog(el);
      expect(focused()).to.equal('b');
    });

    it('goes to the footer when the content has nothing focusable [wcag:2.4.3]', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog alert
          ><h2 slot="heading">Session</h2>
          <p>Texte</p>
          <div slot="footer"><qc-button id="go" type="button">Continuer</qc-button></div></qc-dialog
        >`,
      );
      await openDialog(el);
      expect(focused()).to.equal('go');
    });

    it('goes to the dialog itself when nothing else can take it', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog alert
          ><h2 slot="heading">Titre</h2>
          <p>Texte</p></qc-dialog
        >`,
      );
      await openDialog(el);
      expect(focused()).to.equal('dialog');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('dialog');
    });

    it('returns to a qc-button that opened it', async () => {
      const root = await fixture(
        html`<div>
          <qc-button id="opener" type="button">Ouvrir</qc-button>
          <qc-dialog
            ><h2 slot="heading">Titre</h2>
            <p>Texte</p></qc-dialog
          >
        </div>`,
      );
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      root.querySelector<HTMLElement>('#opener')!.focus();
      await openDialog(el);
      await sendKeys({ press: 'Escape' });
      await frame();
      expect(focused()).to.equal('opener');
    });

    it('goes to the page’s main when the opener was removed meanwhile', async () => {
      const root = await fixture(
        html`<main id="main">
          <button id="opener">Ouvrir</button>
          <qc-dialog
            ><h2 slot="heading">Titre</h2>
            <p>Texte</p></qc-dialog
          >
        </main>`,
      );
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      root.querySelector<HTMLButtonElement>('#opener')!.focus();
      await openDialog(el);
      root.querySelector('#opener')!.remove();
      el.close();
      expect(focused()).to.equal('main');
      expect(root.getAttribute('tabindex')).to.equal('-1');
      root.querySelector<HTMLElement>('qc-dialog')!.focus();
      (document.activeElement as HTMLElement | null)?.blur();
      expect(root.hasAttribute('tabindex')).to.equal(false);
    });
  });

  describe('scroll lock', () => {
    it('locks the page while open and releases it on close', async () => {
      const el = await fixture<QcDialog>(html`<qc-dialog><h2 slot="heading">Titre</h2></qc-dialog>`);
      const before = getComputedStyle(document.documentElement).overflow;
      await openDialog(el);
      expect(isScrollLocked()).to.equal(true);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      el.close();
      expect(isScrollLocked()).to.equal(false);
      expect(getComputedStyle(document.documentElement).overflow).to.equal(before);
    });

    it('counts nested dialogs: the page stays locked until the last one closes', async () => {
      const root = await fixture(
        html`<div>
          <qc-dialog id="one"
            ><h2 slot="heading">Un</h2>
            <p>Texte</p></qc-dialog
          >
          <qc-dialog id="two"
            ><h2 slot="heading">Deux</h2>
            <p>Texte</p></qc-dialog
          >
        </div>`,
      );
      const [one, two] = [...root.querySelectorAll<QcDialog>('qc-dialog')];
      await openDialog(one!);
      await openDialog(two!);
      await sendKeys({ press: 'Escape' });
      await frame();
      expect([one!.open, two!.open]).to.deep.equal([true, false]);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      one!.close();
      expect(isScrollLocked()).to.equal(false);
      expect(getComputedStyle(document.documentElement).overflow).not.to.equal('hidden');
    });

    it('a dialog opened from the content of another: Tab stays in it, Escape closes it alone [wcag:2.1.1,2.1.2]', async () => {
      const outer = await fixture<QcDialog>(
        html`<qc-dialog id="outer"
          ><h2 slot="heading">Dossier</h2>
          <button id="open-inner" command="show-modal" commandfor="inner">Détails</button>
          <qc-dialog id="inner"
            ><h2 slot="heading">Détails</h2>
            <input id="one" aria-label="Un" /><input id="two" aria-label="Deux" /></qc-dialog
        ></qc-dialog>`,
      );
      const inner = outer.querySelector<QcDialog>('#inner')!;
      await openDialog(outer);
      await sendKeys({ press: 'Enter' });
      await frame();
      expect(inner.open).to.equal(true);
      const order = [focused()];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(focused());
      }
      expect(order).to.deep.equal(['one', 'two', 'close-button', 'one']);
      await sendKeys({ press: 'Escape' });
      await frame();
      expect([outer.open, inner.open]).to.deep.equal([true, false]);
      expect(focused()).to.equal('open-inner');
      expect(isScrollLocked()).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await frame();
      expect([outer.open, isScrollLocked()]).to.deep.equal([false, false]);
    });

    it('puts back the page’s own inline overflow', async () => {
      document.documentElement.style.overflow = 'scroll';
      try {
        const el = await fixture<QcDialog>(html`<qc-dialog><h2 slot="heading">Titre</h2></qc-dialog>`);
        await openDialog(el);
        el.close();
        expect(document.documentElement.style.overflow).to.equal('scroll');
      } finally {
        document.documentElement.style.overflow = '';
      }
    });
  });

  describe('light dismiss', () => {
    /** Real pointer input: the runner serves sendMouse to Playwright (Chromium) only. */
    const REAL_MOUSE = {
      firefox:
        'the runner has no sendMouse for Firefox over BiDi (scripts/engine-commands-plugin.mjs); synthetic pointer events cover the logic',
      webkit:
        'the runner has no sendMouse for WebKitWebDriver (scripts/engine-commands-plugin.mjs); synthetic pointer events cover the logic',
    };
    /** Clicks the page at the top-left corner: on the backdrop of an open modal dialog. */
    const clickBackdrop = async () => {
      await sendMouse({ type: 'click', position: [2, 2] });
      await frame();
    };
    /** A press and release at (x, y) as the engine delivers them there: to the <dialog> for its backdrop. */
    const syntheticClick = (el: QcDialog, x: number, y: number) => {
      const init = { bubbles: true, composed: true, clientX: x, clientY: y };
      inner(el).dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
      inner(el).dispatchEvent(new MouseEvent('click', init));
    };
    const cancelReasons = (el: QcDialog) => {
      const reasons: string[] = [];
      el.addEventListener('cancel', (event) => reasons.push((event as CustomEvent<{ reason: string }>).detail.reason));
      return reasons;
    };

    itExcept(
      REAL_MOUSE,
      'a real click on the backdrop closes it with light-dismiss (cancel reason backdrop)',
      async () => {
        const el = await fixture<QcDialog>(html`<qc-dialog light-dismiss><h2 slot="heading">Titre</h2></qc-dialog>`);
        await openDialog(el);
        const reasons = cancelReasons(el);
        await clickBackdrop();
        expect(el.open).to.equal(false);
        expect(reasons).to.deep.equal(['backdrop']);
      },
    );

    itExcept(
      REAL_MOUSE,
      'a real click on the backdrop does nothing without light-dismiss, nor on an alert',
      async () => {
        for (const template of [
          html`<qc-dialog><h2 slot="heading">Titre</h2></qc-dialog>`,
          html`<qc-dialog alert light-dismiss><h2 slot="heading">Titre</h2></qc-dialog>`,
        ]) {
          const el = await fixture<QcDialog>(template);
          await openDialog(el);
          await clickBackdrop();
          expect(el.open).to.equal(true);
          el.close();
        }
      },
    );

    itExcept(REAL_MOUSE, 'a real click inside the dialog does not close it', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog light-dismiss
          ><h2 slot="heading">Titre</h2>
          <p>Texte</p></qc-dialog
        >`,
      );
      await openDialog(el);
      const box = inner(el).getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 4), Math.round(box.top + 4)] });
      await frame();
      expect(el.open).to.equal(true);
    });

    it('a press and release on the backdrop close it with light-dismiss, not without, nor on an alert', async () => {
      const el = await fixture<QcDialog>(html`<qc-dialog><h2 slot="heading">Titre</h2></qc-dialog>`);
      await openDialog(el);
      const reasons = cancelReasons(el);
      syntheticClick(el, 1, 1);
      expect(el.open).to.equal(true);
      el.alert = el.lightDismiss = true;
      await el.updateComplete;
      syntheticClick(el, 1, 1);
      expect(el.open).to.equal(true);
      el.alert = false;
      await el.updateComplete;
      syntheticClick(el, 1, 1);
      expect(el.open).to.equal(false);
      expect(reasons).to.deep.equal(['backdrop']);
    });

    it('a press inside released on the backdrop (a text selection) does not close it', async () => {
      const el = await fixture<QcDialog>(html`<qc-dialog light-dismiss><h2 slot="heading">Titre</h2></qc-dialog>`);
      await openDialog(el);
      const box = inner(el).getBoundingClientRect();
      inner(el).dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: box.left + 4, clientY: box.top + 4 }),
      );
      inner(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
      expect(el.open).to.equal(true);
    });
  });

  describe('invoker commands', () => {
    it('a native <button command="show-modal" commandfor> opens it, command="close" closes it', async () => {
      const root = await fixture(
        html`<div>
          <button id="opener" command="show-modal" commandfor="dlg-cmd">Modifier</button>
          <qc-dialog id="dlg-cmd"
            ><h2 slot="heading">Titre</h2>
            <button id="ok" command="close" commandfor="dlg-cmd" value="ok">OK</button></qc-dialog
          >
        </div>`,
      );
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      const opener = root.querySelector<HTMLButtonElement>('#opener')!;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await frame();
      expect(el.open).to.equal(true);
      expect(focused()).to.equal('ok');
      await sendKeys({ press: 'Enter' });
      await frame();
      expect(el.open).to.equal(false);
      expect(el.returnValue).to.equal('ok');
      expect(focused()).to.equal('opener');
    });

    it('command="request-close" fires a cancelable cancel', async () => {
      const root = await fixture(
        html`<div>
          <qc-dialog id="dlg-rc" open
            ><h2 slot="heading">Titre</h2>
            <button command="request-close" commandfor="dlg-rc" value="non">Non</button></qc-dialog
          >
        </div>`,
      );
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      let prevent = true;
      el.addEventListener('cancel', (event) => {
        if (prevent) event.preventDefault();
      });
      const button = root.querySelector<HTMLButtonElement>('button')!;
      button.click();
      await frame();
      expect(el.open).to.equal(true);
      prevent = false;
      button.click();
      await frame();
      expect(el.open).to.equal(false);
      expect(el.returnValue).to.equal('non');
    });

    it('a qc-button with command and commandfor opens it, and focus returns to it [wcag:2.4.3]', async () => {
      const root = await fixture(
        html`<form>
          <qc-button id="opener" command="show-modal" commandfor="dlg-qc">Modifier</qc-button>
          <qc-dialog id="dlg-qc"
            ><h2 slot="heading">Titre</h2>
            <p>Texte</p></qc-dialog
          >
        </form>`,
      );
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      let submitted = false;
      root.addEventListener('submit', (event) => {
        submitted = true;
        event.preventDefault();
      });
      root.querySelector<HTMLElement>('#opener')!.focus();
      await sendKeys({ press: 'Enter' });
      await frame();
      expect(el.open).to.equal(true);
      expect(submitted).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await frame();
      expect(focused()).to.equal('opener');
    });

    it('ignores other commands', async () => {
      const root = await fixture(
        html`<div>
          <button command="toggle-popover" commandfor="dlg-x">Basculer</button>
          <button command="--autre" commandfor="dlg-x">Autre</button>
          <qc-dialog id="dlg-x"><h2 slot="heading">Titre</h2></qc-dialog>
        </div>`,
      );
      for (const button of root.querySelectorAll('button')) button.click();
      await frame();
      expect(root.querySelector<QcDialog>('qc-dialog')!.open).to.equal(false);
    });
  });

  describe('removal', () => {
    it('removed while open: the page scrolls again and focus returns to the opener [wcag:2.4.3]', async () => {
      const root = await fixture(
        html`<div>
          <button id="opener">Ouvrir</button>
          <qc-dialog
            ><h2 slot="heading">Titre</h2>
            <input aria-label="Champ"
          /></qc-dialog>
        </div>`,
      );
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      root.querySelector<HTMLButtonElement>('#opener')!.focus();
      await openDialog(el);
      el.remove();
      expect(isScrollLocked()).to.equal(false);
      expect(focused()).to.equal('opener');
      // Put back (a framework moving it), it opens again: its state is in the attribute.
      root.append(el);
      await el.updateComplete;
      expect(inner(el).matches(':modal')).to.equal(true);
      expect(isScrollLocked()).to.equal(true);
    });

    it('keeps its state when a framework re-renders its children', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog
          ><h2 slot="heading">Avant</h2>
          <p>Texte</p></qc-dialog
        >`,
      );
      await openDialog(el);
      const heading = document.createElement('h2');
      heading.slot = 'heading';
      heading.textContent = 'Après';
      el.replaceChildren(heading, Object.assign(document.createElement('p'), { textContent: 'Nouveau' }));
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect((await dialogAx(el)).name).to.equal('Après');
    });
  });

  describe('i18n', () => {
    it('names the close button « Fermer » in French and "Close" in English [wcag:3.1.2,4.1.2]', async () => {
      const root = await fixture(
        html`<div>
          <div lang="fr">
            <qc-dialog open><h2 slot="heading">Titre</h2></qc-dialog>
          </div>
        </div>`,
      );
      const el = root.querySelector<QcDialog>('qc-dialog')!;
      expect(await axElement(closeButton(el)!)).to.deep.equal({ role: 'button', name: fr.dialogClose });
      root.firstElementChild!.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(await axElement(closeButton(el)!)).to.deep.equal({ role: 'button', name: en.dialogClose });
    });

    it('close-label and registerTranslation replace the close button’s name', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog lang="en-CA" open close-label="Fermer la fenêtre"><h2 slot="heading">Titre</h2></qc-dialog>`,
      );
      expect(closeButton(el)!.getAttribute('aria-label')).to.equal('Fermer la fenêtre');
      el.closeLabel = '';
      registerTranslation('en-CA', { dialogClose: 'Close window' });
      try {
        await el.updateComplete;
        expect(closeButton(el)!.getAttribute('aria-label')).to.equal('Close window');
      } finally {
        registerTranslation('en-CA', { dialogClose: en.dialogClose });
      }
    });

    it('the close button is at least 24 × 24 px [wcag:2.5.8]', async () => {
      const el = await fixture<QcDialog>(html`<qc-dialog open><h2 slot="heading">Titre</h2></qc-dialog>`);
      const box = closeButton(el)!.getBoundingClientRect();
      expect(box.width >= 24 && box.height >= 24, `${box.width}×${box.height}`).to.equal(true);
    });
  });

  describe('bad input', () => {
    it('without a heading: named by label, else by a built-in name with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const named = await fixture<QcDialog>(html`<qc-dialog label=${hostile}><p>Texte</p></qc-dialog>`);
        await openDialog(named);
        expect((await dialogAx(named)).name).to.equal(hostile);
        expect(named.shadowRoot!.querySelector('img')).to.equal(null);
        named.close();
        const bare = await fixture<QcDialog>(html`<qc-dialog><p>Texte</p></qc-dialog>`);
        await openDialog(bare);
        expect((await dialogAx(bare)).name).to.equal(fr.dialogLabel);
        bare.close();
        await openDialog(bare);
      });
      expect(warnings.filter((message) => message.includes('no heading'))).to.have.length(1);
      expect((window as Window & { __qcDialogXss?: boolean }).__qcDialogXss).to.equal(undefined);
    });

    it('boolean attributes accept "false"; light-dismiss on an alert warns once', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcDialog>(
          html`<qc-dialog open="false" alert="false"><h2 slot="heading">Titre</h2></qc-dialog>`,
        );
        expect([el.open, el.alert, inner(el).open]).to.deep.equal([false, false, false]);
        const alert = await fixture<QcDialog>(
          html`<qc-dialog alert light-dismiss><h2 slot="heading">T</h2></qc-dialog>`,
        );
        alert.requestUpdate();
        await alert.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('light-dismiss'))).to.have.length(1);
    });

    it('shows hostile heading text as text', async () => {
      const el = await fixture<QcDialog>(html`<qc-dialog open><h2 slot="heading">${hostile}</h2></qc-dialog>`);
      expect((await dialogAx(el)).name).to.equal(hostile);
      expect((window as Window & { __qcDialogXss?: boolean }).__qcDialogXss).to.equal(undefined);
    });

    it('huge content scrolls inside the dialog, which fits the screen; the close button stays visible', async () => {
      const long = Array.from({ length: 200 }, (_, i) => `Paragraphe ${i} ${'mot'.repeat(40)}`);
      const el = await fixture<QcDialog>(
        html`<qc-dialog open
          ><h2 slot="heading">Titre</h2>
          ${long.map((line) => html`<p>${line}</p>`)}</qc-dialog
        >`,
      );
      const box = inner(el).getBoundingClientRect();
      expect(box.bottom <= window.innerHeight && box.right <= window.innerWidth).to.equal(true);
      const close = closeButton(el)!.getBoundingClientRect();
      expect(close.top >= box.top && close.bottom <= box.bottom).to.equal(true);
      // Text only: the scrolling content takes focus (a region named by the heading), so the keyboard scrolls it.
      const body = el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
      expect(deepActiveElement() === body).to.equal(true);
      expect(await axElement(body)).to.deep.equal({ role: 'region', name: 'Titre' });
      await sendKeys({ press: 'PageDown' });
      // Firefox scrolls smoothly: wait for the scroll to start.
      for (let i = 0; i < 20 && body.scrollTop === 0; i++) await frame();
      expect(body.scrollTop).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('reflows at 320 px: the dialog fits the screen and nothing scrolls sideways [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await fixture<QcDialog>(
          html`<qc-dialog open
            ><h2 slot="heading">Un intertitre assez long pour passer à la ligne sur un petit écran</h2>
            <p>
              https://www.quebec.ca/gouvernement/ministeres-et-organismes/services-quebec/centres-de-services
            </p></qc-dialog
          >`,
        );
        const box = inner(el).getBoundingClientRect();
        const body = el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
        expect(box.left >= 0 && box.right <= 320, `${box.left}–${box.right}`).to.equal(true);
        expect(body.scrollWidth <= body.clientWidth).to.equal(true);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('short content is no tab stop of its own [wcag:2.4.3]', async () => {
      const el = await fixture<QcDialog>(
        html`<qc-dialog open
          ><h2 slot="heading">Titre</h2>
          <p>Court</p></qc-dialog
        >`,
      );
      await frame();
      expect(el.shadowRoot!.querySelector('[part="body"]')!.hasAttribute('tabindex')).to.equal(false);
    });

    it('show() on a dialog not in the page yet opens it once it is added', async () => {
      const root = await fixture(html`<div></div>`);
      const el = document.createElement('qc-dialog');
      el.innerHTML = '<h2 slot="heading">Titre</h2>';
      el.show();
      expect(el.open).to.equal(true);
      root.append(el);
      await el.updateComplete;
      expect(inner(el).matches(':modal')).to.equal(true);
    });
  });
});

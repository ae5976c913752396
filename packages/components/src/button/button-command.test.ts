import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../internal/test/warnings.js';
import type { CommandEventLike } from '../internal/invoker.js';
import { QcButton } from './qc-button.js';
// qc-button loads the invoker module on its first command; loaded here, `settle` measures only the delivery.
import '../internal/invoker.js';

/**
 * Lets a click finish its dispatch and the command run: the delivery waits a task, then the invoker
 * module's `import()` (a promise even when the module is loaded), then runs; under load one short
 * timeout was not always enough, so this waits for each step.
 */
const settle = async () => {
  await aTimeout(10);
  await import('../internal/invoker.js');
  await aTimeout(10);
};

describe('qc-button command and commandfor (invoker commands)', () => {
  it('Enter and Space send the command to the target, with the button as source [wcag:2.1.1]', async () => {
    const root = await fixture(
      html`<div>
        <qc-button id="b" command="--ouvrir" commandfor="t">Ouvrir</qc-button>
        <div id="t"></div>
      </div>`,
    );
    const seen: string[] = [];
    root.querySelector('#t')!.addEventListener('command', (event) => {
      const { command, source } = event as CommandEventLike;
      seen.push(`${command}:${source?.id ?? ''}`);
    });
    root.querySelector<QcButton>('#b')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    await sendKeys({ press: 'Space' });
    await settle();
    expect(seen).to.deep.equal(['--ouvrir:b', '--ouvrir:b']);
  });

  it('opens and closes a native <dialog> (show-modal, close with its value)', async () => {
    const root = await fixture(
      html`<div>
        <qc-button id="open" type="button" command="show-modal" commandfor="d">Ouvrir</qc-button>
        <dialog id="d"><qc-button command="close" commandfor="d" value="ok">OK</qc-button></dialog>
      </div>`,
    );
    const dialog = root.querySelector<HTMLDialogElement>('dialog')!;
    root.querySelector<QcButton>('#open')!.click();
    await settle();
    expect(dialog.matches(':modal')).to.equal(true);
    dialog.querySelector<QcButton>('qc-button')!.click();
    await settle();
    expect(dialog.open).to.equal(false);
    expect(dialog.returnValue).to.equal('ok');
  });

  it('toggles a popover', async () => {
    const root = await fixture(
      html`<div>
        <qc-button type="button" command="toggle-popover" commandfor="p">Basculer</qc-button>
        <div id="p" popover>Contenu</div>
      </div>`,
    );
    const button = root.querySelector<QcButton>('qc-button')!;
    button.click();
    await settle();
    expect(root.querySelector('#p')!.matches(':popover-open')).to.equal(true);
    button.click();
    await settle();
    expect(root.querySelector('#p')!.matches(':popover-open')).to.equal(false);
  });

  it('does not submit its form, and a cancelled click or command runs nothing', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input name="q" value="x" />
        <qc-button command="show-modal" commandfor="d">Ouvrir</qc-button>
        <dialog id="d"><p>Texte</p></dialog>
      </form>`,
    );
    let submits = 0;
    form.addEventListener('submit', (event) => {
      submits++;
      event.preventDefault();
    });
    const button = form.querySelector<QcButton>('qc-button')!;
    const dialog = form.querySelector('dialog')!;
    const stopClick = (event: Event) => event.preventDefault();
    form.addEventListener('click', stopClick);
    button.click();
    await settle();
    expect(dialog.open).to.equal(false);
    form.removeEventListener('click', stopClick);
    dialog.addEventListener('command', (event) => event.preventDefault(), { once: true });
    button.click();
    await settle();
    expect(dialog.open).to.equal(false);
    button.click();
    await settle();
    expect(dialog.open).to.equal(true);
    dialog.close();
    expect(submits).to.equal(0);
  });

  it('does nothing while disabled or loading', async () => {
    const root = await fixture(
      html`<div>
        <qc-button disabled command="show-modal" commandfor="d">Ouvrir</qc-button>
        <qc-button loading command="show-modal" commandfor="d">Ouvrir</qc-button>
        <dialog id="d"><p>Texte</p></dialog>
      </div>`,
    );
    for (const button of root.querySelectorAll<QcButton>('qc-button')) button.click();
    await settle();
    expect(root.querySelector('dialog')!.open).to.equal(false);
  });

  it('resolves commandfor in its own shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<qc-button type="button" command="show-modal" commandfor="d">Ouvrir</qc-button><dialog id="d"><p>Texte</p></dialog>';
    const button = shadow.querySelector<QcButton>('qc-button')!;
    await button.updateComplete;
    button.click();
    await settle();
    const dialog = shadow.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    dialog.close();
  });

  it('an unknown commandfor does nothing but warn once', async () => {
    const warnings = await captureWarnings(async () => {
      const button = await fixture<QcButton>(
        html`<qc-button command="show-modal" commandfor="nulle-part">Ouvrir</qc-button>`,
      );
      button.click();
      button.click();
      await settle();
    });
    expect(warnings.filter((message) => message.includes('commandfor="nulle-part"'))).to.have.length(1);
  });
});

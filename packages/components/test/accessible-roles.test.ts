// The role and accessible name of each component's main element, as the browser engine computes them
// for assistive technologies, in every engine: Chromium and Firefox from their accessibility tree,
// WebKit through WebDriver's "Get Computed Role" and "Get Computed Label" (the only part of its
// accessibility tree WebKitWebDriver exposes; ../src/internal/test/ax.ts). Component tests go further
// (states, descriptions, structure) where the engine has a tree to read; the form fields' labels are
// checked in every engine by the shared form-field suite.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/button/qc-button.js';
import '../src/icon/qc-icon.js';
import '../src/notice/qc-notice.js';
import '../src/fieldset/qc-fieldset.js';
import '../src/textfield/qc-textfield.js';
import '../src/toggle-switch/qc-toggle-switch.js';
import '../src/toggle-switch-group/qc-toggle-switch-group.js';
import '../src/choice-group/qc-choice-group.js';
import '../src/error-summary/qc-error-summary.js';
import { axElement } from '../src/internal/test/ax.js';

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

async function mount<T extends HTMLElement>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  for (const node of [el, ...el.querySelectorAll<Updating>('*')]) await (node as Updating).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

/** The element that carries `role` (explicit, or that of its element) under `host`, shadow roots included. */
function carrier(host: Element, selector: string): Element {
  const found =
    (host.matches(selector) ? host : null) ??
    host.querySelector(selector) ??
    host.shadowRoot?.querySelector(selector) ??
    [...host.querySelectorAll('*')].map((el) => el.shadowRoot?.querySelector(selector)).find(Boolean);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>`);
  return found;
}

describe('accessible role and name, in every engine', () => {
  it('qc-button: a button named by its label', async () => {
    const el = await mount(html`<qc-button icon="information">Envoyer la demande</qc-button>`);
    expect(await axElement(carrier(el, 'button'))).to.deep.equal({ role: 'button', name: 'Envoyer la demande' });
  });

  it('qc-button with href: a link named by its label', async () => {
    const el = await mount(html`<qc-button href="/formulaire">Remplir le formulaire</qc-button>`);
    expect(await axElement(carrier(el, 'a'))).to.deep.equal({ role: 'link', name: 'Remplir le formulaire' });
  });

  it('qc-icon with a label: an image named by it', async () => {
    const el = await mount(html`<qc-icon icon="success" label="Succès"></qc-icon>`);
    expect(await axElement(el)).to.deep.equal({ role: 'image', name: 'Succès' });
  });

  it('qc-notice: its title is a heading', async () => {
    const el = await mount(html`<qc-notice type="warning" title="Renouvellement"><p>Texte</p></qc-notice>`);
    expect(await axElement(carrier(el, 'h2'))).to.deep.equal({ role: 'heading', name: 'Renouvellement' });
  });

  it('qc-fieldset: a group named by its legend', async () => {
    const el = await mount(
      html`<qc-fieldset legend="Adresse">
        <qc-textfield label="Rue"><input name="rue" /></qc-textfield>
      </qc-fieldset>`,
    );
    expect(await axElement(carrier(el, 'fieldset, [role="group"]'))).to.deep.equal({ role: 'group', name: 'Adresse' });
  });

  it('qc-toggle-switch-group: a group named by its legend, of switches named by their labels', async () => {
    const el = await mount(
      html`<qc-toggle-switch-group legend="Avis à recevoir">
        <qc-toggle-switch label="Par courriel" name="courriel"></qc-toggle-switch>
      </qc-toggle-switch-group>`,
    );
    expect(await axElement(carrier(el, 'fieldset, [role="group"]'))).to.deep.equal({
      role: 'group',
      name: 'Avis à recevoir',
    });
    expect(await axElement(carrier(el, 'input'))).to.deep.equal({ role: 'switch', name: 'Par courriel' });
  });

  it('qc-choice-group: radios named by their labels', async () => {
    const el = await mount(
      html`<qc-choice-group label="Langue" name="langue">
        <label><input type="radio" value="fr" /> Français</label>
        <label><input type="radio" value="en" /> English</label>
      </qc-choice-group>`,
    );
    const radios = [...el.querySelectorAll('input[type="radio"]')];
    expect(radios).to.have.length(2);
    expect(await Promise.all(radios.map((radio) => axElement(radio)))).to.deep.equal([
      { role: 'radio', name: 'Français' },
      { role: 'radio', name: 'English' },
    ]);
  });

  it('qc-error-summary after a failed submit: a group named by its heading, with links to the fields', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form>
        <qc-error-summary></qc-error-summary>
        <qc-textfield label="Prénom" name="prenom" required></qc-textfield>
      </form>`,
    );
    form.addEventListener('submit', (event) => event.preventDefault());
    form.requestSubmit();
    const summary = form.querySelector<Updating>('qc-error-summary')!;
    await summary.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const group = await axElement(carrier(summary, '[role="group"], section, fieldset'));
    expect(group.role).to.equal('group');
    expect(group.name).to.match(/^Le formulaire contient 1 erreur/);
    const link = await axElement(carrier(summary, 'a[href]'));
    expect(link.role).to.equal('link');
    expect(link.name).to.contain('Prénom');
  });
});

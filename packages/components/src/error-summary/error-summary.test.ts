import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { registerTranslation } from '../internal/localize.js';
import { errorSummaryStrings } from './error-summary.strings.js';
import { QcErrorSummary } from './qc-error-summary.js';
import '../textfield/qc-textfield.js';
import type { QcTextfield } from '../textfield/qc-textfield.js';
import { axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';

const hostile = '<img src=x onerror="window.__qcSummaryXss = true">';

const summaryOf = (root: ParentNode) => root.querySelector<QcErrorSummary>('qc-error-summary')!;
const box = (summary: QcErrorSummary) => summary.shadowRoot!.querySelector<HTMLElement>('[part="base"]');
const headingText = (summary: QcErrorSummary) =>
  summary.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim() ?? '';
const links = (summary: QcErrorSummary) => [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('li a')];
const itemTexts = (summary: QcErrorSummary) =>
  [...summary.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
/**
 * A short, readable name for an element, for assertions: chai prints whole elements on failure,
 * and printing a page's <form> never ends.
 */
function nameOf(element: Element | null | undefined): string {
  if (!element) return String(element);
  const id = element.id ? `#${element.id}` : '';
  const name = element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : '';
  const part = element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '';
  const text = element.localName === 'a' ? `(${element.textContent?.trim()})` : '';
  return `<${element.localName}${id}${name}${part}>${text}`;
}
/** The element focused in the page, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const controlOf = (field: QcTextfield) =>
  field.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
const announcer = () => document.querySelector<HTMLElement>('[data-qc-announcer="polite"]');

/** Renders `template` (a form or a wrapper), records and prevents real submits, waits for upgrades. */
async function setup(template: TemplateResult) {
  const root = await fixture<HTMLElement>(template);
  const form = root instanceof HTMLFormElement ? root : root.querySelector('form')!;
  const submits: Event[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(event);
  });
  const fields = [...root.querySelectorAll<QcTextfield>('qc-textfield')];
  await Promise.all(fields.map((field) => field.updateComplete));
  const summary = summaryOf(root);
  await summary.updateComplete;
  return { root, form, fields, summary, submits };
}

/** A submit attempt as a user's (the browser validates first), then the summary's render. */
async function attemptSubmit(form: HTMLFormElement, summary: QcErrorSummary): Promise<void> {
  form.requestSubmit();
  await aTimeout(0);
  await summary.updateComplete;
}

/** Types into a control as a user would, then waits for the summary to follow. */
async function typeInto(control: HTMLElement, text: string, summary: QcErrorSummary): Promise<void> {
  control.focus();
  await sendKeys({ type: text });
  await aTimeout(0);
  await summary.updateComplete;
}

/** The standard form: three text fields with a plain input between them. */
const identityForm = (summaryAttributes = html``) => html`
  <form>
    ${summaryAttributes}
    <qc-textfield label="Prénom" name="prenom" required></qc-textfield>
    <label for="plain-tel">Téléphone</label>
    <input id="plain-tel" name="tel" required />
    <qc-textfield label="Nom" name="nom" required></qc-textfield>
    <qc-textfield label="Courriel" name="courriel" type="email" value="pas-un-courriel"></qc-textfield>
    <button>Envoyer</button>
  </form>
`;

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('qc-error-summary: before any submit attempt', () => {
  itExcept(
    NEEDS_AX_TREE,
    'shows nothing, takes no space and is absent from the accessibility tree [wcag:4.1.2]',
    async () => {
      const { summary } = await setup(identityForm(html`<qc-error-summary></qc-error-summary>`));
      expect(summary.state).to.equal('hidden');
      expect(box(summary)).to.be.null;
      expect(summary.getBoundingClientRect().height).to.equal(0);
      const snapshot = await axTree();
      expect(findAll(snapshot, (n) => n.role === 'group' || n.role === 'heading')).to.deep.equal([]);
      await expect(summary).to.be.accessible();
    },
  );

  it('does not appear for an error shown when the user leaves a field [wcag:3.3.1]', async () => {
    const { fields, summary } = await setup(identityForm(html`<qc-error-summary></qc-error-summary>`));
    await typeInto(controlOf(fields[0]!), 'a', summary);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await aTimeout(0);
    expect(fields[0]!.querySelector('[data-qc-part="error"]:not([hidden])')).to.exist;
    await summary.updateComplete;
    expect(summary.state).to.equal('hidden');
    expect(box(summary)).to.be.null;
  });
});

describe('qc-error-summary: submit attempt with errors', () => {
  it('blocks the submit, lists every error in document order (plain inputs too) and takes focus [wcag:3.3.1]', async () => {
    const { form, summary, submits } = await setup(identityForm(html`<qc-error-summary></qc-error-summary>`));
    await attemptSubmit(form, summary);
    expect(submits).to.have.length(0);
    expect(summary.state).to.equal('errors');
    expect(headingText(summary)).to.equal('Le formulaire contient 4 erreurs');
    expect(itemTexts(summary)).to.deep.equal([
      'Le champ Prénom est obligatoire.',
      'Le champ Téléphone est obligatoire.',
      'Le champ Nom est obligatoire.',
      'Courriel : Entrez une adresse courriel valide, par exemple nom@exemple.com.',
    ]);
    expect(nameOf(document.activeElement)).to.equal(nameOf(summary));
    expect(nameOf(deepActiveElement())).to.equal(nameOf(box(summary)));
    // The links point at the controls, in the light DOM of the page.
    const targets = links(summary).map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
    expect(targets.map((target) => (target as HTMLInputElement).name)).to.deep.equal([
      'prenom',
      'tel',
      'nom',
      'courriel',
    ]);
  });

  it('cancels the browser’s own bubble for plain controls (their invalid event)', async () => {
    const { form, summary } = await setup(identityForm(html`<qc-error-summary></qc-error-summary>`));
    const plain = form.querySelector<HTMLInputElement>('#plain-tel')!;
    let cancelled: boolean | undefined;
    // Registered last: runs after every other listener of the control.
    form.addEventListener(
      'invalid',
      (event) => {
        if (event.target === plain) plain.addEventListener('invalid', (e) => (cancelled = e.defaultPrevented));
      },
      true,
    );
    await attemptSubmit(form, summary);
    expect(cancelled).to.equal(true);
  });

  itExcept(
    NEEDS_AX_TREE,
    'is announced as a group named by its heading and described by the errors [wcag:1.3.1,3.3.1,4.1.2,4.1.3]',
    async () => {
      const { form, summary } = await setup(identityForm(html`<qc-error-summary></qc-error-summary>`));
      await attemptSubmit(form, summary);
      const snapshot = await axTree();
      const [group] = findAll(snapshot, (n) => n.role === 'group' && n.name.startsWith('Le formulaire'));
      expect(group, 'a group named by the heading').to.exist;
      expect(group!.name).to.equal('Le formulaire contient 4 erreurs');
      expect(group!.description).to.contain('Le champ Prénom est obligatoire.');
      // The label and message are joined by a no-break space and a colon (French typography).
      expect(group!.description).to.contain('Courriel\u00a0: Entrez une adresse courriel valide');
      const [heading] = findAll(group!, (n) => n.role === 'heading');
      expect(heading).to.include({ name: 'Le formulaire contient 4 erreurs', level: 2 });
      expect(findAll(group!, (n) => n.role === 'link').map((n) => n.name)).to.have.length(4);
      await expect(summary).to.be.accessible();
    },
  );

  it('a link moves focus to its field and shows the field’s label [wcag:2.4.3]', async () => {
    await setViewport({ width: 800, height: 400 });
    const { form, fields, summary } = await setup(html`
      <form>
        <qc-error-summary></qc-error-summary>
        <div style="height: 1500px"></div>
        <qc-textfield label="Nom de famille" name="nom" required></qc-textfield>
        <div style="height: 1500px"></div>
      </form>
    `);
    await attemptSubmit(form, summary);
    window.scrollTo(0, 0);
    links(summary)[0]!.click();
    const control = controlOf(fields[0]!);
    expect(nameOf(document.activeElement)).to.equal(nameOf(control));
    await nextFrame();
    const label = fields[0]!.querySelector('label')!;
    const top = label.getBoundingClientRect().top;
    expect(top, 'the label is visible, at the top').to.be.within(-1, 400);
    expect(control.getBoundingClientRect().bottom).to.be.at.most(400);
    expect(location.hash, 'the page URL is not changed').to.equal('');
  });

  it('links work from the keyboard (Tab, Enter) [wcag:2.1.1]', async () => {
    const { form, fields, summary } = await setup(identityForm(html`<qc-error-summary></qc-error-summary>`));
    await attemptSubmit(form, summary);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(nameOf(deepActiveElement())).to.equal(nameOf(links(summary)[1]));
    await sendKeys({ press: 'Enter' });
    expect(nameOf(document.activeElement)).to.equal(nameOf(form.querySelector('#plain-tel')));
    summary.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(nameOf(document.activeElement)).to.equal(nameOf(controlOf(fields[0]!)));
  });

  it('follows the fixes without taking focus, then confirms that all errors are corrected [wcag:3.3.1]', async () => {
    const { form, fields, summary } = await setup(identityForm(html`<qc-error-summary></qc-error-summary>`));
    await attemptSubmit(form, summary);

    await typeInto(controlOf(fields[1]!), 'Tremblay', summary);
    expect(itemTexts(summary)).to.have.length(3);
    expect(itemTexts(summary).join()).not.to.contain('Nom est');
    expect(headingText(summary)).to.equal('Le formulaire contient 3 erreurs');
    expect(nameOf(document.activeElement), 'focus stays in the field').to.equal(nameOf(controlOf(fields[1]!)));

    await typeInto(form.querySelector('#plain-tel')!, '418 555-0199', summary);
    expect(itemTexts(summary)).to.have.length(2);

    await typeInto(controlOf(fields[0]!), 'Marie', summary);
    const email = controlOf(fields[2]!);
    email.select();
    await typeInto(email, 'marie@exemple.ca', summary);
    expect(summary.state).to.equal('corrected');
    expect(headingText(summary)).to.equal('Toutes les erreurs ont été corrigées');
    expect(links(summary)).to.have.length(0);
    expect(nameOf(document.activeElement)).to.equal(nameOf(email));
    await aTimeout(200);
    expect(announcer()?.textContent).to.contain('Toutes les erreurs ont été corrigées');
    await expect(summary).to.be.accessible();
  });

  it('hides on a valid submit and on reset', async () => {
    const { form, fields, summary, submits } = await setup(html`
      <form>
        <qc-error-summary></qc-error-summary>
        <qc-textfield label="Nom" name="nom" required></qc-textfield>
      </form>
    `);
    await attemptSubmit(form, summary);
    expect(summary.state).to.equal('errors');
    form.reset();
    await aTimeout(10);
    await summary.updateComplete;
    expect(summary.state).to.equal('hidden');
    expect(box(summary)).to.be.null;

    await attemptSubmit(form, summary);
    expect(summary.state).to.equal('errors');
    await typeInto(controlOf(fields[0]!), 'Tremblay', summary);
    await attemptSubmit(form, summary);
    expect(submits).to.have.length(1);
    expect(summary.state).to.equal('hidden');
  });

  it('appears again, with focus, on a new failed attempt after the errors were corrected [wcag:3.3.1]', async () => {
    const { form, fields, summary } = await setup(html`
      <form>
        <qc-error-summary></qc-error-summary>
        <qc-textfield label="Nom" name="nom" required></qc-textfield>
        <button>Envoyer</button>
      </form>
    `);
    await attemptSubmit(form, summary);
    await typeInto(controlOf(fields[0]!), 'T', summary);
    expect(summary.state).to.equal('corrected');
    await sendKeys({ press: 'Backspace' });
    form.querySelector('button')!.focus();
    await attemptSubmit(form, summary);
    expect(summary.state).to.equal('errors');
    expect(itemTexts(summary)).to.deep.equal(['Le champ Nom est obligatoire.']);
    expect(nameOf(deepActiveElement())).to.equal(nameOf(box(summary)));
  });

  it('is focused again by a second failed attempt even while it has focus', async () => {
    const { form, summary } = await setup(identityForm(html`<qc-error-summary></qc-error-summary>`));
    await attemptSubmit(form, summary);
    let focused = 0;
    box(summary)!.addEventListener('focus', () => focused++);
    await attemptSubmit(form, summary);
    expect(focused).to.equal(1);
    expect(nameOf(deepActiveElement())).to.equal(nameOf(box(summary)));
  });

  it('lists a plain radio group once and a form of plain controls only', async () => {
    const { form, summary } = await setup(html`
      <form>
        <qc-error-summary></qc-error-summary>
        <fieldset>
          <legend>Type de permis</legend>
          <label><input type="radio" name="type" value="a" required /> Apprenti</label>
          <label><input type="radio" name="type" value="b" /> Probatoire</label>
        </fieldset>
      </form>
    `);
    await attemptSubmit(form, summary);
    expect(itemTexts(summary)).to.deep.equal(['Sélectionnez une réponse pour Type de permis.']);
    expect(nameOf(deepActiveElement())).to.equal(nameOf(box(summary)));
    form.querySelector<HTMLInputElement>('input[value="b"]')!.click();
    await aTimeout(0);
    await summary.updateComplete;
    expect(summary.state).to.equal('corrected');
  });

  it('leaves focus to the first summary when a form has two', async () => {
    const { form, root } = await setup(html`
      <div>
        <qc-error-summary id="second" for="f2"></qc-error-summary>
        <form id="f2">
          <qc-error-summary id="first"></qc-error-summary>
          <qc-textfield label="Nom" name="nom" required></qc-textfield>
        </form>
      </div>
    `);
    const [outer, inner] = [
      root.querySelector<QcErrorSummary>('#second')!,
      root.querySelector<QcErrorSummary>('#first')!,
    ];
    await attemptSubmit(form, inner);
    await outer.updateComplete;
    expect(outer.state).to.equal('errors');
    expect(inner.state).to.equal('errors');
    // Exactly one of them has focus.
    expect([outer, inner].filter((s) => document.activeElement === s)).to.have.length(1);
  });
});

describe('qc-error-summary: server-rendered errors', () => {
  it('lists them at load and takes focus', async () => {
    const { summary } = await setup(html`
      <form>
        <qc-error-summary></qc-error-summary>
        <qc-textfield label="Prénom" name="prenom" value="Marie"></qc-textfield>
        <qc-textfield
          label="Numéro de permis"
          name="permis"
          value="X"
          invalid
          invalid-text="Ce numéro de permis n’existe pas."
        ></qc-textfield>
      </form>
    `);
    await aTimeout(0);
    await summary.updateComplete;
    expect(summary.state).to.equal('errors');
    expect(itemTexts(summary)).to.deep.equal(['Ce numéro de permis n’existe pas.']);
    expect(headingText(summary)).to.equal('Le formulaire contient 1 erreur');
    expect(nameOf(deepActiveElement())).to.equal(nameOf(box(summary)));
    await expect(summary).to.be.accessible();
  });

  it('lists them when the fields are defined after the summary', async () => {
    const tag = 'qc-late-field';
    const root = await fixture<HTMLElement>(html`
      <form>
        <qc-error-summary></qc-error-summary>
        <qc-late-field
          label="Code postal"
          name="cp"
          invalid
          invalid-text="Ce code postal n’existe pas."
        ></qc-late-field>
      </form>
    `);
    const summary = summaryOf(root);
    await summary.updateComplete;
    expect(summary.state).to.equal('hidden');
    // The field's definition arrives later (e.g. a separately loaded module).
    const { QcTextfield } = await import('../textfield/textfield.js');
    customElements.define(tag, class extends QcTextfield {});
    await aTimeout(0);
    await summary.updateComplete;
    expect(itemTexts(summary)).to.deep.equal(['Ce code postal n’existe pas.']);
  });

  it('with no-autofocus, lists them but leaves focus alone', async () => {
    const { summary } = await setup(html`
      <form>
        <qc-error-summary no-autofocus></qc-error-summary>
        <qc-textfield
          label="Nom"
          name="nom"
          invalid
          invalid-text="Aucune personne de ce nom au registre."
        ></qc-textfield>
      </form>
    `);
    await aTimeout(0);
    await summary.updateComplete;
    expect(itemTexts(summary)).to.deep.equal(['Aucune personne de ce nom au registre.']);
    expect(nameOf(document.activeElement)).not.to.equal(nameOf(summary));
  });

  it('no-autofocus="false" is the default (focus taken)', async () => {
    const { summary } = await setup(html`
      <form>
        <qc-error-summary no-autofocus="false"></qc-error-summary>
        <qc-textfield label="Nom" name="nom" invalid invalid-text="Nom inconnu."></qc-textfield>
      </form>
    `);
    await aTimeout(0);
    expect(summary.noAutofocus).to.equal(false);
    expect(nameOf(document.activeElement)).to.equal(nameOf(summary));
  });

  it('the server’s error goes away when the user edits the field [wcag:3.3.1]', async () => {
    const { fields, summary } = await setup(html`
      <form>
        <qc-error-summary no-autofocus></qc-error-summary>
        <qc-textfield label="Nom" name="nom" value="X" invalid invalid-text="Nom inconnu."></qc-textfield>
        <qc-textfield
          label="Ville"
          name="ville"
          value="Y"
          invalid
          invalid-text="Cette municipalité est introuvable."
        ></qc-textfield>
      </form>
    `);
    await aTimeout(0);
    await summary.updateComplete;
    expect(itemTexts(summary)).to.have.length(2);
    await typeInto(controlOf(fields[0]!), 'Z', summary);
    expect(itemTexts(summary)).to.deep.equal(['Cette municipalité est introuvable.']);
  });

  it('lists errors an app sets in answer to a submit, with focus [wcag:3.3.1]', async () => {
    const { form, fields, summary } = await setup(html`
      <form>
        <qc-error-summary></qc-error-summary>
        <qc-textfield label="Courriel" name="courriel" type="email" value="marie@exemple.ca"></qc-textfield>
        <button>Envoyer</button>
      </form>
    `);
    await aTimeout(0);
    form.querySelector('button')!.focus();
    await attemptSubmit(form, summary);
    expect(summary.state).to.equal('hidden');
    // The app's request comes back with an error for the field.
    await aTimeout(20);
    fields[0]!.invalidText = 'Ce courriel est déjà associé à un compte.';
    fields[0]!.invalid = true;
    await aTimeout(0);
    await summary.updateComplete;
    expect(itemTexts(summary)).to.deep.equal(['Ce courriel est déjà associé à un compte.']);
    expect(nameOf(deepActiveElement())).to.equal(nameOf(box(summary)));
  });
});

describe('qc-error-summary: showErrors()', () => {
  it('lists the errors an app set itself and focuses the summary (or not) [wcag:3.3.1]', async () => {
    const { fields, summary } = await setup(html`
      <form>
        <qc-error-summary></qc-error-summary>
        <qc-textfield label="Nom" name="nom" value="Tremblay"></qc-textfield>
        <qc-textfield label="Ville" name="ville" value="Québec"></qc-textfield>
      </form>
    `);
    await summary.showErrors();
    expect(summary.state, 'nothing to show').to.equal('hidden');
    // The user has been filling the form: the app's errors do not show the summary by themselves.
    controlOf(fields[0]!).focus();
    fields[1]!.invalidText = 'Aucune municipalité de ce nom.';
    fields[1]!.invalid = true;
    await aTimeout(0);
    expect(summary.state).to.equal('hidden');
    await summary.showErrors({ focus: false });
    expect(itemTexts(summary)).to.deep.equal(['Aucune municipalité de ce nom.']);
    expect(nameOf(document.activeElement)).to.equal(nameOf(controlOf(fields[0]!)));
    await summary.showErrors();
    expect(nameOf(deepActiveElement())).to.equal(nameOf(box(summary)));
  });
});

describe('qc-error-summary: for=', () => {
  it('reports on the form it names, from outside it', async () => {
    const { form, summary } = await setup(html`
      <div>
        <qc-error-summary for="demande"></qc-error-summary>
        <form id="demande">
          <qc-textfield label="Nom" name="nom" required></qc-textfield>
        </form>
      </div>
    `);
    expect(nameOf(summary.formElement)).to.equal(nameOf(form));
    await attemptSubmit(form, summary);
    expect(itemTexts(summary)).to.deep.equal(['Le champ Nom est obligatoire.']);
    expect(nameOf(document.activeElement)).to.equal(nameOf(summary));
  });

  it('finds a form rendered after it, and follows a change of for', async () => {
    const root = await fixture<HTMLElement>(html`<div><qc-error-summary for="later"></qc-error-summary></div>`);
    const summary = summaryOf(root);
    expect(nameOf(summary.formElement)).to.equal('null');
    const form = document.createElement('form');
    form.id = 'later';
    root.append(form);
    await aTimeout(0);
    expect(nameOf(summary.formElement)).to.equal(nameOf(form));
    const other = document.createElement('form');
    other.id = 'other';
    root.append(other);
    summary.htmlFor = 'other';
    await summary.updateComplete;
    expect(nameOf(summary.formElement)).to.equal(nameOf(other));
  });
});

describe('qc-error-summary: languages', () => {
  it('speaks English under lang="en" [wcag:3.1.2]', async () => {
    const { form, summary } = await setup(html`
      <div lang="en">${identityForm(html`<qc-error-summary></qc-error-summary>`)}</div>
    `);
    form.querySelector('label[for="plain-tel"]')!.textContent = 'Phone';
    await attemptSubmit(form, summary);
    expect(headingText(summary)).to.equal('The form contains 4 errors');
    // The fields' messages are theirs (in their language); the plain control's is the summary's.
    expect(itemTexts(summary)[1]).to.equal('The Phone field is required.');
    expect(itemTexts(summary)[3]).to.equal('Courriel: Enter a valid email address, like name@example.com.');
    await expect(summary).to.be.accessible();
  });

  it('uses French for fr-CA, singular for one error, and English for one error [wcag:3.1.2,3.3.1]', async () => {
    const { form, summary } = await setup(html`
      <form lang="fr-CA">
        <qc-error-summary></qc-error-summary>
        <qc-textfield label="Nom" name="nom" required></qc-textfield>
      </form>
    `);
    await attemptSubmit(form, summary);
    expect(headingText(summary)).to.equal('Le formulaire contient 1 erreur');
    form.lang = 'en-CA';
    await aTimeout(0);
    await summary.updateComplete;
    expect(headingText(summary)).to.equal('The form contains 1 error');
  });

  it('says that all errors are corrected in English [wcag:3.1.2,3.3.1]', async () => {
    const { form, fields, summary } = await setup(html`
      <form lang="en">
        <qc-error-summary></qc-error-summary>
        <qc-textfield label="Name" name="name" required></qc-textfield>
      </form>
    `);
    await attemptSubmit(form, summary);
    await typeInto(controlOf(fields[0]!), 'Smith', summary);
    expect(headingText(summary)).to.equal('All errors have been corrected');
    expect(summary.shadowRoot!.textContent).to.contain('You can now submit the form.');
  });

  it('takes its heading from heading / corrected-heading and from registerTranslation [wcag:1.3.1]', async () => {
    const { form, fields, summary } = await setup(html`
      <form>
        <qc-error-summary
          heading="Votre demande n’a pas été envoyée"
          corrected-heading="C’est réglé"
        ></qc-error-summary>
        <qc-textfield label="Nom" name="nom" required></qc-textfield>
      </form>
    `);
    await attemptSubmit(form, summary);
    expect(headingText(summary)).to.equal('Votre demande n’a pas été envoyée');
    await typeInto(controlOf(fields[0]!), 'T', summary);
    expect(headingText(summary)).to.equal('C’est réglé');

    registerTranslation('fr', { errorSummaryHeading: (n: string) => `Il y a ${n} problème(s)` });
    try {
      const other = await setup(
        html`<form>
          <qc-error-summary></qc-error-summary>
          <qc-textfield label="Nom" name="nom" required></qc-textfield>
        </form>`,
      );
      await attemptSubmit(other.form, other.summary);
      expect(headingText(other.summary)).to.equal('Il y a 1 problème(s)');
    } finally {
      registerTranslation('fr', {
        errorSummaryHeading: errorSummaryStrings.fr.errorSummaryHeading,
      });
    }
  });
});

describe('qc-error-summary: description slot and heading level', () => {
  itExcept(
    NEEDS_AX_TREE,
    'shows the slotted description with the errors and adds it to the description [wcag:3.3.1]',
    async () => {
      const { form, summary } = await setup(html`
        <form>
          <qc-error-summary header="h3"><p>Corrigez les champs suivants.</p></qc-error-summary>
          <qc-textfield label="Nom" name="nom" required></qc-textfield>
        </form>
      `);
      const paragraph = summary.querySelector('p')!;
      expect(paragraph.getBoundingClientRect().height, 'not shown before errors').to.equal(0);
      await attemptSubmit(form, summary);
      expect(paragraph.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(summary.shadowRoot!.querySelector('h3')).to.exist;
      const [group] = findAll(await axTree(), (n) => n.role === 'group');
      expect(group!.description).to.match(/^Corrigez les champs suivants\. .*Le champ Nom est obligatoire\./);
    },
  );
});

describe('qc-error-summary: bad input', () => {
  it('an invalid header falls back to h2 with one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const { form, summary } = await setup(html`
        <form>
          <qc-error-summary header="h9"></qc-error-summary>
          <qc-textfield label="Nom" name="nom" required></qc-textfield>
        </form>
      `);
      await attemptSubmit(form, summary);
      summary.requestUpdate();
      await summary.updateComplete;
      expect(summary.shadowRoot!.querySelector('h2')).to.exist;
    });
    expect(warnings.filter((w) => w.includes('header'))).to.have.length(1);
  });

  it('shows hostile messages, labels and headings as text', async () => {
    const { form, summary } = await setup(html`
      <form>
        <qc-error-summary heading=${hostile}></qc-error-summary>
        <qc-textfield label=${hostile} name="a" value="x" invalid invalid-text=${hostile}></qc-textfield>
        <label for="plain">${hostile}</label>
        <input id="plain" name="plain" required />
      </form>
    `);
    await attemptSubmit(form, summary);
    expect(headingText(summary)).to.equal(hostile);
    expect(itemTexts(summary)[0]).to.equal(hostile);
    expect(itemTexts(summary)[1]).to.equal(`Le champ ${hostile} est obligatoire.`);
    expect(summary.shadowRoot!.querySelector('img')).to.be.null;
    await aTimeout(20);
    expect((window as { __qcSummaryXss?: boolean }).__qcSummaryXss).to.be.undefined;
  });

  it('keeps huge messages inside the box, at 320 px [wcag:1.4.10]', async () => {
    await setViewport({ width: 320, height: 640 });
    const long = 'Trèslongmotsansespace'.repeat(40);
    const { summary } = await setup(html`
      <form>
        <qc-error-summary></qc-error-summary>
        <qc-textfield label="Nom" name="nom" value="x" invalid invalid-text=${long}></qc-textfield>
      </form>
    `);
    await aTimeout(0);
    await summary.updateComplete;
    const link = links(summary)[0]!;
    expect(link.getBoundingClientRect().right).to.be.at.most(box(summary)!.getBoundingClientRect().right);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('lists a hundred errors [wcag:3.3.1]', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `champ${i}`);
    const { form, summary } = await setup(html`
      <form>
        <qc-error-summary no-autofocus></qc-error-summary>
        ${names.map((name) => html`<qc-textfield label=${name} name=${name} required></qc-textfield>`)}
      </form>
    `);
    await attemptSubmit(form, summary);
    expect(links(summary)).to.have.length(100);
    expect(headingText(summary)).to.equal('Le formulaire contient 100 erreurs');
  });

  it('warns once when there is no form, or for names something else', async () => {
    const warnings = await captureWarnings(async () => {
      const lone = await fixture<QcErrorSummary>(html`<qc-error-summary></qc-error-summary>`);
      await fixture(
        html`<div>
          <div id="not-a-form"></div>
          <qc-error-summary for="not-a-form"></qc-error-summary>
        </div>`,
      );
      // The summary gives a framework a moment to render the form before warning.
      await aTimeout(1100);
      expect(lone.state).to.equal('hidden');
    });
    expect(warnings.filter((w) => w.includes('not inside a <form>'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('not-a-form'))).to.have.length(1);
  });

  it('does nothing for a form with novalidate', async () => {
    const { form, summary, submits } = await setup(html`
      <form novalidate>
        <qc-error-summary></qc-error-summary>
        <qc-textfield label="Nom" name="nom" required></qc-textfield>
        <input name="plain" required />
      </form>
    `);
    await attemptSubmit(form, summary);
    expect(submits).to.have.length(1);
    expect(summary.state).to.equal('hidden');
  });

  it('stops listening when removed', async () => {
    const { form, summary } = await setup(identityForm(html`<qc-error-summary></qc-error-summary>`));
    summary.remove();
    form.requestSubmit();
    await aTimeout(0);
    expect(summary.state).to.equal('hidden');
    // Without a summary, focus goes to the first field in error (the coordinator's fallback).
    expect(nameOf(document.activeElement)).to.equal(nameOf(form.querySelector('input[name="prenom"]')));
  });
});

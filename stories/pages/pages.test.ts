// The two example pages work for real: an empty submit is blocked and summarized (links lead to the
// fields), a complete one shows the confirmation notice and starts over. Filled as a user would,
// through the native controls and their events, in French and in English.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { QcErrorSummary } from '../../packages/components/src/error-summary/qc-error-summary.js';
import * as demande from './demande-en-ligne.stories.js';
import * as consultation from './consultation-publique.stories.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const renderStory = (story: { render?: unknown }) => (story.render as () => TemplateResult)();

/** Settles custom elements: upgrades, Lit updates, the coordinator's microtasks. */
async function settle(root: Element): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    const updating = [...root.querySelectorAll('*')].filter(
      (el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el,
    );
    await Promise.all(updating.map((el) => el.updateComplete));
    await aTimeout(0);
  }
}

function set(root: Element, selector: string, value: string): void {
  const control = root.querySelector<Control>(selector);
  if (!control) throw new Error(`no control ${selector}`);
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  control.blur();
}

function check(root: Element, selector: string): void {
  const control = root.querySelector<HTMLInputElement>(selector);
  if (!control) throw new Error(`no control ${selector}`);
  if (!control.checked) control.click();
}

function chooseFile(root: Element, name: string, file: File): void {
  const input = root.querySelector<HTMLInputElement>(`input[type="file"][name="${name}"]`);
  if (!input) throw new Error(`no file input ${name}`);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types a date in the three parts (year, month, day) of a qc-date-field. */
function setDate(root: Element, selector: string, [year, month, day]: [string, string, string]): void {
  const parts = [...root.querySelectorAll<HTMLInputElement>(`${selector} input:not([type="hidden"])`)];
  expect(parts, 'the date field has three parts').to.have.length(3);
  [year, month, day].forEach((value, index) => {
    const part = parts[index]!;
    part.value = value;
    part.dispatchEvent(new Event('input', { bubbles: true }));
    part.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const summaryItems = (summary: QcErrorSummary) =>
  [...summary.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** The element focused in the page, through shadow roots, as a short name (chai prints whole forms forever). */
function focused(): string {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active
    ? `${active.localName}${active.getAttribute('part') ? `[part=${active.getAttribute('part')}]` : ''}`
    : '';
}

async function mount(template: TemplateResult) {
  const root = await fixture<HTMLElement>(html`<div class="qc-ds">${template}</div>`);
  await settle(root);
  const form = root.querySelector('form')!;
  const summary = root.querySelector<QcErrorSummary>('qc-error-summary')!;
  const submit = () => form.querySelector<HTMLElement>('qc-button[type="submit"]')!.click();
  return { root, form, summary, submit };
}

describe('page « Demande en ligne »', () => {
  for (const [lang, story, sent, firstError] of [
    ['fr', demande.Francais, 'Votre demande a été envoyée', 'Le champ Prénom est obligatoire.'],
    ['en', demande.English, 'Your application has been sent', 'The First name field is required.'],
  ] as const) {
    it(`${lang}: an empty submit is blocked and summarized; a complete one is confirmed [wcag:3.1.2]`, async () => {
      const { root, form, summary, submit } = await mount(renderStory(story));
      let sentEvents = 0;
      form.addEventListener('submit', () => sentEvents++);

      submit();
      await settle(root);
      expect(sentEvents).to.equal(0);
      expect(summary.state).to.equal('errors');
      const items = summaryItems(summary);
      expect(items[0]).to.equal(firstError);
      // Identity, birth date, address (5 required), permit type, identification, attestation.
      expect(items.length).to.equal(12);
      expect(focused()).to.equal('div[part=base]');
      await expect(summary).to.be.accessible();

      // A link leads to its field.
      summary.shadowRoot!.querySelectorAll('a')[1]!.click();
      expect(focused()).to.equal('input');
      expect((document.activeElement as HTMLInputElement).name).to.equal('nom');

      set(root, 'input[name="prenom"]', 'Léa');
      set(root, 'input[name="nom"]', 'Tremblay');
      set(root, 'input[name="courriel"]', 'lea.tremblay@exemple.com');
      setDate(root, 'qc-date-field', ['1990', '04', '12']);
      set(root, 'input[name="numero"]', '1037');
      set(root, 'input[name="rue"]', 'rue de la Chevrotière');
      set(root, 'input[name="ville"]', 'Québec');
      set(root, 'select[name="province"]', 'QC');
      set(root, 'input[name="code-postal"]', 'G1R 4S9');
      check(root, 'input[name="type-permis"][value="annuel"]');
      check(root, 'input[name="options"][value="blanche"]');
      chooseFile(root, 'piece-identite', new File(['%PDF-1.4'], 'permis.pdf', { type: 'application/pdf' }));
      check(root, 'input[name="attestation"]');
      await settle(root);
      expect(summary.state, summaryItems(summary).join(' | ')).to.equal('corrected');

      const data = new FormData(form);
      expect(data.get('naissance')).to.equal('1990-04-12');
      expect(data.get('province')).to.equal('QC');
      expect(data.getAll('options')).to.deep.equal(['blanche']);
      expect((data.get('piece-identite') as File).name).to.equal('permis.pdf');

      submit();
      await settle(root);
      expect(sentEvents).to.equal(1);
      const notice = root.querySelector('[role="status"] qc-notice');
      expect(notice?.getAttribute('title')).to.equal(sent);
      expect(document.activeElement?.hasAttribute('data-confirmation'), 'focus on the confirmation').to.equal(true);
      expect(summary.state).to.equal('hidden');
      // Ready for another application.
      expect(root.querySelector<HTMLInputElement>('input[name="prenom"]')!.value).to.equal('');
      await expect(root).to.be.accessible();
    });
  }

  it('rejects a file over 5 MB or of another type, with the message in the summary', async () => {
    const { root, summary, submit } = await mount(renderStory(demande.Francais));
    chooseFile(root, 'piece-identite', new File([new Uint8Array(6_000_000)], 'scan.pdf', { type: 'application/pdf' }));
    submit();
    await settle(root);
    expect(summaryItems(summary).some((item) => item.includes('scan.pdf'))).to.equal(true);
  });
});

describe('page « Consultation publique »', () => {
  for (const [lang, story, sent] of [
    ['fr', consultation.Francais, 'Votre participation a été envoyée'],
    ['en', consultation.English, 'Your answers have been sent'],
  ] as const) {
    it(`${lang}: an empty submit is blocked and summarized; a complete one is confirmed [wcag:3.1.2]`, async () => {
      const { root, form, summary, submit } = await mount(renderStory(story));
      let sentEvents = 0;
      form.addEventListener('submit', () => sentEvents++);

      submit();
      await settle(root);
      expect(sentEvents).to.equal(0);
      // Profile, region, frequency, priorities, comment, consent.
      expect(summaryItems(summary)).to.have.length(6);
      expect(focused()).to.equal('div[part=base]');
      await expect(summary).to.be.accessible();

      check(root, 'input[name="profil"][value="citoyen"]');
      set(root, 'select[name="region"]', '03');
      check(root, 'input[name="frequence"][value="semaine"]');
      check(root, 'input[name="priorites"][value="horaires"]');
      check(root, 'input[name="priorites"][value="liens"]');
      set(root, 'textarea[name="commentaire"]', 'Plus de départs le soir. '.repeat(40));
      check(root, 'input[name="rapport"]');
      set(root, 'input[name="courriel"]', 'lea@exemple.com');
      check(root, 'input[name="consentement"]');
      await settle(root);
      expect(summary.state, summaryItems(summary).join(' | ')).to.equal('corrected');
      expect(new FormData(form).getAll('priorites')).to.deep.equal(['horaires', 'liens']);

      submit();
      await settle(root);
      expect(sentEvents).to.equal(1);
      expect(root.querySelector('[role="status"] qc-notice')?.getAttribute('title')).to.equal(sent);
      expect(document.activeElement?.hasAttribute('data-confirmation'), 'focus on the confirmation').to.equal(true);
    });
  }

  it('blocks an answer over 2,000 characters and says so in the summary', async () => {
    const { root, summary, submit } = await mount(renderStory(consultation.Francais));
    set(root, 'textarea[name="commentaire"]', 'x'.repeat(2001));
    const counter = root.querySelector('[data-qc-part="counter"]');
    expect(counter?.textContent).to.equal('1 caractère en trop');
    submit();
    await settle(root);
    expect(summaryItems(summary)).to.include('La limite de caractères du champ Vos suggestions est dépassée.');
  });
});

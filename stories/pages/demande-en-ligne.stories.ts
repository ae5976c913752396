import { html, type TemplateResult } from 'lit';
import { clearConfirmation, confirmSubmission } from '../support/page-confirmation.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../packages/components/src/error-summary/qc-error-summary.js';
import '../../packages/components/src/textfield/qc-textfield.js';
import '../../packages/components/src/date-field/qc-date-field.js';
import '../../packages/components/src/fieldset/qc-fieldset.js';
import '../../packages/components/src/select/qc-select.js';
import '../../packages/components/src/choice-group/qc-choice-group.js';
import '../../packages/components/src/checkbox/qc-checkbox.js';
import '../../packages/components/src/file-upload/qc-file-upload.js';
import '../../packages/components/src/notice/qc-notice.js';
import '../../packages/components/src/button/qc-button.js';

type Lang = 'fr' | 'en';

const provinces: Record<Lang, Array<[string, string]>> = {
  fr: [
    ['QC', 'Québec'],
    ['AB', 'Alberta'],
    ['BC', 'Colombie-Britannique'],
    ['PE', 'Île-du-Prince-Édouard'],
    ['MB', 'Manitoba'],
    ['NB', 'Nouveau-Brunswick'],
    ['NS', 'Nouvelle-Écosse'],
    ['NU', 'Nunavut'],
    ['ON', 'Ontario'],
    ['SK', 'Saskatchewan'],
    ['NL', 'Terre-Neuve-et-Labrador'],
    ['NT', 'Territoires du Nord-Ouest'],
    ['YT', 'Yukon'],
  ],
  en: [
    ['QC', 'Quebec'],
    ['AB', 'Alberta'],
    ['BC', 'British Columbia'],
    ['MB', 'Manitoba'],
    ['NB', 'New Brunswick'],
    ['NL', 'Newfoundland and Labrador'],
    ['NT', 'Northwest Territories'],
    ['NS', 'Nova Scotia'],
    ['NU', 'Nunavut'],
    ['ON', 'Ontario'],
    ['PE', 'Prince Edward Island'],
    ['SK', 'Saskatchewan'],
    ['YT', 'Yukon'],
  ],
};

const text = {
  fr: {
    title: 'Demande de permis de pêche sportive',
    intro:
      'Remplissez ce formulaire pour obtenir votre permis de pêche sportive. Prévoyez environ 10 minutes et ' +
      'ayez une pièce d’identité numérisée à portée de main.',
    requiredNote: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
    identity: 'Votre identité',
    given: 'Prénom',
    family: 'Nom de famille',
    email: 'Courriel',
    emailHint: 'Nous vous enverrons le permis à cette adresse.',
    birth: 'Date de naissance',
    address: 'Adresse du domicile',
    number: 'Numéro civique',
    street: 'Rue',
    unit: 'Appartement (facultatif)',
    city: 'Ville ou municipalité',
    province: 'Province ou territoire',
    provincePlaceholder: 'Sélectionnez une province',
    postal: 'Code postal',
    postalHint: 'Exemple : G1R 4S9',
    permit: 'Votre permis',
    type: 'Type de permis',
    types: [
      ['annuel', 'Permis annuel', 'Valide du 1er avril au 31 mars.'],
      ['sept-jours', 'Permis de 7 jours consécutifs', 'Pour un séjour de pêche.'],
      ['un-jour', 'Permis d’une journée', 'Pour essayer la pêche.'],
    ],
    options: 'Options',
    optionsHint: 'Facultatif. Cochez toutes les options qui s’appliquent.',
    optionList: [
      ['saumon', 'Pêche au saumon atlantique'],
      ['blanche', 'Pêche blanche (sur la glace)'],
      ['courriel', 'Recevoir aussi un rappel de renouvellement par courriel'],
    ],
    document: 'Pièce d’identité',
    documentLabel: 'Pièce d’identité avec photo',
    documentHint: 'Permis de conduire ou passeport. Format PDF ou JPG, 5 Mo au maximum.',
    consent: 'J’atteste que les renseignements fournis sont exacts et complets',
    send: 'Envoyer la demande',
    clear: 'Effacer le formulaire',
    sentTitle: 'Votre demande a été envoyée',
    sentText: (id: string) =>
      `Numéro de confirmation : ${id}. Vous recevrez votre permis par courriel d’ici 2 jours ouvrables.`,
  },
  en: {
    title: 'Sport fishing permit application',
    intro:
      'Fill out this form to get your sport fishing permit. It takes about 10 minutes; have a scanned piece ' +
      'of identification at hand.',
    requiredNote: 'Fields marked with an asterisk (*) are required.',
    identity: 'Your identity',
    given: 'First name',
    family: 'Last name',
    email: 'Email',
    emailHint: 'We will send the permit to this address.',
    birth: 'Date of birth',
    address: 'Home address',
    number: 'Civic number',
    street: 'Street',
    unit: 'Apartment (optional)',
    city: 'City or municipality',
    province: 'Province or territory',
    provincePlaceholder: 'Select a province',
    postal: 'Postal code',
    postalHint: 'Example: G1R 4S9',
    permit: 'Your permit',
    type: 'Type of permit',
    types: [
      ['annuel', 'Annual permit', 'Valid from April 1 to March 31.'],
      ['sept-jours', '7 consecutive days permit', 'For a fishing trip.'],
      ['un-jour', 'One-day permit', 'To try fishing.'],
    ],
    options: 'Options',
    optionsHint: 'Optional. Check every option that applies.',
    optionList: [
      ['saumon', 'Atlantic salmon fishing'],
      ['blanche', 'Ice fishing'],
      ['courriel', 'Also receive a renewal reminder by email'],
    ],
    document: 'Identification',
    documentLabel: 'Photo identification',
    documentHint: 'Driver’s licence or passport. PDF or JPG, 5 MB at most.',
    consent: 'I certify that the information provided is accurate and complete',
    send: 'Send the application',
    clear: 'Clear the form',
    sentTitle: 'Your application has been sent',
    sentText: (id: string) =>
      `Confirmation number: ${id}. You will receive your permit by email within 2 business days.`,
  },
};

/** Today as `YYYY-MM-DD` (local time): nobody is born in the future. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function page(lang: Lang): TemplateResult {
  const t = text[lang];
  const body = html`
    <div class="qc-container">
      <h1>${t.title}</h1>
      <p>${t.intro}</p>
      <div role="status" tabindex="-1" data-confirmation></div>
      <form
        @submit=${(event: SubmitEvent) =>
          void confirmSubmission(event, () => {
            const id = `2026-${String(Date.now()).slice(-6)}`;
            return html`<qc-notice type="success" title=${t.sentTitle}><p>${t.sentText(id)}</p></qc-notice>`;
          })}
        @input=${clearConfirmation}
        @qc-invalid-submit=${clearConfirmation}
        @reset=${clearConfirmation}
      >
        <qc-error-summary></qc-error-summary>
        <p>${t.requiredNote}</p>

        <h2>${t.identity}</h2>
        <qc-textfield label=${t.given} required>
          <input name="prenom" autocomplete="given-name" />
        </qc-textfield>
        <qc-textfield label=${t.family} required>
          <input name="nom" autocomplete="family-name" />
        </qc-textfield>
        <qc-textfield label=${t.email} description=${t.emailHint} size="lg" required>
          <input name="courriel" type="email" autocomplete="email" spellcheck="false" />
        </qc-textfield>
        <qc-date-field label=${t.birth} name="naissance" autocomplete="bday" max=${today()} required></qc-date-field>

        <qc-fieldset legend=${t.address}>
          <qc-textfield label=${t.number} size="xs" required>
            <input name="numero" inputmode="numeric" />
          </qc-textfield>
          <qc-textfield label=${t.street} size="lg" required>
            <input name="rue" />
          </qc-textfield>
          <qc-textfield label=${t.unit} size="sm">
            <input name="appartement" autocomplete="address-line2" />
          </qc-textfield>
          <qc-textfield label=${t.city} required>
            <input name="ville" autocomplete="address-level2" />
          </qc-textfield>
          <qc-select label=${t.province} width="md" required>
            <select name="province" autocomplete="address-level1">
              <option value="">${t.provincePlaceholder}</option>
              ${provinces[lang].map(([code, name]) => html`<option value=${code}>${name}</option>`)}
            </select>
          </qc-select>
          <qc-textfield label=${t.postal} description=${t.postalHint} size="sm" required>
            <input
              name="code-postal"
              autocomplete="postal-code"
              pattern="[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d"
              title="A1A 1A1"
            />
          </qc-textfield>
        </qc-fieldset>

        <h2>${t.permit}</h2>
        <qc-choice-group legend=${t.type} name="type-permis" required>
          ${t.types.map(
            ([value, label, hint]) =>
              html`<label><input type="radio" value=${value} /> <span>${label} — ${hint}</span></label>`,
          )}
        </qc-choice-group>
        <qc-choice-group legend=${t.options} description=${t.optionsHint} name="options">
          ${t.optionList.map(
            ([value, label]) => html`<label><input type="checkbox" value=${value} /> <span>${label}</span></label>`,
          )}
        </qc-choice-group>

        <h2>${t.document}</h2>
        <qc-file-upload
          label=${t.documentLabel}
          description=${t.documentHint}
          name="piece-identite"
          accept=".pdf,.jpg,.jpeg,application/pdf,image/jpeg"
          max-size="5 Mo"
          required
        ></qc-file-upload>

        <qc-checkbox name="attestation" value="oui" label=${t.consent} required></qc-checkbox>

        <div class="qc-button-group">
          <qc-button type="submit">${t.send}</qc-button>
          <qc-button type="reset" variant="secondary">${t.clear}</qc-button>
        </div>
      </form>
    </div>
  `;
  return lang === 'en' ? html`<div lang="en">${body}</div>` : body;
}

const meta = {
  title: 'Pages/Demande en ligne',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          'Une demande de permis complète, faite seulement de composants et de classes qc-ds : identité (avec les',
          'jetons `autocomplete` qui permettent au navigateur de remplir les champs), date de naissance, adresse',
          'groupée sous une légende, choix du permis, options, pièce d’identité (PDF ou JPG, 5 Mo au maximum),',
          'attestation et résumé des erreurs en haut. Essayez « Envoyer la demande » sans rien remplir : l’envoi est',
          'bloqué, le résumé prend le focus et chaque lien mène à son champ. Une fois le formulaire valide, un avis',
          '« Votre demande a été envoyée » s’affiche (la démonstration ne quitte pas la page).',
          '\n\n',
          'A complete permit application made only of qc-ds components and classes: identity (with the',
          '`autocomplete` tokens that let the browser fill the fields), date of birth, an address grouped under a',
          'legend, permit type, options, identification (PDF or JPG, 5 MB at most), attestation and the error',
          'summary at the top. Try "Send the application" with nothing filled in: submission is blocked, the summary',
          'takes focus and each link leads to its field. Once the form is valid, a "Your application has been sent"',
          'notice shows (the demonstration stays on the page).',
        ].join(' '),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** La page en français. */
export const Francais: Story = {
  name: 'Français',
  render: () => page('fr'),
};

/** The page in English. */
export const English: Story = {
  render: () => page('en'),
};

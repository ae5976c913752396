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
import { provinces, text, today, type Lang } from './demande-en-ligne.markup.js';

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

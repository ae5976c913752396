import { html, type TemplateResult } from 'lit';
import { clearConfirmation, confirmSubmission } from '../support/page-confirmation.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../packages/components/src/error-summary/qc-error-summary.js';
import '../../packages/components/src/textfield/qc-textfield.js';
import '../../packages/components/src/select/qc-select.js';
import '../../packages/components/src/choice-group/qc-choice-group.js';
import '../../packages/components/src/checkbox/qc-checkbox.js';
import '../../packages/components/src/toggle-switch/qc-toggle-switch.js';
import '../../packages/components/src/file-upload/qc-file-upload.js';
import '../../packages/components/src/notice/qc-notice.js';
import '../../packages/components/src/button/qc-button.js';

type Lang = 'fr' | 'en';

/** Québec's 17 administrative regions, by their official numbers (their names are the same in English). */
const regions = [
  'Bas-Saint-Laurent',
  'Saguenay–Lac-Saint-Jean',
  'Capitale-Nationale',
  'Mauricie',
  'Estrie',
  'Montréal',
  'Outaouais',
  'Abitibi-Témiscamingue',
  'Côte-Nord',
  'Nord-du-Québec',
  'Gaspésie–Îles-de-la-Madeleine',
  'Chaudière-Appalaches',
  'Laval',
  'Lanaudière',
  'Laurentides',
  'Montérégie',
  'Centre-du-Québec',
];

type Tile = [value: string, label: string, description?: string];

const text = {
  fr: {
    title: 'Consultation publique sur le transport collectif régional',
    intro:
      'Le gouvernement du Québec souhaite connaître votre avis sur l’avenir du transport collectif dans les ' +
      'régions. La consultation est ouverte jusqu’au 30 juin 2026. Vos réponses sont anonymes.',
    requiredNote: 'Les questions marquées d’un astérisque (*) sont obligatoires.',
    profile: 'Votre profil',
    as: 'Vous participez à titre de',
    asError: 'Indiquez à quel titre vous participez.',
    asList: [
      ['citoyen', 'Citoyenne ou citoyen'],
      ['organisme', 'Organisme'],
      ['entreprise', 'Entreprise'],
      ['municipalite', 'Municipalité ou MRC'],
    ] as Tile[],
    region: 'Région administrative',
    regionPlaceholder: 'Sélectionnez votre région',
    questions: 'Vos réponses',
    frequency: 'À quelle fréquence utilisez-vous le transport collectif?',
    frequencyError: 'Indiquez à quelle fréquence vous utilisez le transport collectif.',
    frequencyList: [
      ['jour', 'Chaque jour', 'Pour le travail ou les études'],
      ['semaine', 'Chaque semaine', 'Pour quelques déplacements'],
      ['rarement', 'Rarement', 'Quelques fois par année'],
      ['jamais', 'Jamais', 'Je me déplace autrement'],
    ] as Tile[],
    priorities: 'Quelles améliorations sont prioritaires pour vous?',
    prioritiesError: 'Choisissez au moins une amélioration.',
    prioritiesHint: 'Choisissez toutes celles qui s’appliquent.',
    priorityList: [
      ['frequence', 'Des passages plus fréquents'],
      ['horaires', 'Des horaires le soir et la fin de semaine'],
      ['tarifs', 'Des tarifs plus bas'],
      ['accessibilite', 'Des véhicules et des arrêts accessibles'],
      ['liens', 'Des liens entre les régions'],
      ['information', 'Une meilleure information en temps réel'],
    ] as Tile[],
    comment: 'Vos suggestions',
    commentHint:
      'Selon vous, que faudrait-il changer en priorité? Donnez des exemples concrets de votre région si possible.',
    brief: 'Mémoire (facultatif)',
    briefHint: 'Un organisme peut joindre un mémoire. Format PDF, 10 Mo au maximum.',
    follow: 'Suivi de la consultation',
    results: 'Recevoir le rapport de consultation par courriel',
    email: 'Courriel (facultatif)',
    emailHint: 'Seulement pour vous envoyer le rapport. Il ne sera pas associé à vos réponses.',
    consent: 'J’accepte que mes réponses soient publiées de façon anonyme dans le rapport de consultation',
    consentError: 'Acceptez la publication anonyme de vos réponses pour participer.',
    send: 'Envoyer ma participation',
    clear: 'Effacer',
    sentTitle: 'Votre participation a été envoyée',
    sentText: 'Merci d’avoir pris le temps de répondre. Le rapport de consultation sera publié à l’automne 2026.',
  },
  en: {
    title: 'Public consultation on regional public transit',
    intro:
      'The Government of Québec wants your opinion on the future of public transit in the regions. The ' +
      'consultation is open until June 30, 2026. Your answers are anonymous.',
    requiredNote: 'Questions marked with an asterisk (*) are required.',
    profile: 'About you',
    as: 'You are taking part as',
    asError: 'Tell us in what capacity you are taking part.',
    asList: [
      ['citoyen', 'A citizen'],
      ['organisme', 'An organization'],
      ['entreprise', 'A business'],
      ['municipalite', 'A municipality or RCM'],
    ] as Tile[],
    region: 'Administrative region',
    regionPlaceholder: 'Select your region',
    questions: 'Your answers',
    frequency: 'How often do you use public transit?',
    frequencyError: 'Tell us how often you use public transit.',
    frequencyList: [
      ['jour', 'Every day', 'For work or school'],
      ['semaine', 'Every week', 'For a few trips'],
      ['rarement', 'Rarely', 'A few times a year'],
      ['jamais', 'Never', 'I get around some other way'],
    ] as Tile[],
    priorities: 'Which improvements matter most to you?',
    prioritiesError: 'Choose at least one improvement.',
    prioritiesHint: 'Choose all that apply.',
    priorityList: [
      ['frequence', 'More frequent service'],
      ['horaires', 'Evening and weekend schedules'],
      ['tarifs', 'Lower fares'],
      ['accessibilite', 'Accessible vehicles and stops'],
      ['liens', 'Links between regions'],
      ['information', 'Better real-time information'],
    ] as Tile[],
    comment: 'Your suggestions',
    commentHint: 'In your view, what should change first? Give concrete examples from your region if you can.',
    brief: 'Brief (optional)',
    briefHint: 'An organization may attach a brief. PDF, 10 MB at most.',
    follow: 'Follow-up',
    results: 'Receive the consultation report by email',
    email: 'Email (optional)',
    emailHint: 'Only to send you the report. It will not be linked to your answers.',
    consent: 'I agree that my answers be published anonymously in the consultation report',
    consentError: 'Accept the anonymous publication of your answers to take part.',
    send: 'Send my answers',
    clear: 'Clear',
    sentTitle: 'Your answers have been sent',
    sentText: 'Thank you for taking the time to answer. The consultation report will be published in fall 2026.',
  },
};

/** Selection-button tiles (the incumbent's `.qc-tile` markup). */
function tiles(type: 'radio' | 'checkbox', items: Tile[]): TemplateResult[] {
  return items.map(
    ([value, label, description]) =>
      html`<label
        ><input type=${type} value=${value} />
        <span class="qc-tile"
          ><span class="qc-tile-text">${label}</span>${
            description ? html`<span class="qc-tile-description">${description}</span>` : ''
          }</span
        ></label
      >`,
  );
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
          void confirmSubmission(
            event,
            () => html`<qc-notice type="success" title=${t.sentTitle}><p>${t.sentText}</p></qc-notice>`,
          )}
        @input=${clearConfirmation}
        @qc-invalid-submit=${clearConfirmation}
        @reset=${clearConfirmation}
      >
        <qc-error-summary></qc-error-summary>
        <p>${t.requiredNote}</p>

        <h2>${t.profile}</h2>
        <qc-choice-group
          legend=${t.as}
          name="profil"
          selection-button
          column-count="2"
          required
          invalid-text=${t.asError}
        >
          ${tiles('radio', t.asList)}
        </qc-choice-group>
        <qc-select label=${t.region} width="lg" required>
          <select name="region">
            <option value="">${t.regionPlaceholder}</option>
            ${regions.map((name, index) => html`<option value=${String(index + 1).padStart(2, '0')}>${name}</option>`)}
          </select>
        </qc-select>

        <h2>${t.questions}</h2>
        <qc-choice-group
          legend=${t.frequency}
          name="frequence"
          selection-button
          column-count="2"
          required
          invalid-text=${t.frequencyError}
        >
          ${tiles('radio', t.frequencyList)}
        </qc-choice-group>
        <qc-choice-group
          legend=${t.priorities}
          description=${t.prioritiesHint}
          name="priorites"
          selection-button
          column-count="2"
          required
          invalid-text=${t.prioritiesError}
        >
          ${tiles('checkbox', t.priorityList)}
        </qc-choice-group>
        <qc-textfield label=${t.comment} description=${t.commentHint} size="xl" max-length="2000" required>
          <textarea name="commentaire" rows="8"></textarea>
        </qc-textfield>
        <qc-file-upload
          label=${t.brief}
          description=${t.briefHint}
          name="memoire"
          accept=".pdf,application/pdf"
          max-size="10 Mo"
        ></qc-file-upload>

        <h2>${t.follow}</h2>
        <qc-toggle-switch name="rapport" value="oui" label=${t.results}></qc-toggle-switch>
        <qc-textfield label=${t.email} description=${t.emailHint} size="lg">
          <input name="courriel" type="email" autocomplete="email" spellcheck="false" />
        </qc-textfield>
        <qc-checkbox
          name="consentement"
          value="oui"
          label=${t.consent}
          required
          invalid-text=${t.consentError}
        ></qc-checkbox>

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
  title: 'Pages/Consultation publique',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          'Un formulaire de participation dans l’esprit de Consultation Québec, fait seulement de composants et de',
          'classes qc-ds : profil et questions à choix en boutons de sélection, réponse ouverte de 2 000 caractères',
          'avec compteur, mémoire facultatif en pièce jointe, suivi par courriel, consentement et résumé des erreurs',
          'en haut. Essayez « Envoyer ma participation » sans rien remplir; une fois le formulaire valide, un avis de',
          'réussite s’affiche (la démonstration ne quitte pas la page).',
          '\n\n',
          'A participation form in the spirit of Consultation Québec, made only of qc-ds components and classes:',
          'profile and choice questions as selection buttons, a 2,000-character open answer with a counter, an',
          'optional brief as an attachment, follow-up by email, consent and the error summary at the top. Try',
          '"Send my answers" with nothing filled in; once the form is valid, a success notice shows (the',
          'demonstration stays on the page).',
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

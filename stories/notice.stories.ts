import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/notice/qc-notice.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface NoticeArgs {
  type: 'information' | 'warning' | 'success' | 'error' | 'advice' | 'note';
  title: string;
  header: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  icon: string;
  content: string;
  'type-label': string;
}

/** Renders a notice from the args; empty args leave the attribute out, as an author would. */
function notice(args: NoticeArgs, body?: TemplateResult): TemplateResult {
  return html`<qc-notice
    type=${args.type}
    title=${ifDefined(args.title || undefined)}
    header=${args.header}
    icon=${ifDefined(args.icon || undefined)}
    content=${ifDefined(args.content || undefined)}
    type-label=${ifDefined(args['type-label'] || undefined)}
    >${body ?? ''}</qc-notice
  >`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-notice');

const meta = {
  title: 'Composants/Avis (qc-notice)',
  component: 'qc-notice',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Un avis met en évidence un message court lié au contenu de la page : information, avertissement,',
          'réussite, erreur, conseil ou note explicative. Le lecteur d’écran annonce le type (« Avis d’avertissement »),',
          'puis le titre comme intertitre, puis le contenu. L’avis n’est pas une zone active (live region) et ne',
          'prend pas le focus. Le contenu riche (paragraphes, listes, liens) va dans les enfants de l’élément ;',
          'l’attribut `content` hérité de la trousse est affiché comme texte, jamais comme HTML.',
          '\n\n',
          'A notice sets a short message apart from the page text: information, warning, success, error, advice or',
          'explanatory note. Screen readers announce the type ("Warning notice"), then the title as a heading, then the',
          'content. The notice is not a live region and takes no focus. Put rich content (paragraphs, lists, links) in',
          'the element’s children; the incumbent’s `content` attribute is shown as text, never as HTML.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    type: 'information',
    title: 'Renouvellement du permis de conduire',
    header: 'h2',
    icon: '',
    content: '',
    'type-label': '',
  },
  argTypes: controls.argTypes,
  render: (args) =>
    notice(
      args,
      html`<p>
        Vous pouvez renouveler votre permis en ligne jusqu’à 30 jours avant sa date d’expiration, sans vous présenter à
        un centre de service.
      </p>`,
    ),
} satisfies Meta<NoticeArgs>;

export default meta;
type Story = StoryObj<NoticeArgs>;

// --- French ---------------------------------------------------------------------------------

/** « Avis général » : une information utile liée au contenu de la page. */
export const Information: Story = {};

/** « Avis d’avertissement » : une échéance ou une conséquence à connaître avant d’agir. */
export const Avertissement: Story = {
  args: { type: 'warning', title: 'Date limite : 31 mars 2026' },
  render: (args) =>
    notice(
      args,
      html`<p>
        Les demandes de renouvellement reçues après le 31 mars 2026 seront traitées lors de la prochaine période
        d’admissibilité. Votre permis actuel demeure valide jusqu’à sa date d’expiration.
      </p>`,
    ),
};

/** « Avis de réussite » : la confirmation qu’une démarche a abouti. */
export const Reussite: Story = {
  name: 'Réussite',
  args: { type: 'success', title: 'Votre demande a été transmise' },
  render: (args) =>
    notice(
      args,
      html`<p>Numéro de confirmation : 2026-04-118273.</p>
        <p>Conservez ce numéro. Vous recevrez une réponse par courriel d’ici 10 jours ouvrables.</p>`,
    ),
};

/** « Avis d’erreur » : un résumé des erreurs d’un formulaire, chaque erreur menant à son champ. */
export const Erreur: Story = {
  args: { type: 'error', title: 'Le formulaire contient 2 erreurs' },
  render: (args) =>
    notice(
      args,
      html`<ul>
        <li><a href="#numero-permis">Le champ Numéro de permis est obligatoire.</a></li>
        <li><a href="#date-naissance">La date de naissance doit être au format AAAA-MM-JJ.</a></li>
      </ul>`,
    ),
};

/** « Avis conseil » : une recommandation pour faciliter la démarche (icône ampoule par défaut). */
export const Conseil: Story = {
  args: { type: 'advice', title: 'Préparez vos documents' },
  render: (args) =>
    notice(
      args,
      html`<p>
        Avant de commencer, ayez en main votre permis actuel, une preuve de résidence au Québec et votre numéro
        d’assurance maladie.
      </p>`,
    ),
};

/** « Avis explicatif » : une précision sur le contenu (icône de note par défaut). */
export const Explicatif: Story = {
  args: { type: 'note', title: 'Confidentialité des renseignements' },
  render: (args) =>
    notice(
      args,
      html`<p>
        Les renseignements que vous fournissez servent uniquement au traitement de votre demande. Ils sont confidentiels
        et protégés par la Loi sur l’accès aux documents des organismes publics.
      </p>`,
    ),
};

/** `header` place le titre au bon niveau du plan de la page : ici, sous un intertitre de niveau 2. */
export const NiveauxDIntertitre: Story = {
  name: 'Niveaux d’intertitre',
  render: (args) => html`
    <h2>Permis de conduire</h2>
    ${notice(
      { ...args, header: 'h3', title: 'Intertitre de niveau 3' },
      html`<p>Le titre de cet avis est un élément h3.</p>`,
    )}
    ${notice(
      { ...args, type: 'note', header: 'h4', title: 'Intertitre de niveau 4' },
      html`<p>Le titre de cet avis est un élément h4.</p>`,
    )}
  `,
};

/** Le contenu peut contenir des paragraphes, des listes et des liens. */
export const AvecListeEtLiens: Story = {
  name: 'Avec liste et liens',
  args: { title: 'Documents acceptés comme preuve de résidence' },
  render: (args) =>
    notice(
      args,
      html`<p>Joignez un des documents suivants, daté de moins de 3 mois :</p>
        <ul>
          <li>un compte de taxes municipales ou scolaires;</li>
          <li>un relevé d’un établissement financier;</li>
          <li>un bail résidentiel signé.</li>
        </ul>
        <p>
          Consultez la <a href="#liste-complete">liste complète des documents acceptés</a> ou
          <a href="#nous-joindre">communiquez avec nous</a>.
        </p>`,
    ),
};

/** Sans titre : aucun intertitre n’est rendu; l’étiquette de type est lue avant le contenu. */
export const SansTitre: Story = {
  name: 'Sans titre',
  args: { type: 'warning', title: '' },
  render: (args) =>
    notice(args, html`<p>Le service en ligne sera interrompu le dimanche 12 avril, de 1 h à 5 h, pour entretien.</p>`),
};

/** `icon` remplace l’icône d’un avis conseil ou explicatif (ignoré pour les autres types). */
export const ConseilAvecIconePersonnalisee: Story = {
  name: 'Conseil avec icône personnalisée',
  args: { type: 'advice', icon: 'calendar', title: 'Prenez rendez-vous en ligne' },
  render: (args) =>
    notice(
      args,
      html`<p>
        Réservez une plage horaire pour éviter l’attente au comptoir. Les rendez-vous sont offerts du lundi au vendredi.
      </p>`,
    ),
};

/**
 * Compatibilité : l’attribut `content` de la trousse est affiché comme texte, jamais comme HTML
 * (le balisage apparaît tel quel). Utilisez les enfants de l’élément pour du contenu riche.
 */
export const AttributContent: Story = {
  name: 'Attribut content (compatibilité)',
  args: {
    type: 'note',
    title: 'Contenu fourni par attribut',
    content: 'Ce texte vient de l’attribut content. Le balisage comme <strong>ceci</strong> reste du texte.',
  },
  render: (args) => notice(args),
};

// --- English ---------------------------------------------------------------------------------

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

/** "General notice", in English. */
export const EnglishInformation: Story = {
  name: 'English — Information',
  args: { title: 'Driver’s licence renewal' },
  render: (args) =>
    english(
      notice(
        args,
        html`<p>
          You can renew your licence online up to 30 days before it expires, without going to a service centre.
        </p>`,
      ),
    ),
};

/** "Warning notice", in English. */
export const EnglishWarning: Story = {
  name: 'English — Warning',
  args: { type: 'warning', title: 'Deadline: March 31, 2026' },
  render: (args) =>
    english(
      notice(
        args,
        html`<p>
          Renewal requests received after March 31, 2026 will be processed in the next eligibility period. Your current
          licence remains valid until it expires.
        </p>`,
      ),
    ),
};

/** "Success notice", in English. */
export const EnglishSuccess: Story = {
  name: 'English — Success',
  args: { type: 'success', title: 'Your request has been sent' },
  render: (args) =>
    english(
      notice(
        args,
        html`<p>Confirmation number: 2026-04-118273.</p>
          <p>Keep this number. You will receive an answer by email within 10 business days.</p>`,
      ),
    ),
};

/** "Error notice", in English: an error summary linking to each field. */
export const EnglishError: Story = {
  name: 'English — Error',
  args: { type: 'error', title: 'The form has 2 errors' },
  render: (args) =>
    english(
      notice(
        args,
        html`<ul>
          <li><a href="#licence-number">The Licence number field is required.</a></li>
          <li><a href="#date-of-birth">Enter the date of birth as YYYY-MM-DD.</a></li>
        </ul>`,
      ),
    ),
};

/** "Advisory notice", in English. */
export const EnglishAdvice: Story = {
  name: 'English — Advice',
  args: { type: 'advice', title: 'Get your documents ready' },
  render: (args) =>
    english(
      notice(
        args,
        html`<p>
          Before you start, have your current licence, a proof of residence in Québec and your health insurance number
          at hand.
        </p>`,
      ),
    ),
};

/** "Explanatory notice", in English. */
export const EnglishNote: Story = {
  name: 'English — Note',
  args: { type: 'note', title: 'Privacy of your information' },
  render: (args) =>
    english(
      notice(
        args,
        html`<p>
          The information you provide is used only to process your request. It is confidential and protected by the Act
          respecting access to documents held by public bodies.
        </p>`,
      ),
    ),
};

/** English, with a list and links and no title. */
export const EnglishWithListNoTitle: Story = {
  name: 'English — List and links, no title',
  args: { title: '' },
  render: (args) =>
    english(
      notice(
        args,
        html`<p>Attach one of the following documents, dated within the last 3 months:</p>
          <ul>
            <li>a municipal or school tax bill;</li>
            <li>a statement from a financial institution;</li>
            <li>a signed residential lease.</li>
          </ul>
          <p>See the <a href="#full-list">full list of accepted documents</a>.</p>`,
      ),
    ),
};

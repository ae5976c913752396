import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/choice-group/qc-choice-group.js';
import { showSubmission } from './support/story-form.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes, plus the kind of items. */
interface ChoiceGroupArgs {
  type: 'radio' | 'checkbox';
  legend: string;
  name: string;
  description: string;
  required: boolean;
  compact: boolean;
  inline: boolean;
  'selection-button': boolean;
  'column-count': number;
  disabled: boolean;
  invalid: boolean;
  'invalid-text': string;
}

interface Item {
  value: string;
  label: string;
  description?: string;
  checked?: boolean;
  disabled?: boolean;
}

/** One item as the incumbent wrote it: `<label><input><span>text</span></label>` (tile markup with `selection-button`). */
function item(type: ChoiceGroupArgs['type'], it: Item, tile: boolean): TemplateResult {
  const text = tile
    ? html`<span class="qc-tile"
        ><span class="qc-tile-text">${it.label}</span>${
          it.description ? html`<span class="qc-tile-description">${it.description}</span>` : nothing
        }</span
      >`
    : html`<span>${it.label}</span>`;
  return html`<label
    ><input type=${type} value=${it.value} ?checked=${it.checked} ?disabled=${it.disabled} /> ${text}</label
  >`;
}

/** Renders a group from the args; empty args leave the attribute out, as an author would. */
function group(args: Partial<ChoiceGroupArgs>, items: Item[]): TemplateResult {
  const type = args.type ?? 'radio';
  return html`<qc-choice-group
    legend=${ifDefined(args.legend || undefined)}
    name=${ifDefined(args.name || undefined)}
    description=${ifDefined(args.description || undefined)}
    ?required=${args.required}
    ?compact=${args.compact}
    ?inline=${args.inline}
    ?selection-button=${args['selection-button']}
    column-count=${ifDefined(args['column-count'] && args['column-count'] > 1 ? args['column-count'] : undefined)}
    ?disabled=${args.disabled}
    ?invalid=${args.invalid}
    invalid-text=${ifDefined(args['invalid-text'] || undefined)}
  >
    ${items.map((it) => item(type, it, !!args['selection-button']))}
  </qc-choice-group>`;
}

const delivery: Item[] = [
  { value: 'poste', label: 'Par la poste' },
  { value: 'courriel', label: 'Par courriel' },
  { value: 'comptoir', label: 'Au comptoir d’un centre de services' },
];

const platforms: Item[] = [
  { value: 'ordinateur', label: 'Ordinateur', checked: true },
  { value: 'tablette', label: 'Tablette' },
  { value: 'telephone', label: 'Téléphone intelligent' },
  { value: 'autre', label: 'Autre appareil (non offert)', disabled: true },
];

const plans: Item[] = [
  { value: 'base', label: 'Forfait de base', description: 'Un rendez-vous par année, en personne.' },
  {
    value: 'plus',
    label: 'Forfait plus',
    description: 'Deux rendez-vous par année et un suivi en ligne entre les visites.',
    checked: true,
  },
  { value: 'famille', label: 'Forfait famille', description: 'Jusqu’à quatre personnes d’une même adresse.' },
  { value: 'ferme', label: 'Forfait entreprise (non offert)', disabled: true },
];

/** Controls, defaults and events from the manifest, with the args that are the story's own. */
const controls = manifestControls('qc-choice-group', {
  type: {
    description: 'Boutons radio ou cases à cocher (éléments de l’histoire) — Radios or checkboxes (story items)',
    control: 'inline-radio',
    options: ['radio', 'checkbox'],
  },
});

const meta = {
  title: 'Formulaires/Groupe de choix (qc-choice-group)',
  component: 'qc-choice-group',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Un groupe de boutons radio (un seul choix) ou de cases à cocher (plusieurs choix) sous une légende.',
          'Les éléments sont de vrais `<input>` dans leur `<label>` (le balisage de la trousse); l’élément devient le',
          'groupe (`radiogroup` pour des boutons radio), nommé par `legend` et décrit par l’indication et l’erreur.',
          'Les flèches passent d’un bouton radio à l’autre, Espace coche, le formulaire envoie chaque valeur cochée',
          'sous `name`. Avec `required`, il faut un bouton radio ou au moins une case; le message paraît à la',
          'tentative d’envoi, jamais au chargement. `inline`, `column-count` (une colonne sur petit écran) et',
          '`selection-button` (tuiles avec `.qc-tile`, `.qc-tile-text`, `.qc-tile-description`) changent la mise en page.',
          '\n\n',
          'A group of radios (one choice) or checkboxes (several choices) under a legend. The items are real `<input>`s',
          'inside their `<label>` (the incumbent’s markup); the element becomes the group (`radiogroup` for radios),',
          'named by `legend` and described by the hint and the error. Arrow keys move between radios, Space checks, and',
          'the form sends each checked value under `name`. With `required`, a radio or at least one checkbox is needed;',
          'the message appears on a submit attempt, never on load. `inline`, `column-count` (one column on small',
          'screens) and `selection-button` (tiles with `.qc-tile`, `.qc-tile-text`, `.qc-tile-description`) change',
          'the layout.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    type: 'radio',
    legend: 'Comment voulez-vous recevoir votre permis?',
    name: 'livraison',
    description: '',
    required: false,
    compact: false,
    inline: false,
    'selection-button': false,
    'column-count': 1,
    disabled: false,
    invalid: false,
    'invalid-text': '',
  },
  argTypes: controls.argTypes,
  render: (args) => group(args, args.type === 'checkbox' ? platforms : delivery),
} satisfies Meta<ChoiceGroupArgs>;

export default meta;
type Story = StoryObj<ChoiceGroupArgs>;

// --- French ---------------------------------------------------------------------------------

/** Boutons radio : un seul choix. Les flèches passent d’un bouton à l’autre. */
export const BoutonsRadio: Story = { name: 'Boutons radio' };

/** Cases à cocher : plusieurs choix, envoyés sous le même nom. */
export const CasesACocher: Story = {
  name: 'Cases à cocher',
  args: {
    type: 'checkbox',
    legend: 'Sur quels appareils consultez-vous Québec.ca?',
    name: 'plateforme',
    description: 'Cochez toutes les réponses qui s’appliquent.',
  },
};

/** `required` : un astérisque marque la légende; l’erreur paraît à la tentative d’envoi. */
export const Obligatoire: Story = { args: { required: true } };

/** `inline` : les éléments sur une rangée, qui passe à la ligne au besoin. */
export const SurUneRangee: Story = {
  name: 'Sur une rangée',
  args: { legend: 'Êtes-vous satisfait du service?', name: 'satisfaction', inline: true },
  render: (args) =>
    group(args, [
      { value: 'oui', label: 'Oui' },
      { value: 'non', label: 'Non' },
      { value: 'sans-avis', label: 'Sans avis' },
    ]),
};

/** `column-count="3"` : une grille de trois colonnes (une seule sur petit écran). */
export const EnColonnes: Story = {
  name: 'En colonnes',
  args: { type: 'checkbox', legend: 'Régions visitées', name: 'regions', 'column-count': 3 },
  render: (args) =>
    group(
      args,
      [
        'Bas-Saint-Laurent',
        'Saguenay–Lac-Saint-Jean',
        'Capitale-Nationale',
        'Mauricie',
        'Estrie',
        'Montréal',
        'Outaouais',
        'Abitibi-Témiscamingue',
        'Côte-Nord',
      ].map((label) => ({ value: label.toLowerCase(), label })),
    ),
};

/** `selection-button` : des tuiles avec un titre et une description, sur deux colonnes. */
export const BoutonsDeSelection: Story = {
  name: 'Boutons de sélection',
  args: { legend: 'Choisissez un forfait', name: 'forfait', 'selection-button': true, 'column-count': 2 },
  render: (args) => group(args, plans),
};

/** Boutons de sélection à cocher (plusieurs choix). */
export const BoutonsDeSelectionACocher: Story = {
  name: 'Boutons de sélection à cocher',
  args: {
    type: 'checkbox',
    legend: 'Services souhaités',
    name: 'services',
    'selection-button': true,
    'column-count': 2,
  },
  render: (args) => group(args, plans),
};

/** Boutons de sélection sur une rangée : une échelle de 1 à 5. */
export const BoutonsDeSelectionSurUneRangee: Story = {
  name: 'Boutons de sélection sur une rangée',
  args: {
    legend: 'Sur une échelle de 1 à 5, quelle note donnez-vous à ce service?',
    name: 'note',
    'selection-button': true,
    inline: true,
  },
  render: (args) =>
    group(
      args,
      ['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n })),
    ),
};

/** `compact` : cases et boutons de 16 px; chaque libellé garde une cible de 24 px. */
export const Compact: Story = {
  args: { compact: true },
  render: (args) =>
    html`${group(args, delivery)}
    ${group({ ...args, type: 'checkbox', legend: 'Appareils utilisés', name: 'appareils' }, platforms)}`,
};

/** `disabled` : tous les éléments sont désactivés. */
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };

/** Erreur rendue par le serveur (`invalid` + `invalid-text`) : visible au chargement, retirée dès qu’un élément est coché. */
export const Erreur: Story = {
  args: {
    required: true,
    invalid: true,
    'invalid-text': 'Choisissez comment vous voulez recevoir votre permis.',
  },
};

/** Erreur du serveur sur des boutons de sélection. */
export const ErreurBoutonsDeSelection: Story = {
  name: 'Erreur — boutons de sélection',
  args: {
    legend: 'Choisissez un forfait',
    name: 'forfait',
    'selection-button': true,
    'column-count': 2,
    required: true,
    invalid: true,
    'invalid-text': 'Choisissez un forfait pour continuer.',
  },
  render: (args) =>
    group(
      args,
      plans.map((plan) => ({ ...plan, checked: false })),
    ),
};

/** Dans un formulaire : envoyez sans rien choisir pour voir les erreurs, puis choisissez pour les retirer. */
export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () =>
    html`<form data-sent="Envoyé :" @submit=${showSubmission}>
      ${group({ legend: 'Quel thème préférez-vous?', name: 'theme', required: true }, [
        { value: 'clair', label: 'Le thème clair' },
        { value: 'sombre', label: 'Le thème sombre' },
      ])}
      ${group(
        {
          type: 'checkbox',
          legend: 'Sur quelles plateformes consultez-vous Québec.ca?',
          name: 'plateforme',
          required: true,
        },
        platforms.map((platform) => ({ ...platform, checked: false })),
      )}
      <button type="submit" class="qc-button qc-compact">Envoyer</button>
      <output></output>
    </form>`,
};

// --- English ---------------------------------------------------------------------------------

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

const deliveryEn: Item[] = [
  { value: 'mail', label: 'By mail' },
  { value: 'email', label: 'By email' },
  { value: 'counter', label: 'At a service centre counter' },
];

const plansEn: Item[] = [
  { value: 'basic', label: 'Basic plan', description: 'One in-person appointment a year.' },
  { value: 'plus', label: 'Plus plan', description: 'Two appointments a year and online follow-up.', checked: true },
  { value: 'family', label: 'Family plan', description: 'Up to four people at the same address.' },
];

/** Radios with a hint, and checkboxes, in English. */
export const EnglishRadiosAndCheckboxes: Story = {
  name: 'English — Radios and checkboxes',
  render: () =>
    english(html`
      ${group(
        {
          legend: 'How do you want to receive your licence?',
          name: 'delivery',
          description: 'Choose one option.',
          required: true,
        },
        deliveryEn,
      )}
      ${group({ type: 'checkbox', legend: 'Which devices do you use?', name: 'devices' }, [
        { value: 'computer', label: 'Computer', checked: true },
        { value: 'tablet', label: 'Tablet' },
        { value: 'phone', label: 'Smartphone' },
      ])}
    `),
};

/** Inline, columns and selection buttons, in English. */
export const EnglishLayouts: Story = {
  name: 'English — Layouts',
  render: () =>
    english(html`
      ${group({ legend: 'Are you satisfied with the service?', name: 'satisfied', inline: true }, [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ])}
      ${group(
        { type: 'checkbox', legend: 'Regions visited', name: 'regions', 'column-count': 3 },
        ['Montréal', 'Québec City', 'Gaspésie', 'Laurentides', 'Estrie', 'Outaouais'].map((label) => ({
          value: label.toLowerCase(),
          label,
        })),
      )}
      ${group({ legend: 'Choose a plan', name: 'plan', 'selection-button': true, 'column-count': 2 }, plansEn)}
    `),
};

/** The server's error, in English. */
export const EnglishError: Story = {
  name: 'English — Error',
  render: () =>
    english(
      group(
        {
          legend: 'How do you want to receive your licence?',
          name: 'delivery',
          required: true,
          invalid: true,
          'invalid-text': 'Choose how you want to receive your licence.',
        },
        deliveryEn,
      ),
    ),
};

/** In a form, in English: submit without choosing to see the messages. */
export const EnglishForm: Story = {
  name: 'English — In a form',
  render: () =>
    english(
      html`<form data-sent="Sent:" @submit=${showSubmission}>
        ${group({ legend: 'Which theme do you prefer?', name: 'theme', required: true }, [
          { value: 'light', label: 'Light theme' },
          { value: 'dark', label: 'Dark theme' },
        ])}
        <button type="submit" class="qc-button qc-compact">Send</button>
        <output></output>
      </form>`,
    ),
};

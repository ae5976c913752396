import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/button/qc-button.js';
import type { QcButton } from '../packages/components/src/button/qc-button.js';
import { manifestControls } from './support/manifest-controls.js';
import { clearSubmission } from './support/story-form.js';

/** Story args, named like the element's attributes; `label` is the element's text. */
interface ButtonArgs {
  label: string;
  variant: 'primary' | 'secondary' | 'tertiary' | 'danger';
  compact: boolean;
  type: 'submit' | 'reset' | 'button';
  href: string;
  target: string;
  rel: string;
  download: string;
  disabled: boolean;
  icon: string;
  'icon-position': 'start' | 'end';
  loading: boolean;
  'loading-text': string;
  name: string;
  value: string;
  form: string;
}

/** Renders a button from the args; empty args leave the attribute out, as an author would. */
function button(args: Partial<ButtonArgs>): TemplateResult {
  return html`<qc-button
    variant=${ifDefined(args.variant)}
    ?compact=${args.compact}
    type=${ifDefined(args.type)}
    href=${ifDefined(args.href || undefined)}
    target=${ifDefined(args.target || undefined)}
    rel=${ifDefined(args.rel || undefined)}
    download=${ifDefined(args.download || undefined)}
    ?disabled=${args.disabled}
    icon=${ifDefined(args.icon || undefined)}
    icon-position=${ifDefined(args['icon-position'])}
    ?loading=${args.loading}
    loading-text=${ifDefined(args['loading-text'] || undefined)}
    name=${ifDefined(args.name || undefined)}
    value=${ifDefined(args.value || undefined)}
    form=${ifDefined(args.form || undefined)}
    >${args.label}</qc-button
  >`;
}

const variants = ['primary', 'secondary', 'tertiary', 'danger'] as const;

/** Shows what a form would send, instead of leaving the page. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const entries = [...new FormData(form, event.submitter).entries()].map(([key, value]) => `${key}=${String(value)}`);
  const output = form.querySelector('output');
  if (output) output.value = `${form.dataset['sent'] ?? ''} ${entries.join(', ')}`;
}

/** Puts the button in its loading state for three seconds, as while a request is under way. */
function loadForAWhile(event: Event): void {
  const target = event.currentTarget as QcButton;
  target.loading = true;
  setTimeout(() => (target.loading = false), 3000);
}

/** Controls, defaults and events from the manifest; `label` is the element's text, not an attribute. */
const controls = manifestControls(
  'qc-button',
  {
    label: { description: 'Libellé (texte de l’élément) — Label (the element’s text)', control: 'text' },
  },
  { render: 'template' },
);

const meta = {
  title: 'Composants/Bouton (qc-button)',
  component: 'qc-button',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le bouton déclenche une action : soumettre ou réinitialiser un formulaire, ouvrir une fenêtre, lancer un',
          'traitement. Avec `href`, il devient un lien présenté comme un bouton, pour mener à une autre page.',
          'Dans un formulaire, il se comporte comme un `<button>` natif : validation des champs, Entrée dans un champ',
          'texte pour soumettre, `name` et `value` envoyés avec les données, `<fieldset disabled>` et attribut `form`.',
          'Le libellé est le texte de l’élément. Un seul bouton principal par groupe; `danger` pour une action',
          'destructrice. `loading` garde le bouton atteignable au clavier, annonce « Chargement en cours » et empêche',
          'une double soumission.',
          '\n\n',
          'A button starts an action: submit or reset a form, open a dialog, run a task. With `href` it becomes a link',
          'styled as a button, to go to another page. In a form it behaves like a native `<button>`: field',
          'validation, Enter in a text field submits, `name` and `value` are sent with the data, `<fieldset disabled>`',
          'and the `form` attribute apply. The label is the element’s text. One primary button per group; `danger`',
          'for a destructive action. `loading` keeps the button reachable by keyboard, announces "Loading" and',
          'prevents a double submission.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, label: 'Envoyer la demande' },
  argTypes: controls.argTypes,
  render: (args) => controls.template(args, html`${args.label}`),
} satisfies Meta<ButtonArgs>;

export default meta;
type Story = StoryObj<ButtonArgs>;

// --- French ---------------------------------------------------------------------------------

/** Bouton principal : l’action attendue de la page, une seule par groupe. */
export const Principal: Story = {};

/** Bouton secondaire : une action de rechange à côté du bouton principal. */
export const Secondaire: Story = { args: { variant: 'secondary', label: 'Enregistrer le brouillon' } };

/** Bouton tertiaire : une action discrète, soulignée au survol. */
export const Tertiaire: Story = { args: { variant: 'tertiary', label: 'Annuler' } };

/** Bouton danger : une action destructrice ou irréversible. */
export const Danger: Story = { args: { variant: 'danger', label: 'Supprimer le document' } };

/** Les quatre variantes côte à côte. */
export const Variantes: Story = {
  render: () =>
    html`<div class="qc-button-group">
      ${button({ variant: 'primary', label: 'Principal' })} ${button({ variant: 'secondary', label: 'Secondaire' })}
      ${button({ variant: 'tertiary', label: 'Tertiaire' })} ${button({ variant: 'danger', label: 'Danger' })}
    </div>`,
};

/** Compact : pour les espaces restreints (tableaux, barres d’outils); cible d’au moins 24 px. */
export const Compact: Story = {
  render: () =>
    html`<div class="qc-button-group qc-compact">
      ${variants.map((variant) => button({ variant, compact: true, label: 'Modifier' }))}
    </div>`,
};

/** Icône au début : décorative, le libellé reste le nom du bouton. */
export const IconeAuDebut: Story = {
  name: 'Icône au début',
  args: { icon: 'plus', label: 'Ajouter un document' },
};

/** Icône à la fin, ici sur un lien qui s’ouvre dans un nouvel onglet. */
export const IconeALaFin: Story = {
  name: 'Icône à la fin',
  args: {
    variant: 'secondary',
    icon: 'external-link',
    'icon-position': 'end',
    href: 'https://www.quebec.ca/',
    target: '_blank',
    label: 'Consulter Québec.ca (nouvel onglet)',
  },
};

/** En chargement : reste focalisable, affiche un indicateur, ignore les clics. */
export const Chargement: Story = { args: { loading: true, label: 'Envoi de la demande' } };

/**
 * Cliquez : le bouton passe en chargement trois secondes. « Chargement en cours » est annoncé
 * poliment quand l’état change (jamais au chargement de la page).
 */
export const ChargementInteractif: Story = {
  name: 'Chargement (interactif)',
  render: () => html`<qc-button type="button" @click=${loadForAWhile}>Vérifier l’admissibilité</qc-button>`,
};

/** Désactivé : ni focalisable ni activable. Préférez expliquer pourquoi l’action n’est pas possible. */
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };

/** Lien présenté comme un bouton : pour aller à une autre page (Entrée l’active, comme un lien). */
export const CommeLien: Story = {
  name: 'Comme lien (href)',
  args: { href: '#formulaire', label: 'Commencer la démarche' },
};

/** Lien désactivé : rendu sans href et marqué aria-disabled. */
export const LienDesactive: Story = {
  name: 'Lien désactivé',
  args: { href: '#formulaire', disabled: true, label: 'Commencer la démarche' },
};

/**
 * Dans un formulaire : « Envoyer » soumet (name/value envoyés avec les données), « Effacer »
 * réinitialise. Appuyez sur Entrée dans un champ pour soumettre, comme avec un bouton natif.
 * Le prénom est obligatoire : la validation native s’applique.
 */
export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () =>
    html`<form data-sent="Données envoyées :" @submit=${showSubmission} @reset=${clearSubmission}>
      <p>
        <label for="bouton-fr-prenom">Prénom (obligatoire)</label><br />
        <input id="bouton-fr-prenom" name="prenom" autocomplete="given-name" required />
      </p>
      <p>
        <label for="bouton-fr-nom">Nom</label><br />
        <input id="bouton-fr-nom" name="nom" autocomplete="family-name" value="Tremblay" />
      </p>
      <div class="qc-button-group">
        <qc-button name="action" value="envoyer">Envoyer</qc-button>
        <qc-button type="reset" variant="secondary">Effacer</qc-button>
      </div>
      <p><output></output></p>
    </form>`,
};

/** Groupe de boutons : l’action principale d’abord, puis les autres; ils passent à la ligne au besoin. */
export const GroupeDeBoutons: Story = {
  name: 'Groupe de boutons',
  render: () =>
    html`<div class="qc-button-group">
      <qc-button type="button">Continuer</qc-button>
      <qc-button type="button" variant="secondary">Enregistrer et quitter</qc-button>
      <qc-button type="button" variant="tertiary">Annuler</qc-button>
    </div>`,
};

/** Libellé long dans 320 px : le texte passe à la ligne au lieu de déborder. */
export const LibelleLongEcranEtroit: Story = {
  name: 'Libellé long, écran étroit',
  render: () =>
    html`<div style="max-width: 320px; border: 1px dashed var(--qc-color-border-default); padding: 0.5rem">
      <qc-button type="button"
        >Transmettre ma demande de renouvellement du permis de conduire au ministère des Transports</qc-button
      >
    </div>`,
};

// --- English ---------------------------------------------------------------------------------

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

/** The four variants, with English labels. */
export const EnglishVariants: Story = {
  name: 'English — Variants',
  render: () =>
    english(
      html`<div class="qc-button-group">
        ${button({ variant: 'primary', label: 'Submit the request' })}
        ${button({ variant: 'secondary', label: 'Save draft' })} ${button({ variant: 'tertiary', label: 'Cancel' })}
        ${button({ variant: 'danger', label: 'Delete the document' })}
      </div>`,
    ),
};

/** Compact, icons, link and disabled, in English. */
export const EnglishStates: Story = {
  name: 'English — Compact, icons, link, disabled',
  render: () =>
    english(
      html`<div class="qc-button-group">
        ${button({ compact: true, label: 'Edit' })} ${button({ icon: 'plus', label: 'Add a document' })}
        ${button({ href: '#form', variant: 'secondary', label: 'Start now' })}
        ${button({ disabled: true, label: 'Not available' })}
      </div>`,
    ),
};

/** Loading, in English: the description and the announcement say "Loading". */
export const EnglishLoading: Story = {
  name: 'English — Loading',
  render: () =>
    english(
      html`<div class="qc-button-group">
        ${button({ loading: true, label: 'Sending the request' })}
        <qc-button type="button" variant="secondary" @click=${loadForAWhile}>Check eligibility (click)</qc-button>
      </div>`,
    ),
};

/** In a form, in English: Enter in a field submits; "Clear" resets. */
export const EnglishForm: Story = {
  name: 'English — In a form',
  render: () =>
    english(
      html`<form data-sent="Data sent:" @submit=${showSubmission} @reset=${clearSubmission}>
        <p>
          <label for="button-en-first-name">First name (required)</label><br />
          <input id="button-en-first-name" name="first-name" autocomplete="given-name" required />
        </p>
        <p>
          <label for="button-en-last-name">Last name</label><br />
          <input id="button-en-last-name" name="last-name" autocomplete="family-name" value="Tremblay" />
        </p>
        <div class="qc-button-group">
          <qc-button name="action" value="send">Send</qc-button>
          <qc-button type="reset" variant="secondary">Clear</qc-button>
        </div>
        <p><output></output></p>
      </form>`,
    ),
};

import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/toggle-switch/qc-toggle-switch.js';
import '../packages/components/src/button/qc-button.js';
import { clearSubmission, submitOnLoad } from './support/story-form.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface ToggleSwitchArgs {
  label: string;
  description: string;
  name: string;
  value: string;
  checked: boolean;
  disabled: boolean;
  required: boolean;
  justified: boolean;
  'text-align': 'start' | 'end';
  invalid: boolean;
  'invalid-text': string;
}

/** Renders a switch from the args (terse API); empty args leave the attribute out, as an author would. */
function toggleSwitch(args: Partial<ToggleSwitchArgs>): TemplateResult {
  return html`<qc-toggle-switch
    label=${ifDefined(args.label || undefined)}
    description=${ifDefined(args.description || undefined)}
    name=${ifDefined(args.name || undefined)}
    value=${ifDefined(args.value || undefined)}
    ?checked=${args.checked}
    ?disabled=${args.disabled}
    ?required=${args.required}
    ?justified=${args.justified}
    text-align=${ifDefined(args['text-align'] && args['text-align'] !== 'start' ? args['text-align'] : undefined)}
    ?invalid=${args.invalid}
    invalid-text=${ifDefined(args['invalid-text'] || undefined)}
  ></qc-toggle-switch>`;
}

/** Shows what the form would send, instead of leaving the page. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const entries = [...new FormData(form).entries()].map(([key, value]) => `${key}=${String(value)}`);
  const output = form.querySelector('output');
  if (output) output.value = `${form.dataset['sent'] ?? ''} ${entries.join(', ') || form.dataset['none']}`;
}

/** A form around `fields` with a submit and a reset button, showing what it sends. */
function form(fields: TemplateResult, lang: 'fr' | 'en' = 'fr'): TemplateResult {
  const fr = lang === 'fr';
  return html`<form
    data-sent=${fr ? 'Données envoyées :' : 'Data sent:'}
    data-none=${fr ? '(rien)' : '(nothing)'}
    @submit=${showSubmission}
    @reset=${clearSubmission}
  >
    ${fields}
    <div class="qc-button-group">
      <qc-button type="submit">${fr ? 'Envoyer' : 'Send'}</qc-button>
      <qc-button type="reset" variant="secondary">${fr ? 'Réinitialiser' : 'Reset'}</qc-button>
    </div>
    <p><output></output></p>
  </form>`;
}

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

/** A frame as wide as a form column, so `justified` shows. */
function column(body: TemplateResult): TemplateResult {
  return html`<div style="max-width: 30rem">${body}</div>`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-toggle-switch');

const meta = {
  title: 'Formulaires/Interrupteur (qc-toggle-switch)',
  component: 'qc-toggle-switch',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'L’interrupteur active ou désactive un réglage qui prend effet de lui-même (« Recevoir les avis par',
          'courriel »). C’est une case à cocher native `<input type="checkbox" role="switch">` : les technologies',
          'd’assistance annoncent « interrupteur », son nom et son état; la barre d’espacement le bascule; Entrée',
          'ne soumet pas le formulaire. Le formulaire reçoit `name=value` seulement quand l’interrupteur est activé,',
          'et `form.reset()` rétablit l’état initial (`checked`). Écrivez votre `<label>` et votre case, ou laissez',
          'l’élément la créer à partir de `name`, `value`, `label` et `checked`. `justified` place le texte à une',
          'extrémité et l’interrupteur à l’autre; `text-align="end"` met le texte après l’interrupteur. Pour un',
          'choix à confirmer par l’envoi d’un formulaire (« J’accepte les conditions »), préférez une case à cocher.',
          '\n\n',
          'A switch turns a setting on or off that takes effect on its own ("Receive notices by email"). It is a',
          'native `<input type="checkbox" role="switch">`: assistive technology announces "switch", its name and',
          'state; Space toggles it; Enter does not submit the form. The form receives `name=value` only when the',
          'switch is on, and `form.reset()` restores the initial state (`checked`). Write your own `<label>` and',
          'checkbox, or let the element create it from `name`, `value`, `label` and `checked`. `justified` puts the',
          'text at one end and the switch at the other; `text-align="end"` puts the text after the switch. For a',
          'choice confirmed by submitting a form ("I accept the terms"), prefer a checkbox.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    label: 'Recevoir les avis par courriel',
    description: '',
    name: 'avis-courriel',
    value: 'oui',
    checked: false,
    disabled: false,
    required: false,
    justified: false,
    'text-align': 'start',
    invalid: false,
    'invalid-text': '',
  },
  argTypes: controls.argTypes,
  render: (args) => column(toggleSwitch(args)),
} satisfies Meta<ToggleSwitchArgs>;

export default meta;
type Story = StoryObj<ToggleSwitchArgs>;

// --- French ---------------------------------------------------------------------------------

/** Un interrupteur créé à partir des attributs, désactivé au départ. */
export const Defaut: Story = { name: 'Défaut' };

/** Activé au départ (`checked`) : « Réinitialiser » le rétablit dans cet état. */
export const Active: Story = { name: 'Activé', args: { checked: true } };

/** La description précise l’effet du réglage; elle est liée à l’interrupteur et lue après son nom. */
export const AvecDescription: Story = {
  name: 'Avec description',
  args: { description: 'Un courriel vous avise quand votre dossier change d’étape.' },
};

/** Justifié : le texte à une extrémité, l’interrupteur à l’autre, sur toute la largeur de la colonne. */
export const Justifie: Story = {
  name: 'Justifié',
  render: () =>
    column(html`
      ${toggleSwitch({ label: 'Avis par courriel', name: 'courriel', justified: true, checked: true })}
      ${toggleSwitch({ label: 'Avis par texto', name: 'texto', justified: true })}
    `),
};

/** `text-align="end"` : le texte après l’interrupteur, seul ou justifié. */
export const TexteApres: Story = {
  name: 'Texte après l’interrupteur',
  render: () =>
    column(html`
      ${toggleSwitch({ label: 'Mode contraste élevé', name: 'contraste', 'text-align': 'end' })}
      ${toggleSwitch({ label: 'Réduire les animations', name: 'animations', 'text-align': 'end', justified: true })}
    `),
};

/** Désactivé, au repos et activé : ni modifiable ni envoyé avec le formulaire. */
export const Desactive: Story = {
  name: 'Désactivé',
  render: () =>
    column(html`
      ${toggleSwitch({ label: 'Paiement par dépôt direct', name: 'depot', disabled: true })}
      ${toggleSwitch({ label: 'Renouvellement automatique', name: 'renouvellement', disabled: true, checked: true })}
    `),
};

/**
 * Dans un formulaire : seuls les interrupteurs activés sont envoyés (`name=value`). Essayez « Envoyer »,
 * puis « Réinitialiser ».
 */
export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () =>
    form(
      column(html`
        ${toggleSwitch({ label: 'Avis par courriel', name: 'courriel', value: 'oui', checked: true, justified: true })}
        ${toggleSwitch({ label: 'Avis par texto', name: 'texto', value: 'oui', justified: true })}
        ${toggleSwitch({ label: 'Infolettre mensuelle', name: 'infolettre', justified: true })}
      `),
    ),
};

/**
 * Obligatoire, erreur à la soumission : l’histoire tente de soumettre. L’envoi est bloqué, le message nomme
 * l’interrupteur et le focus y va. Activez-le : l’erreur disparaît.
 */
export const ErreurALaSoumission: Story = {
  name: 'Obligatoire : erreur à la soumission',
  render: () =>
    form(column(toggleSwitch({ label: 'Autoriser le partage avec Revenu Québec', name: 'partage', required: true }))),
  play: submitOnLoad,
};

/** Erreur du serveur : `invalid` et `invalid-text` dans le HTML reçu, affichée dès le chargement. */
export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  args: {
    label: 'Dépôt direct',
    name: 'depot',
    invalid: true,
    'invalid-text': 'Ajoutez d’abord un compte bancaire à votre dossier pour activer le dépôt direct.',
  },
};

/**
 * Balisage de l’auteur : une `<label>` qui enveloppe la case, ou liée par `for`, reprise telle quelle et jamais
 * dupliquée; l’élément ajoute `role="switch"` à la case.
 */
export const BalisageDeLAuteur: Story = {
  name: 'Balisage de l’auteur',
  render: () =>
    column(html`
      <qc-toggle-switch justified>
        <label><input type="checkbox" name="rappels" value="oui" /> Rappels de rendez-vous</label>
      </qc-toggle-switch>
      <qc-toggle-switch description="Les heures sont affichées sur 24 heures.">
        <label for="histoire-fr-heure">Format 24 heures</label>
        <input id="histoire-fr-heure" type="checkbox" name="format24" checked />
      </qc-toggle-switch>
    `),
};

/** Étiquette longue dans 320 px : le texte passe à la ligne, l’interrupteur garde sa taille. */
export const LibelleLongEcranEtroit: Story = {
  name: 'Libellé long, écran étroit',
  render: () =>
    html`<div style="max-width: 320px; border: 1px dashed var(--qc-color-border-default); padding: 0.5rem">
      ${toggleSwitch({
        label: 'Recevoir un avis lorsque votre demande de prestation d’assistance sociale change de statut',
        description: 'Par courriel, à l’adresse inscrite dans votre dossier.',
        name: 'avis-statut',
        justified: true,
      })}
    </div>`,
};

// --- English ---------------------------------------------------------------------------------

/** Off, on, with a hint, and disabled, in English. */
export const EnglishStates: Story = {
  name: 'English — States',
  render: () =>
    english(
      column(html`
        ${toggleSwitch({ label: 'Receive notices by email', name: 'email-notices' })}
        ${toggleSwitch({ label: 'Receive notices by text message', name: 'text-notices', checked: true })}
        ${toggleSwitch({
          label: 'Monthly newsletter',
          description: 'One email at the start of each month.',
          name: 'newsletter',
        })}
        ${toggleSwitch({ label: 'Direct deposit', name: 'deposit', disabled: true })}
        ${toggleSwitch({ label: 'Automatic renewal', name: 'renewal', disabled: true, checked: true })}
      `),
    ),
};

/** Justified, and text after the switch, in English. */
export const EnglishLayout: Story = {
  name: 'English — Justified, text after',
  render: () =>
    english(
      column(html`
        ${toggleSwitch({ label: 'Email notices', name: 'email', justified: true, checked: true })}
        ${toggleSwitch({ label: 'High contrast mode', name: 'contrast', 'text-align': 'end' })}
        ${toggleSwitch({ label: 'Reduce motion', name: 'motion', 'text-align': 'end', justified: true })}
      `),
    ),
};

/** A required switch and a submit attempt, in English: the message is in English. */
export const EnglishErrorOnSubmit: Story = {
  name: 'English — Required: error on submit',
  render: () =>
    english(
      form(column(toggleSwitch({ label: 'Allow sharing with Revenu Québec', name: 'sharing', required: true })), 'en'),
    ),
  play: submitOnLoad,
};

/** A server error in English, shown at load. */
export const EnglishServerError: Story = {
  name: 'English — Server error',
  render: () =>
    english(
      column(
        toggleSwitch({
          label: 'Direct deposit',
          name: 'deposit',
          invalid: true,
          'invalid-text': 'Add a bank account to your file before turning on direct deposit.',
        }),
      ),
    ),
};

/** In a form, in English: only the switches that are on are sent. */
export const EnglishInAForm: Story = {
  name: 'English — In a form',
  render: () =>
    english(
      form(
        column(html`
          ${toggleSwitch({ label: 'Email notices', name: 'email', value: 'yes', checked: true, justified: true })}
          ${toggleSwitch({ label: 'Text notices', name: 'text', value: 'yes', justified: true })}
        `),
        'en',
      ),
    ),
};

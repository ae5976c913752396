import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/checkbox/qc-checkbox.js';
import { showSubmission } from './support/story-form.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface CheckboxArgs {
  label: string;
  name: string;
  value: string;
  description: string;
  checked: boolean;
  required: boolean;
  compact: boolean;
  disabled: boolean;
  invalid: boolean;
  'invalid-text': string;
}

/** A checkbox created from its attributes (terse API); empty args leave the attribute out. */
function checkbox(args: Partial<CheckboxArgs>): TemplateResult {
  return html`<qc-checkbox
    label=${ifDefined(args.label || undefined)}
    name=${ifDefined(args.name || undefined)}
    value=${ifDefined(args.value || undefined)}
    description=${ifDefined(args.description || undefined)}
    ?checked=${args.checked}
    ?required=${args.required}
    ?compact=${args.compact}
    ?disabled=${args.disabled}
    ?invalid=${args.invalid}
    invalid-text=${ifDefined(args['invalid-text'] || undefined)}
  ></qc-checkbox>`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-checkbox');

const meta = {
  title: 'Formulaires/Case à cocher (qc-checkbox)',
  component: 'qc-checkbox',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Une case à cocher seule, pour un choix oui ou non que la personne doit faire elle-même : accepter des',
          'conditions, demander une infolettre. La case est un vrai `<input type="checkbox">` dans son `<label>` :',
          'le formulaire envoie `name=value` quand elle est cochée, la touche Espace la coche et le clic sur le texte',
          'aussi (la cible fait au moins 24 px). Écrivez votre propre `<label>` (le balisage de la trousse) ou',
          'laissez l’élément le créer à partir de `label`, `name`, `value` et `checked`. Avec `required`, le message',
          '« Cochez la case … » paraît à la tentative d’envoi, jamais au chargement. Pour plusieurs choix, utilisez',
          '`qc-choice-group`.',
          '\n\n',
          'A single checkbox, for a yes-or-no choice the person must make themselves: accepting terms, asking for a',
          'newsletter. The box is a real `<input type="checkbox">` inside its `<label>`: the form sends `name=value`',
          'when it is checked, Space checks it and so does a click on the text (the target is at least 24 px). Write',
          'your own `<label>` (the incumbent’s markup) or let the element create it from `label`, `name`, `value` and',
          '`checked`. With `required`, the message "Check the … box" appears on a submit attempt, never on load. For',
          'several choices, use `qc-choice-group`.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    label: 'Je souhaite recevoir l’infolettre du Ministère',
    name: 'infolettre',
    value: 'oui',
    description: '',
    checked: false,
    required: false,
    compact: false,
    disabled: false,
    invalid: false,
    'invalid-text': '',
  },
  argTypes: controls.argTypes,
  render: (args) => checkbox(args),
} satisfies Meta<CheckboxArgs>;

export default meta;
type Story = StoryObj<CheckboxArgs>;

// --- French ---------------------------------------------------------------------------------

/** Case non cochée, créée à partir des attributs. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** `checked` : cochée au départ; la réinitialisation du formulaire y revient. */
export const Cochee: Story = { name: 'Cochée', args: { checked: true } };

/** `required` : un astérisque marque le libellé; l’erreur paraît à la tentative d’envoi. */
export const Obligatoire: Story = {
  args: {
    label: 'J’accepte les conditions d’utilisation du service en ligne',
    name: 'conditions',
    required: true,
  },
};

/** Erreur rendue par le serveur (`invalid` + `invalid-text`) : visible au chargement, retirée dès que la case est cochée. */
export const Erreur: Story = {
  args: {
    label: 'J’accepte les conditions d’utilisation du service en ligne',
    name: 'conditions',
    required: true,
    invalid: true,
    'invalid-text': 'Vous devez accepter les conditions d’utilisation pour continuer.',
  },
};

/** Désactivée, cochée ou non. */
export const Desactivee: Story = {
  name: 'Désactivée',
  render: (args) =>
    html`${checkbox({ ...args, disabled: true })}
    ${checkbox({ ...args, disabled: true, checked: true, label: 'Option déjà choisie', name: 'autre' })}`,
};

/** `compact` : case de 16 px; le libellé garde une cible de 24 px. */
export const Compacte: Story = {
  args: { compact: true },
  render: (args) =>
    html`${checkbox(args)} ${checkbox({ ...args, checked: true, label: 'Recevoir aussi les rappels', name: 'rappels' })}`,
};

/** `description` : une indication liée à la case par `aria-describedby`. */
export const AvecIndication: Story = {
  name: 'Avec indication',
  args: { description: 'Un courriel par mois, au plus. Vous pouvez vous désabonner en tout temps.' },
};

/** Un libellé long passe à la ligne; la case reste alignée sur la première ligne. */
export const LibelleLong: Story = {
  name: 'Libellé long',
  args: {
    name: 'declaration',
    label:
      'Je déclare que les renseignements fournis dans ce formulaire sont exacts et complets, et je comprends qu’une fausse déclaration peut entraîner le refus de ma demande ou l’annulation de l’aide accordée.',
  },
};

/** Le balisage de la trousse : votre propre `<label>` est adopté, jamais dupliqué. */
export const LibelleDeLAuteur: Story = {
  name: 'Libellé de l’auteur',
  render: () =>
    html`<qc-checkbox required>
      <label>
        <input type="checkbox" name="consentement" value="oui" />
        <span>J’accepte que mes renseignements soient transmis au ministère concerné</span>
      </label>
    </qc-checkbox>`,
};

/** Dans un formulaire : envoyez sans cocher pour voir l’erreur, puis cochez pour la retirer. */
export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () =>
    html`<form data-sent="Envoyé :" @submit=${showSubmission}>
      <qc-checkbox
        required
        name="conditions"
        value="acceptees"
        label="J’accepte les conditions d’utilisation"
      ></qc-checkbox>
      <button type="submit" class="qc-button qc-compact">Envoyer</button>
      <output></output>
    </form>`,
};

// --- English ---------------------------------------------------------------------------------

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

/** Default, checked, with a hint, compact and disabled, in English. */
export const EnglishStates: Story = {
  name: 'English — States',
  render: () =>
    english(html`
      ${checkbox({ label: 'Send me the Ministry’s newsletter', name: 'newsletter', value: 'yes' })}
      ${checkbox({ label: 'Send me reminders', name: 'reminders', checked: true })}
      ${checkbox({
        label: 'Send me text messages',
        name: 'sms',
        description: 'Standard rates may apply.',
      })}
      ${checkbox({ label: 'Compact checkbox', name: 'compact', compact: true })}
      ${checkbox({ label: 'Unavailable option', name: 'unavailable', disabled: true })}
    `),
};

/** Required, with the server's error, in English. */
export const EnglishError: Story = {
  name: 'English — Error',
  render: () =>
    english(
      checkbox({
        label: 'I accept the terms of use of the online service',
        name: 'terms',
        required: true,
        invalid: true,
        'invalid-text': 'You must accept the terms of use to continue.',
      }),
    ),
};

/** In a form, in English: submit without checking to see the message. */
export const EnglishForm: Story = {
  name: 'English — In a form',
  render: () =>
    english(
      html`<form data-sent="Sent:" @submit=${showSubmission}>
        <qc-checkbox required name="terms" value="accepted" label="I accept the terms of use"></qc-checkbox>
        <button type="submit" class="qc-button qc-compact">Send</button>
        <output></output>
      </form>`,
    ),
};

import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/textfield/qc-textfield.js';
import '../packages/components/src/button/qc-button.js';
import { form, submitOnLoad } from './support/story-form.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface TextfieldArgs {
  label: string;
  description: string;
  name: string;
  type: 'text' | 'email' | 'tel' | 'url' | 'number' | 'password' | 'search';
  value: string;
  placeholder: string;
  autocomplete: string;
  inputmode: string;
  size: '' | 'xs' | 'sm' | 'md' | 'lg' | 'xl';
  'max-length': number | undefined;
  required: boolean;
  disabled: boolean;
  invalid: boolean;
  'invalid-text': string;
}

/** Renders a text field from the args (terse API); empty args leave the attribute out, as an author would. */
function textfield(args: Partial<TextfieldArgs>): TemplateResult {
  return html`<qc-textfield
    label=${ifDefined(args.label || undefined)}
    description=${ifDefined(args.description || undefined)}
    name=${ifDefined(args.name || undefined)}
    type=${ifDefined(args.type || undefined)}
    value=${ifDefined(args.value || undefined)}
    placeholder=${ifDefined(args.placeholder || undefined)}
    autocomplete=${ifDefined(args.autocomplete || undefined)}
    inputmode=${ifDefined(args.inputmode || undefined)}
    size=${ifDefined(args.size || undefined)}
    max-length=${ifDefined(args['max-length'] || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?invalid=${args.invalid}
    invalid-text=${ifDefined(args['invalid-text'] || undefined)}
  ></qc-textfield>`;
}

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

/** Controls, defaults and events from the manifest, with the args that are the story's own. */
const controls = manifestControls('qc-textfield', {
  inputmode: {
    description: 'Clavier virtuel — Virtual keyboard',
    control: 'select',
    options: ['', 'text', 'numeric', 'decimal', 'tel', 'email', 'url', 'search'],
  },
});

const meta = {
  title: 'Formulaires/Champ texte (qc-textfield)',
  component: 'qc-textfield',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le champ texte recueille une réponse courte (`<input>`) ou longue (`<textarea>`). Écrivez le contrôle natif',
          'dans l’élément, ou laissez l’élément créer un `<input>` à partir de `name`, `type`, `value`, `placeholder`,',
          '`autocomplete`. L’étiquette, la description, l’erreur et le compteur sont de vrais éléments à côté du',
          'contrôle, liés par `for` et `aria-describedby`; une `<label>` que vous écrivez est reprise telle quelle.',
          'Les erreurs viennent de la validation du navigateur, en français ou en anglais, et s’affichent quand la',
          'personne quitte un champ modifié ou tente de soumettre, jamais au chargement. `max-length` est une limite',
          'souple : le compteur indique ce qui reste, et un texte trop long ne peut pas être soumis. Donnez toujours',
          'le bon `autocomplete` (`given-name`, `email`, `postal-code`…) : le navigateur remplit le champ pour la',
          'personne (WCAG 1.3.5).',
          '\n\n',
          'A text field collects a short (`<input>`) or long (`<textarea>`) answer. Write the native control inside the',
          'element, or let the element create an `<input>` from `name`, `type`, `value`, `placeholder`,',
          '`autocomplete`. Label, hint, error and counter are real elements next to the control, linked by `for` and',
          '`aria-describedby`; a `<label>` you write is adopted as is. Errors come from the browser’s validation, in',
          'French or English, and show when the user leaves a field they changed or tries to submit, never on load.',
          '`max-length` is a soft limit: the counter says what is left, and a text that is too long cannot be',
          'submitted. Always give the right `autocomplete` (`given-name`, `email`, `postal-code`…): the browser fills',
          'the field in for the user (WCAG 1.3.5).',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    label: 'Nom de famille',
    description: '',
    name: 'nom',
    type: 'text',
    value: '',
    placeholder: '',
    autocomplete: 'family-name',
    inputmode: '',
    size: '',
    'max-length': undefined,
    required: false,
    disabled: false,
    invalid: false,
    'invalid-text': '',
  },
  argTypes: controls.argTypes,
  render: (args) => textfield(args),
} satisfies Meta<TextfieldArgs>;

export default meta;
type Story = StoryObj<TextfieldArgs>;

// --- French ---------------------------------------------------------------------------------

/** Un champ créé à partir des attributs : étiquette, nom, type et autocomplete. */
export const Defaut: Story = { name: 'Défaut' };

/** La description précise ce qu’il faut écrire; elle est liée au champ et lue après l’étiquette. */
export const AvecDescription: Story = {
  name: 'Avec description',
  args: {
    label: 'Numéro d’assurance maladie',
    description: '4 lettres et 8 chiffres, tels qu’ils figurent sur votre carte. Exemple : ABCD 1234 5678',
    name: 'nam',
    autocomplete: 'off',
    size: 'sm',
  },
};

/** Obligatoire : l’astérisque est décoratif; le champ est marqué obligatoire pour les technologies d’assistance. */
export const Obligatoire: Story = { args: { required: true } };

/**
 * Erreur à la soumission : l’histoire tente de soumettre le formulaire. L’envoi est bloqué, chaque champ
 * affiche son message et le focus va au premier champ en erreur. Corrigez un champ : son erreur disparaît.
 */
export const ErreurALaSoumission: Story = {
  name: 'Erreur à la soumission',
  render: () =>
    form(html`
      ${textfield({ label: 'Prénom', name: 'prenom', autocomplete: 'given-name', required: true })}
      ${textfield({ label: 'Courriel', name: 'courriel', type: 'email', autocomplete: 'email', value: 'lea@' })}
      ${textfield({ label: 'Âge', name: 'age', type: 'number', size: 'xs', value: '12', inputmode: 'numeric' })}
    `),
  play: submitOnLoad,
};

/**
 * Erreur du serveur : `invalid` et `invalid-text` dans le HTML reçu. L’erreur s’affiche dès le chargement
 * et disparaît quand la personne modifie le champ.
 */
export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  args: {
    label: 'Courriel',
    name: 'courriel',
    type: 'email',
    autocomplete: 'email',
    value: 'lea.tremblay@exemple.com',
    invalid: true,
    'invalid-text': 'Cette adresse est déjà associée à un autre compte.',
  },
};

/** Les cinq largeurs : choisissez celle qui correspond à la réponse attendue. */
export const Tailles: Story = {
  render: () => html`
    ${textfield({ label: 'Très petite (xs) — âge', name: 'xs', size: 'xs', type: 'number', inputmode: 'numeric' })}
    ${textfield({ label: 'Petite (sm) — code postal', name: 'sm', size: 'sm', autocomplete: 'postal-code' })}
    ${textfield({ label: 'Moyenne (md, par défaut) — ville', name: 'md', size: 'md', autocomplete: 'address-level2' })}
    ${textfield({ label: 'Grande (lg) — adresse', name: 'lg', size: 'lg', autocomplete: 'street-address' })}
    ${textfield({ label: 'Très grande (xl) — titre du projet', name: 'xl', size: 'xl' })}
  `,
};

/**
 * Zone de texte avec compteur : `max-length="2000"`. Le compteur indique ce qui reste, annonce le nombre
 * quand la personne fait une pause, et passe en rouge au-delà de la limite.
 */
export const ZoneDeTexteAvecCompteur: Story = {
  name: 'Zone de texte avec compteur',
  render: () =>
    form(
      html`<qc-textfield
        label="Décrivez votre situation"
        description="Donnez les dates et les démarches déjà faites."
        max-length="2000"
      >
        <textarea name="situation"></textarea>
      </qc-textfield>`,
    ),
};

/** Compteur dépassé : le texte n’est pas coupé, mais il ne peut pas être soumis tant qu’il dépasse la limite. */
export const CompteurDepasse: Story = {
  name: 'Compteur dépassé',
  args: {
    label: 'Titre de la demande',
    name: 'titre',
    autocomplete: 'off',
    'max-length': 20,
    value: 'Demande de révision de la décision du 3 mars',
  },
};

/** Courriel, téléphone et code postal, avec le jeton autocomplete et le clavier adaptés. */
export const CoordonneesAvecAutocomplete: Story = {
  name: 'Courriel, téléphone, code postal (autocomplete)',
  render: () =>
    form(html`
      ${textfield({ label: 'Courriel', name: 'courriel', type: 'email', autocomplete: 'email', required: true })}
      ${textfield({
        label: 'Téléphone',
        description: 'Exemple : 418 555-1234',
        name: 'telephone',
        type: 'tel',
        autocomplete: 'tel',
        size: 'sm',
      })}
      <qc-textfield label="Code postal" description="Exemple : G1R 4S9" size="sm">
        <input
          name="code-postal"
          autocomplete="postal-code"
          pattern="[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d"
          title="A1A 1A1"
        />
      </qc-textfield>
    `),
};

/** Désactivé : ni modifiable ni envoyé avec le formulaire. Préférez afficher l’information en texte. */
export const Desactive: Story = {
  name: 'Désactivé',
  args: { label: 'Numéro de dossier', name: 'dossier', value: 'D-2025-00412', disabled: true, autocomplete: 'off' },
};

/**
 * Étiquette écrite par l’auteur : reprise telle quelle, jamais dupliquée — liée par `for`, ou enveloppant
 * le champ.
 */
export const EtiquetteDeLAuteur: Story = {
  name: 'Étiquette écrite par l’auteur',
  render: () => html`
    <qc-textfield description="Tel qu’il figure sur votre permis de conduire">
      <label for="histoire-fr-nom">Nom de famille</label>
      <input id="histoire-fr-nom" name="nom" autocomplete="family-name" />
    </qc-textfield>
    <qc-textfield>
      <label>Prénom <input name="prenom" autocomplete="given-name" /></label>
    </qc-textfield>
  `,
};

/** Étiquette et description longues dans 320 px : le texte passe à la ligne au lieu de déborder. */
export const LibelleLongEcranEtroit: Story = {
  name: 'Libellé long, écran étroit',
  render: () =>
    html`<div style="max-width: 320px; border: 1px dashed var(--qc-color-border-default); padding: 0.5rem">
      ${textfield({
        label: 'Numéro d’entreprise du Québec (NEQ) de la personne morale qui présente la demande de subvention',
        description: 'Le NEQ compte 10 chiffres; vous le trouverez au Registre des entreprises du Québec.',
        name: 'neq',
        inputmode: 'numeric',
        size: 'xl',
      })}
    </div>`,
};

// --- English ---------------------------------------------------------------------------------

/** Default, hint and required fields, in English. */
export const EnglishDefault: Story = {
  name: 'English — Default, hint, required',
  render: () =>
    english(html`
      ${textfield({ label: 'Last name', name: 'last-name', autocomplete: 'family-name' })}
      ${textfield({
        label: 'Health insurance number',
        description: '4 letters and 8 digits, as on your card. Example: ABCD 1234 5678',
        name: 'hin',
        autocomplete: 'off',
        size: 'sm',
      })}
      ${textfield({ label: 'First name', name: 'first-name', autocomplete: 'given-name', required: true })}
    `),
};

/** A submit attempt in English: the messages are in English. */
export const EnglishErrorOnSubmit: Story = {
  name: 'English — Error on submit',
  render: () =>
    english(
      form(
        html`
          ${textfield({ label: 'First name', name: 'first-name', autocomplete: 'given-name', required: true })}
          ${textfield({ label: 'Email', name: 'email', type: 'email', autocomplete: 'email', value: 'lea@' })}
          ${textfield({ label: 'Age', name: 'age', type: 'number', size: 'xs', value: '12', inputmode: 'numeric' })}
        `,
        'en',
      ),
    ),
  play: submitOnLoad,
};

/** A server error in English, shown at load, cleared when the user edits the field. */
export const EnglishServerError: Story = {
  name: 'English — Server error',
  render: () =>
    english(
      textfield({
        label: 'Email',
        name: 'email',
        type: 'email',
        autocomplete: 'email',
        value: 'lea.tremblay@example.com',
        invalid: true,
        'invalid-text': 'This address is already linked to another account.',
      }),
    ),
};

/** The five widths, in English. */
export const EnglishSizes: Story = {
  name: 'English — Sizes',
  render: () =>
    english(html`
      ${textfield({ label: 'Extra small (xs) — age', name: 'xs', size: 'xs', type: 'number', inputmode: 'numeric' })}
      ${textfield({ label: 'Small (sm) — postal code', name: 'sm', size: 'sm', autocomplete: 'postal-code' })}
      ${textfield({ label: 'Medium (md, default) — city', name: 'md', size: 'md', autocomplete: 'address-level2' })}
      ${textfield({ label: 'Large (lg) — address', name: 'lg', size: 'lg', autocomplete: 'street-address' })}
      ${textfield({ label: 'Extra large (xl) — project title', name: 'xl', size: 'xl' })}
    `),
};

/** A textarea with a 2,000-character counter, and a field over its limit, in English. */
export const EnglishTextareaWithCounter: Story = {
  name: 'English — Textarea with counter',
  render: () =>
    english(
      form(
        html`<qc-textfield
            label="Describe your situation"
            description="Give the dates and the steps already taken."
            max-length="2000"
          >
            <textarea name="situation"></textarea>
          </qc-textfield>
          ${textfield({
            label: 'Request title',
            name: 'title',
            autocomplete: 'off',
            'max-length': 20,
            value: 'Request for review of the March 3 decision',
          })}`,
        'en',
      ),
    ),
};

/** Email, phone and postal code with their autocomplete tokens, in English. */
export const EnglishContactFields: Story = {
  name: 'English — Email, phone, postal code (autocomplete)',
  render: () =>
    english(
      form(
        html`
          ${textfield({ label: 'Email', name: 'email', type: 'email', autocomplete: 'email', required: true })}
          ${textfield({
            label: 'Phone',
            description: 'Example: 418 555-1234',
            name: 'phone',
            type: 'tel',
            autocomplete: 'tel',
            size: 'sm',
          })}
          <qc-textfield label="Postal code" description="Example: G1R 4S9" size="sm">
            <input
              name="postal-code"
              autocomplete="postal-code"
              pattern="[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d"
              title="A1A 1A1"
            />
          </qc-textfield>
        `,
        'en',
      ),
    ),
};

/** A disabled field and author-written labels (for, and wrapping), in English. */
export const EnglishDisabledAndAuthorLabels: Story = {
  name: 'English — Disabled, author-written labels',
  render: () =>
    english(html`
      ${textfield({ label: 'File number', name: 'file', value: 'D-2025-00412', disabled: true, autocomplete: 'off' })}
      <qc-textfield description="As it appears on your driver’s licence">
        <label for="story-en-last-name">Last name</label>
        <input id="story-en-last-name" name="last-name" autocomplete="family-name" />
      </qc-textfield>
      <qc-textfield>
        <label>First name <input name="first-name" autocomplete="given-name" /></label>
      </qc-textfield>
    `),
};

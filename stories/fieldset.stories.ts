import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/fieldset/qc-fieldset.js';
import '../packages/components/src/textfield/qc-textfield.js';
import '../packages/components/src/select/qc-select.js';
import '../packages/components/src/error-summary/qc-error-summary.js';
import '../packages/components/src/button/qc-button.js';
import { showSubmission, clearSubmission, submitOnLoad } from './support/story-form.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface FieldsetArgs {
  legend: string;
  description: string;
  invalid: boolean;
  'invalid-text': string;
}

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

interface AddressValues {
  number?: string;
  street?: string;
  city?: string;
  postal?: string;
}

const text = {
  fr: {
    number: 'Numéro civique',
    street: 'Rue',
    unit: 'Appartement, bureau (facultatif)',
    city: 'Ville ou municipalité',
    province: 'Province ou territoire',
    postal: 'Code postal',
    postalHint: 'Exemple : G1R 4S9',
  },
  en: {
    number: 'Civic number',
    street: 'Street',
    unit: 'Apartment, suite (optional)',
    city: 'City or municipality',
    province: 'Province or territory',
    postal: 'Postal code',
    postalHint: 'Example: G1R 4S9',
  },
};

/**
 * The fields of a Québec address with their autocomplete tokens (WCAG 1.3.5), so the browser fills
 * them in for the user. No token names a civic number or a street alone (`address-line1` is both
 * together), so those two have none rather than a wrong one. `prefix` keeps names and autocomplete
 * sections apart when a page has two addresses.
 */
function addressFields(lang: Lang, values: AddressValues = {}, required = false, prefix = ''): TemplateResult {
  const t = text[lang];
  const section = prefix ? `section-${prefix.replace(/-$/, '')} ` : '';
  return html`
    <qc-textfield label=${t.number} size="xs" ?required=${required}>
      <input name="${prefix}numero" inputmode="numeric" value=${ifDefined(values.number)} />
    </qc-textfield>
    <qc-textfield label=${t.street} size="lg" ?required=${required}>
      <input name="${prefix}rue" value=${ifDefined(values.street)} />
    </qc-textfield>
    <qc-textfield label=${t.unit} size="sm">
      <input name="${prefix}unite" autocomplete="${section}address-line2" />
    </qc-textfield>
    <qc-textfield label=${t.city} ?required=${required}>
      <input name="${prefix}ville" autocomplete="${section}address-level2" value=${ifDefined(values.city)} />
    </qc-textfield>
    <qc-select label=${t.province} ?required=${required}>
      <select name="${prefix}province" autocomplete="${section}address-level1">
        ${provinces[lang].map(([code, name]) => html`<option value=${code}>${name}</option>`)}
      </select>
    </qc-select>
    <qc-textfield label=${t.postal} description=${t.postalHint} size="sm" ?required=${required}>
      <input
        name="${prefix}code-postal"
        autocomplete="${section}postal-code"
        pattern="[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d"
        title="A1A 1A1"
        value=${ifDefined(values.postal)}
      />
    </qc-textfield>
  `;
}

/** Renders the group from the args, around an address. */
function fieldset(args: Partial<FieldsetArgs>, fields: TemplateResult): TemplateResult {
  return html`<qc-fieldset
    legend=${ifDefined(args.legend || undefined)}
    description=${ifDefined(args.description || undefined)}
    ?invalid=${args.invalid}
    invalid-text=${ifDefined(args['invalid-text'] || undefined)}
  >
    ${fields}
  </qc-fieldset>`;
}

/** A form with an error summary at the top, the fields, a submit and a reset button. */
function form(fields: TemplateResult, lang: Lang = 'fr'): TemplateResult {
  const fr = lang === 'fr';
  return html`<form
    data-sent=${fr ? 'Données envoyées :' : 'Data sent:'}
    @submit=${showSubmission}
    @reset=${clearSubmission}
  >
    <qc-error-summary no-autofocus></qc-error-summary>
    ${fields}
    <div class="qc-button-group">
      <qc-button type="submit">${fr ? 'Continuer' : 'Continue'}</qc-button>
      <qc-button type="reset" variant="secondary">${fr ? 'Effacer' : 'Clear'}</qc-button>
    </div>
    <p><output></output></p>
  </form>`;
}

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

const unknownAddress = {
  fr: 'Cette adresse est introuvable. Vérifiez le numéro civique, la rue et le code postal.',
  en: 'This address cannot be found. Check the civic number, street and postal code.',
};

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-fieldset');

const meta = {
  title: 'Formulaires/Groupe de champs (qc-fieldset)',
  component: 'qc-fieldset',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le groupe de champs réunit sous une légende des champs qui vont ensemble : une adresse, un nom, des',
          'coordonnées. Les technologies d’assistance annoncent le groupe et sa légende en y entrant. L’élément est',
          'lui-même le groupe (`role="group"`, nommé par la légende, décrit par la description et l’erreur du',
          'groupe) : un `<fieldset>` natif ne peut pas être placé autour de vos champs sans les déplacer, ce que les',
          'cadriciels ne tolèrent pas. Les champs restent les vôtres, là où vous les avez écrits. L’erreur du',
          'groupe porte sur l’ensemble, en général renvoyée par le serveur (`invalid` et `invalid-text` :',
          '« Cette adresse est introuvable. »); elle figure dans le résumé des erreurs et disparaît dès que la',
          'personne modifie un des champs. Chaque champ garde ses propres erreurs. Pour désactiver tous les champs,',
          'entourez le groupe d’un `<fieldset disabled>` natif.',
          '\n\n',
          'The field group gathers fields that belong together under a legend: an address, a name, contact',
          'details. Assistive technology announces the group and its legend on entering it. The element itself is',
          'the group (`role="group"`, named by the legend, described by the hint and the group error): a native',
          '`<fieldset>` cannot be put around your fields without moving them, which frameworks do not tolerate.',
          'The fields stay yours, where you wrote them. The group error is about the whole, usually sent back by',
          'the server (`invalid` and `invalid-text`: "This address cannot be found."); it is listed in the error',
          'summary and goes away as soon as the user changes one of the fields. Each field keeps its own errors.',
          'To disable every field, wrap the group in a native `<fieldset disabled>`.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, legend: 'Adresse du domicile', description: '', invalid: false, 'invalid-text': '' },
  argTypes: controls.argTypes,
  render: (args) => fieldset(args, addressFields('fr')),
} satisfies Meta<FieldsetArgs>;

export default meta;
type Story = StoryObj<FieldsetArgs>;

// --- French ---------------------------------------------------------------------------------

/**
 * Une adresse : numéro civique, rue, appartement, ville, province et code postal. L’appartement, la ville, la
 * province et le code postal ont leur jeton autocomplete (`address-line2`, `address-level2`, `address-level1`,
 * `postal-code`) : le navigateur les remplit pour la personne.
 */
export const Adresse: Story = {};

/** La description s’applique à tout le groupe; elle est lue en entrant dans le groupe. */
export const AvecDescription: Story = {
  name: 'Avec description',
  args: { description: 'L’adresse où vous habitez, même si vous recevez votre courrier ailleurs.' },
};

/**
 * Erreur du serveur sur le groupe : l’adresse envoyée est introuvable. L’erreur s’affiche au chargement,
 * figure dans le résumé (son lien mène au premier champ) et disparaît dès que vous modifiez un champ.
 */
export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  render: () =>
    form(
      fieldset(
        { legend: 'Adresse du domicile', invalid: true, 'invalid-text': unknownAddress.fr },
        addressFields('fr', { number: '1037', street: 'rue de la Chevrotière', city: 'Québec', postal: 'G1R 4S9' }),
      ),
    ),
};

/**
 * Erreurs à la soumission : l’histoire tente de soumettre. Chaque champ obligatoire affiche sa propre erreur,
 * le résumé les liste et prend le focus.
 */
export const ErreursALaSoumission: Story = {
  name: 'Erreurs des champs à la soumission',
  render: () => form(fieldset({ legend: 'Adresse du domicile' }, addressFields('fr', {}, true))),
  play: submitOnLoad,
};

/** Deux groupes dans une page : domicile et adresse postale, avec des sections autocomplete distinctes. */
export const DeuxAdresses: Story = {
  name: 'Deux adresses',
  render: () =>
    form(html`
      ${fieldset({ legend: 'Adresse du domicile' }, addressFields('fr', {}, false, 'domicile-'))}
      ${fieldset(
        { legend: 'Adresse postale', description: 'Si elle diffère de l’adresse du domicile.' },
        addressFields('fr', {}, false, 'postale-'),
      )}
    `),
};

/** Désactivé : un `<fieldset disabled>` natif autour du groupe désactive tous ses champs. */
export const Desactive: Story = {
  name: 'Désactivé (fieldset natif)',
  render: () =>
    html`<fieldset disabled style="margin: 0; padding: 0; border: 0">
      ${fieldset(
        { legend: 'Adresse du domicile', description: 'Modifiable une fois votre identité vérifiée.' },
        addressFields('fr', { number: '1037', street: 'rue de la Chevrotière', city: 'Québec', postal: 'G1R 4S9' }),
      )}
    </fieldset>`,
};

/** Légende et erreur longues dans 320 px : le texte passe à la ligne. */
export const LegendeLongueEcranEtroit: Story = {
  name: 'Légende longue, écran étroit',
  render: () =>
    html`<div style="max-width: 320px; border: 1px dashed var(--qc-color-border-default); padding: 0.5rem">
      ${fieldset(
        {
          legend: 'Adresse de l’établissement où les services de garde éducatifs à l’enfance sont offerts',
          invalid: true,
          'invalid-text': unknownAddress.fr,
        },
        addressFields('fr'),
      )}
    </div>`,
};

// --- English ---------------------------------------------------------------------------------

/** An address with a hint, in English. */
export const EnglishAddress: Story = {
  name: 'English — Address',
  render: () =>
    english(
      fieldset(
        { legend: 'Home address', description: 'Where you live, even if you get your mail elsewhere.' },
        addressFields('en'),
      ),
    ),
};

/** The server could not find the address, in English: listed by the summary, cleared on edit. */
export const EnglishServerError: Story = {
  name: 'English — Server error',
  render: () =>
    english(
      form(
        fieldset(
          { legend: 'Home address', invalid: true, 'invalid-text': unknownAddress.en },
          addressFields('en', { number: '1037', street: 'rue de la Chevrotière', city: 'Quebec', postal: 'G1R 4S9' }),
        ),
        'en',
      ),
    ),
};

/** A submit attempt with required fields, in English. */
export const EnglishErrorsOnSubmit: Story = {
  name: 'English — Field errors on submit',
  render: () => english(form(fieldset({ legend: 'Home address' }, addressFields('en', {}, true)), 'en')),
  play: submitOnLoad,
};

/** The group error without invalid-text says to check the section, in English. */
export const EnglishGenericError: Story = {
  name: 'English — Group error without text',
  render: () => english(fieldset({ legend: 'Home address', invalid: true }, addressFields('en'))),
};

import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/date-field/qc-date-field.js';
import '../packages/components/src/button/qc-button.js';
import { form } from './support/story-form.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface DateFieldArgs {
  label: string;
  description: string | undefined;
  name: string;
  value: string;
  min: string;
  max: string;
  autocomplete: string;
  required: boolean;
  disabled: boolean;
  invalid: boolean;
  'invalid-text': string;
}

/**
 * Renders a date field from the args; empty args leave the attribute out, as an author would.
 * `description` left undefined shows the built-in example; '' shows no hint.
 */
function dateField(args: Partial<DateFieldArgs>): TemplateResult {
  return html`<qc-date-field
    label=${ifDefined(args.label || undefined)}
    description=${ifDefined(args.description ?? undefined)}
    name=${ifDefined(args.name || undefined)}
    value=${ifDefined(args.value || undefined)}
    min=${ifDefined(args.min || undefined)}
    max=${ifDefined(args.max || undefined)}
    autocomplete=${ifDefined(args.autocomplete || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?invalid=${args.invalid}
    invalid-text=${ifDefined(args['invalid-text'] || undefined)}
  ></qc-date-field>`;
}

/**
 * Types an impossible date (31 février 2025) in the field named `naissance`, as a citizen would,
 * then tries to submit the form, as a user pressing « Envoyer »: the errors appear.
 */
async function typeImpossibleDateAndSubmit({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const field = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
    'qc-date-field[name="naissance"]',
  );
  await field?.updateComplete;
  const texts = { year: '2025', month: '02', day: '31' };
  for (const [part, text] of Object.entries(texts)) {
    const input = field?.querySelector<HTMLInputElement>(`input[data-qc-part="${part}"]`);
    if (!input) continue;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  canvasElement.querySelector('form')?.requestSubmit();
}

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-date-field');

const meta = {
  title: 'Formulaires/Date (qc-date-field)',
  component: 'qc-date-field',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le champ date recueille une date connue de la personne (date de naissance, date d’un événement) en trois',
          'champs natifs : année, mois, jour, dans cet ordre (AAAA-MM-JJ, la convention québécoise). Le groupe est',
          'nommé par `label`; chaque partie a sa propre étiquette (« Année », « Mois », « Jour »). Le formulaire',
          'reçoit une seule valeur, sous `name` : la date ISO `AAAA-MM-JJ` quand elle est complète et réelle, sinon',
          'une chaîne vide. Ce que la personne tape reste tel quel (« 3 » pour mars est accepté); coller une date',
          'entière (2025-03-27) remplit les trois parties. Les messages disent quelle partie manque ou est fausse',
          '(« Le 31 février 2025 n’existe pas. ») et seule cette partie est marquée en erreur. `min` et `max`',
          'bornent la date; `autocomplete="bday"` permet au navigateur de remplir une date de naissance. Pour choisir',
          'une date proche (un rendez-vous), un calendrier peut être plus simple; pour une date connue, ce champ',
          'est plus rapide et plus accessible.',
          '\n\n',
          'The date field collects a date the user knows (date of birth, date of an event) in three native inputs:',
          'year, month, day, in that order (YYYY-MM-DD, the Québec convention). The group is named by `label`; each',
          'part has its own label ("Year", "Month", "Day"). The form receives one value, under `name`: the ISO date',
          '`YYYY-MM-DD` when it is complete and real, otherwise an empty string. What the user types stays as typed',
          '("3" for March is accepted); pasting a whole date (2025-03-27) fills the three parts. Messages say which',
          'part is missing or wrong ("February 31, 2025 does not exist.") and only that part is marked in error.',
          '`min` and `max` bound the date; `autocomplete="bday"` lets the browser fill in a date of birth. To pick a',
          'nearby date (an appointment) a calendar may be simpler; for a known date this field is faster and more',
          'accessible.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    label: 'Date de l’accident',
    description: undefined,
    name: 'date-accident',
    value: '',
    min: '',
    max: '',
    autocomplete: '',
    required: false,
    disabled: false,
    invalid: false,
    'invalid-text': '',
  },
  argTypes: controls.argTypes,
  render: (args) => dateField(args),
} satisfies Meta<DateFieldArgs>;

export default meta;
type Story = StoryObj<DateFieldArgs>;

// --- French ---------------------------------------------------------------------------------

/** Trois champs (année, mois, jour) dans un groupe nommé par l’étiquette, avec l’exemple intégré. */
export const Defaut: Story = { name: 'Défaut' };

/** Avec une valeur initiale (`value="2025-03-27"`) : « Effacer » (réinitialiser) y revient. */
export const AvecValeur: Story = {
  name: 'Avec valeur',
  render: (args) => form(dateField({ ...args, value: '2025-03-27' })),
};

/**
 * Date de naissance : `autocomplete="bday"` donne aux parties `bday-year`, `bday-month`, `bday-day`,
 * et la description donne un exemple vraisemblable.
 */
export const DateDeNaissance: Story = {
  name: 'Date de naissance (autocomplete)',
  args: {
    label: 'Date de naissance',
    description: 'Par exemple : 1985 11 04',
    name: 'naissance',
    autocomplete: 'bday',
    required: true,
  },
  render: (args) => form(dateField(args)),
};

/** `min` et `max` : une date hors des bornes ne peut pas être envoyée; le message donne la borne en toutes lettres. */
export const MinEtMax: Story = {
  name: 'Min et max',
  args: {
    label: 'Date du début des travaux',
    description: 'Entre le 1er janvier et le 31 décembre 2026. Par exemple : 2026 05 04',
    name: 'debut-travaux',
    min: '2026-01-01',
    max: '2026-12-31',
    value: '2025-12-15',
  },
  render: (args) => form(dateField(args)),
  play: ({ canvasElement }) => canvasElement.querySelector('form')?.requestSubmit(),
};

/** Obligatoire : l’astérisque est décoratif; chaque partie est marquée obligatoire pour les technologies d’assistance. */
export const Obligatoire: Story = { args: { required: true } };

/**
 * Erreur à la soumission : l’histoire tape le 31 février 2025, puis tente de soumettre. L’envoi est bloqué,
 * chaque champ affiche son message et le focus va au premier champ en erreur. Seule la partie fautive (le
 * jour) est marquée.
 */
export const ErreurALaSoumission: Story = {
  name: 'Erreur à la soumission',
  render: () =>
    form(html`
      ${dateField({ label: 'Date de naissance', name: 'naissance', autocomplete: 'bday', description: '' })}
      ${dateField({ label: 'Date de l’accident', name: 'accident', required: true })}
    `),
  play: typeImpossibleDateAndSubmit,
};

/**
 * Erreur du serveur : `invalid` et `invalid-text` dans le HTML reçu. L’erreur s’affiche dès le chargement
 * et disparaît quand la personne modifie la date.
 */
export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  args: {
    label: 'Date du rendez-vous',
    name: 'rendez-vous',
    value: '2026-03-27',
    invalid: true,
    'invalid-text': 'Aucune plage horaire n’est libre à cette date. Choisissez une autre date.',
  },
};

/** Désactivé : ni modifiable ni envoyé avec le formulaire. */
export const Desactive: Story = {
  name: 'Désactivé',
  args: { label: 'Date de la demande', name: 'date-demande', value: '2025-03-27', disabled: true },
};

/** `description=""` : aucune description, quand l’étiquette suffit. */
export const SansDescription: Story = {
  name: 'Sans description',
  args: { label: 'Date d’arrivée au Québec', name: 'arrivee', description: '' },
};

/** Étiquette longue dans 320 px : le texte passe à la ligne et les parties aussi, sans débordement. */
export const LibelleLongEcranEtroit: Story = {
  name: 'Libellé long, écran étroit',
  render: () =>
    html`<div style="max-width: 320px; border: 1px dashed var(--qc-color-border-default); padding: 0.5rem">
      ${dateField({
        label: 'Date à laquelle vous avez cessé d’habiter à l’adresse indiquée sur votre dernière déclaration',
        name: 'demenagement',
      })}
    </div>`,
};

// --- English ---------------------------------------------------------------------------------

/** Year, month and day in a group named by its label, with the built-in example, in English. */
export const EnglishDefault: Story = {
  name: 'English — Default',
  render: () => english(dateField({ label: 'Date of the accident', name: 'accident-date' })),
};

/** A date of birth (`autocomplete="bday"`) with an initial value and a reset button, in English. */
export const EnglishDateOfBirth: Story = {
  name: 'English — Date of birth, with value',
  render: () =>
    english(
      form(
        dateField({
          label: 'Date of birth',
          description: 'For example: 1985 11 04',
          name: 'birth-date',
          autocomplete: 'bday',
          value: '1985-11-04',
          required: true,
        }),
        'en',
      ),
    ),
};

/** `min` and `max`, and a submit attempt out of range, in English. */
export const EnglishMinMax: Story = {
  name: 'English — Min and max',
  render: () =>
    english(
      form(
        dateField({
          label: 'Work start date',
          description: 'Between January 1 and December 31, 2026. For example: 2026 05 04',
          name: 'start-date',
          min: '2026-01-01',
          max: '2026-12-31',
          value: '2027-01-15',
        }),
        'en',
      ),
    ),
  play: ({ canvasElement }) => canvasElement.querySelector('form')?.requestSubmit(),
};

/** A submit attempt with an impossible date and a missing required date, in English. */
export const EnglishErrorOnSubmit: Story = {
  name: 'English — Error on submit',
  render: () =>
    english(
      form(
        html`
          ${dateField({ label: 'Date of birth', name: 'naissance', autocomplete: 'bday', description: '' })}
          ${dateField({ label: 'Date of the accident', name: 'accident', required: true })}
        `,
        'en',
      ),
    ),
  play: typeImpossibleDateAndSubmit,
};

/** A server error in English, shown at load, cleared when the user edits the date. */
export const EnglishServerError: Story = {
  name: 'English — Server error',
  render: () =>
    english(
      dateField({
        label: 'Appointment date',
        name: 'appointment',
        value: '2026-03-27',
        invalid: true,
        'invalid-text': 'No time slot is free on this date. Choose another date.',
      }),
    ),
};

/** Disabled and required, in English. */
export const EnglishDisabledRequired: Story = {
  name: 'English — Disabled, required',
  render: () =>
    english(html`
      ${dateField({ label: 'Application date', name: 'application-date', value: '2025-03-27', disabled: true })}
      ${dateField({ label: 'Date of arrival in Québec', name: 'arrival', required: true })}
    `),
};

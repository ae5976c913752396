import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/error-summary/qc-error-summary.js';
import '../packages/components/src/textfield/qc-textfield.js';
import '../packages/components/src/choice-group/qc-choice-group.js';
import '../packages/components/src/checkbox/qc-checkbox.js';
import '../packages/components/src/button/qc-button.js';
import { clearSubmission, submitOnLoad } from './support/story-form.js';
import { manifestControls } from './support/manifest-controls.js';

type Lang = 'fr' | 'en';

/** Story args, named like the element's attributes. */
interface ErrorSummaryArgs {
  heading: string;
  'corrected-heading': string;
  header: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  'no-autofocus': boolean;
}

const text = {
  fr: {
    intro: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
    given: 'Prénom',
    family: 'Nom de famille',
    email: 'Courriel',
    phone: 'Téléphone (champ natif, sans composant)',
    phoneHint: 'Exemple : 418 555-0199',
    contact: 'Comment voulez-vous être joint?',
    contactError: 'Indiquez comment vous voulez être joint.',
    byEmail: 'Par courriel',
    byPhone: 'Par téléphone',
    consent: 'J’accepte que mes renseignements servent à traiter ma demande',
    send: 'Envoyer',
    clear: 'Effacer',
    sent: 'Formulaire valide : il serait envoyé.',
    description: 'Corrigez les champs suivants, puis envoyez le formulaire de nouveau.',
    emailTaken: 'Cette adresse est déjà associée à un autre dossier.',
    familyUnknown: 'Aucun dossier ne correspond à ce nom. Vérifiez l’orthographe.',
  },
  en: {
    intro: 'Fields marked with an asterisk (*) are required.',
    given: 'First name',
    family: 'Last name',
    email: 'Email',
    phone: 'Phone (plain native field, no component)',
    phoneHint: 'Example: 418 555-0199',
    contact: 'How would you like to be contacted?',
    contactError: 'Tell us how you would like to be contacted.',
    byEmail: 'By email',
    byPhone: 'By phone',
    consent: 'I agree that my information be used to process my request',
    send: 'Send',
    clear: 'Clear',
    sent: 'The form is valid: it would be sent.',
    description: 'Fix the following fields, then send the form again.',
    emailTaken: 'This address is already linked to another file.',
    familyUnknown: 'No file matches this name. Check the spelling.',
  },
};

/** Shows that the form would be sent, instead of leaving the page. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const output = form.querySelector('output');
  if (output) output.value = form.dataset['sent'] ?? '';
}

/** The summary from the args; empty args leave the attribute out, as an author would. */
function summary(args: Partial<ErrorSummaryArgs>, description?: TemplateResult): TemplateResult {
  return html`<qc-error-summary
    heading=${ifDefined(args.heading || undefined)}
    corrected-heading=${ifDefined(args['corrected-heading'] || undefined)}
    header=${ifDefined(args.header && args.header !== 'h2' ? args.header : undefined)}
    ?no-autofocus=${args['no-autofocus']}
    >${description ?? nothing}</qc-error-summary
  >`;
}

interface Values {
  given?: string;
  family?: string;
  email?: string;
  phone?: string;
  /** Server errors rendered in the page (`invalid` + `invalid-text`). */
  server?: boolean;
}

/**
 * A contact form: text fields, a plain native input (the summary lists it too), a choice group and
 * a consent checkbox, with the summary at the top.
 */
function contactForm(lang: Lang, summaryMarkup: TemplateResult, values: Values = {}): TemplateResult {
  const t = text[lang];
  const form = html`<form data-sent=${t.sent} @submit=${showSubmission} @reset=${clearSubmission}>
    ${summaryMarkup}
    <p>${t.intro}</p>
    <qc-textfield label=${t.given} required>
      <input name="prenom" autocomplete="given-name" value=${ifDefined(values.given)} />
    </qc-textfield>
    <qc-textfield
      label=${t.family}
      required
      ?invalid=${values.server}
      invalid-text=${ifDefined(values.server ? t.familyUnknown : undefined)}
    >
      <input name="nom" autocomplete="family-name" value=${ifDefined(values.family)} />
    </qc-textfield>
    <qc-textfield
      label=${t.email}
      ?invalid=${values.server}
      invalid-text=${ifDefined(values.server ? t.emailTaken : undefined)}
    >
      <input name="courriel" type="email" autocomplete="email" value=${ifDefined(values.email)} />
    </qc-textfield>
    <div class="qc-mb-md">
      <label for="telephone-${lang}">${t.phone}</label>
      <div id="telephone-hint-${lang}">${t.phoneHint}</div>
      <input
        id="telephone-${lang}"
        name="telephone"
        type="tel"
        autocomplete="tel"
        required
        pattern="[\\d\\s\\-\\(\\)\\+]{10,}"
        title="418 555-0199"
        aria-describedby="telephone-hint-${lang}"
        value=${ifDefined(values.phone)}
      />
    </div>
    <qc-choice-group legend=${t.contact} name="moyen" required invalid-text=${t.contactError}>
      <label><input type="radio" value="courriel" /> <span>${t.byEmail}</span></label>
      <label><input type="radio" value="telephone" /> <span>${t.byPhone}</span></label>
    </qc-choice-group>
    <qc-checkbox name="consentement" value="oui" label=${t.consent} required></qc-checkbox>
    <div class="qc-button-group">
      <qc-button type="submit">${t.send}</qc-button>
      <qc-button type="reset" variant="secondary">${t.clear}</qc-button>
    </div>
    <p><output></output></p>
  </form>`;
  return lang === 'en' ? html`<div lang="en">${form}</div>` : form;
}

/** Types a value into a control as a user would (the `input` event is what the field listens to). */
function fill(control: HTMLInputElement | null, value: string): void {
  if (!control) return;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Submits with errors, then fixes every one of them: the summary confirms they are corrected. */
async function submitThenFix({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const form = canvasElement.querySelector('form');
  if (!form) return;
  form.requestSubmit();
  await new Promise((resolve) => setTimeout(resolve));
  fill(form.querySelector('input[name="prenom"]'), 'Léa');
  fill(form.querySelector('input[name="nom"]'), 'Tremblay');
  fill(form.querySelector('input[name="telephone"]'), '418 555-0199');
  form.querySelector<HTMLInputElement>('input[name="moyen"]')?.click();
  form.querySelector<HTMLInputElement>('input[name="consentement"]')?.click();
  await new Promise((resolve) => setTimeout(resolve));
}

/**
 * In the docs page, every story is on one page: a summary that took focus at load would scroll the
 * page to itself. The docs page shows server errors without autofocus; the story's own page
 * (canvas) shows the real behaviour.
 */
const inDocs = (context: { viewMode?: string }) => context.viewMode === 'docs';

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-error-summary');

const meta = {
  title: 'Formulaires/Résumé des erreurs (qc-error-summary)',
  component: 'qc-error-summary',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le résumé des erreurs se place en haut du formulaire (ou ailleurs, avec `for="id-du-formulaire"`). Rien',
          'n’est affiché tant qu’il n’y a rien à dire. Quand la personne tente d’envoyer un formulaire qui contient',
          'des erreurs, l’envoi est bloqué, le résumé liste chaque erreur dans l’ordre des champs, sous forme de lien',
          'qui mène au champ (le lien montre l’étiquette ou la question et place le focus dans le champ), et il prend',
          'le focus : le lecteur d’écran annonce le titre (« Le formulaire contient 3 erreurs ») puis les erreurs.',
          'Le résumé suit les corrections sans déplacer le focus; quand la dernière erreur est corrigée, il l’indique',
          '(« Toutes les erreurs ont été corrigées ») au lieu de disparaître sous les yeux de la personne. Un envoi',
          'réussi ou « Effacer » le masque. Les erreurs rendues par le serveur (`invalid` et `invalid-text` sur les',
          'champs) sont listées au chargement, et le résumé prend alors le focus, sauf avec `no-autofocus`. Les',
          'champs natifs sans composant sont listés aussi, avec les mêmes messages. Tout texte est affiché comme',
          'texte, jamais comme HTML.',
          '\n\n',
          'The error summary goes at the top of the form (or anywhere, with `for="form-id"`). Nothing shows until',
          'there is something to say. When the user tries to submit a form with errors, submission is blocked, the',
          'summary lists each error in the order of the fields, as a link to the field (the link brings the label or',
          'question into view and puts focus in the field), and it takes focus: screen readers announce the heading',
          '("The form contains 3 errors"), then the errors. It follows the fixes without moving focus; when the last',
          'error is fixed it says so ("All errors have been corrected") instead of vanishing under the user’s eyes.',
          'A successful submit or « Effacer » (reset) hides it. Errors rendered by the server (`invalid` and',
          '`invalid-text` on fields) are listed at load, and the summary then takes focus, unless `no-autofocus`.',
          'Plain native fields are listed too, with the same messages. All text is shown as text, never as HTML.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, heading: '', 'corrected-heading': '', header: 'h2', 'no-autofocus': false },
  argTypes: controls.argTypes,
  render: (args) => contactForm('fr', summary(args)),
} satisfies Meta<ErrorSummaryArgs>;

export default meta;
type Story = StoryObj<ErrorSummaryArgs>;

// --- French ---------------------------------------------------------------------------------

/**
 * Avant l’envoi, le résumé n’affiche rien. Appuyez sur « Envoyer » sans remplir le formulaire : le résumé
 * apparaît, prend le focus et liste les erreurs, y compris celle du champ Téléphone natif.
 */
export const AvantLEnvoi: Story = { name: 'Avant l’envoi (essayez « Envoyer »)' };

/**
 * Après une tentative d’envoi : l’histoire tente d’envoyer le formulaire vide. Suivez un lien : le focus va
 * au champ. Corrigez un champ : il sort de la liste et le titre se met à jour.
 */
export const ApresUneTentativeDEnvoi: Story = {
  name: 'Après une tentative d’envoi',
  play: submitOnLoad,
};

/**
 * Un message qui ne nomme pas son champ est précédé de l’étiquette (« Courriel : Entrez une adresse… »),
 * pour que chaque lien se comprenne seul.
 */
export const MessagesPrecedesDeLEtiquette: Story = {
  name: 'Messages précédés de l’étiquette',
  render: (args) => contactForm('fr', summary(args), { given: 'Léa', family: 'Tremblay', email: 'lea@', phone: '418' }),
  play: submitOnLoad,
};

/**
 * Erreurs du serveur : la page revient avec `invalid` et `invalid-text` sur deux champs. Le résumé les liste
 * dès le chargement et prend le focus (sauf dans la page de documentation, où toutes les histoires se
 * partagent la page, et avec `no-autofocus`).
 */
export const ErreursDuServeur: Story = {
  name: 'Erreurs du serveur (au chargement)',
  render: (args, context) =>
    contactForm('fr', summary({ ...args, 'no-autofocus': args['no-autofocus'] || inDocs(context) }), {
      given: 'Léa',
      family: 'Tremblé',
      email: 'lea.tremblay@exemple.com',
      phone: '418 555-0199',
      server: true,
    }),
};

/** Toutes les erreurs corrigées : le résumé le confirme (et l’annonce poliment) au lieu de disparaître. */
export const ErreursCorrigees: Story = {
  name: 'Toutes les erreurs corrigées',
  play: submitThenFix,
};

/**
 * Titre et description de l’auteur : `heading` remplace le titre (texte seulement), `header="h3"` règle le
 * niveau, et le contenu de l’élément s’affiche sous le titre avec les erreurs.
 */
export const TitreEtDescription: Story = {
  name: 'Titre, niveau et description',
  args: { heading: 'Votre demande n’a pas pu être envoyée', header: 'h3' },
  render: (args) => contactForm('fr', summary(args, html`<p>${text.fr.description}</p>`)),
  play: submitOnLoad,
};

/** Avec `for` : le résumé est hors du formulaire (par exemple en haut de la page) et le désigne par son `id`. */
export const HorsDuFormulaire: Story = {
  name: 'Hors du formulaire (for)',
  render: () => html`
    <qc-error-summary for="formulaire-abonnement"></qc-error-summary>
    <form id="formulaire-abonnement" data-sent=${text.fr.sent} @submit=${showSubmission}>
      <qc-textfield label="Courriel" name="courriel" type="email" autocomplete="email" required></qc-textfield>
      <qc-button type="submit">S’abonner</qc-button>
      <p><output></output></p>
    </form>
  `,
  play: submitOnLoad,
};

// --- English ---------------------------------------------------------------------------------

/** Before sending, in English: press "Send" with the form empty. */
export const EnglishBeforeSending: Story = {
  name: 'English — Before sending (try "Send")',
  render: (args) => contactForm('en', summary(args)),
};

/** After a submit attempt, in English: the heading, the messages and the plain field's message are in English. */
export const EnglishAfterSubmitAttempt: Story = {
  name: 'English — After a submit attempt',
  render: (args) => contactForm('en', summary(args), { given: 'Leah', email: 'leah@' }),
  play: submitOnLoad,
};

/** Server errors at load, in English (no autofocus in the docs page). */
export const EnglishServerErrors: Story = {
  name: 'English — Server errors (at load)',
  render: (args, context) =>
    contactForm('en', summary({ ...args, 'no-autofocus': args['no-autofocus'] || inDocs(context) }), {
      given: 'Leah',
      family: 'Tremblai',
      email: 'leah.tremblay@example.com',
      phone: '418 555-0199',
      server: true,
    }),
};

/** All errors corrected, in English. */
export const EnglishCorrected: Story = {
  name: 'English — All errors corrected',
  render: (args) => contactForm('en', summary(args)),
  play: submitThenFix,
};

/** Custom heading, level and description, in English. */
export const EnglishHeadingAndDescription: Story = {
  name: 'English — Heading, level and description',
  args: { heading: 'Your request could not be sent', header: 'h3' },
  render: (args) => contactForm('en', summary(args, html`<p>${text.en.description}</p>`)),
  play: submitOnLoad,
};

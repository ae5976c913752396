import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/dialog/qc-dialog.js';
import '../packages/components/src/button/qc-button.js';
import '../packages/components/src/textfield/qc-textfield.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface DialogArgs {
  open: boolean;
  alert: boolean;
  'light-dismiss': boolean;
  closable: boolean;
  'close-label': string;
  label: string;
}

/** The words of a story, in French and in English. */
interface Words {
  open: string;
  heading: string;
}

let count = 0;

/**
 * An invoker button and the dialog it opens (no script: `command="show-modal"`), from the args;
 * empty args leave the attribute out, as an author would. Ids are unique: the docs page shows
 * every story at once.
 */
function dialog(
  args: DialogArgs,
  words: Words,
  body: TemplateResult,
  footer?: (id: string) => TemplateResult,
): TemplateResult {
  const id = `dialogue-${++count}`;
  return html`<qc-button type="button" variant="secondary" command="show-modal" commandfor=${id}
      >${words.open}</qc-button
    >
    <qc-dialog
      id=${id}
      ?open=${args.open}
      ?alert=${args.alert}
      ?light-dismiss=${args['light-dismiss']}
      ?closable=${args.closable}
      close-label=${ifDefined(args['close-label'] || undefined)}
      label=${ifDefined(args.label || undefined)}
      ><h2 slot="heading">${words.heading}</h2>
      ${body}${footer ? html`<div slot="footer">${footer(id)}</div>` : ''}</qc-dialog
    >`;
}

const english = (body: TemplateResult) => html`<div lang="en">${body}</div>`;

/** An open dialog covers its canvas: on the docs page, each open story gets its own frame. */
const ownFrame = { docs: { story: { inline: false, height: '32rem' } } };

const addressForm = (id: string, labels: { street: string; city: string }) =>
  html`<form method="dialog" id=${id}>
    <qc-textfield label=${labels.street}><input name="rue" autocomplete="street-address" /></qc-textfield>
    <qc-textfield label=${labels.city}><input name="ville" autocomplete="address-level2" /></qc-textfield>
  </form>`;

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-dialog');

const meta = {
  title: 'Composants/Fenêtre modale (qc-dialog)',
  component: 'qc-dialog',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Une fenêtre modale sur l’élément natif `<dialog>` (`showModal()`) : le reste de la page est inerte et',
          'ne défile pas. Elle s’ouvre sans script avec un bouton `command="show-modal" commandfor="id"` (natif ou',
          '`qc-button`), par `show()` ou l’attribut `open`. Le focus va au champ `autofocus`, sinon au premier',
          'élément focalisable du contenu; Tab reste dans la fenêtre; Échap, le bouton « Fermer » et, avec',
          '`light-dismiss`, un clic à l’extérieur la ferment (événement `cancel` annulable, puis `close`), et le focus',
          'revient au bouton qui l’a ouverte. Un `<form method="dialog">` la ferme à l’envoi sans rien effacer.',
          '`alert` en fait une fenêtre d’alerte (`alertdialog`).',
          '\n\n',
          'A modal dialog on the native `<dialog>` (`showModal()`): the rest of the page is inert and does not',
          'scroll. It opens without script from a `command="show-modal" commandfor="id"` button (native or',
          '`qc-button`), with `show()` or the `open` attribute. Focus goes to the `autofocus` field, else the first',
          'focusable element of the content; Tab stays inside; Escape, the "Close" button and, with `light-dismiss`,',
          'a click outside close it (cancelable `cancel` event, then `close`), and focus returns to the button that',
          'opened it. A `<form method="dialog">` closes it on submit and keeps what was typed. `alert` makes it an',
          'alert dialog (`alertdialog`).',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    open: false,
    alert: false,
    'light-dismiss': false,
    closable: false,
    'close-label': '',
    label: '',
  },
  argTypes: controls.argTypes,
  render: (args) =>
    dialog(
      args,
      { open: 'Voir les heures d’ouverture', heading: 'Heures d’ouverture' },
      html`<p>Nos bureaux sont ouverts du lundi au vendredi, de 8 h 30 à 16 h 30.</p>`,
    ),
} satisfies Meta<DialogArgs>;

export default meta;
type Story = StoryObj<DialogArgs>;

/** Fermée : le bouton l’ouvre, sans script (`command="show-modal"`). */
export const ParDefaut: Story = { name: 'Par défaut' };

/** Ouverte (attribut `open`). */
export const Ouverte: Story = { args: { open: true }, parameters: ownFrame };

/** Un formulaire `method="dialog"` : « Enregistrer » la ferme avec `returnValue` « enregistrer ». */
export const Formulaire: Story = {
  args: { open: true },
  parameters: ownFrame,
  render: (args) =>
    dialog(
      args,
      { open: 'Modifier l’adresse', heading: 'Modifier l’adresse' },
      addressForm('formulaire-adresse', { street: 'Adresse', city: 'Ville' }),
      (id) =>
        html`<qc-button type="submit" form="formulaire-adresse" value="enregistrer">Enregistrer</qc-button>
          <qc-button type="button" variant="secondary" command="close" commandfor=${id}>Annuler</qc-button>`,
    ),
};

/** Fenêtre d’alerte : une réponse est attendue; pas de bouton « Fermer » ni de fermeture par clic extérieur. */
export const Alerte: Story = {
  name: 'Alerte',
  args: { open: true, alert: true },
  parameters: ownFrame,
  render: (args) =>
    dialog(
      args,
      { open: 'Supprimer le document', heading: 'Supprimer le document?' },
      html`<p>Le document « Preuve de résidence.pdf » sera supprimé de votre demande.</p>`,
      (id) =>
        html`<qc-button type="button" variant="danger" command="close" commandfor=${id} value="supprimer"
            >Supprimer</qc-button
          >
          <qc-button type="button" variant="secondary" command="close" commandfor=${id} value="annuler"
            >Annuler</qc-button
          >`,
    ),
};

/** Un clic à l’extérieur la ferme (`light-dismiss`). */
export const FermetureParClicExterieur: Story = {
  name: 'Fermeture par clic à l’extérieur',
  args: { open: true, 'light-dismiss': true },
  parameters: ownFrame,
};

/** Un contenu long défile dans la fenêtre; l’intertitre et le bouton « Fermer » restent visibles. */
export const ContenuLong: Story = {
  name: 'Contenu long',
  args: { open: true },
  parameters: ownFrame,
  render: (args) =>
    dialog(
      args,
      { open: 'Lire les conditions', heading: 'Conditions d’utilisation des services en ligne' },
      html`${Array.from(
        { length: 12 },
        (_, i) =>
          html`<p>
            Article ${i + 1}. Les renseignements fournis dans ce formulaire servent uniquement au traitement de votre
            demande; ils sont protégés conformément à la Loi sur l’accès aux documents des organismes publics et sur la
            protection des renseignements personnels (https://www.legisquebec.gouv.qc.ca/fr/document/lc/A-2.1).
          </p>`,
      )}`,
    ),
};

/** English — closed; the button opens it. */
export const English: Story = {
  name: 'English — Default',
  render: (args) =>
    english(
      dialog(
        args,
        { open: 'See opening hours', heading: 'Opening hours' },
        html`<p>Our offices are open Monday to Friday, 8:30 a.m. to 4:30 p.m.</p>`,
      ),
    ),
};

/** English — a `method="dialog"` form, open. */
export const EnglishForm: Story = {
  name: 'English — Form',
  args: { open: true },
  parameters: ownFrame,
  render: (args) =>
    english(
      dialog(
        args,
        { open: 'Change address', heading: 'Change address' },
        addressForm('address-form', { street: 'Address', city: 'City' }),
        (id) =>
          html`<qc-button type="submit" form="address-form" value="save">Save</qc-button>
            <qc-button type="button" variant="secondary" command="close" commandfor=${id}>Cancel</qc-button>`,
      ),
    ),
};

/** English — alert dialog. */
export const EnglishAlert: Story = {
  name: 'English — Alert',
  args: { open: true, alert: true },
  parameters: ownFrame,
  render: (args) =>
    english(
      dialog(
        args,
        { open: 'Delete the document', heading: 'Delete the document?' },
        html`<p>The document "Proof of residence.pdf" will be removed from your application.</p>`,
        (id) =>
          html`<qc-button type="button" variant="danger" command="close" commandfor=${id} value="delete"
              >Delete</qc-button
            >
            <qc-button type="button" variant="secondary" command="close" commandfor=${id} value="cancel"
              >Cancel</qc-button
            >`,
      ),
    ),
};

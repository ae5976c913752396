import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/accordion/qc-accordion.js';
import '../packages/components/src/accordion-item/qc-accordion-item.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface AccordionArgs {
  'heading-level': string;
  'show-all-label': string;
  'hide-all-label': string;
}

/** The element from the args; an empty arg leaves the attribute out, as an author would. */
function accordion(args: AccordionArgs, body: TemplateResult): TemplateResult {
  return html`<qc-accordion
    heading-level=${ifDefined(args['heading-level'] || undefined)}
    show-all-label=${ifDefined(args['show-all-label'] || undefined)}
    hide-all-label=${ifDefined(args['hide-all-label'] || undefined)}
    >${body}</qc-accordion
  >`;
}

/** The sections of a service page, in French; `open` lists the open ones (0-based). */
function sectionsFr(open: number[] = [], tag: 'h2' | 'h3' = 'h3'): TemplateResult {
  const heading = (text: string) =>
    tag === 'h2' ? html`<h2 slot="heading">${text}</h2>` : html`<h3 slot="heading">${text}</h3>`;
  return html`<qc-accordion-item ?open=${open.includes(0)}
      >${heading('Qui peut faire une demande?')}
      <p>Toute personne qui habite au Québec depuis au moins trois mois.</p></qc-accordion-item
    >
    <qc-accordion-item ?open=${open.includes(1)}
      >${heading('Quels documents dois-je fournir?')}
      <ul>
        <li>une preuve d’identité;</li>
        <li>une preuve de résidence au Québec.</li>
      </ul>
      <p><a href="#documents">Liste complète des documents acceptés</a></p></qc-accordion-item
    >
    <qc-accordion-item ?open=${open.includes(2)}
      >${heading('Combien de temps prend le traitement?')}
      <p>Environ 30 jours ouvrables après la réception d’une demande complète.</p></qc-accordion-item
    >`;
}

function sectionsEn(open: number[] = []): TemplateResult {
  return html`<qc-accordion-item ?open=${open.includes(0)}
      ><h3 slot="heading">Who can apply?</h3>
      <p>Anyone who has lived in Québec for at least three months.</p></qc-accordion-item
    >
    <qc-accordion-item ?open=${open.includes(1)}
      ><h3 slot="heading">What documents do I need?</h3>
      <ul>
        <li>proof of identity;</li>
        <li>proof of residence in Québec.</li>
      </ul></qc-accordion-item
    >
    <qc-accordion-item ?open=${open.includes(2)}
      ><h3 slot="heading">How long does processing take?</h3>
      <p>About 30 working days after a complete application is received.</p></qc-accordion-item
    >`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-accordion');

const meta = {
  title: 'Composants/Accordéon (qc-accordion)',
  component: 'qc-accordion',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Des sections dont l’intertitre affiche ou masque le contenu (motif « accordéon » de l’APG),',
          'avec un bouton « Afficher toutes les sections ». Le contenu reste dans la page :',
          'la recherche du navigateur le trouve et ouvre la section.',
          '\n\n',
          'Sections whose heading shows or hides their content (APG accordion), with a « show all » button.',
          'The content stays in the page: the browser’s find-in-page finds it and opens the section.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, 'heading-level': '', 'show-all-label': '', 'hide-all-label': '' },
  argTypes: controls.argTypes,
  render: (args) => accordion(args, sectionsFr()),
} satisfies Meta<AccordionArgs>;

export default meta;
type Story = StoryObj<AccordionArgs>;

/** Toutes les sections fermées. */
export const Fermees: Story = { name: 'Sections fermées' };

/** Une section ouverte au chargement (`open`). */
export const UneSectionOuverte: Story = {
  name: 'Une section ouverte',
  render: (args) => accordion(args, sectionsFr([1])),
};

/** Toutes ouvertes : le bouton devient « Masquer toutes les sections ». */
export const ToutesOuvertes: Story = {
  name: 'Toutes les sections ouvertes',
  render: (args) => accordion(args, sectionsFr([0, 1, 2])),
};

/** Des intertitres `h2` : `heading-level="2"` (ou le niveau de l’élément `h2`). */
export const NiveauDIntertitre2: Story = {
  name: 'Intertitres de niveau 2',
  args: { 'heading-level': '2' },
  render: (args) => accordion(args, sectionsFr([], 'h2')),
};

/** Une seule section : pas de bouton « Afficher toutes les sections ». */
export const UneSeuleSection: Story = {
  name: 'Une seule section',
  render: (args) =>
    accordion(
      args,
      html`<qc-accordion-item
        ><h3 slot="heading">Qui peut faire une demande?</h3>
        <p>Toute personne qui habite au Québec depuis au moins trois mois.</p></qc-accordion-item
      >`,
    ),
};

/** Un formulaire dans une section : ce qui est saisi reste quand la section se ferme. */
export const AvecFormulaire: Story = {
  name: 'Avec un champ de formulaire',
  render: (args) =>
    accordion(
      args,
      html`<qc-accordion-item open
          ><h3 slot="heading">Adresse</h3>
          <p>
            <label>Rue <input name="rue" autocomplete="street-address" /></label></p
        ></qc-accordion-item>
        <qc-accordion-item
          ><h3 slot="heading">Coordonnées</h3>
          <p>
            <label>Courriel <input name="courriel" type="email" autocomplete="email" /></label></p
        ></qc-accordion-item>`,
    ),
};

/** Textes du bouton remplacés pour cet accordéon. */
export const TextesPersonnalises: Story = {
  name: 'Textes personnalisés',
  args: { 'show-all-label': 'Tout déplier', 'hide-all-label': 'Tout replier' },
};

/** All sections closed, in English. */
export const English: Story = {
  name: 'English — Closed sections',
  render: (args) => html`<div lang="en">${accordion(args, sectionsEn())}</div>`,
};

/** One section open, in English. */
export const EnglishOneOpen: Story = {
  name: 'English — One section open',
  render: (args) => html`<div lang="en">${accordion(args, sectionsEn([0]))}</div>`,
};

/** Every section open, in English: the button says "Hide all sections". */
export const EnglishAllOpen: Story = {
  name: 'English — All sections open',
  render: (args) => html`<div lang="en">${accordion(args, sectionsEn([0, 1, 2]))}</div>`,
};

import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/search-bar/qc-search-bar.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface SearchBarArgs {
  'input-name': string;
  'input-value': string;
  'input-placeholder': string;
  'piv-background': boolean;
  size: '' | 'full-width';
}

/** The bar in its form (the search submits the form; prevented here so the story stays put). */
function searchBar(args: SearchBarArgs, label?: string): TemplateResult {
  return html`<form action="#resultats" @submit=${(event: Event) => event.preventDefault()}>
    <qc-search-bar
      input-name=${ifDefined(args['input-name'] || undefined)}
      input-value=${ifDefined(args['input-value'] || undefined)}
      input-placeholder=${ifDefined(args['input-placeholder'] || undefined)}
      search-aria-label=${ifDefined(label)}
      ?piv-background=${args['piv-background']}
      size=${ifDefined(args.size || undefined)}
    ></qc-search-bar>
  </form>`;
}

/** The PIV blue band, as the header draws it (always PIV blue). */
const pivBand = (body: TemplateResult) =>
  html`<div style="padding: var(--qc-spacer-md); background-color: var(--qc-search-bar-piv-band)">${body}</div>`;
const english = (body: TemplateResult) => html`<div lang="en">${body}</div>`;

/** Controls, defaults and events from the manifest, with the args that are the story's own. */
const controls = manifestControls('qc-search-bar', {
  'input-placeholder': { description: 'Texte indicatif — Placeholder' },
});

const meta = {
  title: 'Composants/Barre de recherche (qc-search-bar)',
  component: 'qc-search-bar',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Un repère de recherche (`<search>`) avec un champ de recherche natif et un bouton d’envoi nommé',
          '« Lancer la recherche ». Placez-le dans votre `<form action="…">` : Entrée ou le bouton envoie `q=…`.',
          'Les attributs `input-*` vont au champ, `submit-*` au bouton, `search-*` au repère.',
          '\n\n',
          'A search landmark (`<search>`) with a native search field and a submit button named "Submit search". Put',
          'it in your `<form action="…">`: Enter or the button submits `q=…`. `input-*` attributes go to the field,',
          '`submit-*` to the button, `search-*` to the landmark.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    'input-name': '',
    'input-value': '',
    'input-placeholder': '',
    'piv-background': false,
    size: '',
  },
  argTypes: controls.argTypes,
  render: (args) => searchBar(args),
} satisfies Meta<SearchBarArgs>;

export default meta;
type Story = StoryObj<SearchBarArgs>;

/** La barre sur fond blanc. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** Avec la requête déjà saisie (page de résultats). */
export const AvecValeur: Story = { name: 'Avec valeur', args: { 'input-value': 'permis de conduire' } };

/** Sur la bande bleu PIV (zone de recherche de l’en-tête). */
export const FondPIV: Story = {
  name: 'Sur fond bleu PIV',
  args: { 'piv-background': true },
  render: (args) => pivBand(searchBar(args, 'Québec.ca')),
};

/** Toute la largeur de sa colonne. */
export const PleineLargeur: Story = { name: 'Pleine largeur', args: { size: 'full-width' } };

/** The bar in English. */
export const English: Story = { name: 'English — Default', render: (args) => english(searchBar(args)) };

/** On the PIV blue band, in English, with a query. */
export const EnglishPiv: Story = {
  name: 'English — PIV band',
  args: { 'piv-background': true, 'input-value': 'driver’s licence' },
  render: (args) => english(pivBand(searchBar(args, 'Québec.ca'))),
};

/** Full width, in English. */
export const EnglishFullWidth: Story = {
  name: 'English — Full width',
  args: { size: 'full-width' },
  render: (args) => english(searchBar(args)),
};

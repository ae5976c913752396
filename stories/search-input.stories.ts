import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/search-input/qc-search-input.js';
import { type SearchInputSize } from '../packages/components/src/search-input/search-input.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface SearchInputArgs {
  label: string;
  'aria-label': string;
  'clear-aria-label': string;
  placeholder: string;
  value: string;
  size: SearchInputSize | '';
  'left-icon': boolean;
  disabled: boolean;
  debounce: number;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function searchInput(args: SearchInputArgs): TemplateResult {
  return html`<qc-search-input
    name="q"
    label=${ifDefined(args.label || undefined)}
    aria-label=${ifDefined(args['aria-label'] || undefined)}
    clear-aria-label=${ifDefined(args['clear-aria-label'] || undefined)}
    placeholder=${ifDefined(args.placeholder || undefined)}
    value=${ifDefined(args.value || undefined)}
    size=${ifDefined(args.size || undefined)}
    ?left-icon=${args['left-icon']}
    ?disabled=${args.disabled}
    debounce=${ifDefined(args.debounce || undefined)}
  ></qc-search-input>`;
}

const english = (body: TemplateResult) => html`<div lang="en">${body}</div>`;

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-search-input');

const meta = {
  title: 'Composants/Champ de recherche (qc-search-input)',
  component: 'qc-search-input',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Un champ de recherche natif (`<input type="search">`) dans le DOM léger, avec un bouton qui l’efface,',
          'un libellé visible facultatif (un vrai `<label>`) et une icône de recherche. Nommez-le par `label` ou',
          '`aria-label` : le texte indicatif (placeholder) n’est pas un libellé. `qc-change` signale la valeur après',
          '`debounce` millisecondes sans saisie.',
          '\n\n',
          'A native search field (`<input type="search">`) in the light DOM, with a clear button, an optional visible',
          'label (a real `<label>`) and a search icon. Name it with `label` or `aria-label`: a placeholder is not a',
          'label. `qc-change` reports the value after `debounce` milliseconds without typing.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    label: '',
    'aria-label': 'Rechercher un article',
    'clear-aria-label': '',
    placeholder: 'Rechercher un article',
    value: '',
    size: '',
    'left-icon': false,
    disabled: false,
    debounce: 0,
  },
  argTypes: controls.argTypes,
  render: (args) => searchInput(args),
} satisfies Meta<SearchInputArgs>;

export default meta;
type Story = StoryObj<SearchInputArgs>;

/** Le champ, nommé par `aria-label`. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** Un libellé visible : un vrai `<label for>` au-dessus du champ. */
export const AvecLibelle: Story = {
  name: 'Avec libellé',
  args: { label: 'Nom de l’article', 'aria-label': '', size: 'md' },
};

/** Avec une valeur : le bouton d’effacement paraît. */
export const AvecValeur: Story = {
  name: 'Avec valeur',
  args: { value: 'Climat', 'aria-label': 'Rechercher un sujet', placeholder: 'Rechercher un sujet', 'left-icon': true },
};

/** Désactivé : ni saisie, ni bouton d’effacement, ni envoi. */
export const Desactive: Story = {
  name: 'Désactivé',
  args: { disabled: true, value: 'Climat', 'aria-label': 'Recherche désactivée', 'left-icon': true },
};

/** L’icône de recherche au début du champ (décorative). */
export const IconeAGauche: Story = { name: 'Icône à gauche', args: { 'left-icon': true } };

/** `qc-change` attend 300 ms sans saisie (filtrer une liste pendant qu’on tape). */
export const Delai: Story = {
  name: 'Délai (debounce)',
  args: { debounce: 300, 'left-icon': true },
  render: (args) => html`
    ${searchInput(args)}
    <p>Valeur signalée : <output data-story-output>—</output></p>
  `,
  play: ({ canvasElement }) => {
    const output = canvasElement.querySelector('[data-story-output]')!;
    canvasElement.addEventListener('qc-change', (event) => {
      output.textContent = event.detail || '—';
    });
  },
};

/** Default field, in English (built-in names in English). */
export const English: Story = {
  name: 'English — Default',
  args: { 'aria-label': 'Search articles', placeholder: 'Search articles' },
  render: (args) => english(searchInput(args)),
};

/** A visible label, with a value and the icon, in English. */
export const EnglishLabelValue: Story = {
  name: 'English — Label and value',
  args: { label: 'Article name', 'aria-label': '', value: 'Climate', 'left-icon': true, size: 'lg' },
  render: (args) => english(searchInput(args)),
};

/** Disabled, in English. */
export const EnglishDisabled: Story = {
  name: 'English — Disabled',
  args: { 'aria-label': 'Search (disabled)', placeholder: '', disabled: true, value: 'Climate' },
  render: (args) => english(searchInput(args)),
};

import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/pagination/qc-pagination.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface PaginationArgs {
  'total-pages': number;
  'current-page': number;
  url: string;
  label: string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function pagination(args: PaginationArgs): TemplateResult {
  return html`<qc-pagination
    total-pages=${args['total-pages']}
    current-page=${args['current-page']}
    url=${ifDefined(args.url || undefined)}
    label=${ifDefined(args.label || undefined)}
  ></qc-pagination>`;
}

const inEnglish = (body: TemplateResult) => html`<div lang="en">${body}</div>`;

/** A narrow column (320 px), as on a phone: fewer numbers, previous and next as chevrons. */
const narrow = (body: TemplateResult) => html`<div style="max-inline-size: 20rem">${body}</div>`;

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-pagination');

const meta = {
  title: 'Composants/Pagination (qc-pagination)',
  component: 'qc-pagination',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'La pagination mène aux pages d’une liste (résultats de recherche, nouvelles) : un repère de navigation',
          '« Pagination », la page précédente et la page suivante, la première et la dernière page, la page courante',
          '(`aria-current="page"`, nommée « Page 5 sur 12 ») et ses voisines. Les points de suspension ne sont pas lus.',
          'Avec `url` (`?page={page}`), chaque page est un vrai lien; sans `url`, ce sont des boutons qui émettent',
          '`qc-page-change`. Sur une largeur étroite, moins de numéros sont affichés, sans défilement horizontal.',
          '\n\n',
          'Pagination leads to the pages of a list (search results, news): a « Pagination » navigation landmark, the',
          'previous and next pages, the first and last pages, the current page (`aria-current="page"`, named "Page 5',
          'of 12") and its neighbours. Ellipses are not read. With `url` (`?page={page}`) each page is a real link;',
          'without `url` pages are buttons that fire `qc-page-change`. On narrow widths fewer numbers are shown, with',
          'no horizontal scrolling.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, 'total-pages': 12, 'current-page': 5, url: '?page={page}', label: '' },
  argTypes: controls.argTypes,
  render: (args) => pagination(args),
} satisfies Meta<PaginationArgs>;

export default meta;
type Story = StoryObj<PaginationArgs>;

// --- French ---------------------------------------------------------------------------------

/** Des liens vers les pages, la page 5 sur 12 étant la page courante. */
export const Liens: Story = { name: 'Liens (page du milieu)' };

/** Première page : pas de lien « Page précédente ». */
export const PremierePage: Story = { name: 'Première page', args: { 'current-page': 1 } };

/** Dernière page : pas de lien « Page suivante ». */
export const DernierePage: Story = { name: 'Dernière page', args: { 'current-page': 12 } };

/** Jusqu’à sept pages, toutes sont affichées. */
export const PeuDePages: Story = { name: 'Peu de pages', args: { 'total-pages': 4, 'current-page': 2 } };

/** Beaucoup de pages : la première, la dernière et la page courante avec ses voisines. */
export const BeaucoupDePages: Story = {
  name: 'Beaucoup de pages',
  args: { 'total-pages': 1250, 'current-page': 640 },
};

/**
 * Sans `url`, des boutons : l’application écoute `qc-page-change` (annulable) et affiche la page
 * demandée. Le focus reste sur la page choisie.
 */
export const Boutons: Story = {
  name: 'Boutons (qc-page-change)',
  args: { url: '' },
  render: (args) =>
    html`<div>
      ${pagination(args)}
      <p role="status" data-page-status>Page ${args['current-page']}</p>
    </div>`,
  play: ({ canvasElement }) => {
    const status = canvasElement.querySelector('[data-page-status]')!;
    canvasElement.addEventListener('qc-page-change', (event) => {
      status.textContent = `Page ${event.detail.page}`;
    });
  },
};

/** Deux paginations sur la même page : chacune a son nom. */
export const NomPersonnalise: Story = {
  name: 'Nom personnalisé',
  args: { label: 'Pages des résultats de recherche' },
};

/** Dans une colonne étroite (320 px) : moins de numéros, chevrons seulement. */
export const Etroite: Story = {
  name: 'Colonne étroite (320 px)',
  render: (args) => narrow(pagination(args)),
};

// --- English --------------------------------------------------------------------------------

/** Links to the pages, page 5 of 12 being the current one. */
export const English: Story = {
  name: 'English — Links',
  render: (args) => inEnglish(pagination(args)),
};

/** Buttons firing `qc-page-change`, in English. */
export const EnglishButtons: Story = {
  name: 'English — Buttons',
  args: { url: '', 'total-pages': 6, 'current-page': 1 },
  render: (args) => inEnglish(pagination(args)),
};

/** In a narrow column (320 px), in English. */
export const EnglishNarrow: Story = {
  name: 'English — Narrow column',
  render: (args) => inEnglish(narrow(pagination(args))),
};

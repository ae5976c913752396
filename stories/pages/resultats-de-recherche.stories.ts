import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../packages/components/src/index.js';
import { searchResultsPage, wireSearchResults, type Lang } from './identity-pages.markup.js';

// The template's own static HTML (identity-pages.markup.ts), shared with the flow tests.
const page = (lang: Lang) =>
  html`<div lang=${lang} ${ref((root) => root && wireSearchResults(root, lang))}>
    ${unsafeHTML(searchResultsPage(lang))}
  </div>`;

const meta = {
  title: 'Pages/Résultats de recherche',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          'Une page de résultats de recherche : en-tête PIV, barre de recherche avec la requête, liste de résultats',
          '(des intertitres de niveau 2 avec leur lien et un résumé) et pagination. Changer de page remplace les',
          'résultats sur place, l’annonce poliment (« Page 2 sur 3 : résultats 6 à 10 ») et laisse le focus sur la',
          'pagination. Une nouvelle recherche revient à la page 1 (la démonstration ne quitte pas la page).',
          '\n\n',
          'A search results page: PIV header, search bar with the query, a list of results (level-2 headings with',
          'their link and a summary) and pagination. Changing page swaps the results in place, says so politely',
          '("Page 2 of 3: results 6 to 10") and leaves the focus on the pagination. A new search goes back to',
          'page 1 (the demonstration stays on the page).',
        ].join(' '),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** La page en français. */
export const Francais: Story = {
  name: 'Français',
  render: () => page('fr'),
};

/** The page in English. */
export const English: Story = {
  render: () => page('en'),
};

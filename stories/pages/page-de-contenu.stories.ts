import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../packages/components/src/index.js';
import { contentPage, wireContentPage, type Lang } from './identity-pages.markup.js';

// The markup is the template's own static HTML (identity-pages.markup.ts), the same string the flow,
// no-JavaScript and layout-shift tests load: nothing from outside goes into it.
const page = (lang: Lang) =>
  html`<div lang=${lang} ${ref((root) => root && wireContentPage(root))}>${unsafeHTML(contentPage(lang))}</div>`;

const meta = {
  title: 'Pages/Page de contenu',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          'Une page de contenu de Québec.ca faite de composants qc-ds : lien d’évitement et en-tête PIV avec',
          'recherche, alerte de site masquable (le masquage est retenu pour la session), fil d’Ariane, navigation',
          'de section, titre, texte avec avis, liens externes et aide contextuelle, retour en haut et pied de page',
          'PIV. Le contenu est écrit dans le DOM léger : la page se lit avant le chargement des scripts et sans',
          'JavaScript. Le guide « Gabarits de page » explique comment la construire.',
          '\n\n',
          'A Québec.ca content page made of qc-ds components: skip link and PIV header with search, dismissible',
          'site alert (dismissal remembered for the session), breadcrumb, section navigation, heading, text with',
          'notices, external links and a toggletip, back to top and PIV footer. The content is written in the',
          'light DOM: the page reads before the scripts load and without JavaScript. The "Page templates" guide',
          'explains how to build it.',
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

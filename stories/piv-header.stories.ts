import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/piv-header/qc-piv-header.js';
import '../packages/components/src/search-bar/qc-search-bar.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes (the incumbent's). */
interface PivHeaderArgs {
  'title-text': string;
  'title-url': string;
  'logo-url': string;
  'logo-alt': string;
  'alt-language-url': string;
  'join-us-url': string;
  'links-label': string;
  'go-to-content-anchor': string;
  'full-width': boolean;
  'enable-search': boolean;
  'show-search': boolean;
}

/** The white signature shipped with @qc-ds/components, for the light-DOM (no-JavaScript) form. */
const SIGNATURE_SRC = new URL('../packages/components/dist/assets/QUEBEC_blanc.svg', import.meta.url).href;

/** Renders a header from the args; an empty arg leaves the attribute out, as an author would. */
function pivHeader(args: PivHeaderArgs, body?: TemplateResult): TemplateResult {
  return html`<qc-piv-header
    title-text=${ifDefined(args['title-text'] || undefined)}
    title-url=${ifDefined(args['title-url'] === '/' ? undefined : args['title-url'])}
    logo-url=${ifDefined(args['logo-url'] === '/' ? undefined : args['logo-url'])}
    logo-alt=${ifDefined(args['logo-alt'] || undefined)}
    alt-language-url=${ifDefined(args['alt-language-url'] || undefined)}
    join-us-url=${ifDefined(args['join-us-url'] || undefined)}
    links-label=${ifDefined(args['links-label'] || undefined)}
    go-to-content-anchor=${ifDefined(args['go-to-content-anchor'] === '#main' ? undefined : args['go-to-content-anchor'])}
    full-width=${ifDefined(args['full-width'] ? 'true' : undefined)}
    enable-search=${ifDefined(args['enable-search'] ? 'true' : undefined)}
    show-search=${ifDefined(args['show-search'] ? 'true' : undefined)}
    >${body ?? ''}</qc-piv-header
  >`;
}

/** The page around the header: the skip link's target. */
function inPage(header: TemplateResult, text = 'Contenu de la page.'): TemplateResult {
  return html`${header}
    <main id="main"><p>${text}</p></main>`;
}

/** The search zone as the incumbent documents it: a form holding `qc-search-bar` on the PIV band. */
function searchForm(label: string, button: string): TemplateResult {
  return html`<form slot="search-zone" action="#">
    <qc-search-bar name="q" piv-background input-aria-label=${label} submit-aria-label=${button}></qc-search-bar>
  </form>`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-piv-header');

const meta = {
  title: 'Composants/Bandeau PIV (qc-piv-header)',
  component: 'qc-piv-header',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le bandeau d’identification du gouvernement du Québec (PIV) : lien d’évitement « Passer au contenu »,',
          'signature blanche menant à l’accueil, nom du site ou du service, liens utilitaires (autre langue, Nous',
          'joindre) et recherche facultative derrière un bouton de divulgation. Bleu PIV dans tous les thèmes. Il est le',
          'repère « banner » de la page, sauf s’il est déjà dans un `<header>`. Tout ce que lit la citoyenne ou le',
          'citoyen peut s’écrire dans le DOM léger (fentes `go-to-content`, `signature`, `title`, `links`,',
          '`search-zone`) : la page se lit sans JavaScript et ne bouge pas quand les scripts arrivent',
          '(`@qc-ds/styles`). Le balisage de la trousse (attributs seulement) fonctionne aussi.',
          '\n\n',
          'The Québec government identification band (PIV): "Skip to content" link, white signature linking home, site',
          'or service name, utility links (other language, Contact us) and an optional search behind a disclosure',
          'button. PIV blue in every theme. It is the page’s banner landmark unless already inside a `<header>`.',
          'Everything a citizen reads can be written in light DOM (slots), so the page reads without JavaScript and',
          'does not move when scripts arrive (`@qc-ds/styles`). The incumbent’s markup (attributes only) works too.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    'title-text': '',
    'title-url': '/',
    'logo-url': '/',
    'logo-alt': '',
    'alt-language-url': '',
    'join-us-url': '',
    'links-label': '',
    'go-to-content-anchor': '#main',
    'full-width': false,
    'enable-search': false,
    'show-search': false,
  },
  argTypes: controls.argTypes,
  render: (args) => inPage(pivHeader(args)),
} satisfies Meta<PivHeaderArgs>;

export default meta;
type Story = StoryObj<PivHeaderArgs>;

// --- French ---------------------------------------------------------------------------------

/** Attributs seulement, comme le balisage de la trousse : signature et lien d’évitement. */
export const Defaut: Story = { name: 'Défaut (attributs seulement)' };

/** Le nom du service, un lien vers son accueil (jamais un titre de niveau 1). */
export const AvecTitre: Story = {
  name: 'Avec le nom du service',
  args: { 'title-text': 'Permis et immatriculation' },
};

/** Le nom en texte simple (`title-url=""`). */
export const TitreSansLien: Story = {
  name: 'Nom sans lien',
  args: { 'title-text': 'Permis et immatriculation', 'title-url': '' },
};

/** Liens utilitaires : « English » (avec `lang` et `hreflang`) puis « Nous joindre ». */
export const LiensEtLangue: Story = {
  name: 'Liens, langue et Nous joindre',
  args: { 'title-text': 'Permis et immatriculation', 'alt-language-url': '/en/', 'join-us-url': '/nous-joindre' },
};

/** Le bouton de recherche montre et cache la zone; Échap la referme. */
export const RechercheActivee: Story = {
  name: 'Recherche activée',
  args: { 'title-text': 'Québec.ca', 'enable-search': true, 'join-us-url': '/nous-joindre' },
  render: (args) => inPage(pivHeader(args, searchForm('Rechercher sur le site', 'Lancer la recherche'))),
};

/** `show-search` : la zone de recherche est affichée dès le départ. */
export const RechercheAffichee: Story = {
  name: 'Recherche affichée',
  args: { 'title-text': 'Québec.ca', 'show-search': true, 'alt-language-url': '/en/' },
  render: (args) => inPage(pivHeader(args, searchForm('Rechercher sur le site', 'Lancer la recherche'))),
};

/**
 * Le format sans JavaScript : tout est dans le DOM léger (fentes). Avec `@qc-ds/styles`, la page
 * a la même mise en page avant et après le chargement des scripts.
 */
export const DomLeger: Story = {
  name: 'Fentes (DOM léger, sans JavaScript)',
  render: () =>
    inPage(
      html`<qc-piv-header>
        <a slot="go-to-content" href="#main">Passer au contenu</a>
        <a slot="signature" href="https://www.quebec.ca/"
          ><img src=${SIGNATURE_SRC} alt="Gouvernement du Québec — accueil" width="200" height="40"
        /></a>
        <a slot="title" href="/">Permis et immatriculation</a>
        <nav slot="links" aria-label="Liens utilitaires">
          <ul>
            <li><a href="/en/" lang="en" hreflang="en">English</a></li>
            <li><a href="/nous-joindre">Nous joindre</a></li>
          </ul>
        </nav>
      </qc-piv-header>`,
    ),
};

/** `full-width` : le contenu du bandeau occupe toute la largeur de la page. */
export const PleineLargeur: Story = {
  name: 'Pleine largeur',
  args: { 'full-width': true, 'title-text': 'Portail des services', 'join-us-url': '/nous-joindre' },
};

/** Un nom long à 320 px : il passe à la ligne sous la signature, rien ne déborde. */
export const TitreLong320: Story = {
  name: 'Nom long à 320 px',
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  args: {
    'title-text': 'Ministère de l’Emploi et de la Solidarité sociale — Programme d’aide sociale et de solidarité',
    'alt-language-url': '/en/',
    'join-us-url': '/nous-joindre',
    'enable-search': true,
  },
  render: (args) => inPage(pivHeader(args, searchForm('Rechercher', 'Rechercher'))),
};

/** Thème sombre : le bandeau reste bleu PIV, texte blanc (règle du PIV). */
export const ThemeSombre: Story = {
  name: 'Thème sombre',
  args: { 'title-text': 'Permis et immatriculation', 'join-us-url': '/nous-joindre', 'alt-language-url': '/en/' },
  render: (args) => html`<div data-qc-theme="dark">${inPage(pivHeader(args), 'Thème sombre.')}</div>`,
};

/** Contraste élevé, dans le `<header>` de la page : un seul repère « banner ». */
export const ContrasteEleve: Story = {
  name: 'Contraste élevé, dans un header',
  args: { 'title-text': 'Permis et immatriculation', 'join-us-url': '/nous-joindre' },
  render: (args) =>
    html`<div data-qc-theme="high-contrast">
      <header>${pivHeader(args)}</header>
      <main id="main"><p>Contraste élevé.</p></main>
    </div>`,
};

// --- English ---------------------------------------------------------------------------------

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

/** English page: "Skip to content", "Government of Québec — home", a « Français » link (lang="fr"). */
export const EnglishLinks: Story = {
  name: 'English — Links and language',
  args: { 'title-text': 'Driver’s licences', 'alt-language-url': '/fr/', 'join-us-url': '/contact-us' },
  render: (args) => english(inPage(pivHeader(args), 'Page content.')),
};

/** English, search shown. */
export const EnglishSearch: Story = {
  name: 'English — Search shown',
  args: { 'title-text': 'Québec.ca', 'enable-search': true, 'show-search': true },
  render: (args) => english(inPage(pivHeader(args, searchForm('Search the site', 'Search')), 'Page content.')),
};

/** English, light-DOM form (works without JavaScript). */
export const EnglishSlots: Story = {
  name: 'English — Slots (light DOM)',
  render: () =>
    english(
      inPage(
        html`<qc-piv-header>
          <a slot="go-to-content" href="#main">Skip to content</a>
          <a slot="signature" href="https://www.quebec.ca/en/"
            ><img src=${SIGNATURE_SRC} alt="Government of Québec — home" width="200" height="40"
          /></a>
          <span slot="title">Driver’s licences</span>
          <nav slot="links" aria-label="Utility links">
            <ul>
              <li><a href="/fr/" lang="fr" hreflang="fr">Français</a></li>
              <li><a href="/contact-us">Contact us</a></li>
            </ul>
          </nav>
        </qc-piv-header>`,
        'Page content.',
      ),
    ),
};

import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/piv-footer/qc-piv-footer.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface PivFooterArgs {
  'logo-url': string;
  'logo-src': string;
  'logo-src-dark-theme': string;
  'logo-alt': string;
  'logo-width': string;
  'logo-height': string;
  'copyright-text': string;
  'copyright-url': string;
  'nav-label': string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function pivFooter(args: PivFooterArgs, body: TemplateResult): TemplateResult {
  const attr = (name: keyof PivFooterArgs) => ifDefined(args[name] || undefined);
  return html`<qc-piv-footer
    logo-url=${attr('logo-url')}
    logo-src=${attr('logo-src')}
    logo-src-dark-theme=${attr('logo-src-dark-theme')}
    logo-alt=${attr('logo-alt')}
    logo-width=${attr('logo-width')}
    logo-height=${attr('logo-height')}
    copyright-text=${attr('copyright-text')}
    copyright-url=${attr('copyright-url')}
    nav-label=${attr('nav-label')}
    >${body}</qc-piv-footer
  >`;
}

/** The incumbent's documented Québec.ca footer links, always in this order (WCAG 3.2.6). */
const quebecLinks = html`<nav aria-label="Navigation du pied de page">
  <ul>
    <li><a href="https://www.quebec.ca/accessibilite">Accessibilité</a></li>
    <li><a href="https://www.quebec.ca/plan-du-site">Plan du site</a></li>
    <li><a href="https://www.quebec.ca/acces-information">Accès à l’information</a></li>
    <li><a href="https://www.quebec.ca/politique-confidentialite">Politique de confidentialité</a></li>
    <li><a href="https://www.quebec.ca/conditions-utilisation">Conditions d’utilisation</a></li>
    <li><a href="https://www.quebec.ca/a-propos">À propos de Québec.ca</a></li>
  </ul>
</nav>`;

const quebecLinksEn = html`<nav aria-label="Footer navigation">
  <ul>
    <li><a href="https://www.quebec.ca/en/accessibility">Accessibility</a></li>
    <li><a href="https://www.quebec.ca/en/site-map">Site map</a></li>
    <li><a href="https://www.quebec.ca/en/access-to-information">Access to information</a></li>
    <li><a href="https://www.quebec.ca/en/privacy-policy">Privacy policy</a></li>
    <li><a href="https://www.quebec.ca/en/terms-of-use">Terms of use</a></li>
    <li><a href="https://www.quebec.ca/en/about">About Québec.ca</a></li>
  </ul>
</nav>`;

/** A made-up ministry logo (an image the author supplies), light and dark versions, with no request. */
function ministryLogo(fill: string, text: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60"><rect x="1" y="1" width="58" height="58" fill="none" stroke="${fill}" stroke-width="2"/><text x="70" y="36" font-family="sans-serif" font-size="16" fill="${fill}">${text}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
const logoLight = ministryLogo('#095797', 'Ministère');
const logoDark = ministryLogo('#ffffff', 'Ministère');

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-piv-footer');

const meta = {
  title: 'Composants/Pied de page PIV (qc-piv-footer)',
  component: 'qc-piv-footer',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le pied de page du Programme d’identification visuelle (PIV) : les liens du site (votre `<nav>`, dans le DOM',
          'de la page), la signature du gouvernement du Québec qui mène à l’accueil, puis « © Gouvernement du Québec,',
          '{année} », en français sur les pages anglaises aussi (nom légal). Seul, l’élément est le repère `contentinfo`',
          'de la page; dans votre `<footer>`, il n’en ajoute pas un second. **Aide cohérente (WCAG 3.2.6)** : les liens',
          'de contact et d’aide gardent le même ordre relatif sur toutes les pages; reprenez le même balisage partout.',
          '\n\n',
          'The footer of the visual identity programme (PIV): the site’s links (your `<nav>`, in the page’s DOM), the',
          'Government of Québec signature linking home, then « © Gouvernement du Québec, {year} », in French on English',
          'pages too (legal name). Alone, the element is the page’s `contentinfo` landmark; inside your `<footer>` it adds',
          'no second one. **Consistent help (WCAG 3.2.6)**: contact and help links keep the same relative order on every',
          'page; reuse the same markup everywhere.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    'logo-url': '',
    'logo-src': '',
    'logo-src-dark-theme': '',
    'logo-alt': '',
    'logo-width': '',
    'logo-height': '',
    'copyright-text': '',
    'copyright-url': '',
    'nav-label': '',
  },
  argTypes: controls.argTypes,
  render: (args) => pivFooter(args, quebecLinks),
} satisfies Meta<PivFooterArgs>;

export default meta;
type Story = StoryObj<PivFooterArgs>;

/**
 * Les liens de Québec.ca, la signature et le droit d’auteur. Aide cohérente (WCAG 3.2.6) : « Nous joindre »
 * et les autres liens d’aide restent dans le même ordre relatif sur toutes les pages.
 */
export const ParDefaut: Story = { name: 'Par défaut (liens de Québec.ca)' };

/** Dans le `<footer>` de la page : un seul repère `contentinfo`. */
export const DansUnFooter: Story = {
  name: 'Dans le footer de la page',
  render: (args) => html`<footer>${pivFooter(args, quebecLinks)}</footer>`,
};

/** Le droit d’auteur fourni par l’auteur (slot `copyright`), par exemple un lien qui ouvre une nouvelle fenêtre. */
export const AvecDroitDAuteur: Story = {
  name: 'Droit d’auteur personnalisé (slot)',
  render: (args) =>
    pivFooter(
      args,
      html`${quebecLinks}<a slot="copyright" href="https://www.quebec.ca/droit-auteur"
          >© Gouvernement du Québec, 2023 — droits de reproduction</a
        >`,
    ),
};

/** Logos d’un ministère : l’image claire au thème clair, l’image sombre au thème sombre. */
export const LogosPersonnalises: Story = {
  name: 'Logos personnalisés',
  args: {
    'logo-src': logoLight,
    'logo-src-dark-theme': logoDark,
    'logo-alt': 'Ministère de l’Exemple — accueil',
    'logo-width': '200',
    'logo-height': '60',
    'logo-url': 'https://www.quebec.ca/',
  },
};

/** Thème sombre : la signature blanche, sans requête. */
export const ThemeSombre: Story = {
  name: 'Thème sombre',
  render: (args) => html`<div class="qc-ds" data-qc-theme="dark">${pivFooter(args, quebecLinks)}</div>`,
};

// --- English ---------------------------------------------------------------------------------

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

/**
 * Québec.ca's English links. The copyright stays « © Gouvernement du Québec » (French, marked `lang="fr"`); its
 * link goes to the English page. Consistent help (WCAG 3.2.6): keep the links in the same order on every page.
 */
export const EnglishDefault: Story = {
  name: 'English — Default (Québec.ca links)',
  render: (args) => english(pivFooter(args, quebecLinksEn)),
};

/** A copyright supplied by the author (`copyright` slot). */
export const EnglishCopyrightSlot: Story = {
  name: 'English — Custom copyright (slot)',
  render: (args) =>
    english(
      pivFooter(
        args,
        html`${quebecLinksEn}<a slot="copyright" href="https://www.quebec.ca/en/copyright" lang="fr"
            >© Gouvernement du Québec, 2023</a
          >`,
      ),
    ),
};

/** A ministry's own logos, light and dark. */
export const EnglishCustomLogos: Story = {
  name: 'English — Custom logos',
  args: {
    'logo-src': logoLight,
    'logo-src-dark-theme': logoDark,
    'logo-alt': 'Ministry of Example — home',
    'logo-width': '200',
    'logo-height': '60',
  },
  render: (args) => english(pivFooter(args, quebecLinksEn)),
};

/** Dark theme: the white signature. */
export const EnglishDark: Story = {
  name: 'English — Dark theme',
  render: (args) => english(html`<div class="qc-ds" data-qc-theme="dark">${pivFooter(args, quebecLinksEn)}</div>`),
};

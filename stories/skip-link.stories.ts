import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/skip-link/qc-skip-link.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface SkipLinkArgs {
  href: string;
  text: string;
}

/** The page part the link skips to; each story has its own id. */
function target(id: string, lang: 'fr' | 'en' = 'fr'): TemplateResult {
  return html`<div id=${id}>
    <p>
      ${
        lang === 'fr'
          ? 'Appuyez sur Tab : le lien paraît en haut; Entrée met le focus ici.'
          : 'Press Tab: the link shows at the top; Enter moves the focus here.'
      }
      <a href="#${id}-suite">${lang === 'fr' ? 'Un lien du contenu' : 'A link in the content'}</a>
    </p>
  </div>`;
}

/** The element alone, from the args (it creates the link); an empty arg leaves the attribute out. */
function skipLink(args: SkipLinkArgs): TemplateResult {
  return html`<qc-skip-link
    href=${ifDefined(args.href || undefined)}
    text=${ifDefined(args.text || undefined)}
  ></qc-skip-link>`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-skip-link');

const meta = {
  title: 'Composants/Lien d’évitement (qc-skip-link)',
  component: 'qc-skip-link',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le lien « Passer au contenu » des pages sans bandeau PIV : caché jusqu’à ce qu’il reçoive le focus, premier',
          'arrêt de tabulation quand il est le premier élément du `<body>`. Il déplace aussi le focus sur la cible',
          '(`tabindex="-1"` temporaire). Écrivez le lien vous-même pour qu’il fonctionne sans JavaScript.',
          '\n\n',
          'The "Skip to content" link of pages without the PIV header: hidden until focused, the first tab stop when it',
          'is the first thing in `<body>`. It also moves the focus to its target (temporary `tabindex="-1"`). Write the',
          'link yourself so it works without JavaScript.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, href: '#contenu-defaut', text: '' },
  argTypes: controls.argTypes,
  render: (args) => html`${skipLink(args)}${target('contenu-defaut')}`,
} satisfies Meta<SkipLinkArgs>;

export default meta;
type Story = StoryObj<SkipLinkArgs>;

/** Attributs seulement : l’élément crée le lien « Passer au contenu ». */
export const ParDefaut: Story = { name: 'Par défaut (attributs)' };

/** Le lien écrit par l’auteur : il fonctionne avant le chargement du script et sans JavaScript. */
export const LienEcrit: Story = {
  name: 'Lien écrit dans la page',
  render: () =>
    html`<qc-skip-link><a href="#contenu-ecrit">Passer au contenu</a></qc-skip-link
      >${target('contenu-ecrit')}`,
};

/** `text` remplace le texte intégré. */
export const TexteRemplace: Story = {
  name: 'Texte remplacé',
  args: { href: '#contenu-principal', text: 'Passer au contenu principal' },
  render: (args) => html`${skipLink(args)}${target('contenu-principal')}`,
};

/** Thème sombre. */
export const ThemeSombre: Story = {
  name: 'Thème sombre',
  args: { href: '#contenu-sombre' },
  render: (args) => html`<div data-qc-theme="dark" class="qc-ds">${skipLink(args)}${target('contenu-sombre')}</div>`,
};

/** In English: "Skip to content". */
export const English: Story = {
  name: 'English',
  args: { href: '#content-en' },
  render: (args) => html`<div lang="en">${skipLink(args)}${target('content-en', 'en')}</div>`,
};

/** In English, the author's own link. */
export const EnglishWritten: Story = {
  name: 'English — Link in the page',
  render: () =>
    html`<div lang="en">
      <qc-skip-link><a href="#content-written">Skip to main content</a></qc-skip-link
      >${target('content-written', 'en')}
    </div>`,
};

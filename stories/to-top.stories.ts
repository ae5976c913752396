import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/to-top/qc-to-top.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface ToTopArgs {
  text: string;
  demo: boolean;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function toTop(args: ToTopArgs, body?: TemplateResult): TemplateResult {
  return html`<qc-to-top text=${ifDefined(args.text || undefined)} demo=${ifDefined(args.demo ? 'true' : undefined)}
    >${body ?? ''}</qc-to-top
  >`;
}

const inEnglish = (body: TemplateResult) => html`<div lang="en">${body}</div>`;

/** A page long enough to scroll: the link appears once it is scrolled by more than a window height. */
const longPage = (args: ToTopArgs, english = false) =>
  html`<div>
    <h2 id="top">${english ? 'Top of the page' : 'Haut de la page'}</h2>
    ${Array.from(
      { length: 40 },
      (_, i) =>
        html`<p>
          ${
            english
              ? `Paragraph ${i + 1}: scroll down; the back-to-top link appears at the bottom right.`
              : `Paragraphe ${i + 1} : faites défiler la page; le lien « Retour en haut » paraît en bas à droite.`
          }
        </p>`,
    )}
    ${toTop({ ...args, demo: false })}
  </div>`;

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-to-top');

const meta = {
  title: 'Composants/Retour en haut (qc-to-top)',
  component: 'qc-to-top',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Un petit lien fixe en bas à droite qui ramène au haut d’une longue page. C’est un vrai lien vers `#top`,',
          'dans le DOM léger, avec une flèche et un nom lu par les lecteurs d’écran (« Retour en haut »). Il paraît',
          'quand la page a défilé de plus d’une hauteur de fenêtre et disparaît (hors de l’ordre de tabulation) près',
          'du haut. Il amène le focus au haut de la page, défile sans animation si la personne a demandé moins de',
          'mouvement, et ne cache jamais l’élément qui a le focus. `demo="true"` le garde visible, à sa place.',
          '\n\n',
          'A small fixed link at the bottom right that brings the reader back to the top of a long page. It is a real',
          'link to `#top`, in the light DOM, with an arrow and a name read by screen readers ("Back to top"). It appears',
          'once the page is scrolled by more than a window height and is removed (out of the tab order) near the top.',
          'It moves the focus to the top, scrolls without animation when reduced motion is asked for, and never covers',
          'the focused element. `demo="true"` keeps it visible, where it is written.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, text: '', demo: true },
  argTypes: controls.argTypes,
  render: (args) => toTop(args),
} satisfies Meta<ToTopArgs>;

export default meta;
type Story = StoryObj<ToTopArgs>;

// --- French ---------------------------------------------------------------------------------

/** Le lien, toujours visible (`demo="true"`), comme dans la documentation de la trousse. */
export const Demonstration: Story = { name: 'Démonstration' };

/** Un autre nom pour le lien (lu par les lecteurs d’écran). */
export const TextePersonnalise: Story = { name: 'Texte personnalisé', args: { text: 'Haut de page' } };

/** Le lien écrit par l’auteur (rendu par le serveur) est gardé, avec son adresse et ses mots. */
export const LienDeLAuteur: Story = {
  name: 'Lien écrit dans la page',
  render: (args) => toTop(args, html`<a href="#top">Retour en haut de la page</a>`),
};

/** Une longue page : faites-la défiler pour voir paraître le lien. */
export const LonguePage: Story = {
  name: 'Longue page (comportement réel)',
  args: { demo: false },
  render: (args) => longPage(args),
};

// --- English --------------------------------------------------------------------------------

/** The link, always visible, in English. */
export const English: Story = {
  name: 'English — Demonstration',
  render: (args) => inEnglish(toTop(args)),
};

/** On the dark theme. */
export const EnglishDark: Story = {
  name: 'English — Dark theme',
  render: (args) => html`<div lang="en" data-qc-theme="dark" class="qc-ds">${toTop(args)}</div>`,
};

/** A long page, in English: scroll it to see the link appear. */
export const EnglishLongPage: Story = {
  name: 'English — Long page',
  args: { demo: false },
  render: (args) => inEnglish(longPage(args, true)),
};

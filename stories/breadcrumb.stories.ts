import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/breadcrumb/qc-breadcrumb.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface BreadcrumbArgs {
  label: string;
  'expand-label': string;
}

/** A trail item: [text, href]; the last one is the current page. */
type Item = readonly [string, string];

const trailFr: Item[] = [
  ['Accueil', '/'],
  ['Gouvernement', '/gouvernement'],
  ['Ministères et organismes', '/gouvernement/ministeres-organismes'],
  ['Santé et Services sociaux', '/gouvernement/ministeres-organismes/sante-services-sociaux'],
];
const trailEn: Item[] = [
  ['Home', '/en'],
  ['Government', '/en/government'],
  ['Departments and agencies', '/en/government/departments-agencies'],
  ['Health and Social Services', '/en/government/departments-agencies/health-social-services'],
];

/** The author's list; `markCurrent: false` leaves the current page to the element. */
function list(items: readonly Item[], markCurrent = true): TemplateResult {
  return html`<ol>
    ${items.map(
      ([text, href], index) =>
        html`<li>
          <a href=${href} aria-current=${ifDefined(markCurrent && index === items.length - 1 ? 'page' : undefined)}
            >${text}</a
          >
        </li>`,
    )}
  </ol>`;
}

/** The element from the args; an empty arg leaves the attribute out, as an author would. */
function breadcrumb(args: BreadcrumbArgs, body: TemplateResult): TemplateResult {
  return html`<qc-breadcrumb
    label=${ifDefined(args.label || undefined)}
    expand-label=${ifDefined(args['expand-label'] || undefined)}
    >${body}</qc-breadcrumb
  >`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-breadcrumb');

const meta = {
  title: 'Composants/Fil d’Ariane (qc-breadcrumb)',
  component: 'qc-breadcrumb',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le chemin de l’accueil à la page courante, sur la liste `<ol>` écrite par l’auteur (lisible sans JavaScript).',
          'L’élément est le repère de navigation « Fil d’Ariane »; la page courante porte `aria-current="page"` (la dernière',
          'si l’auteur n’en marque aucune). Sous 768 px, un fil de trois éléments ou plus montre le parent et la page',
          'courante après un bouton « … » (« Voir tout le fil d’Ariane ») qui affiche le reste.',
          '\n\n',
          'The trail from the home page to the current page, on the author’s `<ol>` (readable without JavaScript). The',
          'element is the "Breadcrumb" navigation landmark; the current page carries `aria-current="page"` (the last',
          'item when the author marks none). Below 768 px, a trail of three items or more shows the parent and the',
          'current page after a "…" button ("Show the full breadcrumb") that shows the rest.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, label: '', 'expand-label': '' },
  argTypes: controls.argTypes,
  render: (args) => breadcrumb(args, list(trailFr)),
} satisfies Meta<BreadcrumbArgs>;

export default meta;
type Story = StoryObj<BreadcrumbArgs>;

/** Le fil complet; la page courante est marquée par l’auteur. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** L’auteur ne marque aucune page courante : l’élément marque la dernière. */
export const PageCouranteAutomatique: Story = {
  name: 'Page courante marquée par l’élément',
  render: (args) => breadcrumb(args, list(trailFr, false)),
};

/** La page courante en texte, sans lien. */
export const PageCouranteTexte: Story = {
  name: 'Page courante sans lien',
  render: (args) =>
    breadcrumb(
      args,
      html`<ol>
        <li><a href="/">Accueil</a></li>
        <li><a href="/services">Services</a></li>
        <li aria-current="page">Permis de conduire</li>
      </ol>`,
    ),
};

/** Le `<nav>` de l’auteur, avec son propre nom. */
export const NavDeLAuteur: Story = {
  name: 'Dans le nav de l’auteur',
  render: (args) => breadcrumb(args, html`<nav aria-label="Vous êtes ici">${list(trailFr)}</nav>`),
};

/** Petit écran (320 px) : le parent et la page courante après le bouton « … ». */
export const PetitEcran: Story = {
  name: 'Petit écran (320 px), replié',
  globals: { viewport: { value: 'mobile320', isRotated: false } },
};

/** Des intitulés longs passent à la ligne, sans débordement. */
export const IntitulesLongs: Story = {
  name: 'Intitulés longs',
  render: (args) =>
    breadcrumb(
      args,
      list([
        ['Accueil', '/'],
        ['Entreprises et travailleurs autonomes', '/entreprises'],
        ['Aide financière aux entreprises touchées par les inondations printanières', '/entreprises/aide'],
        ['Programme général d’aide financière lors de sinistres réels ou imminents — volet entreprises', '/x'],
      ]),
    ),
};

/** Thème sombre. */
export const ThemeSombre: Story = {
  name: 'Thème sombre',
  render: (args) => html`<div data-qc-theme="dark" class="qc-ds">${breadcrumb(args, list(trailFr))}</div>`,
};

/** In English: "Breadcrumb". */
export const English: Story = {
  name: 'English',
  render: (args) => html`<div lang="en">${breadcrumb(args, list(trailEn))}</div>`,
};

/** In English, on a 320 px screen: collapsed behind the "…" button. */
export const EnglishSmallScreen: Story = {
  name: 'English — Small screen (320 px)',
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  render: (args) => html`<div lang="en">${breadcrumb(args, list(trailEn, false))}</div>`,
};

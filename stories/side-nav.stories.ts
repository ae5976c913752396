import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/side-nav/qc-side-nav.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface SideNavArgs {
  label: string;
  'menu-label': string;
}

/** The element from the args; an empty arg leaves the attribute out, as an author would. */
function sideNav(args: SideNavArgs, body: TemplateResult): TemplateResult {
  return html`<qc-side-nav
    label=${ifDefined(args.label || undefined)}
    menu-label=${ifDefined(args['menu-label'] || undefined)}
    >${body}</qc-side-nav
  >`;
}

/** The author's list; `current` is the href of the current page ('' for none). */
function menuFr(current = '/sante/vaccination/grippe'): TemplateResult {
  const link = (href: string, text: string) =>
    html`<a href=${href} aria-current=${ifDefined(href === current ? 'page' : undefined)}>${text}</a>`;
  return html`<ul>
    <li>${link('/sante', 'Santé')}</li>
    <li>
      ${link('/sante/problemes', 'Problèmes de santé')}
      <ul>
        <li>${link('/sante/problemes/allergies', 'Allergies')}</li>
        <li>${link('/sante/problemes/maladies-infectieuses', 'Maladies infectieuses')}</li>
      </ul>
    </li>
    <li>
      ${link('/sante/vaccination', 'Vaccination')}
      <ul>
        <li>${link('/sante/vaccination/calendrier', 'Calendrier de vaccination')}</li>
        <li>${link('/sante/vaccination/grippe', 'Vaccin contre la grippe')}</li>
      </ul>
    </li>
    <li>${link('/sante/urgences', 'Urgences')}</li>
  </ul>`;
}

function menuEn(): TemplateResult {
  return html`<ul>
    <li><a href="/en/health">Health</a></li>
    <li>
      <a href="/en/health/issues">Health issues</a>
      <ul>
        <li><a href="/en/health/issues/allergies">Allergies</a></li>
        <li><a href="/en/health/issues/infectious-diseases">Infectious diseases</a></li>
      </ul>
    </li>
    <li>
      <a href="/en/health/vaccination">Vaccination</a>
      <ul>
        <li><a href="/en/health/vaccination/schedule">Vaccination schedule</a></li>
        <li><a href="/en/health/vaccination/flu" aria-current="page">Flu vaccine</a></li>
      </ul>
    </li>
  </ul>`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-side-nav');

const meta = {
  title: 'Composants/Navigation latérale (qc-side-nav)',
  component: 'qc-side-nav',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Les pages d’une rubrique, sur la liste `<ul>` écrite par l’auteur (lisible sans JavaScript, sous-listes',
          'ouvertes). Navigation « disclosure » de l’APG : liens et boutons dans l’ordre de tabulation, aucune touche',
          'fléchée. Chaque section a un bouton « Sous-pages de … » (`aria-expanded`); celle de la page courante',
          '(`aria-current="page"`) est ouverte. Sous 992 px, tout le menu se replie derrière « Dans cette rubrique »;',
          'Échap le referme et rend le focus au bouton.',
          '\n\n',
          'The pages of a section, on the author’s `<ul>` (readable without JavaScript, sub-lists open). APG disclosure',
          'navigation: links and buttons in the tab order, no arrow keys. Each section has a "Pages under …" button',
          '(`aria-expanded`); the current page’s section (`aria-current="page"`) is open. Below 992 px, the whole menu',
          'folds behind "In this section"; Escape closes it and returns the focus to the button.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, label: 'Santé', 'menu-label': '' },
  argTypes: controls.argTypes,
  render: (args) => sideNav(args, menuFr()),
} satisfies Meta<SideNavArgs>;

export default meta;
type Story = StoryObj<SideNavArgs>;

/** La page courante est dans « Vaccination » : cette section est ouverte, les autres fermées. */
export const PageCourante: Story = { name: 'Page courante dans une section' };

/** Aucune page courante marquée : toutes les sections sont fermées. */
export const SectionsFermees: Story = {
  name: 'Sections fermées',
  render: (args) => sideNav(args, menuFr('')),
};

/** Le nom intégré « Dans cette section » quand `label` est absent. */
export const NomIntegre: Story = {
  name: 'Nom intégré',
  args: { label: '' },
};

/** Le `<nav>` de l’auteur, avec son titre comme nom. */
export const NavDeLAuteur: Story = {
  name: 'Dans le nav de l’auteur',
  render: (args) =>
    sideNav(
      args,
      html`<nav aria-labelledby="titre-rubrique">
        <p id="titre-rubrique">Rubrique Santé</p>
        ${menuFr()}
      </nav>`,
    ),
};

/** Petit écran (320 px) : un seul bouton « Dans cette rubrique », fermé. */
export const PetitEcran: Story = {
  name: 'Petit écran (320 px), replié',
  globals: { viewport: { value: 'mobile320', isRotated: false } },
};

/** Des intitulés longs passent à la ligne. */
export const IntitulesLongs: Story = {
  name: 'Intitulés longs',
  render: (args) =>
    sideNav(
      args,
      html`<ul>
        <li>
          <a href="/programmes"
            >Programmes d’aide financière aux entreprises touchées par les inondations printanières</a
          >
          <ul>
            <li>
              <a href="/programmes/general" aria-current="page"
                >Programme général d’aide financière lors de sinistres réels ou imminents — volet entreprises</a
              >
            </li>
          </ul>
        </li>
      </ul>`,
    ),
};

/** Thème sombre. */
export const ThemeSombre: Story = {
  name: 'Thème sombre',
  render: (args) => html`<div data-qc-theme="dark" class="qc-ds">${sideNav(args, menuFr())}</div>`,
};

/** In English: "In this section". */
export const English: Story = {
  name: 'English',
  args: { label: '' },
  render: (args) => html`<div lang="en">${sideNav(args, menuEn())}</div>`,
};

/** In English, on a 320 px screen: one "In this section" button. */
export const EnglishSmallScreen: Story = {
  name: 'English — Small screen (320 px)',
  args: { label: 'Health' },
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  render: (args) => html`<div lang="en">${sideNav(args, menuEn())}</div>`,
};

import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/tabs/qc-tabs.js';
import { type TabsActivation } from '../packages/components/src/tabs/tabs.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface TabsArgs {
  label: string;
  activation: TabsActivation;
  selected: string;
}

/** The element from the args; an empty arg leaves the attribute out, as an author would. */
function tabs(args: TabsArgs, body: TemplateResult): TemplateResult {
  return html`<qc-tabs
    label=${ifDefined(args.label || undefined)}
    activation=${args.activation}
    selected=${ifDefined(args.selected || undefined)}
    >${body}</qc-tabs
  >`;
}

/** The author's sections, each with an id and a heading. */
const dossierFr = html`<section id="resume">
    <h2>Résumé</h2>
    <p>Votre demande de permis a été reçue le 12 novembre 2026. Elle est en traitement.</p>
  </section>
  <section id="documents">
    <h2>Documents</h2>
    <ul>
      <li><a href="#piece-identite">Preuve d’identité</a> — reçue</li>
      <li><a href="#preuve-adresse">Preuve d’adresse</a> — à fournir</li>
    </ul>
  </section>
  <section id="messages">
    <h2>Messages</h2>
    <p>Aucun nouveau message.</p>
  </section>`;

const dossierEn = html`<section id="summary">
    <h2>Summary</h2>
    <p>Your permit application was received on November 12, 2026. It is being processed.</p>
  </section>
  <section id="documents-en">
    <h2>Documents</h2>
    <ul>
      <li><a href="#identity">Proof of identity</a> — received</li>
      <li><a href="#address">Proof of address</a> — missing</li>
    </ul>
  </section>
  <section id="messages-en">
    <h2>Messages</h2>
    <p>No new messages.</p>
  </section>`;

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-tabs');

const meta = {
  title: 'Composants/Onglets (qc-tabs)',
  component: 'qc-tabs',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Une section à la fois, à partir des `<section>` de l’auteur (lisibles dans l’ordre sans JavaScript).',
          'Onglets de l’APG : une liste d’onglets nommée par `label`, un seul arrêt de tabulation, ←/→ (en boucle),',
          'Début/Fin; Tab mène ensuite au panneau. `activation="manual"` attend Entrée ou Espace. Un lien vers une',
          'section (`#documents`) l’affiche.',
          '\n\n',
          'One section at a time, from the author’s `<section>` elements (read in order without JavaScript). APG tabs:',
          'a tab list named by `label`, one tab stop, ←/→ (wrapping), Home/End; Tab then goes to the panel.',
          '`activation="manual"` waits for Enter or Space. A link to a section (`#documents`) shows it.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, label: 'Votre dossier', activation: 'auto', selected: '' },
  argTypes: controls.argTypes,
  render: (args) => tabs(args, dossierFr),
} satisfies Meta<TabsArgs>;

export default meta;
type Story = StoryObj<TabsArgs>;

/** La première section est affichée; les flèches changent d’onglet et de section. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** `selected="documents"` : la section « Documents » est affichée au départ. */
export const SectionChoisie: Story = { name: 'Section choisie', args: { selected: 'documents' } };

/** Activation manuelle : les flèches déplacent le focus, Entrée ou Espace affiche la section. */
export const ActivationManuelle: Story = { name: 'Activation manuelle', args: { activation: 'manual' } };

/** Sans `label` : le nom intégré « Sommaire » (et un avertissement pour les développeurs). */
export const NomIntegre: Story = { name: 'Nom intégré', args: { label: '' } };

/** Petit écran (320 px) : les onglets passent à la ligne, sans défilement horizontal. */
export const PetitEcran: Story = {
  name: 'Petit écran (320 px), intitulés longs',
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  render: (args) =>
    tabs(
      { ...args, label: 'Étapes de la demande' },
      html`<section id="entreprise">
          <h2>Renseignements sur l’entreprise requérante</h2>
          <p>Nom, adresse et numéro d’entreprise du Québec (NEQ).</p>
        </section>
        <section id="administrateurs">
          <h2>Administratrices et administrateurs</h2>
          <p>Les personnes qui dirigent l’entreprise.</p>
        </section>
        <section id="projet">
          <h2>Projet</h2>
          <p>La description du projet et son calendrier.</p>
        </section>
        <section id="pieces">
          <h2>Pièces jointes</h2>
          <p>Les documents à joindre à la demande.</p>
        </section>`,
    ),
};

/** Thème sombre. */
export const ThemeSombre: Story = {
  name: 'Thème sombre',
  render: (args) => html`<div data-qc-theme="dark" class="qc-ds">${tabs(args, dossierFr)}</div>`,
};

/** In English. */
export const English: Story = {
  name: 'English',
  args: { label: 'Your file' },
  render: (args) => html`<div lang="en">${tabs(args, dossierEn)}</div>`,
};

/** In English, manual activation, "Documents" selected. */
export const EnglishManual: Story = {
  name: 'English — Manual activation, a section chosen',
  args: { label: 'Your file', activation: 'manual', selected: 'documents-en' },
  render: (args) => html`<div lang="en">${tabs(args, dossierEn)}</div>`,
};

/** In English without label: the built-in "Contents". */
export const EnglishBuiltInName: Story = {
  name: 'English — Built-in name',
  args: { label: '' },
  render: (args) => html`<div lang="en">${tabs(args, dossierEn)}</div>`,
};

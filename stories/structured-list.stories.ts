import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/structured-list/qc-structured-list.js';
import '../packages/components/src/button/qc-button.js';
import { type StructuredListHeadingLevel } from '../packages/components/src/structured-list/structured-list.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface StructuredListArgs {
  heading: string;
  'heading-level': StructuredListHeadingLevel | '';
}

/** A row: [key, value, action text or none]. */
type Row = readonly [string, string, string?];

const coordonnees: Row[] = [
  ['Nom', 'Camille Tremblay', 'Modifier'],
  ['Adresse', '123, rue Principale, Québec (Québec) G1A 1A1', 'Modifier'],
  ['Courriel', 'camille.tremblay@exemple.ca', 'Modifier'],
  ['Téléphone', '418 555-0100', 'Modifier'],
];
const procedures: Row[] = [
  ['Procédures à suivre', 'Remplir le formulaire en ligne, puis joindre une preuve de résidence.'],
  ['Critères d’admissibilité', 'Résider au Québec depuis au moins 12 mois.'],
  ['Délai de traitement', 'Environ 20 jours ouvrables.'],
];
const mixed: Row[] = [
  ['Numéro de dossier', '2026-00042'],
  ['Adresse', '123, rue Principale, Québec', 'Modifier'],
  ['Date de la demande', '30 novembre 2026'],
  ['Courriel', 'camille.tremblay@exemple.ca', 'Modifier'],
];
const contactEn: Row[] = [
  ['Name', 'Camille Tremblay', 'Change'],
  ['Address', '123 Principale Street, Québec City, Quebec G1A 1A1', 'Change'],
  ['Email', 'camille.tremblay@example.ca', 'Change'],
];

/** The author's `dl`; each action is a link to the step that changes the row. */
function dl(rows: readonly Row[]): TemplateResult {
  return html`<dl>
    ${rows.map(
      ([key, value, action]) =>
        html`<div>
          <dt>${key}</dt>
          <dd>${value}</dd>
          ${action ? html`<dd><a href="#modifier">${action}</a></dd>` : nothing}
        </div>`,
    )}
  </dl>`;
}

/** The element from the args; an empty arg leaves the attribute out, as an author would. */
function structuredList(args: StructuredListArgs, body: TemplateResult): TemplateResult {
  return html`<qc-structured-list
    heading=${ifDefined(args.heading || undefined)}
    heading-level=${ifDefined(args['heading-level'] || undefined)}
    >${body}</qc-structured-list
  >`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-structured-list');

const meta = {
  title: 'Composants/Liste structurée (qc-structured-list)',
  component: 'qc-structured-list',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Des rangées libellé / valeur sur la liste `<dl>` écrite par l’auteur (lisible sans JavaScript). Chaque action',
          'd’une rangée (« Modifier ») reçoit en texte masqué le libellé de sa rangée : « Modifier adresse ». Les rangées',
          'avec et sans actions restent alignées; sous 768 px, chaque rangée s’empile.',
          '\n\n',
          'Label/value rows on the author’s `<dl>` (readable without JavaScript). Each action of a row ("Change") gets',
          'its row’s label as hidden text: "Change address". Rows with and without actions stay aligned; below 768 px,',
          'each row stacks.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, heading: '', 'heading-level': '' },
  argTypes: controls.argTypes,
  render: (args) => structuredList(args, dl(coordonnees)),
} satisfies Meta<StructuredListArgs>;

export default meta;
type Story = StoryObj<StructuredListArgs>;

/** Sans en-tête, chaque rangée avec une action « Modifier ». */
export const SansEnTete: Story = { name: 'Sans en-tête' };

/** Avec en-tête (`heading`). */
export const AvecEnTete: Story = { name: 'Avec en-tête', args: { heading: 'Vos coordonnées' } };

/** Sans actions : de l’information seulement (« Procédures à suivre », « Critères d’admissibilité »). */
export const SansActions: Story = {
  name: 'Sans actions',
  args: { heading: 'Programme d’aide', 'heading-level': '3' },
  render: (args) => structuredList(args, dl(procedures)),
};

/** Des rangées avec et sans actions, la première sans action : les colonnes restent alignées. */
export const ActionsMixtes: Story = {
  name: 'Rangées avec et sans actions',
  render: (args) => structuredList(args, dl(mixed)),
};

/** Des boutons (`qc-button`, et `<button class="qc-button">` de @qc-ds/styles) comme actions, deux dans une rangée. */
export const Boutons: Story = {
  name: 'Actions en boutons',
  render: (args) =>
    structuredList(
      args,
      html`<dl>
        <div>
          <dt>Adresse</dt>
          <dd>123, rue Principale, Québec</dd>
          <dd><qc-button type="button" variant="tertiary" compact>Modifier</qc-button></dd>
        </div>
        <div>
          <dt>Personne à charge</dt>
          <dd>Alex Tremblay</dd>
          <dd>
            <button type="button" class="qc-button qc-tertiary qc-compact">Modifier</button>
            <button type="button" class="qc-button qc-tertiary qc-compact">Retirer</button>
          </dd>
        </div>
      </dl>`,
    ),
};

/** Titre écrit par l’auteur dans l’élément (affiché avant le chargement du script). */
export const TitreDeLAuteur: Story = {
  name: 'Titre écrit par l’auteur',
  render: (args) =>
    structuredList(
      args,
      html`<h3>Résumé de votre demande</h3>
        ${dl(mixed)}`,
    ),
};

/** Petit écran (320 px) : chaque rangée s’empile. */
export const PetitEcran: Story = {
  name: 'Petit écran (320 px)',
  args: { heading: 'Vos coordonnées' },
  globals: { viewport: { value: 'mobile320', isRotated: false } },
};

/** In English, without heading: "Change" + hidden "address". */
export const English: Story = {
  name: 'English — Without heading',
  render: (args) => html`<div lang="en">${structuredList(args, dl(contactEn))}</div>`,
};

/** In English, with a heading. */
export const EnglishWithHeading: Story = {
  name: 'English — With heading',
  args: { heading: 'Your contact information' },
  render: (args) => html`<div lang="en">${structuredList(args, dl(contactEn))}</div>`,
};

/** In English, rows with and without actions, on a 320 px screen. */
export const EnglishSmallScreen: Story = {
  name: 'English — Small screen (320 px)',
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  render: (args) =>
    html`<div lang="en">
      ${structuredList(
        args,
        dl([
          ['File number', '2026-00042'],
          ['Address', '123 Principale Street, Québec City', 'Change'],
        ]),
      )}
    </div>`,
};

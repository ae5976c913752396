import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/stepper/qc-stepper.js';
import { type StepperHeadingLevel } from '../packages/components/src/stepper/stepper.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface StepperArgs {
  current: number;
  label: string;
  'heading-level': StepperHeadingLevel | '';
}

const stepsFr = ['Demande reçue', 'Analyse', 'Décision', 'Envoi'];
const stepsEn = ['Application received', 'Review', 'Decision', 'Sending'];

/** The author's `ol`, one `li` per step. */
function list(steps: readonly string[]): TemplateResult {
  return html`<ol>
    ${steps.map((step) => html`<li>${step}</li>`)}
  </ol>`;
}

/** The element from the args; an empty arg leaves the attribute out, as an author would. */
function stepper(args: StepperArgs, body: TemplateResult): TemplateResult {
  return html`<qc-stepper
    current=${args.current}
    label=${ifDefined(args.label || undefined)}
    heading-level=${ifDefined(args['heading-level'] || undefined)}
    >${body}</qc-stepper
  >`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-stepper');

const meta = {
  title: 'Composants/Indicateur d’étapes (qc-stepper)',
  component: 'qc-stepper',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'La position dans une démarche en plusieurs étapes, sur la liste `<ol>` écrite par l’auteur (lisible sans',
          'JavaScript) : un résumé « Étape 2 sur 4 : Analyse », l’étape courante marquée `aria-current="step"`, les autres',
          '« complétée » ou « non complétée » en texte masqué. Sous 768 px : le résumé et une barre.',
          '\n\n',
          'Where the citizen is in a process of several steps, on the author’s `<ol>` (readable without JavaScript): a',
          'summary "Step 2 of 4: Review", the current step marked `aria-current="step"`, the others "completed" or "not',
          'completed" in hidden text. Below 768 px: the summary and a bar.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, current: 2, label: 'Étapes de votre demande', 'heading-level': '' },
  argTypes: controls.argTypes,
  render: (args) => stepper(args, list(stepsFr)),
} satisfies Meta<StepperArgs>;

export default meta;
type Story = StoryObj<StepperArgs>;

/** Deuxième étape sur quatre. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** Première étape : aucune étape complétée. */
export const PremiereEtape: Story = { name: 'Première étape', args: { current: 1 } };

/** Dernière étape : toutes les précédentes complétées. */
export const DerniereEtape: Story = { name: 'Dernière étape', args: { current: 4 } };

/** Le résumé en titre de niveau 2. */
export const ResumeEnTitre: Story = { name: 'Résumé en titre', args: { 'heading-level': '2' } };

/** Des étapes complétées en liens, pour y revenir. */
export const EtapesEnLiens: Story = {
  name: 'Étapes avec liens',
  args: { current: 3 },
  render: (args) =>
    stepper(
      args,
      html`<ol>
        <li><a href="#renseignements">Renseignements personnels</a></li>
        <li><a href="#documents">Documents</a></li>
        <li>Paiement</li>
        <li>Confirmation</li>
      </ol>`,
    ),
};

/** Beaucoup d’étapes aux intitulés longs. */
export const IntitulesLongs: Story = {
  name: 'Étapes nombreuses et intitulés longs',
  args: { current: 5 },
  render: (args) =>
    stepper(
      args,
      list([
        'Vérification de l’admissibilité',
        'Renseignements sur la personne demanderesse',
        'Renseignements sur l’entreprise',
        'Pièces justificatives',
        'Déclaration et consentement',
        'Paiement des droits',
        'Confirmation de la transmission',
      ]),
    ),
};

/** Petit écran (320 px) : le résumé et une barre; la liste reste lue par les technologies d’assistance. */
export const PetitEcran: Story = {
  name: 'Petit écran (320 px), compact',
  globals: { viewport: { value: 'mobile320', isRotated: false } },
};

/** In English: "Step 2 of 4: Review". */
export const English: Story = {
  name: 'English',
  args: { label: 'Steps of your application' },
  render: (args) => html`<div lang="en">${stepper(args, list(stepsEn))}</div>`,
};

/** In English, on a 320 px screen: compact. */
export const EnglishSmallScreen: Story = {
  name: 'English — Small screen (320 px)',
  args: { label: 'Steps of your application', current: 3 },
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  render: (args) => html`<div lang="en">${stepper(args, list(stepsEn))}</div>`,
};

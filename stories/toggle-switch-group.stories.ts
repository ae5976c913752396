import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/toggle-switch-group/qc-toggle-switch-group.js';
import '../packages/components/src/toggle-switch/qc-toggle-switch.js';
import '../packages/components/src/button/qc-button.js';
import { clearSubmission } from './support/story-form.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface ToggleSwitchGroupArgs {
  legend: string;
  description: string;
  disabled: boolean;
  justified: boolean;
  'text-align': 'start' | 'end';
  'max-width': string;
}

interface Item {
  label: string;
  name: string;
  checked?: boolean;
  disabled?: boolean;
  justified?: 'true' | 'false';
  'text-align'?: 'start' | 'end';
}

const notices: Item[] = [
  { label: 'Changement d’étape du dossier', name: 'etape', checked: true },
  { label: 'Document à fournir', name: 'document', checked: true },
  { label: 'Rappel de rendez-vous', name: 'rendez-vous' },
];

const noticesEn: Item[] = [
  { label: 'File moves to a new step', name: 'step', checked: true },
  { label: 'Document required', name: 'document', checked: true },
  { label: 'Appointment reminder', name: 'appointment' },
];

/** Renders a group and its switches (the author's children) from the args. */
function group(args: Partial<ToggleSwitchGroupArgs>, items: Item[] = notices): TemplateResult {
  return html`<qc-toggle-switch-group
    legend=${ifDefined(args.legend || undefined)}
    description=${ifDefined(args.description || undefined)}
    ?disabled=${args.disabled}
    ?justified=${args.justified}
    text-align=${ifDefined(args['text-align'] && args['text-align'] !== 'start' ? args['text-align'] : undefined)}
    max-width=${ifDefined(args['max-width'] || undefined)}
  >
    ${items.map(
      (item) =>
        html`<qc-toggle-switch
          label=${item.label}
          name=${item.name}
          value="oui"
          ?checked=${item.checked}
          ?disabled=${item.disabled}
          justified=${ifDefined(item.justified)}
          text-align=${ifDefined(item['text-align'])}
        ></qc-toggle-switch>`,
    )}
  </qc-toggle-switch-group>`;
}

/** Shows what the form would send, instead of leaving the page. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const entries = [...new FormData(form).entries()].map(([key, value]) => `${key}=${String(value)}`);
  const output = form.querySelector('output');
  if (output) output.value = `${form.dataset['sent'] ?? ''} ${entries.join(', ') || form.dataset['none']}`;
}

function form(fields: TemplateResult, lang: 'fr' | 'en' = 'fr'): TemplateResult {
  const fr = lang === 'fr';
  return html`<form
    data-sent=${fr ? 'Données envoyées :' : 'Data sent:'}
    data-none=${fr ? '(rien)' : '(nothing)'}
    @submit=${showSubmission}
    @reset=${clearSubmission}
  >
    ${fields}
    <div class="qc-button-group">
      <qc-button type="submit">${fr ? 'Enregistrer' : 'Save'}</qc-button>
      <qc-button type="reset" variant="secondary">${fr ? 'Réinitialiser' : 'Reset'}</qc-button>
    </div>
    <p><output></output></p>
  </form>`;
}

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-toggle-switch-group');

const meta = {
  title: 'Formulaires/Groupe d’interrupteurs (qc-toggle-switch-group)',
  component: 'qc-toggle-switch-group',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le groupe réunit des interrupteurs `qc-toggle-switch` sous une légende : les technologies d’assistance',
          'annoncent le groupe et son nom en y entrant. Les interrupteurs restent vos enfants, dans votre ordre.',
          '`disabled` désactive tous les interrupteurs. `justified` et `text-align` sont des valeurs par défaut :',
          'l’attribut d’un interrupteur l’emporte (`justified="false"` garde un interrupteur compact dans un groupe',
          'justifié). `max-width` (px, rem, em ou %) limite la largeur du groupe; sans cet attribut, ou avec une',
          'valeur invalide, le groupe prend la largeur de son contenu.',
          '\n\n',
          'The group gathers `qc-toggle-switch` elements under a legend: assistive technology announces the group',
          'and its name on entering it. The switches stay your children, in your order. `disabled` disables every',
          'switch. `justified` and `text-align` are defaults: a switch’s own attribute wins (`justified="false"`',
          'keeps one switch compact in a justified group). `max-width` (px, rem, em or %) caps the group’s width;',
          'without it, or with an invalid value, the group is as wide as its content.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    legend: 'Avis à recevoir par courriel',
    description: '',
    disabled: false,
    justified: false,
    'text-align': 'start',
    'max-width': '',
  },
  argTypes: controls.argTypes,
  render: (args) => group(args),
} satisfies Meta<ToggleSwitchGroupArgs>;

export default meta;
type Story = StoryObj<ToggleSwitchGroupArgs>;

// --- French ---------------------------------------------------------------------------------

/** Un groupe et sa légende; le groupe prend la largeur de son contenu. */
export const Defaut: Story = { name: 'Défaut' };

/** La description précise la portée des réglages; elle est liée au groupe. */
export const AvecDescription: Story = {
  name: 'Avec description',
  args: { description: 'Les avis sont envoyés à l’adresse inscrite dans votre dossier.' },
};

/** Justifié, limité à 30 rem : les interrupteurs s’alignent au bord droit du groupe. */
export const JustifieAvecLargeurMaximale: Story = {
  name: 'Justifié, largeur maximale',
  args: { justified: true, 'max-width': '30rem' },
};

/** `text-align="end"` sur le groupe : le texte après chaque interrupteur. */
export const TexteApres: Story = {
  name: 'Texte après les interrupteurs',
  args: { 'text-align': 'end' },
};

/**
 * L’attribut d’un interrupteur l’emporte sur le groupe : dans ce groupe justifié, « Rappel de rendez-vous »
 * a `justified="false"` et reste compact, « Document à fournir » a `text-align="end"`.
 */
export const PrioriteDesInterrupteurs: Story = {
  name: 'L’interrupteur l’emporte sur le groupe',
  render: () =>
    group({ legend: 'Avis à recevoir par courriel', justified: true, 'max-width': '30rem' }, [
      { label: 'Changement d’étape du dossier', name: 'etape', checked: true },
      { label: 'Document à fournir', name: 'document', 'text-align': 'end' },
      { label: 'Rappel de rendez-vous', name: 'rendez-vous', justified: 'false' },
    ]),
};

/** Groupe désactivé : tous ses interrupteurs le sont, activés ou non. */
export const Desactive: Story = {
  name: 'Désactivé',
  args: { disabled: true, description: 'Ces réglages seront offerts une fois votre dossier ouvert.' },
};

/** Dans un formulaire : seuls les interrupteurs activés sont envoyés; « Réinitialiser » rétablit l’état initial. */
export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () => form(group({ legend: 'Avis à recevoir par courriel', justified: true, 'max-width': '30rem' })),
};

/** Légende longue, largeur limitée à 100 % dans 320 px : le texte passe à la ligne. */
export const LegendeLongueEcranEtroit: Story = {
  name: 'Légende longue, écran étroit',
  render: () =>
    html`<div style="max-width: 320px; border: 1px dashed var(--qc-color-border-default); padding: 0.5rem">
      ${group({
        legend: 'Avis concernant votre demande de prestation et les documents à fournir',
        justified: true,
        'max-width': '100%',
      })}
    </div>`,
};

// --- English ---------------------------------------------------------------------------------

/** A group with its legend and hint, in English. */
export const EnglishDefault: Story = {
  name: 'English — Default',
  render: () =>
    english(
      group({ legend: 'Notices to receive by email', description: 'Sent to the address in your file.' }, noticesEn),
    ),
};

/** Justified within 30 rem, one switch keeping its own `justified="false"`, in English. */
export const EnglishJustified: Story = {
  name: 'English — Justified, switch wins',
  render: () =>
    english(
      group({ legend: 'Notices to receive by email', justified: true, 'max-width': '30rem' }, [
        { label: 'File moves to a new step', name: 'step', checked: true },
        { label: 'Document required', name: 'document', 'text-align': 'end' },
        { label: 'Appointment reminder', name: 'appointment', justified: 'false' },
      ]),
    ),
};

/** A disabled group, in English. */
export const EnglishDisabled: Story = {
  name: 'English — Disabled',
  render: () => english(group({ legend: 'Notices to receive by email', disabled: true }, noticesEn)),
};

/** In a form, in English. */
export const EnglishInAForm: Story = {
  name: 'English — In a form',
  render: () => english(form(group({ legend: 'Notices to receive by email', 'text-align': 'end' }, noticesEn), 'en')),
};

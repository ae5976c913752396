import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/tooltip/qc-tooltip.js';
import {
  tooltipPositions,
  type TooltipDisplayMode,
  type TooltipIcon,
  type TooltipPosition,
} from '../packages/components/src/tooltip/tooltip.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface TooltipArgs {
  label: string;
  title: string;
  description: string;
  position: TooltipPosition;
  'display-mode': TooltipDisplayMode;
  icon: TooltipIcon;
  'prevent-outer-event-closing': boolean;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function tooltip(args: TooltipArgs, body?: TemplateResult): TemplateResult {
  return html`<qc-tooltip
    label=${ifDefined(args.label || undefined)}
    title=${ifDefined(args.title || undefined)}
    description=${ifDefined(args.description || undefined)}
    position=${args.position}
    display-mode=${args['display-mode']}
    icon=${args.icon}
    ?prevent-outer-event-closing=${args['prevent-outer-event-closing']}
    >${body ?? nothing}</qc-tooltip
  >`;
}

const sentence = (args: TooltipArgs, body?: TemplateResult) =>
  html`<p>Indiquez votre ${tooltip(args, body)} tel qu’il figure sur votre avis de cotisation.</p>`;
const sentenceEn = (args: TooltipArgs, body?: TemplateResult) =>
  html`<p lang="en">Enter your ${tooltip(args, body)} as shown on your notice of assessment.</p>`;

const longFr =
  'Le numéro d’assurance sociale (NAS) est un numéro de neuf chiffres. Il figure sur votre carte ou sur la lettre de confirmation reçue de Service Canada. Ne le communiquez qu’aux organismes autorisés à le demander.';
const longEn =
  'The social insurance number (SIN) is a nine-digit number. It appears on your card or on the confirmation letter from Service Canada. Only give it to organizations authorized to ask for it.';

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-tooltip');

const meta = {
  title: 'Composants/Infobulle (qc-tooltip)',
  component: 'qc-tooltip',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Une infobulle à bascule (toggletip) : un bouton, le texte qu’elle explique et une icône, qui ouvre un',
          'panneau d’aide non modal au clic, au survol et au focus. Le panneau reste ouvert tant que le pointeur est',
          'sur le bouton ou sur le panneau; Échap, le bouton de fermeture et un clic ailleurs le ferment. Le contenu',
          'riche (liens) va dans l’enfant `slot="description"`; l’attribut `description` est affiché comme texte.',
          '\n\n',
          'A toggletip: a button (the text it explains and an icon) that opens a non-modal help panel on click, hover',
          'and focus. The panel stays open while the pointer is over the button or the panel; Escape, the close button',
          'and a click elsewhere close it. Rich content (links) goes in a `slot="description"` child; the',
          '`description` attribute is shown as text.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    label: 'numéro d’assurance sociale',
    title: '',
    description: 'Neuf chiffres, sur votre carte ou votre lettre de Service Canada.',
    position: 'top',
    'display-mode': 'popover',
    icon: 'information',
    'prevent-outer-event-closing': false,
  },
  argTypes: controls.argTypes,
  render: (args) => sentence(args),
} satisfies Meta<TooltipArgs>;

export default meta;
type Story = StoryObj<TooltipArgs>;

/** Sur un texte dans une phrase. */
export const TexteEnLigne: Story = { name: 'Texte en ligne' };

/** Icône seule (information et question) : le bouton est nommé « Afficher l’aide contextuelle ». */
export const IconeSeule: Story = {
  name: 'Icône seule',
  render: (args) =>
    html`<p>
      Revenu familial ${tooltip({ ...args, label: '', icon: 'information' })} · Personne à charge
      ${tooltip({ ...args, label: '', icon: 'question', description: 'Un enfant ou un parent que vous soutenez.' })}
    </p>`,
};

/** Une longue description, avec un titre : le panneau défile au-delà de 320 px. */
export const LongueDescription: Story = {
  name: 'Longue description et titre',
  args: { title: 'Où trouver votre NAS', description: `${longFr} ${longFr}` },
};

/** Les trois positions (le panneau se retourne s’il manque de place). */
export const Positions: Story = {
  name: 'Positions',
  render: (args) =>
    html`${tooltipPositions.map(
      (position) =>
        html`<p>Position « ${position} » : ${tooltip({ ...args, label: `aide ${position}`, position })}</p>`,
    )}`,
};

/** Une description riche, avec un lien, dans l’enfant slot="description". */
export const DescriptionAvecLien: Story = {
  name: 'Description avec un lien (slot)',
  args: { description: '' },
  render: (args) =>
    sentence(
      args,
      html`<span slot="description"
        >Neuf chiffres.
        <a href="https://www.canada.ca/fr/emploi-developpement-social/services/numero-assurance-sociale.html"
          >Obtenir un NAS</a
        ></span
      >`,
    ),
};

/** La description lue d’un élément de la page (description-id), comme dans la trousse. */
export const DescriptionId: Story = {
  name: 'description-id',
  render: (args) =>
    html`<p>Indiquez votre <qc-tooltip label=${args.label} description-id="aide-nas"></qc-tooltip> ci-dessous.</p>
      <p id="aide-nas" hidden>${longFr}</p>`,
};

/** display-mode="modal" : accepté pour la compatibilité, il affiche le même panneau non modal. */
export const ModeModal: Story = { name: 'Mode « modal » (compatibilité)', args: { 'display-mode': 'modal' } };

/** Le panneau ouvert. */
export const Ouvert: Story = {
  name: 'Ouvert',
  render: (args) => html`<div style="padding-block-start: 8rem">${sentence({ ...args, title: 'NAS' })}</div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('qc-tooltip');
    await el?.updateComplete;
    el?.show();
  },
};

/** Thème sombre. */
export const ThemeSombre: Story = {
  name: 'Thème sombre',
  render: (args) => html`<div class="qc-ds" data-qc-theme="dark">${sentence(args)}</div>`,
};

/** English — inline text. */
export const English: Story = {
  name: 'English — Inline text',
  args: { label: 'social insurance number', description: 'Nine digits, on your card or your Service Canada letter.' },
  render: (args) => sentenceEn(args),
};

/** English — icons alone, and a link in the description. */
export const EnglishIconsAndLink: Story = {
  name: 'English — Icon only and link',
  render: (args) =>
    html`<p lang="en">
      Family income ${tooltip({ ...args, label: '', description: 'Your income and your spouse’s.' })} · Dependant
      ${tooltip(
        { ...args, label: '', icon: 'question', description: '' },
        html`<span slot="description"
          >A child or parent you support. <a href="https://www.canada.ca/en.html">Learn more</a></span
        >`,
      )}
    </p>`,
};

/** English — long description with a title, in the dark theme. */
export const EnglishDark: Story = {
  name: 'English — Long description, dark theme',
  args: { label: 'social insurance number', title: 'Where to find your SIN', description: longEn },
  render: (args) => html`<div class="qc-ds" data-qc-theme="dark">${sentenceEn(args)}</div>`,
};

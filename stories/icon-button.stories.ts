import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/icon-button/qc-icon-button.js';
import { iconButtonSizes, type IconButtonSize } from '../packages/components/src/icon-button/icon-button.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface IconButtonArgs {
  size: IconButtonSize;
  label: string;
  icon: string;
  'icon-size': string;
  'icon-color': string;
  disabled: boolean;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function iconButton(args: IconButtonArgs): TemplateResult {
  return html`<qc-icon-button
    size=${args.size}
    label=${ifDefined(args.label || undefined)}
    icon=${ifDefined(args.icon || undefined)}
    icon-size=${ifDefined(args['icon-size'] || undefined)}
    icon-color=${ifDefined(args['icon-color'] || undefined)}
    ?disabled=${args.disabled}
  ></qc-icon-button>`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-icon-button');

const meta = {
  title: 'Composants/Bouton icône (qc-icon-button)',
  component: 'qc-icon-button',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Un vrai `<button>` (type « button » par défaut : il n’envoie pas le formulaire) qui n’affiche qu’une icône.',
          'Son nom, obligatoire, vient de `label` (texte lu par les lecteurs d’écran, masqué à l’écran). Chaque',
          'taille offre une cible d’au moins 24 × 24 px.',
          '\n\n',
          'A real `<button>` (type "button" by default: it does not submit its form) that shows only an icon. Its',
          'required name comes from `label` (read by screen readers, hidden on screen). Every size is a target of at',
          'least 24 × 24 px.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    size: 'xl',
    label: 'Fermer',
    icon: 'xclose',
    'icon-size': '',
    'icon-color': '',
    disabled: false,
  },
  argTypes: controls.argTypes,
  render: (args) => iconButton(args),
} satisfies Meta<IconButtonArgs>;

export default meta;
type Story = StoryObj<IconButtonArgs>;

/** Le bouton par défaut (xl, 40 px). */
export const ParDefaut: Story = { name: 'Par défaut' };

/** Toutes les tailles : sm, md et nm font 24 px (la cible minimale), lg 32 px, xl 40 px. */
export const Tailles: Story = {
  name: 'Tailles',
  render: (args) =>
    html`<div style="display: flex; gap: 1rem; align-items: center">
      ${iconButtonSizes.map((size) => iconButton({ ...args, size, label: `Fermer (${size})` }))}
    </div>`,
};

/** Désactivé. */
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };

/** Une couleur d’icône choisie par jeton. */
export const CouleurIcone: Story = {
  name: 'Couleur de l’icône',
  args: { icon: 'search', label: 'Lancer la recherche', 'icon-color': 'blue-piv' },
};

/** Un bouton de divulgation : aria-expanded et aria-controls posés sur l’élément passent au bouton. */
export const Divulgation: Story = {
  name: 'Bouton de divulgation',
  render: () =>
    html`<qc-icon-button
        icon="search"
        label="Afficher la recherche"
        aria-expanded="false"
        aria-controls="zone-recherche"
      ></qc-icon-button>
      <div id="zone-recherche" hidden>Recherche</div>`,
};

/** English. */
export const English: Story = {
  name: 'English — Default',
  render: (args) => html`<div lang="en">${iconButton({ ...args, label: 'Close' })}</div>`,
};

/** English, every size. */
export const EnglishSizes: Story = {
  name: 'English — Sizes',
  render: (args) =>
    html`<div lang="en" style="display: flex; gap: 1rem; align-items: center">
      ${iconButtonSizes.map((size) => iconButton({ ...args, size, icon: 'search', label: `Search (${size})` }))}
    </div>`,
};

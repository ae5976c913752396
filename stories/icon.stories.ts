import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/icon/qc-icon.js';
import { iconSizes } from '../packages/components/src/icon/qc-icon.js';
import { manifestControls } from './support/manifest-controls.js';

interface IconArgs {
  icon: string;
  type: string;
  label: string;
  size: string;
  color: string;
  rotate: number;
  /** Incumbent attribute, not supported (documented only). */
  src?: string;
}

/** French or English, from the story's language toolbar. */
function pick(context: Pick<StoryContext, 'globals'>, fr: string, en: string): string {
  return context.globals['locale'] === 'en' ? en : fr;
}

// Side-by-side examples; margin 0 overrides the base styles' spacing between list items.
const itemStyle = 'display: grid; justify-items: center; gap: 0.5rem; margin: 0;';

const px = { xs: 12, sm: 16, md: 20, nm: 24, lg: 28, xl: 32 } as const;

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-icon');

const meta = {
  title: 'Composants/Icône (qc-icon)',
  component: 'qc-icon',
  tags: ['autodocs'],
  args: { ...controls.args, icon: 'information', type: '', label: '', size: 'md', color: '', rotate: 0 },
  argTypes: controls.argTypes,
  render: (args) =>
    html`<qc-icon
      icon=${ifDefined(args.icon || undefined)}
      type=${ifDefined(args.type || undefined)}
      label=${ifDefined(args.label || undefined)}
      size=${ifDefined(args.size || undefined)}
      color=${ifDefined(args.color || undefined)}
      rotate=${ifDefined(args.rotate ? String(args.rotate) : undefined)}
    ></qc-icon>`,
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: `Une icône de qc-ds, décorative par défaut (cachée des technologies d'assistance) ou, avec \`label\`,
une image nommée. Les dessins viennent de [Lucide](https://lucide.dev) (licence ISC), chargés à la première
utilisation. Sans \`color\`, l'icône prend la couleur du texte qui l'entoure (\`currentColor\`) : blanche dans
un bouton principal, couleur de lien dans un lien. Dans le texte courant des styles de base, c'est
\`text-primary\`, la couleur par défaut de qc-trousse-sdg.

An icon from qc-ds, decorative by default (hidden from assistive technology) or, with \`label\`, a named image.
Glyphs come from [Lucide](https://lucide.dev) (ISC licence) and load on first use. Without \`color\` the icon
takes the colour of the text around it (\`currentColor\`): white in a primary button, the link colour in a
link. In base-styles body text that is \`text-primary\`, the incumbent's default. \`width\`, \`height\` and
\`src\` from qc-trousse-sdg are not supported: use \`size\`, and \`registerIcon()\` for your own drawings.`,
      },
    },
  },
} satisfies Meta<IconArgs>;

export default meta;
type Story = StoryObj<IconArgs>;

export const ParDefaut: Story = {
  name: 'Par défaut — Default',
};

export const Tailles: Story = {
  name: 'Tailles — Sizes',
  render: (args) => html`
    <ul style="display: flex; flex-wrap: wrap; align-items: end; gap: 1.5rem; list-style: none; margin: 0; padding: 0;">
      ${iconSizes.map(
        (size) =>
          html`<li style=${itemStyle}>
            <qc-icon icon=${args.icon} size=${size}></qc-icon>
            <span>${size} · ${px[size]} px</span>
          </li>`,
      )}
    </ul>
  `,
};

const colourExamples = [
  'text-primary',
  'blue-piv',
  'feedback-information-icon',
  'feedback-success-icon',
  'feedback-warning-icon',
  'feedback-error-icon',
];

export const Couleurs: Story = {
  name: 'Couleurs — Colours',
  args: { size: 'lg' },
  render: (args, context) => html`
    <ul style="display: flex; flex-wrap: wrap; gap: 1.5rem; list-style: none; margin: 0 0 1.5rem; padding: 0;">
      ${colourExamples.map(
        (color) =>
          html`<li style=${itemStyle}>
            <qc-icon icon=${args.icon} size=${args.size} color=${color}></qc-icon>
            <code>${color}</code>
          </li>`,
      )}
    </ul>
    <p>
      <a href="#couleurs">
        <qc-icon icon="external-link" size="sm"></qc-icon>
        ${pick(
          context,
          'Sans color, l’icône suit la couleur du lien',
          'Without color, the icon follows the link colour',
        )}
      </a>
    </p>
  `,
};

export const AvecLibelle: Story = {
  name: 'Avec libellé — Labelled (FR)',
  args: { icon: 'warning', label: 'Avertissement', color: 'feedback-warning-icon', size: 'nm' },
  render: (args) => html`
    <p lang="fr" style="display: flex; align-items: center; gap: 0.5rem;">
      <qc-icon icon=${args.icon} label=${args.label} size=${args.size} color=${args.color}></qc-icon>
      Votre session expirera dans 5 minutes.
    </p>
  `,
};

export const EnglishLabel: Story = {
  name: 'Avec libellé — Labelled (EN)',
  args: { icon: 'warning', label: 'Warning', color: 'feedback-warning-icon', size: 'nm' },
  render: (args) => html`
    <p lang="en" style="display: flex; align-items: center; gap: 0.5rem;">
      <qc-icon icon=${args.icon} label=${args.label} size=${args.size} color=${args.color}></qc-icon>
      Your session will expire in 5 minutes.
    </p>
  `,
};

export const Rotation: Story = {
  name: 'Rotation',
  args: { icon: 'arrow-up', size: 'lg' },
  render: (args) => html`
    <ul style="display: flex; flex-wrap: wrap; gap: 1.5rem; list-style: none; margin: 0; padding: 0;">
      ${[0, 45, 90, 180, 270].map(
        (rotate) =>
          html`<li style=${itemStyle}>
            <qc-icon icon=${args.icon} size=${args.size} rotate=${rotate}></qc-icon>
            <code>rotate="${rotate}"</code>
          </li>`,
      )}
    </ul>
  `,
};

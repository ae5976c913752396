import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/spinner/qc-spinner.js';
import { type SpinnerSize } from '../packages/components/src/spinner/spinner.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface SpinnerArgs {
  size: SpinnerSize;
  label: string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
const spinner = (args: SpinnerArgs) =>
  html`<qc-spinner size=${args.size} label=${ifDefined(args.label || undefined)}></qc-spinner>`;

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-spinner');

const meta = {
  title: 'Composants/Indicateur de chargement (qc-spinner)',
  component: 'qc-spinner',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Un anneau qui tourne (immobile et pointillé si l’utilisateur réduit les animations) et un message visible,',
          '« Chargement en cours… », dans une région `status` présente avant son texte : il est annoncé une fois quand un',
          'script insère l’indicateur, et pas au chargement d’une page qui le contient déjà. Mettez `aria-busy="true"`',
          'sur la région qui se recharge, pas sur l’indicateur.',
          '\n\n',
          'A turning ring (still and dotted when the user reduces motion) and a visible message, "Loading…", in a',
          '`status` region present before its text: announced once when a script inserts the spinner, not on load of',
          'a page that already holds it. Put `aria-busy="true"` on the region being reloaded, not on the spinner.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, size: 'md', label: '' },
  argTypes: controls.argTypes,
  render: (args) => spinner(args),
} satisfies Meta<SpinnerArgs>;

export default meta;
type Story = StoryObj<SpinnerArgs>;

/** La taille moyenne et le message par défaut. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** Petite taille, dans le fil d’un texte ou d’un bouton de chargement. */
export const Petit: Story = { name: 'Petit (sm)', args: { size: 'sm' } };

/** Grande taille, pour une page ou une section entière. */
export const Grand: Story = { name: 'Grand (lg)', args: { size: 'lg' } };

/** Un message propre à la tâche (`label`). */
export const MessagePersonnalise: Story = {
  name: 'Message personnalisé',
  args: { label: 'Recherche des résultats…' },
};

/** La région qui se recharge porte `aria-busy`; l’indicateur est à côté, hors de la région. */
export const RegionOccupee: Story = {
  name: 'Avec une région occupée (aria-busy)',
  render: (args) =>
    html`${spinner({ ...args, label: args.label || 'Chargement des résultats…' })}
      <section aria-busy="true" aria-label="Résultats">
        <p>Les résultats précédents restent affichés pendant le chargement.</p>
      </section>`,
};

/** English, in an English part of the page. */
export const English: Story = {
  name: 'English — Default',
  render: (args) => html`<div lang="en">${spinner(args)}</div>`,
};

/** English, a task message and the large size. */
export const EnglishLarge: Story = {
  name: 'English — Large, own message',
  args: { size: 'lg', label: 'Searching…' },
  render: (args) => html`<div lang="en">${spinner(args)}</div>`,
};

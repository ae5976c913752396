import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/card/qc-card.js';
import { cardVariants, type CardVariant } from '../packages/components/src/card/card.js';

/** Story args, named like the element's attributes. */
interface CardArgs {
  variant: CardVariant;
  label: string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function card(args: CardArgs, body: TemplateResult): TemplateResult {
  return html`<qc-card variant=${args.variant} label=${ifDefined(args.label || undefined)}>${body}</qc-card>`;
}

const meta = {
  title: 'Composants/Card (qc-card)',
  component: 'qc-card',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: [
          'Un groupe nommé autour de son contenu, écrit dans le DOM léger.',
          '\n\n',
          'A named group around its content, authored in light DOM.',
        ].join(' '),
      },
    },
  },
  args: { variant: 'default', label: '' },
  argTypes: {
    variant: {
      description: 'Apparence — Look',
      control: 'select',
      options: [...cardVariants],
      table: { defaultValue: { summary: 'default' } },
    },
    label: {
      description: 'Remplace le nom du groupe (texte) — Replaces the group’s name (text)',
      control: 'text',
    },
  },
  render: (args) => card(args, html`<p>Le contenu que lit la citoyenne ou le citoyen.</p>`),
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** L’apparence par défaut. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** L’apparence mise en évidence. */
export const MiseEnEvidence: Story = { name: 'Mise en évidence', args: { variant: 'emphasis' } };

/** The default look, in English. */
export const English: Story = {
  name: 'English — Default',
  render: (args) => {
    const element = card(args, html`<p>The content a citizen reads.</p>`);
    return html`<div lang="en">${element}</div>`;
  },
};

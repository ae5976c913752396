import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/stepper/qc-stepper.js';
import { stepperVariants, type StepperVariant } from '../packages/components/src/stepper/stepper.js';

/** Story args, named like the element's attributes. */
interface StepperArgs {
  variant: StepperVariant;
  label: string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function stepper(args: StepperArgs, body: TemplateResult): TemplateResult {
  return html`<qc-stepper variant=${args.variant} label=${ifDefined(args.label || undefined)}>${body}</qc-stepper>`;
}

const meta = {
  title: 'Composants/Stepper (qc-stepper)',
  component: 'qc-stepper',
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
      options: [...stepperVariants],
      table: { defaultValue: { summary: 'default' } },
    },
    label: {
      description: 'Remplace le nom du groupe (texte) — Replaces the group’s name (text)',
      control: 'text',
    },
  },
  render: (args) => stepper(args, html`<p>Le contenu que lit la citoyenne ou le citoyen.</p>`),
} satisfies Meta<StepperArgs>;

export default meta;
type Story = StoryObj<StepperArgs>;

/** L’apparence par défaut. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** L’apparence mise en évidence. */
export const MiseEnEvidence: Story = { name: 'Mise en évidence', args: { variant: 'emphasis' } };

/** The default look, in English. */
export const English: Story = {
  name: 'English — Default',
  render: (args) => {
    const element = stepper(args, html`<p>The content a citizen reads.</p>`);
    return html`<div lang="en">${element}</div>`;
  },
};

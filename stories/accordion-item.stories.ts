import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/accordion-item/qc-accordion-item.js';
import {
  accordionItemVariants,
  type AccordionItemVariant,
} from '../packages/components/src/accordion-item/accordion-item.js';

/** Story args, named like the element's attributes. */
interface AccordionItemArgs {
  variant: AccordionItemVariant;
  label: string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function accordionItem(args: AccordionItemArgs, body: TemplateResult): TemplateResult {
  return html`<qc-accordion-item variant=${args.variant} label=${ifDefined(args.label || undefined)}
    >${body}</qc-accordion-item
  >`;
}

const meta = {
  title: 'Composants/Accordion item (qc-accordion-item)',
  component: 'qc-accordion-item',
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
      options: [...accordionItemVariants],
      table: { defaultValue: { summary: 'default' } },
    },
    label: {
      description: 'Remplace le nom du groupe (texte) — Replaces the group’s name (text)',
      control: 'text',
    },
  },
  render: (args) => accordionItem(args, html`<p>Le contenu que lit la citoyenne ou le citoyen.</p>`),
} satisfies Meta<AccordionItemArgs>;

export default meta;
type Story = StoryObj<AccordionItemArgs>;

/** L’apparence par défaut. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** L’apparence mise en évidence. */
export const MiseEnEvidence: Story = { name: 'Mise en évidence', args: { variant: 'emphasis' } };

/** The default look, in English. */
export const English: Story = {
  name: 'English — Default',
  render: (args) => {
    const element = accordionItem(args, html`<p>The content a citizen reads.</p>`);
    return html`<div lang="en">${element}</div>`;
  },
};

import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/accordion/qc-accordion.js';
import '../packages/components/src/accordion-item/qc-accordion-item.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface AccordionItemArgs {
  open: boolean;
  'heading-level': string;
}

/** The element from the args; an empty arg leaves the attribute out, as an author would. */
function accordionItem(args: AccordionItemArgs, body: TemplateResult): TemplateResult {
  return html`<qc-accordion-item ?open=${args.open} heading-level=${ifDefined(args['heading-level'] || undefined)}
    >${body}</qc-accordion-item
  >`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-accordion-item');

const meta = {
  title: 'Composants/Accordéon, section (qc-accordion-item)',
  component: 'qc-accordion-item',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Une section d’accordéon : un intertitre (`slot="heading"`) dont le bouton affiche ou masque le contenu.',
          'Placée dans `<qc-accordion>`, ou seule.',
          '\n\n',
          'One accordion section: a heading (`slot="heading"`) whose button shows or hides the content.',
          'Inside `<qc-accordion>`, or on its own.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, open: false, 'heading-level': '' },
  argTypes: controls.argTypes,
  render: (args) =>
    accordionItem(
      args,
      html`<h3 slot="heading">Quels documents dois-je fournir?</h3>
        <p>Une preuve d’identité et une preuve de résidence au Québec.</p>`,
    ),
} satisfies Meta<AccordionItemArgs>;

export default meta;
type Story = StoryObj<AccordionItemArgs>;

/** Une section seule, fermée. */
export const Fermee: Story = { name: 'Fermée' };

/** Une section seule, ouverte. */
export const Ouverte: Story = { name: 'Ouverte', args: { open: true } };

/** L’intertitre écrit dans un `span` : le niveau vient de `heading-level` (ici 4). */
export const IntertitreSpan: Story = {
  name: 'Intertitre en span, niveau 4',
  args: { 'heading-level': '4', open: true },
  render: (args) =>
    accordionItem(
      args,
      html`<span slot="heading">Délais de traitement</span>
        <p>Environ 30 jours ouvrables.</p>`,
    ),
};

/** Dans un accordéon, une section qui remplace le niveau de l’accordéon. */
export const DansUnAccordeon: Story = {
  name: 'Dans un accordéon',
  render: (args) =>
    html`<qc-accordion heading-level="2">
      ${accordionItem(
        { ...args, open: true },
        html`<h2 slot="heading">Admissibilité</h2>
          <p>Toute personne qui habite au Québec.</p>`,
      )}
      <qc-accordion-item heading-level="3"
        ><h3 slot="heading">Cas particuliers</h3>
        <p>Une section de niveau 3.</p></qc-accordion-item
      >
    </qc-accordion>`,
};

/** A section on its own, open, in English. */
export const English: Story = {
  name: 'English — Open',
  args: { open: true },
  render: (args) =>
    html`<div lang="en">
      ${accordionItem(
        args,
        html`<h3 slot="heading">What documents do I need?</h3>
          <p>Proof of identity and proof of residence in Québec.</p>`,
      )}
    </div>`,
};

/** A section on its own, closed, in English. */
export const EnglishClosed: Story = {
  name: 'English — Closed',
  render: (args) =>
    html`<div lang="en">
      ${accordionItem(
        args,
        html`<h3 slot="heading">What documents do I need?</h3>
          <p>Proof of identity and proof of residence in Québec.</p>`,
      )}
    </div>`,
};

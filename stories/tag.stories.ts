import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/tag/qc-tag.js';
import { tagVariants, type TagVariant } from '../packages/components/src/tag/tag.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface TagArgs {
  variant: TagVariant;
  href: string;
  removable: boolean;
  'remove-label': string;
  text: string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function tag(args: Partial<TagArgs>, text = args.text ?? ''): TemplateResult {
  return html`<qc-tag
    variant=${ifDefined(args.variant)}
    href=${ifDefined(args.href || undefined)}
    ?removable=${args.removable}
    remove-label=${ifDefined(args['remove-label'] || undefined)}
    >${text}</qc-tag
  >`;
}

const statusFr: Record<TagVariant, string> = {
  neutral: 'Brouillon',
  info: 'En traitement',
  success: 'Approuvé',
  warning: 'Document manquant',
  error: 'Refusé',
};
const statusEn: Record<TagVariant, string> = {
  neutral: 'Draft',
  info: 'Processing',
  success: 'Approved',
  warning: 'Missing document',
  error: 'Refused',
};

const row = (content: TemplateResult[]) => html`<p style="display: flex; flex-wrap: wrap; gap: 0.5rem">${content}</p>`;

/** A list of removable filters under its heading: focus and announcements after each removal. */
const filters = (id: string, heading: string, label: string, items: string[]) =>
  html`<h2 id=${id}>${heading}</h2>
    <ul class="qc-list-inline" aria-labelledby=${id}>
      ${items.map((item) => html`<li>${tag({ removable: true, variant: 'info' }, item)}</li>`)}
    </ul>
    <p>${label}</p>`;

/** Controls, defaults and events from the manifest, with the args that are the story's own. */
const controls = manifestControls('qc-tag', {
  text: { description: 'Texte de l’étiquette (contenu) — The tag’s text (content)', control: 'text' },
});

const meta = {
  title: 'Composants/Étiquette (qc-tag)',
  component: 'qc-tag',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Une étiquette courte pour un statut ou une catégorie, aux couleurs des jetons de rétroaction (le texte dit',
          'le sens, pas la couleur seule). Statique par défaut; avec `href`, un lien; avec `removable`, un bouton',
          '« Retirer {texte} » (24 px au moins) qui émet `qc-remove` (annulable), retire l’étiquette, l’annonce',
          'poliment et place le focus sur l’étiquette suivante, sinon la précédente, sinon l’intertitre du groupe.',
          '\n\n',
          'A short label for a status or a category, in the feedback token colours (the text says the meaning, not',
          'colour alone). Static by default; with `href`, a link; with `removable`, a "Remove {text}" button (at least',
          '24 px) that fires `qc-remove` (cancelable), removes the tag, announces it politely and moves the focus to',
          'the next tag, else the previous one, else the group’s heading.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, variant: 'neutral', href: '', removable: false, 'remove-label': '', text: 'En traitement' },
  argTypes: controls.argTypes,
  render: (args) => tag(args),
} satisfies Meta<TagArgs>;

export default meta;
type Story = StoryObj<TagArgs>;

/** Une étiquette statique neutre. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** Les cinq couleurs, chacune avec un texte qui dit le statut. */
export const Variantes: Story = {
  name: 'Variantes',
  render: () => row(tagVariants.map((variant) => tag({ variant }, statusFr[variant]))),
};

/** Une étiquette qui est un lien. */
export const Lien: Story = { name: 'Lien', args: { href: '#mon-dossier', text: 'Mon dossier', variant: 'info' } };

/** Des étiquettes qu’on peut retirer (filtres), dans une liste sous son intertitre. */
export const Retirables: Story = {
  name: 'Retirables (filtres)',
  render: () =>
    filters('filtres-titre', 'Filtres appliqués', '42 résultats', ['Montréal', 'Laval', 'Permis de conduire']),
};

/** Le nom du bouton remplacé par l’auteur (il contient le texte de l’étiquette). */
export const NomDuBouton: Story = {
  name: 'Nom du bouton remplacé',
  args: { removable: true, 'remove-label': 'Retirer le filtre Montréal', text: 'Montréal', variant: 'info' },
};

/** Un texte long qui passe à la ligne sur un écran de 320 px. */
export const TexteLong: Story = {
  name: 'Texte long, petit écran (320 px)',
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  args: { removable: true, text: 'Programme d’aide financière aux études — Renseignements supplémentaires' },
};

/** The five colours, in English. */
export const English: Story = {
  name: 'English — Variants',
  render: () => html`<div lang="en">${row(tagVariants.map((variant) => tag({ variant }, statusEn[variant])))}</div>`,
};

/** Removable filters and a link tag, in English. */
export const EnglishRemovable: Story = {
  name: 'English — Removable filters and link',
  render: () =>
    html`<div lang="en">
      ${filters('filters-heading', 'Applied filters', '42 results', ['Montreal', 'Laval', 'Driver’s licence'])}
      <p>${tag({ href: '#my-file', variant: 'success' }, 'My file')}</p>
    </div>`,
};

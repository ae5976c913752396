import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/card/qc-card.js';
import { manifestControls } from './support/manifest-controls.js';

/** The card has no attributes: its content is the author's light DOM. */
type CardArgs = Record<string, never>;

/** A decorative image drawn inline (no network request). */
const picture =
  'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 120"%3E%3Crect width="320" height="120" fill="%23dae6f0"/%3E%3Ccircle cx="60" cy="60" r="36" fill="%23095797"/%3E%3C/svg%3E';

interface Content {
  title: string;
  href: string;
  text: string;
}

const fr: Content[] = [
  {
    title: 'Demande de permis',
    href: '#demande-de-permis',
    text: 'Suivez l’état de votre demande de permis de conduire.',
  },
  {
    title: 'Changement d’adresse',
    href: '#changement-adresse',
    text: 'Avisez plusieurs ministères en une seule démarche.',
  },
  {
    title: 'Avis de cotisation',
    href: '#avis-cotisation',
    text: 'Consultez vos avis de cotisation des cinq dernières années.',
  },
];
const en: Content[] = [
  {
    title: 'Permit application',
    href: '#permit-application',
    text: 'Follow the status of your driver’s licence application.',
  },
  { title: 'Change of address', href: '#change-of-address', text: 'Notify several departments in a single step.' },
  {
    title: 'Notice of assessment',
    href: '#notice-of-assessment',
    text: 'See your notices of assessment for the last five years.',
  },
];

function card({ title, href, text }: Content, extra: TemplateResult | string = '', image = false): TemplateResult {
  return html`<qc-card>
    ${image ? html`<img slot="image" src=${picture} alt="" />` : ''}
    <h3><a href=${href}>${title}</a></h3>
    <p>${text}</p>
    ${extra}
  </qc-card>`;
}

/** A grid that puts as many 18 rem columns as fit, one column on a small screen. */
const grid = (cards: TemplateResult[]) =>
  html`<div
    style="display: grid; gap: var(--qc-spacer-md); grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr))"
  >
    ${cards}
  </div>`;

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-card');

const meta = {
  title: 'Composants/Carte (qc-card)',
  component: 'qc-card',
  args: controls.args,
  argTypes: controls.argTypes,
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Une carte : un intertitre dont le lien mène à une page, une description et une image facultative, écrits dans',
          'le DOM léger. Un clic n’importe où sur la carte suit le lien de l’intertitre, qui reste le seul arrêt de',
          'tabulation de la carte et dont le nom est le texte de l’intertitre seul. Les autres liens et boutons de la',
          'carte gardent leur clic; le texte reste sélectionnable.',
          '\n\n',
          'A card: a heading whose link leads to a page, a description and an optional image, in light DOM. A click',
          'anywhere on the card follows the heading’s link, which stays the card’s only tab stop and is named by the',
          'heading text alone. Other links and buttons in the card keep their own clicks; text stays selectable.',
        ].join(' '),
      },
    },
  },
  render: () => card(fr[0]!),
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** Un intertitre avec son lien et une description. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** Avec une image décorative en haut (`slot="image"`). */
export const AvecImage: Story = { name: 'Avec image', render: () => card(fr[0]!, '', true) };

/** Un lien secondaire et un bouton gardent leur propre clic et leur arrêt de tabulation. */
export const AvecActionsSecondaires: Story = {
  name: 'Avec lien et bouton secondaires',
  render: () =>
    card(
      fr[1]!,
      html`<p>Besoin d’aide? <a href="#aide">Joindre Services Québec</a></p>
        <button type="button" class="qc-button qc-secondary qc-compact">Partager</button>`,
    ),
};

/** Une grille de cartes : plusieurs colonnes sur grand écran, une seule à 320 px. */
export const Grille: Story = {
  name: 'Grille de cartes',
  render: () => grid(fr.map((content, index) => card(content, '', index === 0))),
};

/** La grille sur un écran de 320 px. */
export const GrillePetitEcran: Story = {
  name: 'Grille de cartes, petit écran (320 px)',
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  render: () => grid(fr.map((content) => card(content))),
};

/** A card, in English. */
export const English: Story = {
  name: 'English — Default',
  render: () => html`<div lang="en">${card(en[0]!, '', true)}</div>`,
};

/** A grid of cards with secondary actions, in English. */
export const EnglishGrid: Story = {
  name: 'English — Grid with secondary actions',
  render: () =>
    html`<div lang="en">${grid(en.map((content) => card(content, html`<p><a href="#help">Get help</a></p>`)))}</div>`,
};

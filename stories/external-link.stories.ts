import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/external-link/qc-external-link.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface ExternalLinkArgs {
  'img-alt': string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function externalLink(args: ExternalLinkArgs, body: TemplateResult): TemplateResult {
  return html`<qc-external-link img-alt=${ifDefined(args['img-alt'] || undefined)}>${body}</qc-external-link>`;
}

const english = (body: TemplateResult) => html`<div lang="en">${body}</div>`;

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-external-link');

const meta = {
  title: 'Composants/Lien externe (qc-external-link)',
  component: 'qc-external-link',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Marque les liens qu’il contient comme menant vers un autre site : une icône après le dernier mot, qui ne',
          'passe jamais seule à la ligne, et un texte lu par les lecteurs d’écran à la fin du nom du lien (« Ce lien',
          'dirige vers un autre site. »), plus « (s’ouvre dans une nouvelle fenêtre) » avec `target="_blank"`. Les',
          'liens restent ceux de l’auteur (pas de DOM d’ombre).',
          '\n\n',
          'Marks its links as leading to another site: an icon after the last word, never alone on a line, and a text',
          'read by screen readers at the end of the link name ("This link directs to another site."), plus "(opens in',
          'a new window)" with `target="_blank"`. The links stay the author’s (no shadow DOM).',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, 'img-alt': '' },
  argTypes: controls.argTypes,
  render: (args) => externalLink(args, html`<a href="https://www.quebec.ca/">Portail Québec.ca</a>`),
} satisfies Meta<ExternalLinkArgs>;

export default meta;
type Story = StoryObj<ExternalLinkArgs>;

/** Un lien vers un autre site. */
export const ParDefaut: Story = { name: 'Par défaut' };

/** L’exemple de la documentation de la trousse : quatre tailles de police, l’icône reste avec le dernier mot. */
export const TaillesDePolice: Story = {
  name: 'Tailles de police (documentation de la trousse)',
  render: (args) =>
    html`${(['xl', 'lg', 'md', 'sm'] as const).map(
      (size) =>
        html`<p class="qc-font-size-${size}" style="max-width: 22rem">
          Lorem ipsum
          ${externalLink(
            args,
            html`<a href="http://www.external.domain.com/">Lorem ipsum dolor sit amet, consectetur adipiscing</a>`,
          )}
          elit
        </p>`,
    )}`,
};

/** Un lien qui s’ouvre dans une nouvelle fenêtre, et une longue adresse qui passe à la ligne. */
export const NouvelleFenetre: Story = {
  name: 'Nouvelle fenêtre et longue adresse',
  render: (args) =>
    html`<p style="max-width: 22rem">
      ${externalLink(
        args,
        html`<a href="https://www.quebec.ca/gouvernement/ministere/travail/lois-reglements" target="_blank"
          >https://www.quebec.ca/gouvernement/ministere/travail/lois-reglements</a
        >`,
      )}
    </p>`,
};

/** Plusieurs liens dans un même élément. */
export const PlusieursLiens: Story = {
  name: 'Plusieurs liens',
  render: (args) =>
    html`<p>
      ${externalLink(
        args,
        html`Consultez <a href="https://www.canada.ca/">Canada.ca</a> ou
          <a href="https://www.quebec.ca/" target="_blank">Québec.ca</a>.`,
      )}
    </p>`,
};

/** Texte remplacé avec `img-alt`. */
export const TexteRemplace: Story = {
  name: 'Texte remplacé (img-alt)',
  args: { 'img-alt': 'Site du gouvernement fédéral.' },
  render: (args) => html`<p>${externalLink(args, html`<a href="https://www.canada.ca/">Canada.ca</a>`)}</p>`,
};

/** English — a link to another site, and one opening a new window. */
export const English: Story = {
  name: 'English — Links',
  render: (args) =>
    english(
      html`<p>
        ${externalLink(
          args,
          html`See <a href="https://www.canada.ca/en.html">Canada.ca</a> or
            <a href="https://www.quebec.ca/en" target="_blank">Québec.ca in English</a>.`,
        )}
      </p>`,
    ),
};

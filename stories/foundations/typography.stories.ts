import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import primitiveTypography from '../../tokens/primitives/typography.json';
import semanticTypography from '../../tokens/semantic/typography.json';
import { docStyles } from '../support/doc-styles.js';
import { defineOnce, descriptionIn, flattenTokens, formatLength, pick, readToken } from '../support/tokens.js';

// Token names come from the sources in tokens/; every value shown is read from the page with
// getComputedStyle, so it is what tokens.css really declares.
const entries = [...flattenTokens(primitiveTypography), ...flattenTokens(semanticTypography)];
const byName = new Map(entries.map((entry) => [entry.name, entry]));
const headingLevels = [1, 2, 3, 4, 5, 6] as const;
const bodySizes = entries
  .filter((entry) => /^font-size-(sm|md|lg|xl)$/.test(entry.name))
  .map((entry) => entry.name.replace('font-size-', ''));
const families = entries.filter((entry) => entry.path[1] === 'family');
const weights = entries.filter((entry) => entry.path[1] === 'weight');

const pangram = {
  fr: 'Voix ambiguë d’un cœur qui, au zéphyr, préfère les jattes de kiwis. 0123456789',
  en: 'The quick brown fox jumps over the lazy dog. 0123456789',
};

/** Storybook-only page: font families, heading scale, body sizes and weights from the tokens. */
class SbQcTypography extends LitElement {
  static override styles = [
    docStyles,
    css`
      .sample {
        margin: 0;
        color: var(--qc-color-text-primary);
        overflow-wrap: anywhere;
      }
      .heading-sample {
        font-family: var(--qc-font-family-header);
        font-weight: var(--qc-font-weight-bold);
        margin: 0 0 var(--qc-spacer-sm);
      }
      td .sample {
        max-width: 40rem;
      }
    `,
  ];

  static override properties = {
    section: { type: String },
    language: { type: String },
  };

  /** `families`, `headings`, `body` or `weights`. */
  declare section: string;
  /** `fr` or `en`. */
  declare language: string;

  private values = new Map<string, string>();

  constructor() {
    super();
    this.section = 'headings';
    this.language = 'fr';
  }

  private t(fr: string, en: string): string {
    return pick(this.language, fr, en);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.values = new Map(entries.map((entry) => [entry.name, readToken(this, entry.cssVar)]));
  }

  private value(name: string): string {
    return this.values.get(name) || this.t('absent', 'missing');
  }

  private token(name: string) {
    return html`<code>--qc-${name}</code>`;
  }

  private renderFamilies() {
    return html`<h2>${this.t('Familles de caractères', 'Font families')}</h2>
      <p>
        ${this.t(
          'Roboto pour les titres, Open Sans pour le texte. Ces deux polices sont livrées avec @qc-ds/styles (fonts.css) : aucune requête vers un service externe. Roboto Mono, nommée pour le code, n’est pas livrée : sans elle, le navigateur prend sa police à chasse fixe.',
          'Roboto for headings, Open Sans for text. Both fonts ship with @qc-ds/styles (fonts.css): no request to an outside service. Roboto Mono, named for code, is not shipped: without it, the browser uses its own monospace font.',
        )}
      </p>
      <table>
        <caption>
          ${this.t('Jetons de famille et aperçu', 'Family tokens and preview')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('Jeton', 'Token')}</th>
            <th scope="col">${this.t('Valeur', 'Value')}</th>
            <th scope="col">${this.t('Aperçu', 'Preview')}</th>
          </tr>
        </thead>
        <tbody>
          ${families.map(
            (entry) =>
              html`<tr>
                <td>
                  ${this.token(entry.name)}<br /><span class="muted"
                    >${descriptionIn(entry.description, this.language)}</span
                  >
                </td>
                <td><code>${this.value(entry.name)}</code></td>
                <td>
                  <p class="sample" style=${styleMap({ fontFamily: `var(${entry.cssVar})` })}>
                    ${this.t(pangram.fr, pangram.en)}
                  </p>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private renderHeadings() {
    return html`<h2>${this.t('Échelle des titres', 'Heading scale')}</h2>
      <p>
        ${this.t(
          'Titres en Roboto gras. Deux tailles par niveau : la taille de bureau (--qc-font-size-hN, à partir de 1200 px de large) et la taille sous 1200 px (--qc-font-size-hN-mobile). Les styles de base de @qc-ds/styles passent de l’une à l’autre; l’aperçu montre la taille de bureau.',
          'Headings in bold Roboto. Two sizes per level: the desktop size (--qc-font-size-hN, from 1200 px wide) and the size below 1200 px (--qc-font-size-hN-mobile). The base styles of @qc-ds/styles switch between them; the preview shows the desktop size.',
        )}
      </p>
      <table>
        <caption>
          ${this.t('Taille / interligne par niveau de titre', 'Size / line height per heading level')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('Niveau', 'Level')}</th>
            <th scope="col">${this.t('≥ 1200 px', '≥ 1200 px')}</th>
            <th scope="col">${this.t('< 1200 px', '< 1200 px')}</th>
          </tr>
        </thead>
        <tbody>
          ${headingLevels.map(
            (level) =>
              html`<tr>
                <th scope="row">h${level}</th>
                <td>
                  ${this.token(`font-size-h${level}`)} ${formatLength(this.value(`font-size-h${level}`))}<br />
                  ${this.token(`line-height-h${level}`)} ${formatLength(this.value(`line-height-h${level}`))}
                </td>
                <td>
                  ${
                    byName.has(`font-size-h${level}-mobile`)
                      ? html`${this.token(`font-size-h${level}-mobile`)}
                          ${formatLength(this.value(`font-size-h${level}-mobile`))}<br />
                          ${this.token(`line-height-h${level}-mobile`)}
                          ${formatLength(this.value(`line-height-h${level}-mobile`))}`
                      : nothing
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <h3>${this.t('Aperçu (taille de bureau)', 'Preview (desktop size)')}</h3>
      ${headingLevels.map(
        (level) =>
          html`<p
            class="sample heading-sample"
            style=${styleMap({
              fontSize: `var(--qc-font-size-h${level})`,
              lineHeight: `var(--qc-line-height-h${level})`,
            })}
          >
            ${this.t(`Titre de niveau ${level}`, `Heading level ${level}`)}
          </p>`,
      )}`;
  }

  private renderBody() {
    return html`<h2>${this.t('Tailles de texte', 'Text sizes')}</h2>
      <p>
        ${this.t(
          'Texte courant en Open Sans 16 px / 24 px (md). Les tailles sont en rem pour une racine de 16 px : elles suivent la taille de texte choisie par la personne dans son navigateur.',
          'Body text in Open Sans 16 px / 24 px (md). Sizes are in rem for a 16 px root: they follow the text size the person chose in their browser.',
        )}
      </p>
      <table>
        <caption>
          ${this.t('Taille et interligne du texte courant', 'Body text size and line height')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('Taille', 'Size')}</th>
            <th scope="col">${this.t('Jetons', 'Tokens')}</th>
            <th scope="col">${this.t('Aperçu', 'Preview')}</th>
          </tr>
        </thead>
        <tbody>
          ${bodySizes.map(
            (size) =>
              html`<tr>
                <th scope="row">${size}</th>
                <td>
                  ${this.token(`font-size-${size}`)} ${formatLength(this.value(`font-size-${size}`))}<br />
                  ${this.token(`line-height-${size}`)} ${formatLength(this.value(`line-height-${size}`))}
                </td>
                <td>
                  <p
                    class="sample"
                    style=${styleMap({
                      fontSize: `var(--qc-font-size-${size})`,
                      lineHeight: `var(--qc-line-height-${size})`,
                    })}
                  >
                    ${this.t(pangram.fr, pangram.en)}
                  </p>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private renderWeights() {
    return html`<h2>${this.t('Graisses', 'Font weights')}</h2>
      <p>
        ${this.t(
          'Attention : le « medium » du contenu vaut 600 (semi-gras), comme dans la trousse qc-trousse-sdg.',
          'Note: the content “medium” is 600 (semi-bold), as in the qc-trousse-sdg toolkit.',
        )}
      </p>
      <table>
        <caption>
          ${this.t('Jetons de graisse', 'Weight tokens')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('Jeton', 'Token')}</th>
            <th scope="col">${this.t('Valeur', 'Value')}</th>
            <th scope="col">${this.t('Aperçu', 'Preview')}</th>
          </tr>
        </thead>
        <tbody>
          ${weights.map(
            (entry) =>
              html`<tr>
                <td>${this.token(entry.name)}</td>
                <td><code>${this.value(entry.name)}</code></td>
                <td>
                  <p
                    class="sample"
                    style=${styleMap({
                      fontWeight: `var(${entry.cssVar})`,
                      fontFamily:
                        entry.path[2] === 'header' ? 'var(--qc-font-family-header)' : 'var(--qc-font-family-content)',
                    })}
                  >
                    ${this.t('Québec, ville de lumière', 'Québec, city of light')}
                  </p>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }

  protected override render() {
    switch (this.section) {
      case 'families':
        return this.renderFamilies();
      case 'body':
        return this.renderBody();
      case 'weights':
        return this.renderWeights();
      default:
        return this.renderHeadings();
    }
  }
}
defineOnce('sb-qc-typography', SbQcTypography);

declare global {
  interface HTMLElementTagNameMap {
    'sb-qc-typography': SbQcTypography;
  }
}

const page = (section: string) => (_args: unknown, context: StoryContext) =>
  html`<sb-qc-typography
    section=${section}
    language=${context.globals['locale'] === 'en' ? 'en' : 'fr'}
  ></sb-qc-typography>`;

const meta = {
  title: 'Fondations/Typographie — Typography',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Titres: Story = { name: 'Titres — Headings', render: page('headings') };
export const Texte: Story = { name: 'Texte — Body text', render: page('body') };
export const Familles: Story = { name: 'Familles — Families', render: page('families') };
export const Graisses: Story = { name: 'Graisses — Weights', render: page('weights') };

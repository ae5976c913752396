import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html } from 'lit';
import type { PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import spacing from '../../tokens/primitives/spacing.json';
import layout from '../../tokens/primitives/layout.json';
import effects from '../../tokens/primitives/effects.json';
import semanticEffects from '../../tokens/semantic/effects.json';
import componentIcon from '../../tokens/component/icon.json';
import { docStyles } from '../support/doc-styles.js';
import {
  defineOnce,
  descriptionIn,
  flattenTokens,
  formatLength,
  pick,
  readToken,
  type TokenEntry,
} from '../support/tokens.js';

// Token names come from the sources in tokens/; every value shown is read from the page with
// getComputedStyle, so it is what tokens.css really declares.
const spacingTokens = flattenTokens(spacing);
const layoutTokens = flattenTokens(layout);
const effectTokens = flattenTokens(effects);
const semanticEffectTokens = flattenTokens(semanticEffects);
const iconTokens = flattenTokens(componentIcon);
const all = [...spacingTokens, ...layoutTokens, ...effectTokens, ...semanticEffectTokens, ...iconTokens];

/** The spacer scale: named steps (xxs…xl, section) then the numbered 8 px steps. */
const scale = spacingTokens.filter((entry) => entry.path[0] === 'spacer' && entry.path.length === 2);
/** Spacings with a purpose (heading margins, content blocks, lists). */
const purposeSpacers = spacingTokens.filter((entry) => entry.path[0] === 'spacer' && entry.path.length > 2);
const fieldWidths = spacingTokens.filter((entry) => entry.path[0] === 'size' && entry.path[1] === 'max-width');
const otherSizes = [
  ...spacingTokens.filter(
    (entry) => (entry.path[0] === 'size' && entry.path[1] !== 'max-width') || entry.path[0] === 'max-content-width',
  ),
  ...iconTokens.filter((entry) => entry.path[0] === 'target'),
];
const radii = effectTokens.filter((entry) => entry.path[0] === 'radius');
const shadows = semanticEffectTokens.filter((entry) => entry.path[0] === 'shadow');
const focus = semanticEffectTokens.filter((entry) => entry.path[0] === 'focus');
const gutters = layoutTokens.filter((entry) => entry.path[1]?.startsWith('gutter'));
const breakpoints = layoutTokens.filter((entry) => entry.path[1] === 'breakpoint');
const containers = layoutTokens.filter((entry) => entry.path[1] === 'container-max-width');

/** Storybook-only page: spacing, sizes, radius, shadows and grid from the tokens. */
class SbQcSpacing extends LitElement {
  static override styles = [
    docStyles,
    css`
      .bar {
        display: block;
        height: var(--qc-spacer-sm);
        max-width: 100%;
        background: var(--qc-color-action-primary-background);
      }
      .scale {
        list-style: none;
        margin: 0 0 var(--qc-spacer-md);
        padding: 0;
      }
      .scale li {
        padding-block: var(--qc-spacer-xs);
        border-block-end: 1px solid var(--qc-color-border-subtle);
        font-size: var(--qc-font-size-sm);
        line-height: var(--qc-line-height-sm);
      }
      .scale .bar {
        margin-block-start: var(--qc-spacer-xxs);
      }
      .box {
        display: grid;
        place-items: center;
        width: 7rem;
        height: 4.5rem;
        background: var(--qc-color-surface-default);
        border: 1px solid var(--qc-color-border-default);
      }
      .shadow-box {
        border-color: transparent;
      }
      .samples {
        display: flex;
        flex-wrap: wrap;
        gap: var(--qc-spacer-md);
        list-style: none;
        margin: 0 0 var(--qc-spacer-md);
        padding: var(--qc-spacer-xs);
      }
      .samples li {
        display: grid;
        gap: var(--qc-spacer-xs);
        justify-items: start;
        font-size: var(--qc-font-size-sm);
        line-height: var(--qc-line-height-sm);
      }
    `,
  ];

  static override properties = {
    section: { type: String },
    language: { type: String },
  };

  /** `spacers`, `sizes`, `radius-shadows` or `grid`. */
  declare section: string;
  /** `fr` or `en`. */
  declare language: string;

  private values = new Map<string, string>();

  constructor() {
    super();
    this.section = 'spacers';
    this.language = 'fr';
  }

  private t(fr: string, en: string): string {
    return pick(this.language, fr, en);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.values = new Map(all.map((entry) => [entry.cssVar, readToken(this, entry.cssVar)]));
  }

  private value(entry: TokenEntry): string {
    return this.values.get(entry.cssVar) || this.t('absent du CSS', 'missing from the CSS');
  }

  /** A table of tokens; `visual` draws an illustration of the value (decorative). */
  private table(caption: string, tokens: readonly TokenEntry[], visual?: (entry: TokenEntry) => unknown) {
    return html`<table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.t('Jeton', 'Token')}</th>
          <th scope="col">${this.t('Valeur', 'Value')}</th>
          ${visual ? html`<th scope="col">${this.t('Illustration', 'Illustration')}</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${tokens.map(
          (entry) =>
            html`<tr>
              <td>
                <code>${entry.cssVar}</code>
                ${
                  entry.description
                    ? html`<br /><span class="muted">${descriptionIn(entry.description, this.language)}</span>`
                    : ''
                }
              </td>
              <td>
                <code>${formatLength(this.value(entry))}</code>
                ${entry.aliasOf ? html`<br /><span class="muted">= <code>${entry.aliasOf}</code></span>` : ''}
              </td>
              ${visual ? html`<td>${visual(entry)}</td>` : ''}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /**
   * A list of lengths, each drawn as a bar of that width under its name (decorative; a bar wider
   * than the page is cut at the page width).
   */
  private scale(label: string, tokens: readonly TokenEntry[]) {
    return html`<ul class="scale" aria-label=${label}>
      ${tokens.map(
        (entry) =>
          html`<li>
            <code>${entry.cssVar}</code>${this.t(' : ', ': ')}<code>${formatLength(this.value(entry))}</code>
            ${entry.aliasOf ? html`<span class="muted">(= <code>${entry.aliasOf}</code>)</span>` : ''}
            ${
              entry.description && !/^[\d.]+ px$/.test(entry.description)
                ? html`<br /><span class="muted">${descriptionIn(entry.description, this.language)}</span>`
                : ''
            }
            <span class="bar" aria-hidden="true" style=${styleMap({ width: `var(${entry.cssVar})` })}></span>
          </li>`,
      )}
    </ul>`;
  }

  private renderSpacers() {
    return html`<h2>${this.t('Espacements', 'Spacing')}</h2>
      <p>
        ${this.t(
          'Échelle de 8 px de la trousse (xs 8, sm 16, md 24, lg 48, xl 96 px) plus xxs 4 px, en rem pour une racine de 16 px. Les pas numérotés 1 à 12 sont les multiples de 8 px.',
          'The toolkit’s 8 px scale (xs 8, sm 16, md 24, lg 48, xl 96 px) plus xxs 4 px, in rem for a 16 px root. The numbered steps 1 to 12 are multiples of 8 px.',
        )}
      </p>
      ${this.scale(this.t('Échelle d’espacement', 'Spacing scale'), scale)}
      <h3>${this.t('Espacements de mise en page', 'Layout spacing')}</h3>
      ${this.table(
        this.t('Marges des titres, des blocs et des listes', 'Margins of headings, blocks and lists'),
        purposeSpacers,
      )}`;
  }

  private renderSizes() {
    return html`<h2>${this.t('Largeurs de champ', 'Field widths')}</h2>
      <p>
        ${this.t(
          'Largeurs maximales des champs de formulaire (attribut size ou width, xs à xl). Sous la largeur disponible, un champ se rétrécit.',
          'Maximum widths of form fields (size or width attribute, xs to xl). Below the available width, a field shrinks.',
        )}
      </p>
      ${this.scale(this.t('Largeurs de champ', 'Field widths'), fieldWidths)}
      <h3>${this.t('Autres dimensions', 'Other sizes')}</h3>
      ${this.table(this.t('Largeur de lecture, zone de saisie, cible minimale', 'Reading width, text area, minimum target'), otherSizes)}`;
  }

  private renderRadiusShadows() {
    return html`<h2>${this.t('Rayons', 'Radius')}</h2>
      ${this.table(
        this.t('Rayons de bordure', 'Border radius'),
        radii,
        (entry) =>
          html`<span
            class="box"
            aria-hidden="true"
            style=${styleMap({ borderRadius: `var(${entry.cssVar})` })}
          ></span>`,
      )}
      <h2>${this.t('Ombres', 'Shadows')}</h2>
      <p>
        ${this.t(
          'Élévations 1 à 4 de la trousse (.qc-shading-N), prêtes pour box-shadow. Une ombre ne suffit jamais à délimiter un composant : une bordure d’au moins 3:1 le fait.',
          'Elevations 1 to 4 of the toolkit (.qc-shading-N), ready for box-shadow. A shadow never suffices to delimit a component: a border of at least 3:1 does.',
        )}
      </p>
      <ul class="samples">
        ${shadows.map(
          (entry) =>
            html`<li>
              <span
                class="box shadow-box"
                aria-hidden="true"
                style=${styleMap({ boxShadow: `var(${entry.cssVar})` })}
              ></span>
              <code>${entry.cssVar}</code>
              <code class="muted">${this.value(entry)}</code>
            </li>`,
        )}
      </ul>
      <h2>${this.t('Focus', 'Focus')}</h2>
      ${this.table(this.t('Anneau de focus', 'Focus ring'), focus)}`;
  }

  private renderGrid() {
    return html`<h2>${this.t('Grille et points de rupture', 'Grid and breakpoints')}</h2>
      <p>
        ${this.t(
          'Grille de 12 colonnes. Une propriété personnalisée ne peut pas servir dans une requête média : les points de rupture sont donnés pour référence (JavaScript, SCSS) et les gouttières réduites ont leurs propres noms.',
          'A 12-column grid. A custom property cannot be used in a media query: breakpoints are given for reference (JavaScript, SCSS) and the smaller gutters have their own names.',
        )}
      </p>
      <h3>${this.t('Gouttières', 'Gutters')}</h3>
      ${this.scale(this.t('Gouttières', 'Gutters'), gutters)}
      ${this.table(this.t('Points de rupture (largeur minimale)', 'Breakpoints (minimum width)'), breakpoints)}
      ${this.table(this.t('Largeur maximale du conteneur', 'Container maximum width'), containers)}`;
  }

  protected override render() {
    switch (this.section) {
      case 'sizes':
        return this.renderSizes();
      case 'radius-shadows':
        return this.renderRadiusShadows();
      case 'grid':
        return this.renderGrid();
      default:
        return this.renderSpacers();
    }
  }
}
defineOnce('sb-qc-spacing', SbQcSpacing);

declare global {
  interface HTMLElementTagNameMap {
    'sb-qc-spacing': SbQcSpacing;
  }
}

const page = (section: string) => (_args: unknown, context: StoryContext) =>
  html`<sb-qc-spacing section=${section} language=${context.globals['locale'] === 'en' ? 'en' : 'fr'}></sb-qc-spacing>`;

const meta = {
  title: 'Fondations/Espacement — Spacing',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Espacements: Story = { name: 'Espacements — Spacing scale', render: page('spacers') };
export const Largeurs: Story = { name: 'Largeurs de champ — Field widths', render: page('sizes') };
export const RayonsOmbres: Story = { name: 'Rayons et ombres — Radius and shadows', render: page('radius-shadows') };
export const Grille: Story = { name: 'Grille — Grid', render: page('grid') };

import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import primitiveColours from '../../tokens/primitives/color.json';
import semanticColours from '../../tokens/semantic/color.json';
import actionColours from '../../tokens/semantic/action.json';
import feedbackColours from '../../tokens/semantic/feedback.json';
import fieldColours from '../../tokens/semantic/field.json';
import { docStyles } from '../support/doc-styles.js';
import {
  contrastRatio,
  declaredRootProperties,
  defineOnce,
  descriptionIn,
  flattenTokens,
  formatRatio,
  formatThreshold,
  parseColour,
  pick,
  readToken,
  type ContrastRequirement,
  type Rgba,
  type TokenEntry,
} from '../support/tokens.js';

// Names, descriptions and declared contrast requirements come from the token sources; values are
// read from the page with getComputedStyle, so the page shows the theme chosen in the toolbar and
// every ratio is computed in the browser from what the CSS really gives.
const palette = flattenTokens(primitiveColours).filter((entry) => entry.type === 'color');
const semantic = [semanticColours, actionColours, feedbackColours, fieldColours]
  .flatMap((source) => flattenTokens(source))
  .filter((entry) => entry.type === 'color');

const TEXT_MIN = 4.5;
const NON_TEXT_MIN = 3;

interface Check {
  readonly requirement: ContrastRequirement;
  readonly ratio: number | undefined;
}

interface Swatch {
  readonly entry: TokenEntry;
  readonly value: string;
  readonly onBackground: number | undefined;
  readonly checks: readonly Check[];
}

const groupLabels: Record<string, [fr: string, en: string]> = {
  background: ['Fond de page', 'Page background'],
  surface: ['Surfaces', 'Surfaces'],
  text: ['Texte et liens', 'Text and links'],
  border: ['Bordures', 'Borders'],
  'focus-ring': ['Focus', 'Focus'],
  'action-primary': ['Action principale', 'Primary action'],
  'action-secondary': ['Action secondaire', 'Secondary action'],
  'action-tertiary': ['Action tertiaire', 'Tertiary action'],
  'action-danger': ['Action de danger', 'Danger action'],
  'action-disabled': ['Action désactivée', 'Disabled action'],
  'feedback-information': ['Rétroaction : information', 'Feedback: information'],
  'feedback-success': ['Rétroaction : réussite', 'Feedback: success'],
  'feedback-warning': ['Rétroaction : avertissement', 'Feedback: warning'],
  'feedback-error': ['Rétroaction : erreur', 'Feedback: error'],
  'feedback-neutral': ['Rétroaction : neutre', 'Feedback: neutral'],
  field: ['Champs de formulaire', 'Form fields'],
  white: ['Blanc', 'White'],
  blue: ['Bleus', 'Blues'],
  purple: ['Violet', 'Purple'],
  grey: ['Gris', 'Greys'],
  pink: ['Roses', 'Pinks'],
  red: ['Rouges', 'Reds'],
  green: ['Verts', 'Greens'],
  yellow: ['Jaunes', 'Yellows'],
};

const themeLabels: Record<string, [fr: string, en: string]> = {
  light: ['clair', 'light'],
  dark: ['sombre', 'dark'],
  'high-contrast': ['contraste élevé', 'high contrast'],
};

function semanticGroup(entry: TokenEntry): string {
  const [, first = '', second = ''] = entry.path;
  if (first === 'action' || first === 'feedback') return `${first}-${second}`;
  return first.startsWith('focus-ring') ? 'focus-ring' : first;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return groups;
}

/**
 * Storybook-only page: colour tokens with swatches, values in the active theme and WCAG contrast
 * ratios computed at runtime.
 */
class SbQcColours extends LitElement {
  static override styles = [
    docStyles,
    css`
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
        gap: var(--qc-spacer-sm);
        list-style: none;
        margin: 0 0 var(--qc-spacer-md);
        padding: 0;
      }
      .card {
        display: flex;
        flex-direction: column;
        border: 1px solid var(--qc-color-border-subtle);
        border-radius: var(--qc-radius-sm);
        background: var(--qc-color-background);
        overflow: hidden;
      }
      .swatch {
        display: block;
        height: 3.5rem;
        border-block-end: 1px solid var(--qc-color-border-subtle);
      }
      .card-body {
        padding: var(--qc-spacer-xs) var(--qc-spacer-sm) var(--qc-spacer-sm);
        font-size: var(--qc-font-size-sm);
        line-height: var(--qc-line-height-sm);
      }
      .card-body p {
        margin: var(--qc-spacer-xxs) 0;
      }
      .name {
        font-weight: var(--qc-font-weight-bold);
      }
      dl {
        margin: var(--qc-spacer-xs) 0 0;
      }
      dt {
        font-weight: var(--qc-font-weight-semi-bold);
        margin-block-start: var(--qc-spacer-xxs);
      }
      dd {
        margin: 0;
      }
      dd ul {
        margin: 0;
        padding-inline-start: var(--qc-spacer-sm);
      }
      .summary {
        border-inline-start: 4px solid var(--qc-color-border-strong);
        padding: var(--qc-spacer-xs) var(--qc-spacer-sm);
        background: var(--qc-color-surface-subtle);
        max-width: var(--qc-max-content-width);
        margin-block-end: var(--qc-spacer-md);
      }
      .summary p:last-child {
        margin-block-end: 0;
      }
    `,
  ];

  static override properties = {
    section: { type: String },
    language: { type: String },
    theme: { type: String },
  };

  /** `semantic` or `palette`. */
  declare section: 'semantic' | 'palette';
  /** `fr` or `en`. */
  declare language: string;
  /** The active theme, to recompute when it changes. */
  declare theme: string;

  private swatches: Swatch[] = [];
  private unknownNames: string[] = [];

  constructor() {
    super();
    this.section = 'semantic';
    this.language = 'fr';
    this.theme = 'light';
  }

  private t(fr: string, en: string): string {
    return pick(this.language, fr, en);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const colourOf = (cssVar: string): Rgba | undefined => parseColour(readToken(this, cssVar));
    const background = colourOf('--qc-color-background');
    const entries = this.section === 'palette' ? palette : semantic;
    this.swatches = entries.map((entry) => {
      const value = readToken(this, entry.cssVar);
      const colour = parseColour(value);
      const onBackground = colour && background ? contrastRatio(colour, background) : undefined;
      const checks = entry.contrast.map((requirement) => {
        const against = colourOf(requirement.against);
        const over = requirement.over ? colourOf(requirement.over) : background;
        return { requirement, ratio: colour && against ? contrastRatio(colour, against, over) : undefined };
      });
      return { entry, value, onBackground, checks };
    });
    if (this.section === 'semantic') {
      // Colour tokens in the CSS that none of the sources above describe (a new semantic file?).
      const known = new Set([...palette, ...semantic].map((entry) => entry.cssVar));
      this.unknownNames = declaredRootProperties('--qc-color-')
        .filter((name) => !known.has(name) && !name.endsWith('-rgb'))
        .sort();
    }
  }

  private ratio(ratio: number | undefined): string {
    return ratio === undefined ? this.t('non calculable', 'not computable') : formatRatio(ratio, this.language);
  }

  private verdict(ratio: number | undefined, min: number, label: string) {
    const threshold = formatThreshold(min, this.language);
    if (ratio !== undefined && ratio >= min) {
      return html`<span class="pass">✓ ${label} ${threshold}</span>`;
    }
    return html`<span class="fail">✗ ${label} ${threshold}</span>`;
  }

  private renderCard(swatch: Swatch) {
    const { entry, value, onBackground, checks } = swatch;
    const description = descriptionIn(entry.description, this.language);
    return html`<li class="card">
      <span class="swatch" aria-hidden="true" style=${styleMap({ background: `var(${entry.cssVar})` })}></span>
      <div class="card-body">
        <p><code class="name">${entry.cssVar}</code></p>
        ${description ? html`<p class="muted">${description}</p>` : nothing}
        <dl>
          <dt>${this.t('Valeur', 'Value')}</dt>
          <dd>
            <code>${value || this.t('absente du CSS', 'missing from the CSS')}</code>
            ${entry.aliasOf ? html`<br /><span class="muted">= <code>${entry.aliasOf}</code></span>` : nothing}
          </dd>
          <dt>${this.t('Sur le fond de page', 'On the page background')}</dt>
          <dd>
            ${this.ratio(onBackground)}
            ${
              this.section === 'palette'
                ? html`${this.verdict(onBackground, TEXT_MIN, this.t('texte', 'text'))}
                  ${this.verdict(onBackground, NON_TEXT_MIN, this.t('non-texte', 'non-text'))}`
                : checks.length === 0
                  ? html`<br /><span class="muted"
                        >${this.t(
                          'Aucune exigence déclarée (fond, décor ou état désactivé).',
                          'No requirement declared (background, decoration or disabled state).',
                        )}</span
                      >`
                  : nothing
            }
          </dd>
          ${
            checks.length > 0
              ? html`<dt>${this.t('Exigences déclarées', 'Declared requirements')}</dt>
                  <dd>
                    <ul>
                      ${checks.map(
                        ({ requirement, ratio }) =>
                          html`<li>
                            ${this.t('sur', 'on')} <code>${requirement.against}</code>${
                              requirement.over
                                ? html` (${this.t('posé sur', 'over')} <code>${requirement.over}</code>)`
                                : nothing
                            }${this.t('\u00a0:', ':')}
                            ${this.ratio(ratio)} ${this.verdict(ratio, requirement.min, '≥')}
                          </li>`,
                      )}
                    </ul>
                  </dd>`
              : nothing
          }
        </dl>
      </div>
    </li>`;
  }

  private renderGroups(key: (entry: TokenEntry) => string, swatches: readonly Swatch[]) {
    return [...groupBy(swatches, (swatch) => key(swatch.entry))].map(([group, items]) => {
      const [fr, en] = groupLabels[group] ?? [group, group];
      return html`<h3>${this.t(fr, en)}</h3>
        <ul class="cards">
          ${items.map((swatch) => this.renderCard(swatch))}
        </ul>`;
    });
  }

  private renderSummary() {
    const checks = this.swatches.flatMap((swatch) => swatch.checks.map((check) => ({ swatch, check })));
    const failures = checks.filter(({ check }) => check.ratio === undefined || check.ratio < check.requirement.min);
    const [themeFr, themeEn] = themeLabels[this.theme] ?? [this.theme, this.theme];
    return html`<div class="summary">
      <p>
        ${this.t(
          `Thème ${themeFr} : ${checks.length} exigences de contraste déclarées dans les jetons, ${checks.length - failures.length} respectées.`,
          `${themeEn[0]!.toUpperCase()}${themeEn.slice(1)} theme: ${checks.length} contrast requirements declared in the tokens, ${checks.length - failures.length} met.`,
        )}
      </p>
      ${
        failures.length > 0
          ? html`<ul>
              ${failures.map(
                ({ swatch, check }) =>
                  html`<li>
                    <code>${swatch.entry.cssVar}</code> ${this.t('sur', 'on')}
                    <code>${check.requirement.against}</code>${this.t('\u00a0:', ':')} ${this.ratio(check.ratio)} &lt;
                    ${formatThreshold(check.requirement.min, this.language)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderSemantic() {
    return html`<h2>${this.t('Couleurs sémantiques', 'Semantic colours')}</h2>
      <p>
        ${this.t(
          'Les composants n’utilisent que ces jetons, nommés selon leur rôle. Chaque couleur de premier plan déclare le contraste qu’elle doit atteindre sur ses fonds (WCAG 2.2 : 4,5:1 pour le texte, 3:1 pour les composants et les icônes). Les rapports ci-dessous sont calculés dans le navigateur à partir des valeurs du thème choisi dans la barre d’outils.',
          'Components use only these tokens, named by purpose. Each foreground colour declares the contrast it must reach on its backgrounds (WCAG 2.2: 4.5:1 for text, 3:1 for components and icons). The ratios below are computed in the browser from the values of the theme chosen in the toolbar.',
        )}
      </p>
      ${this.renderSummary()} ${this.renderGroups(semanticGroup, this.swatches)}
      ${
        this.unknownNames.length > 0
          ? html`<h3>${this.t('Autres jetons de couleur', 'Other colour tokens')}</h3>
              <p class="note">
                ${this.t(
                  'Présents dans tokens.css, mais dans aucun fichier source lu par cette page :',
                  'Present in tokens.css but in no source file this page reads:',
                )}
              </p>
              <ul>
                ${this.unknownNames.map((name) => html`<li><code>${name}</code></li>`)}
              </ul>`
          : nothing
      }`;
  }

  private renderPalette() {
    const own = this.swatches.filter((swatch) => !swatch.entry.aliasOf);
    const aliases = this.swatches.filter((swatch) => swatch.entry.aliasOf);
    return html`<h2>${this.t('Palette (primitives)', 'Palette (primitives)')}</h2>
      <p>
        ${this.t(
          'Les couleurs de la trousse qc-trousse-sdg 1.5, sous leurs noms et valeurs d’origine (le thème sombre les remplace). Elles restent disponibles pour la compatibilité; les composants passent par les couleurs sémantiques. Le rapport de contraste est calculé sur le fond de page du thème actif : 4,5:1 pour du texte, 3:1 pour une bordure ou une icône.',
          'The colours of the qc-trousse-sdg 1.5 toolkit, under their original names and values (the dark theme replaces them). They stay available for compatibility; components go through the semantic colours. The contrast ratio is computed on the page background of the active theme: 4.5:1 for text, 3:1 for a border or an icon.',
        )}
      </p>
      ${this.renderGroups((entry) => entry.path[1] ?? '', own)}
      <h3>${this.t('Alias de la trousse', 'Toolkit aliases')}</h3>
      <table>
        <caption>
          ${this.t(
            'Noms de la trousse conservés comme alias d’une autre couleur',
            'Toolkit names kept as aliases of another colour',
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('Jeton', 'Token')}</th>
            <th scope="col">${this.t('Alias de', 'Alias of')}</th>
            <th scope="col">${this.t('Valeur', 'Value')}</th>
          </tr>
        </thead>
        <tbody>
          ${aliases.map(
            ({ entry, value }) =>
              html`<tr>
                <td><code>${entry.cssVar}</code></td>
                <td><code>${entry.aliasOf}</code></td>
                <td><code>${value}</code></td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }

  protected override render() {
    return this.section === 'palette' ? this.renderPalette() : this.renderSemantic();
  }
}
defineOnce('sb-qc-colours', SbQcColours);

declare global {
  interface HTMLElementTagNameMap {
    'sb-qc-colours': SbQcColours;
  }
}

const page = (section: 'semantic' | 'palette') => (_args: unknown, context: StoryContext) =>
  html`<sb-qc-colours
    section=${section}
    language=${context.globals['locale'] === 'en' ? 'en' : 'fr'}
    theme=${String(context.globals['theme'] ?? 'light')}
  ></sb-qc-colours>`;

const meta = {
  title: 'Fondations/Couleurs — Colours',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Semantiques: Story = {
  name: 'Couleurs sémantiques — Semantic colours',
  render: page('semantic'),
};

export const Palette: Story = {
  name: 'Palette (primitives)',
  render: page('palette'),
};

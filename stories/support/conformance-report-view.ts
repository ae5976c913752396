// « Rapport de conformité » / "Conformance report": shows the report scripts/conformance-report.mjs
// wrote (reports/conformance/conformance.json) in Storybook (docs/conformance-report.mdx), in French
// or English. A Storybook-only element, like the foundations pages'; every text is rendered as text.
import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { docStyles } from './doc-styles.js';

type Lang = 'fr' | 'en';
type Bilingual = Record<Lang, string>;
export type Status = 'supports' | 'partially-supports' | 'does-not-support' | 'not-applicable' | 'not-evaluated';

interface Counts {
  passed: number;
  failed: number;
  incomplete: number;
}
interface Failure {
  file: string;
  title: string;
  engine: string;
  rule?: string;
}
interface Cell {
  status: Status;
  engines: Record<string, Counts>;
  tests: { file: string; title: string; outcomes: Record<string, string> }[];
  axe: ({ rule: string; files: string[] } & Counts)[];
  failures: Failure[];
  failureCount: number;
}
export interface ReportCriterion extends Cell {
  id: string;
  level: 'A' | 'AA';
  since: string;
  title: Bilingual;
  responsibility: 'component' | 'shared' | 'author';
  sgqri: boolean;
  manual: Bilingual;
}
export interface ConformanceReport {
  generatedAt: string;
  product: { name: string; version: string };
  standards: { wcag: string; sgqri: { id: string; url: string } & Bilingual };
  engines: {
    engine: string;
    name: string;
    version: string;
    tests: number;
    passed: number;
    failed: number;
    notRun: number;
  }[];
  limits: Record<Lang, string[]>;
  totals: Record<Status, number>;
  criteria: ReportCriterion[];
  components: {
    folder: string;
    tags: string[];
    tests: number;
    criteria: ({ id: string } & Cell)[];
    totals: Record<Status, number>;
  }[];
  notRun: { engine: string; file: string; title: string; reason: string }[];
  fileErrors: { engine: string; file: string; message: string }[];
}

const STATUSES: Status[] = ['supports', 'partially-supports', 'does-not-support', 'not-applicable', 'not-evaluated'];

const T = {
  fr: {
    status: {
      supports: 'Conforme',
      'partially-supports': 'Partiellement conforme',
      'does-not-support': 'Non conforme',
      'not-applicable': 'Non applicable',
      'not-evaluated': 'À vérifier manuellement',
    },
    responsibility: { component: 'Composant', shared: 'Partagée', author: 'Auteur' },
    none: 'Aucun rapport n’a encore été généré sur ce poste. Lancez `npm test` : il exécute les tests dans les navigateurs, puis écrit le rapport dans reports/conformance/ (conformance.json et openacr.yaml), que cette page affiche.',
    generated: 'Généré le',
    colon: '\u00a0: ',
    notRunShort: 'non exécutés',
    failedShort: 'échoués',
    engines: 'Moteurs testés',
    totals: 'Totaux (WCAG 2.2, niveaux A et AA)',
    limits: 'Limites de ce rapport',
    matrix: 'Critères de succès',
    criterion: 'Critère',
    level: 'Niveau',
    result: 'Résultat',
    who: 'Responsabilité',
    evidence: 'Vérifications automatisées',
    manual: 'À vérifier par une personne',
    tests: 'tests',
    rules: 'règles axe',
    noEvidence: 'aucune',
    failures: 'Échecs',
    components: 'Par composant',
    component: 'Composant',
    notRun: 'Tests non exécutés, par moteur',
    fileErrors: 'Fichiers de test en erreur',
    tagged: 'Tests étiquetés',
    axeFiles: 'Règles axe et fichiers de test qui les exécutent',
    sgqri: 'SGQRI 008 3.0',
    since: 'depuis WCAG',
  },
  en: {
    status: {
      supports: 'Supports',
      'partially-supports': 'Partially supports',
      'does-not-support': 'Does not support',
      'not-applicable': 'Not applicable',
      'not-evaluated': 'Manual check needed',
    },
    responsibility: { component: 'Component', shared: 'Shared', author: 'Author' },
    none: 'No report has been generated on this clone yet. Run `npm test`: it runs the browser tests, then writes the report to reports/conformance/ (conformance.json and openacr.yaml), which this page shows.',
    generated: 'Generated on',
    colon: ': ',
    notRunShort: 'not run',
    failedShort: 'failed',
    engines: 'Engines tested',
    totals: 'Totals (WCAG 2.2, levels A and AA)',
    limits: 'Limits of this report',
    matrix: 'Success criteria',
    criterion: 'Criterion',
    level: 'Level',
    result: 'Result',
    who: 'Responsibility',
    evidence: 'Automated checks',
    manual: 'For a person to verify',
    tests: 'tests',
    rules: 'axe rules',
    noEvidence: 'none',
    failures: 'Failures',
    components: 'Per component',
    component: 'Component',
    notRun: 'Tests not run, per engine',
    fileErrors: 'Test files in error',
    tagged: 'Tagged tests',
    axeFiles: 'axe rules and the test files that run them',
    sgqri: 'SGQRI 008 3.0',
    since: 'since WCAG',
  },
} as const;

function total(counts: Record<string, Counts>, key: keyof Counts): number {
  return Object.values(counts).reduce((sum, entry) => sum + (entry[key] ?? 0), 0);
}

export class QcDsConformanceReport extends LitElement {
  // The language is the element's own `lang` (the page sets it once); the report is a property.
  static override properties = { report: { attribute: false } };

  declare report: ConformanceReport | undefined;

  static override styles = [
    docStyles,
    css`
      table {
        border-collapse: collapse;
        width: 100%;
        margin-block: var(--qc-spacer-sm);
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: var(--qc-spacer-xs);
        border-bottom: 1px solid var(--qc-color-border-primary, currentColor);
      }
      .status {
        font-weight: var(--qc-font-weight-bold);
        white-space: nowrap;
      }
      .status[data-status='does-not-support'] {
        color: var(--qc-color-feedback-error-text);
      }
      .status[data-status='supports'] {
        color: var(--qc-color-feedback-success-text);
      }
      .status[data-status='partially-supports'] {
        color: var(--qc-color-feedback-warning-text);
      }
      code {
        font-family: var(--qc-font-family-code, monospace);
        overflow-wrap: anywhere;
      }
    `,
  ];

  private get t() {
    return T[this.language];
  }

  private get language(): Lang {
    return this.lang?.toLowerCase().startsWith('en') ? 'en' : 'fr';
  }

  private status(status: Status): TemplateResult {
    return html`<span class="status" data-status=${status}>${this.t.status[status]}</span>`;
  }

  private failures(failures: Failure[], count: number) {
    if (count === 0) return nothing;
    return html`<p>${this.t.failures} (${count})</p>
      <ul>
        ${failures.map(
          (failure) =>
            html`<li>
              <code>${failure.file}</code> › ${failure.title}
              (${failure.engine}${failure.rule ? `, axe ${failure.rule}` : ''})
            </li>`,
        )}
      </ul>`;
  }

  private evidence(cell: Cell) {
    const checks = total(cell.engines, 'passed') + total(cell.engines, 'failed') + total(cell.engines, 'incomplete');
    if (checks === 0) return this.t.noEvidence;
    const engines = Object.keys(cell.engines).join(', ');
    return html`${checks} (${engines}) — ${cell.tests.length} ${this.t.tests}, ${cell.axe.length} ${this.t.rules}
    ${cell.axe.length > 0 ? html`${this.t.colon}<code>${cell.axe.map((rule) => rule.rule).join(', ')}</code>` : nothing}
    ${
      cell.tests.length > 0
        ? html`<details>
            <summary>${this.t.tagged}</summary>
            <ul>
              ${cell.tests.map(
                (test) =>
                  html`<li>
                    <code>${test.file}</code> › ${test.title} —
                    ${Object.entries(test.outcomes)
                      .map(([engine, outcome]) => `${engine}: ${outcome}`)
                      .join(', ')}
                  </li>`,
              )}
            </ul>
          </details>`
        : nothing
    }
    ${
      cell.axe.length > 0
        ? html`<details>
            <summary>${this.t.axeFiles}</summary>
            <ul>
              ${cell.axe.map(
                (rule) =>
                  html`<li>
                    <code>${rule.rule}</code> (${rule.passed} ✓, ${rule.failed} ✗, ${rule.incomplete} ?)${this.t.colon}
                    ${rule.files.map((file, index) => html`${index > 0 ? ', ' : ''}<code>${file}</code>`)}
                  </li>`,
              )}
            </ul>
          </details>`
        : nothing
    }
    ${this.failures(cell.failures, cell.failureCount)}`;
  }

  private matrix(report: ConformanceReport) {
    const lang = this.language;
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${this.t.criterion}</th>
          <th scope="col">${this.t.level}</th>
          <th scope="col">${this.t.result}</th>
          <th scope="col">${this.t.who}</th>
          <th scope="col">${this.t.evidence}</th>
          <th scope="col">${this.t.manual}</th>
        </tr>
      </thead>
      <tbody>
        ${report.criteria.map(
          (criterion) =>
            html`<tr data-criterion=${criterion.id}>
              <th scope="row">${criterion.id} ${criterion.title[lang]}</th>
              <td>
                ${criterion.level} (${this.t.since} ${criterion.since}${criterion.sgqri ? `; ${this.t.sgqri}` : ''})
              </td>
              <td>${this.status(criterion.status)}</td>
              <td>${this.t.responsibility[criterion.responsibility]}</td>
              <td>${this.evidence(criterion)}</td>
              <td>${criterion.manual[lang]}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private components(report: ConformanceReport) {
    const lang = this.language;
    const titles = new Map(report.criteria.map((criterion) => [criterion.id, criterion.title[lang]]));
    return report.components.map(
      (component) =>
        html`<details data-component=${component.folder}>
          <summary>
            <code>${component.tags.join(', ')}</code> — ${component.tests} ${this.t.tests};
            ${STATUSES.filter((status) => component.totals[status] > 0)
              .map((status) => `${this.t.status[status]}${this.t.colon}${component.totals[status]}`)
              .join(' · ')}
          </summary>
          <table>
            <tbody>
              ${component.criteria.map(
                (row) =>
                  html`<tr>
                    <th scope="row">${row.id} ${titles.get(row.id)}</th>
                    <td>${this.status(row.status)}</td>
                    <td>${this.evidence(row)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </details>`,
    );
  }

  override render() {
    const report = this.report;
    if (!report) return html`<p role="status">${this.t.none}</p>`;
    const lang = this.language;
    const date = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(new Date(report.generatedAt));
    return html`
      <p>${this.t.generated} ${date} (UTC) — ${report.product.name} ${report.product.version}</p>
      <h3>${this.t.engines}</h3>
      <ul>
        ${report.engines.map(
          (engine) =>
            html`<li>
              ${engine.name} ${engine.version}${this.t.colon}${engine.passed}/${engine.tests} ${this.t.tests},
              ${engine.failed} ${this.t.failedShort}, ${engine.notRun} ${this.t.notRunShort}
            </li>`,
        )}
      </ul>
      <h3>${this.t.totals}</h3>
      <ul class="totals">
        ${STATUSES.map((status) => html`<li>${this.status(status)}${this.t.colon}<span data-total=${status}>${report.totals[status]}</span></li>`)}
      </ul>
      <h3>${this.t.limits}</h3>
      <ul>
        ${report.limits[lang].map((limit) => html`<li>${limit}</li>`)}
      </ul>
      <p><a href=${report.standards.sgqri.url}>${report.standards.sgqri[lang]}</a></p>
      <h3>${this.t.matrix}</h3>
      ${this.matrix(report)}
      <h3>${this.t.components}</h3>
      ${this.components(report)}
      ${
        report.notRun.length > 0
          ? html`<h3>${this.t.notRun}</h3>
              <ul>
                ${report.notRun.map(
                  (entry) =>
                    html`<li>
                      ${entry.engine}${this.t.colon}<code>${entry.file}</code> › ${entry.title} — ${entry.reason}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        report.fileErrors.length > 0
          ? html`<h3>${this.t.fileErrors}</h3>
              <ul>
                ${report.fileErrors.map((entry) => html`<li>${entry.engine}${this.t.colon}<code>${entry.file}</code> — ${entry.message}</li>`)}
              </ul>`
          : nothing
      }
    `;
  }
}

if (!customElements.get('qc-ds-conformance-report')) {
  customElements.define('qc-ds-conformance-report', QcDsConformanceReport);
}

declare global {
  interface HTMLElementTagNameMap {
    'qc-ds-conformance-report': QcDsConformanceReport;
  }
}

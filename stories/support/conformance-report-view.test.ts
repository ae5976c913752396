// The Storybook page « Rapport de conformité » shows a failing criterion in red as « Non conforme »
// (« Does not support » in English), says how to get a report when there is none, and shows the
// report's text as text.
import { expect, fixture, html } from '@open-wc/testing';
import './conformance-report-view.js';
import type { ConformanceReport, QcDsConformanceReport, ReportCriterion } from './conformance-report-view.js';

const criterion = (id: string, status: ReportCriterion['status'], title: string): ReportCriterion => ({
  id,
  level: 'A',
  since: '2.0',
  title: { fr: `${title} (fr)`, en: title },
  responsibility: 'component',
  sgqri: true,
  manual: { fr: 'Écouter avec NVDA.', en: 'Listen with NVDA.' },
  status,
  engines: {
    chromium: { passed: status === 'supports' ? 2 : 0, failed: status === 'does-not-support' ? 1 : 0, incomplete: 0 },
  },
  tests: [],
  axe:
    status === 'supports'
      ? [
          {
            rule: 'button-name',
            passed: 2,
            failed: 0,
            incomplete: 0,
            files: ['packages/components/src/button/button.test.ts'],
          },
        ]
      : [],
  failures:
    status === 'does-not-support'
      ? [
          {
            file: 'packages/components/src/dialog/dialog.test.ts',
            title: 'Escape closes it [wcag:2.1.2]',
            engine: 'chromium',
          },
        ]
      : [],
  failureCount: status === 'does-not-support' ? 1 : 0,
});

const report: ConformanceReport = {
  generatedAt: '2026-12-03T12:00:00.000Z',
  product: { name: 'qc-ds', version: '1.0.0' },
  standards: {
    wcag: '2.2',
    sgqri: { id: 'SGQRI 008 3.0', url: 'https://www.quebec.ca/', fr: 'SGQRI (fr)', en: 'SGQRI (en)' },
  },
  engines: [{ engine: 'chromium', name: 'Chromium', version: '156.0', tests: 3, passed: 2, failed: 1, notRun: 0 }],
  limits: { fr: ['Autoévaluation.'], en: ['Self-assessment.'] },
  totals: { supports: 1, 'partially-supports': 0, 'does-not-support': 1, 'not-applicable': 0, 'not-evaluated': 0 },
  criteria: [
    criterion('2.1.2', 'does-not-support', 'No Keyboard Trap'),
    criterion('4.1.2', 'supports', '<img src=x onerror=alert(1)>'),
  ],
  components: [],
  notRun: [],
  fileErrors: [],
};

async function render(lang: string, data: ConformanceReport | undefined) {
  return fixture<QcDsConformanceReport>(
    html`<qc-ds-conformance-report lang=${lang} .report=${data}></qc-ds-conformance-report>`,
  );
}

const row = (el: QcDsConformanceReport, id: string) => el.shadowRoot!.querySelector(`tr[data-criterion="${id}"]`)!;

describe('qc-ds-conformance-report (Storybook page « Rapport de conformité »)', () => {
  it('without a report, says in French and English to run npm test', async () => {
    const fr = await render('fr', undefined);
    expect(fr.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Lancez `npm test`');
    const en = await render('en', undefined);
    expect(en.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Run `npm test`');
  });

  it('a failing criterion is « Non conforme » / "Does not support", in the error colour, with its failing test', async () => {
    const fr = await render('fr', report);
    const status = row(fr, '2.1.2').querySelector<HTMLElement>('.status')!;
    expect(status.textContent).to.equal('Non conforme');
    expect(status.dataset.status).to.equal('does-not-support');
    const probe = document.createElement('span');
    probe.style.color = 'var(--qc-color-feedback-error-text)';
    document.body.append(probe);
    expect(getComputedStyle(status).color).to.equal(getComputedStyle(probe).color);
    probe.remove();
    expect(row(fr, '2.1.2').textContent).to.contain('Escape closes it [wcag:2.1.2]');
    expect(row(fr, '4.1.2').querySelector('.status')!.textContent).to.equal('Conforme');
    // The axe rule behind a verdict, and the test files that ran it.
    expect(row(fr, '4.1.2').textContent)
      .to.contain('button-name')
      .and.contain('packages/components/src/button/button.test.ts');
    expect(fr.shadowRoot!.querySelector('[data-total="does-not-support"]')!.textContent).to.equal('1');

    const en = await render('en', report);
    expect(row(en, '2.1.2').querySelector('.status')!.textContent).to.equal('Does not support');
    expect(row(en, '2.1.2').textContent).to.contain('Listen with NVDA.');
  });

  it('shows the report’s text as text, never as markup', async () => {
    const el = await render('en', report);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(row(el, '4.1.2').querySelector('th')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('passes axe in French and English', async () => {
    await expect(await render('fr', report)).to.be.accessible();
    await expect(await render('en', undefined)).to.be.accessible();
  });
});

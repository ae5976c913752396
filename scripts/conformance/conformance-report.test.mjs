// The conformance report turns a criterion red when a test tagged with it, or an axe rule mapped to
// it, fails: run the generator on a small results fixture and read its three outputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildReport, nodeRun, titleCriteria, toOpenAcr, totalsLine, writeReport } from '../conformance-report.mjs';
import { CRITERIA } from './wcag22.mjs';

const manifest = {
  modules: [
    { path: 'dist/button/button.js', declarations: [{ customElement: true, tagName: 'qc-button' }] },
    { path: 'dist/dialog/dialog.js', declarations: [{ customElement: true, tagName: 'qc-dialog' }] },
    { path: 'dist/dialog/dialog.styles.js', declarations: [{ name: 'styles' }] },
  ],
};

const ruleTags = {
  'button-name': ['wcag2a', 'wcag412'],
  'color-contrast': ['wcag2aa', 'wcag143'],
  'target-size': ['wcag22aa', 'wcag258'],
  'color-contrast-enhanced': ['wcag2aaa', 'wcag146'],
};

/** One engine's run: `overrides` replace the outcomes of the passing baseline. */
function run(engine, { keyboard = 'passed', contrast = 'passed' } = {}) {
  return {
    engine,
    userAgent:
      engine === 'firefox'
        ? 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0'
        : 'HeadlessChrome/156.0.0.0',
    finishedAt: '2026-12-03T12:00:00.000Z',
    ruleTags,
    tests: [
      {
        file: 'packages/components/src/dialog/dialog.test.ts',
        title: 'qc-dialog keyboard Escape closes it and focus returns to the trigger [wcag:2.1.2,2.4.3]',
        outcome: keyboard,
        axe: null,
      },
      {
        file: 'packages/components/src/button/button.test.ts',
        title: 'qc-button accessibility passes axe',
        outcome: contrast,
        axe: {
          'button-name': 'passed',
          'color-contrast': contrast,
          'target-size': 'inapplicable',
          'color-contrast-enhanced': 'failed',
        },
      },
      {
        file: 'stories/stories.test.ts',
        title: 'stories/button.stories.ts › button--primary reflows at 320 px [wcag:1.4.10]',
        outcome: 'passed',
        axe: null,
      },
    ],
    fileErrors: [],
    notRun:
      engine === 'webkit'
        ? [
            {
              file: 'packages/components/src/dialog/dialog.test.ts',
              title: 'qc-dialog forced colors',
              reason: 'no media emulation',
            },
          ]
        : [],
  };
}

const byId = (report, id) => report.criteria.find((criterion) => criterion.id === id);

test('a mistyped criterion in a title is reported; an AAA one is valid but outside the report', () => {
  const tests = [
    { file: 'a.test.ts', title: 'moves nothing with reduced motion [wcag:2.3.3]', outcome: 'passed', axe: null },
    { file: 'a.test.ts', title: 'typo [wcag:2.1.11]', outcome: 'passed', axe: null },
  ];
  const report = buildReport({ runs: [{ ...run('chromium'), tests }], manifest });
  assert.deepEqual(report.unknownTags, ['2.1.11 (a.test.ts › typo [wcag:2.1.11])']);
});

test('a test of the test tools, marked [not evidence], is no evidence: its deliberate axe violation stays out', () => {
  const selfTest = {
    file: 'stories/stories.test.ts',
    title: "the axe run includes axe's target-size rule [not evidence]",
    outcome: 'passed',
    axe: { 'target-size': 'failed' },
  };
  const withSelfTest = buildReport({ runs: [{ ...run('chromium'), tests: [selfTest] }], manifest });
  assert.equal(byId(withSelfTest, '2.5.8').status, 'not-evaluated');
  // The same run without the mark turns the criterion red: the mark is what keeps it out.
  const unmarked = { ...selfTest, title: "the axe run includes axe's target-size rule" };
  const withoutMark = buildReport({ runs: [{ ...run('chromium'), tests: [unmarked] }], manifest });
  assert.equal(byId(withoutMark, '2.5.8').status, 'does-not-support');
});

test('test titles carry their WCAG criteria', () => {
  assert.deepEqual(titleCriteria('Escape closes [wcag:2.1.2, 2.4.3] and [wcag:4.1.2]'), ['2.1.2', '2.4.3', '4.1.2']);
  assert.deepEqual(titleCriteria('no tag here'), []);
});

test('the data lists every WCAG 2.2 A and AA criterion once, in French and English', () => {
  assert.equal(CRITERIA.length, 56); // 32 A (with the obsolete 4.1.1) + 24 AA
  assert.equal(new Set(CRITERIA.map((criterion) => criterion.id)).size, 56);
  for (const criterion of CRITERIA) {
    assert.ok(criterion.fr && criterion.en && criterion.manual.fr && criterion.manual.en, criterion.id);
    assert.match(criterion.responsibility, /^(component|shared|author)$/);
  }
});

test('all passing: tested criteria support, untested ones need a person, author ones are not applicable', () => {
  const report = buildReport({
    runs: [run('chromium'), run('firefox')],
    manifest,
    generatedAt: '2026-12-03T12:00:00.000Z',
  });
  assert.equal(byId(report, '2.1.2').status, 'supports');
  assert.equal(byId(report, '4.1.2').status, 'supports');
  assert.equal(byId(report, '1.4.10').status, 'supports');
  assert.equal(byId(report, '2.5.8').status, 'not-evaluated', 'an inapplicable axe rule is no evidence');
  assert.equal(byId(report, '1.2.2').status, 'not-applicable');
  assert.equal(byId(report, '4.1.1').status, 'not-applicable');
  assert.equal(report.totals['does-not-support'], 0);
  // Per component, from the manifest: the stories test counts for the button.
  const button = report.components.find((component) => component.folder === 'button');
  assert.deepEqual(button.tags, ['qc-button']);
  assert.deepEqual(button.criteria.map((criterion) => criterion.id).sort(), ['1.4.10', '1.4.3', '4.1.2']);
  assert.deepEqual(
    report.engines.map((engine) => `${engine.name} ${engine.version}`),
    ['Chromium 156.0.0.0', 'Firefox 140.0'],
  );
  // The AAA rule axe also ran is outside the A/AA report.
  assert.equal(
    report.criteria.some((criterion) => criterion.id === '1.4.6'),
    false,
  );
});

test('one failing tagged test and one failing axe rule turn their criteria red in JSON, OpenACR and totals', () => {
  const runs = [run('chromium'), run('firefox', { keyboard: 'failed', contrast: 'failed' }), run('webkit')];
  const report = buildReport({ runs, manifest, generatedAt: '2026-12-03T12:00:00.000Z' });
  for (const id of ['2.1.2', '2.4.3', '1.4.3']) assert.equal(byId(report, id).status, 'does-not-support', id);
  assert.equal(byId(report, '4.1.2').status, 'supports', 'the other rules of the failing test still passed');
  assert.deepEqual(byId(report, '1.4.3').failures, [
    {
      file: 'packages/components/src/button/button.test.ts',
      title: 'qc-button accessibility passes axe',
      engine: 'firefox',
      rule: 'color-contrast',
    },
  ]);
  assert.equal(byId(report, '2.1.2').tests[0].outcomes.firefox, 'failed');
  assert.equal(report.components.find((c) => c.folder === 'dialog').totals['does-not-support'], 2);
  assert.equal(report.totals['does-not-support'], 3);
  assert.match(totalsLine(report), /3 not supported/);
  assert.deepEqual(
    report.notRun.map((entry) => entry.engine),
    ['webkit'],
  );

  const out = mkdtempSync(join(tmpdir(), 'qc-conformance-'));
  try {
    writeReport(report, out);
    const json = JSON.parse(readFileSync(join(out, 'conformance.json'), 'utf8'));
    assert.equal(json.criteria.find((criterion) => criterion.id === '2.1.2').status, 'does-not-support');
    const acr = parse(readFileSync(join(out, 'openacr.yaml'), 'utf8'));
    assert.equal(acr.catalog, '2.5-edition-wcag-2.2-en');
    const level = (chapter, num) =>
      acr.chapters[chapter].criteria.find((criterion) => criterion.num === num).components[0];
    assert.equal(level('success_criteria_level_a', '2.1.2').adherence.level, 'does-not-support');
    assert.equal(level('success_criteria_level_aa', '1.4.3').adherence.level, 'does-not-support');
    assert.match(level('success_criteria_level_aa', '1.4.3').adherence.notes, /FAILED 1 time\(s\).*axe color-contrast/);
    assert.equal(level('success_criteria_level_a', '4.1.2').adherence.level, 'supports');
    assert.equal(acr.chapters.success_criteria_level_a.criteria.length, 32);
    assert.equal(acr.chapters.success_criteria_level_aa.criteria.length, 24);
    assert.deepEqual(toOpenAcr(report).chapters, acr.chapters);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('node tests tagged in their titles count, read from their TAP stream with suite names', () => {
  const tap = [
    '# Subtest: declared contrast pairs',
    '    # Subtest: all reach their ratio in the light theme [wcag:1.4.3,1.4.11]',
    '    ok 1 - all reach their ratio in the light theme [wcag:1.4.3,1.4.11]',
    '    # Subtest: all reach their ratio in the dark theme [wcag:1.4.3,1.4.11]',
    '    not ok 2 - all reach their ratio in the dark theme [wcag:1.4.3,1.4.11]',
    '    # Subtest: name tokens that exist',
    '    ok 3 - name tokens that exist',
    'not ok 1 - declared contrast pairs',
  ].join('\n');
  const node = nodeRun([{ file: 'packages/tokens/test', tap }]);
  assert.deepEqual(
    node.tests.map((t) => [t.title, t.outcome]),
    [
      ['declared contrast pairs all reach their ratio in the light theme [wcag:1.4.3,1.4.11]', 'passed'],
      ['declared contrast pairs all reach their ratio in the dark theme [wcag:1.4.3,1.4.11]', 'failed'],
    ],
  );
  const report = buildReport({ runs: [run('chromium'), node], manifest });
  assert.equal(byId(report, '1.4.11').status, 'does-not-support');
  assert.equal(byId(report, '1.4.3').failures[0].engine, 'node');
  assert.equal(report.engines.find((engine) => engine.engine === 'node').name, 'Node.js');
});

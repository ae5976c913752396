// The accessibility conformance report, generated from the browser tests of the last `npm test`.
//
//   node scripts/conformance-report.mjs [--results <dir>] [--out <dir>]
//
// Reads what web-test-runner wrote per engine (scripts/conformance/wtr-conformance.mjs:
// reports/conformance/results/<engine>.json: every test's outcome, the axe rules it ran, the tests
// the engine could not run), the WCAG 2.2 A/AA criteria (scripts/conformance/wcag22.mjs) and the
// custom elements manifest (which components exist), and writes to reports/conformance/:
//   conformance.json — per criterion and per component: tests → passed / failed / not applicable /
//                      to verify by hand, the engines, the tests not run, who is responsible;
//   openacr.yaml     — the same verdicts in GSA's OpenACR format (catalog 2.5-edition-wcag-2.2-en);
// and prints the totals. A criterion is "does-not-support" (« Non conforme ») as soon as one test
// tagged with it (`[wcag:x.y.z]` in its title) or one axe rule mapped to it (axe's `wcagXYZ` tags)
// failed in any engine. Storybook's page « Rapport de conformité » (docs/conformance-report.mdx)
// shows conformance.json.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { AAA_IDS, CRITERIA, SGQRI, criterionOfAxeTag } from './conformance/wcag22.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** OpenACR adherence levels, in the order the totals list them. */
export const LEVELS = ['supports', 'partially-supports', 'does-not-support', 'not-applicable', 'not-evaluated'];

export const LEVEL_LABELS = {
  supports: { fr: 'Conforme', en: 'Supports' },
  'partially-supports': { fr: 'Partiellement conforme', en: 'Partially supports' },
  'does-not-support': { fr: 'Non conforme', en: 'Does not support' },
  'not-applicable': { fr: 'Non applicable', en: 'Not applicable' },
  'not-evaluated': { fr: 'À vérifier manuellement', en: 'Manual check needed' },
};

const ENGINE_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit', node: 'Node.js' };

/** `[wcag:2.1.1,2.1.2]` in a test title → ['2.1.1', '2.1.2']. */
export function titleCriteria(title) {
  return [...title.matchAll(/\[wcag:([^\]]+)\]/g)].flatMap((match) =>
    match[1]
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  );
}

/**
 * The browser version in a user agent: `HeadlessChrome/156.0`, `Firefox/153.0`; WebKit's frozen
 * `AppleWebKit/605.1.15` with the browser's own `Version/…` beside it.
 */
function browserVersion(engine, userAgent = '') {
  if (engine === 'webkit') {
    const webkit = /AppleWebKit\/([\d.]+)/.exec(userAgent)?.[1];
    const version = /Version\/([\d.]+)/.exec(userAgent)?.[1];
    return webkit ? `${webkit}${version ? ` (Version/${version})` : ''}` : 'unknown';
  }
  const pattern = { chromium: /Chrom(?:e|ium)\/([\d.]+)/, firefox: /Firefox\/([\d.]+)/, node: /v([\d.]+)/ }[engine];
  return pattern?.exec(userAgent)?.[1] ?? 'unknown';
}

/** Component folder → its tags, from the manifest (`dist/<folder>/<file>.js` declaring custom elements). */
export function componentsOf(manifest) {
  const byFolder = new Map();
  for (const module of manifest?.modules ?? []) {
    const folder = /^(?:dist|src)\/([^/]+)\//.exec(module.path)?.[1];
    if (!folder || folder === 'internal') continue;
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const tags = byFolder.get(folder) ?? [];
      if (!tags.includes(declaration.tagName)) tags.push(declaration.tagName);
      byFolder.set(folder, tags);
    }
  }
  return byFolder;
}

/** The component folder a test belongs to: its own folder, or the stories file its title names. */
function folderOf(test, folders) {
  const own = /^packages\/components\/src\/([^/]+)\//.exec(test.file)?.[1];
  if (own && folders.has(own)) return own;
  const story = /stories\/([\w-]+)\.stories\.ts/.exec(test.title)?.[1];
  if (story && folders.has(story)) return story;
  return undefined;
}

/**
 * The title mark of a test of the test tools themselves (axe shown a deliberate violation, to prove
 * the rule runs): no evidence about the components, whatever it ran. stories/support/axe-recorder.ts
 * does not record its axe runs either.
 */
export const NOT_EVIDENCE = '[not evidence]';

/** One piece of evidence: a test (title tag) or an axe rule in a test, for one criterion, in one engine. */
function evidenceOf(run, test) {
  if (test.outcome === 'skipped' || test.title.includes(NOT_EVIDENCE)) return [];
  const out = [];
  for (const id of titleCriteria(test.title)) out.push({ id, via: 'title', outcome: test.outcome });
  for (const [rule, outcome] of Object.entries(test.axe ?? {})) {
    if (outcome === 'inapplicable') continue;
    for (const tag of run.ruleTags?.[rule] ?? []) {
      const id = criterionOfAxeTag(tag);
      if (id) out.push({ id, via: 'axe', rule, outcome });
    }
  }
  return out;
}

function emptyCell() {
  return { engines: {}, tests: new Map(), axe: new Map(), failures: [] };
}

function addEvidence(cell, run, test, evidence) {
  const counts = (cell.engines[run.engine] ??= { passed: 0, failed: 0, incomplete: 0 });
  counts[evidence.outcome] = (counts[evidence.outcome] ?? 0) + 1;
  if (evidence.via === 'title') {
    const key = `${test.file}\n${test.title}`;
    const entry = cell.tests.get(key) ?? { file: test.file, title: test.title, outcomes: {} };
    entry.outcomes[run.engine] = test.outcome;
    cell.tests.set(key, entry);
  } else {
    const entry = cell.axe.get(evidence.rule) ?? {
      rule: evidence.rule,
      passed: 0,
      failed: 0,
      incomplete: 0,
      files: [],
    };
    entry[evidence.outcome] += 1;
    // The test files whose axe runs checked the rule (their tests are too many to list one by one).
    if (!entry.files.includes(test.file)) entry.files.push(test.file);
    cell.axe.set(evidence.rule, entry);
  }
  if (evidence.outcome === 'failed') {
    cell.failures.push({
      file: test.file,
      title: test.title,
      engine: run.engine,
      ...(evidence.rule ? { rule: evidence.rule } : {}),
    });
  }
}

/** The verdict of one criterion from its evidence (see the file's header). */
function verdict(criterion, cell) {
  const sum = (key) => Object.values(cell.engines).reduce((total, counts) => total + (counts[key] ?? 0), 0);
  if (sum('failed') > 0) return 'does-not-support';
  if (criterion.obsolete) return 'not-applicable';
  if (sum('passed') > 0) return sum('incomplete') > 0 ? 'partially-supports' : 'supports';
  if (criterion.responsibility === 'author') return 'not-applicable';
  return 'not-evaluated';
}

function finishCell(criterion, cell) {
  return {
    status: verdict(criterion, cell),
    engines: cell.engines,
    tests: [...cell.tests.values()],
    axe: [...cell.axe.values()].sort((a, b) => a.rule.localeCompare(b.rule)),
    // Enough to act on; the test runner's output has the rest.
    failures: cell.failures.slice(0, 50),
    failureCount: cell.failures.length,
  };
}

function totalsOf(criteria) {
  const totals = Object.fromEntries(LEVELS.map((level) => [level, 0]));
  for (const { status } of criteria) totals[status] += 1;
  return totals;
}

const LIMITS = {
  fr: [
    'Autoévaluation produite par l’équipe qc-ds; elle n’a pas été validée par un tiers.',
    'Vérifications automatisées seulement : axe-core et les tests de comportement (clavier, focus, arbre d’accessibilité, contraste, annonces) dans les moteurs listés. Un critère « Conforme » ici reste à confirmer par une personne.',
    'Aucun test avec une technologie d’assistance : NVDA, JAWS, VoiceOver (macOS, iOS), TalkBack, commande vocale et loupes n’ont pas été utilisés. Chaque critère indique ce qu’une personne doit vérifier.',
    'La conformité d’une page dépend aussi de son contenu et de son intégration : les critères « auteur » relèvent du ministère ou de l’organisme qui publie la page.',
    'Correspondance SGQRI 008 3.0 : le standard reprend les critères A et AA des WCAG 2.1 et 2.2; vérifier toute exception dans le texte du standard.',
  ],
  en: [
    'Self-assessment by the qc-ds team; not validated by a third party.',
    'Automated checks only: axe-core and behaviour tests (keyboard, focus, accessibility tree, contrast, announcements) in the engines listed. A “Supports” criterion here still needs a person to confirm it.',
    'No assistive technology testing: NVDA, JAWS, VoiceOver (macOS, iOS), TalkBack, voice control and magnifiers were not used. Each criterion says what a person must verify.',
    'A page’s conformance also depends on its content and integration: “author” criteria are the responsibility of the ministry or body publishing the page.',
    'SGQRI 008 3.0 mapping: the standard takes up the WCAG 2.1 and 2.2 A and AA criteria; check the standard’s text for any exception.',
  ],
};

/**
 * The report from the runs (one per engine, as wtr-conformance.mjs writes them) and the manifest.
 * Pure: the node test feeds it fixtures.
 */
export function buildReport({ runs, manifest, version = '0.0.0', generatedAt = new Date().toISOString() }) {
  const folders = componentsOf(manifest);
  const known = new Set(CRITERIA.map((criterion) => criterion.id));
  const system = new Map(CRITERIA.map((criterion) => [criterion.id, emptyCell()]));
  const perComponent = new Map([...folders.keys()].map((folder) => [folder, { tests: 0, cells: new Map() }]));
  const unknownTags = new Set();

  for (const run of runs) {
    for (const test of run.tests) {
      const folder = folderOf(test, folders);
      const component = folder ? perComponent.get(folder) : undefined;
      if (component) component.tests += 1;
      for (const evidence of evidenceOf(run, test)) {
        if (!known.has(evidence.id)) {
          // An AAA criterion (axe's 1.4.6, a title's 2.3.3) is outside the A/AA report; a typo in a title is an error.
          if (evidence.via === 'title' && !AAA_IDS.includes(evidence.id)) {
            unknownTags.add(`${evidence.id} (${test.file} › ${test.title})`);
          }
          continue;
        }
        addEvidence(system.get(evidence.id), run, test, evidence);
        if (component) {
          if (!component.cells.has(evidence.id)) component.cells.set(evidence.id, emptyCell());
          addEvidence(component.cells.get(evidence.id), run, test, evidence);
        }
      }
    }
  }

  const byLevelThenId = (a, b) =>
    a.level.localeCompare(b.level) ||
    a.id
      .split('.')
      .map(Number)
      .reduce((order, part, index) => order || part - b.id.split('.').map(Number)[index], 0);
  const criteria = [...CRITERIA].sort(byLevelThenId).map((criterion) => ({
    id: criterion.id,
    level: criterion.level,
    since: criterion.since,
    title: { fr: criterion.fr, en: criterion.en },
    responsibility: criterion.responsibility,
    sgqri: true,
    manual: criterion.manual,
    ...finishCell(criterion, system.get(criterion.id)),
  }));

  const components = [...perComponent.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([folder, { tests, cells }]) => {
      const rows = criteria
        .filter((criterion) => cells.has(criterion.id))
        .map((criterion) => ({
          id: criterion.id,
          ...finishCell(
            CRITERIA.find((c) => c.id === criterion.id),
            cells.get(criterion.id),
          ),
        }));
      return { folder, tags: folders.get(folder), tests, criteria: rows, totals: totalsOf(rows) };
    });

  const engines = runs.map((run) => ({
    engine: run.engine,
    name: ENGINE_NAMES[run.engine] ?? run.engine,
    version: browserVersion(run.engine, run.userAgent),
    userAgent: run.userAgent,
    finishedAt: run.finishedAt,
    tests: run.tests.length,
    passed: run.tests.filter((test) => test.outcome === 'passed').length,
    failed: run.tests.filter((test) => test.outcome === 'failed').length + (run.fileErrors?.length ?? 0),
    notRun: run.notRun?.length ?? 0,
  }));

  return {
    schema: 'qc-ds-conformance/1',
    generatedAt,
    product: { name: 'qc-ds (@qc-ds/components)', version },
    standards: { wcag: '2.2', levels: ['A', 'AA'], sgqri: SGQRI },
    engines,
    limits: LIMITS,
    totals: totalsOf(criteria),
    criteria,
    components,
    notRun: runs.flatMap((run) => (run.notRun ?? []).map((entry) => ({ engine: run.engine, ...entry }))),
    fileErrors: runs.flatMap((run) => (run.fileErrors ?? []).map((entry) => ({ engine: run.engine, ...entry }))),
    unknownTags: [...unknownTags].sort(),
  };
}

/** A criterion's OpenACR notes: what was tested, what failed, what a person must still verify. */
function openAcrNotes(report, criterion) {
  const engines = Object.keys(criterion.engines)
    .map((engine) => ENGINE_NAMES[engine] ?? engine)
    .join(', ');
  const tested = Object.values(criterion.engines).reduce((total, counts) => total + counts.passed + counts.failed, 0);
  const parts = [];
  if (tested > 0) {
    parts.push(
      `Automated: ${tested} check(s) in ${engines} — ${criterion.tests.length} tagged test(s), axe rules ${criterion.axe.map((rule) => rule.rule).join(', ') || 'none'}.`,
    );
  } else {
    parts.push('No automated check.');
  }
  if (criterion.failureCount > 0) {
    const first = criterion.failures[0];
    parts.push(
      `FAILED ${criterion.failureCount} time(s), e.g. ${first.file} › ${first.title} (${first.engine}${first.rule ? `, axe ${first.rule}` : ''}).`,
    );
  }
  parts.push(`Responsibility: ${criterion.responsibility}.`);
  parts.push(`Manual check: ${criterion.manual.en}`);
  parts.push(`FR — vérification manuelle : ${criterion.manual.fr}`);
  return parts.join(' ');
}

/** The report as an OpenACR document (GSA/openacr, catalog 2.5-edition-wcag-2.2-en). */
export function toOpenAcr(report) {
  const chapter = (level) => ({
    notes: `WCAG 2.2 level ${level}, generated by scripts/conformance-report.mjs from the test run of ${report.generatedAt}.`,
    criteria: report.criteria
      .filter((criterion) => criterion.level === level)
      .map((criterion) => ({
        num: criterion.id,
        components: [{ name: 'web', adherence: { level: criterion.status, notes: openAcrNotes(report, criterion) } }],
      })),
  });
  return {
    title: 'qc-ds — Système de design du gouvernement du Québec / Government of Québec design system',
    product: {
      name: report.product.name,
      version: report.product.version,
      description:
        'Web components (Lit) of the Government of Québec design system. Composants Web (Lit) du système de design du gouvernement du Québec.',
    },
    author: { name: 'qc-ds', company_name: 'Gouvernement du Québec' },
    report_date: report.generatedAt.slice(0, 10),
    notes: `${SGQRI.en}: ${SGQRI.url}. ${report.limits.en.join(' ')}`,
    evaluation_methods_used:
      `Automated tests generated on every run (npm test): axe-core${report.axeVersion ? ` ${report.axeVersion}` : ''} ` +
      `and behaviour tests tagged with WCAG success criteria, in ` +
      `${report.engines.map((engine) => `${engine.name} ${engine.version}`).join(', ')}. No assistive technology testing.`,
    legal_disclaimer: `Self-assessment, not a legally binding claim. ${report.limits.fr.join(' ')}`,
    chapters: {
      success_criteria_level_a: chapter('A'),
      success_criteria_level_aa: chapter('AA'),
      success_criteria_level_aaa: { disabled: true, notes: 'Level AAA is not targeted.' },
    },
    catalog: '2.5-edition-wcag-2.2-en',
  };
}

/**
 * The tests of a `node --test` TAP stream, with their full titles (suites and test joined by spaces),
 * as one run of the `node` engine: node tests tagged [wcag:…] (token contrast pairs) count too.
 */
export function nodeRun(taps) {
  const tests = [];
  for (const { file, tap } of taps) {
    const path = [];
    for (const line of tap.split('\n')) {
      const subtest = /^( *)# Subtest: (.*)$/.exec(line);
      if (subtest) {
        path.length = subtest[1].length / 4;
        path.push(subtest[2]);
        continue;
      }
      const result = /^( *)(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO).*)?$/.exec(line);
      if (!result || !titleCriteria(result[3]).length) continue;
      const depth = result[1].length / 4;
      const title = [...path.slice(0, depth), result[3]].join(' ').replaceAll('\\#', '#');
      tests.push({ file, title, outcome: result[4] ? 'skipped' : result[2] === 'ok' ? 'passed' : 'failed', axe: null });
    }
  }
  return {
    engine: 'node',
    userAgent: process.version,
    finishedAt: new Date().toISOString(),
    ruleTags: {},
    tests,
    fileErrors: [],
    notRun: [],
  };
}

/** The results of the run: web-test-runner's, one file per engine, and the node tests' TAP streams. */
export function readRuns(dir) {
  if (!existsSync(dir)) return [];
  const runs = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const nodeDir = join(dir, 'node');
  if (existsSync(nodeDir)) {
    const taps = readdirSync(nodeDir)
      .filter((file) => file.endsWith('.tap'))
      .sort()
      .map((file) => ({
        file: file.replace(/\.tap$/, '').replaceAll('__', '/'),
        tap: readFileSync(join(nodeDir, file), 'utf8'),
      }));
    if (taps.length > 0) runs.push(nodeRun(taps));
  }
  return runs;
}

export function writeReport(report, outDir) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'conformance.json'), `${JSON.stringify(report)}\n`);
  writeFileSync(join(outDir, 'openacr.yaml'), stringify(toOpenAcr(report), { lineWidth: 100 }));
}

export function totalsLine(report) {
  const t = report.totals;
  return (
    `conformance (WCAG 2.2 A/AA, ${report.criteria.length} criteria): ${t.supports} supported, ` +
    `${t['partially-supports']} partially, ${t['does-not-support']} not supported, ` +
    `${t['not-applicable']} not applicable, ${t['not-evaluated']} manual`
  );
}

function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(name);
    return index >= 0 ? resolve(args[index + 1]) : fallback;
  };
  const resultsDir = option('--results', join(root, 'reports/conformance/results'));
  const outDir = option('--out', join(root, 'reports/conformance'));
  const runs = readRuns(resultsDir);
  if (runs.length === 0) {
    console.error(`No test results in ${relative(root, resultsDir)}: run \`npm test\` (it writes them).`);
    process.exit(1);
  }
  const manifestPath = join(root, 'packages/components/custom-elements.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
  const { version } = JSON.parse(readFileSync(join(root, 'packages/components/package.json'), 'utf8'));
  const axeVersion = JSON.parse(readFileSync(join(root, 'node_modules/axe-core/package.json'), 'utf8')).version;
  const report = { ...buildReport({ runs, manifest, version }), axeVersion };
  writeReport(report, outDir);
  for (const tag of report.unknownTags) console.error(`Not a WCAG 2.2 success criterion, in a test title: ${tag}`);
  console.log(
    `Engines: ${report.engines.map((e) => `${e.name} ${e.version} (${e.tests} tests, ${e.notRun} not run)`).join('; ')}`,
  );
  console.log(
    `Written: ${relative(root, join(outDir, 'conformance.json'))}, ${relative(root, join(outDir, 'openacr.yaml'))}`,
  );
  console.log(totalsLine(report));
  // A failing criterion fails the step, as the failing test already failed the browser step.
  // A mistyped tag would silently leave its criterion untested.
  if (report.totals['does-not-support'] > 0 || report.unknownTags.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

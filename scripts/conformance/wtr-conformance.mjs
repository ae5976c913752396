// The conformance report's results collection in web-test-runner: a plugin that receives the axe
// rules each test ran (stories/support/axe-recorder.ts, loaded on every test page) and a reporter
// that writes, when the run stops, every test's outcome with those rules and the tests the engine
// could not run (scripts/not-run-plugin.mjs) to `<QC_CONFORMANCE_RESULTS>/<engine>.json`.
// Nothing is written unless QC_CONFORMANCE_RESULTS is set (scripts/test.mjs sets it): a run of a
// few test files must not replace the full run's results.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The order in which one rule's outcomes over several axe runs of a test win. */
const WORST = ['failed', 'incomplete', 'passed', 'inapplicable'];

/**
 * @param {string} engine chromium | firefox | webkit
 * @param {{ entries(): { file: string, title: string, reason: string }[] }} notRun the not-run plugin
 */
export function conformanceCollector(engine, notRun) {
  const root = process.cwd();
  /** `file\ntitle` → rule id → outcome */
  const axeByTest = new Map();
  /** axe rule id → its WCAG tags (`wcag143`, `wcag2aa`…, or `best-practice`) */
  const ruleTags = {};
  let userAgent = '';

  const plugin = {
    name: 'qc-conformance',
    async executeCommand({ command, payload, session }) {
      if (command !== 'qc-axe-record') return undefined;
      const key = `${relative(root, session.testFile)}\n${payload.test}`;
      const rules = axeByTest.get(key) ?? {};
      for (const [id, [outcome, tags]] of Object.entries(payload.rules)) {
        ruleTags[id] ??= tags.filter((tag) => /^wcag\d+a*$/.test(tag) || tag === 'best-practice');
        const before = rules[id];
        if (before === undefined || WORST.indexOf(outcome) < WORST.indexOf(before)) rules[id] = outcome;
      }
      axeByTest.set(key, rules);
      if (payload.userAgent) userAgent = payload.userAgent;
      return true;
    },
  };

  /** Flattens mocha's suite tree into full titles, as `Mocha.Test#fullTitle()` writes them. */
  function flatten(suite, prefix, file, out) {
    const here = [prefix, suite.name].filter(Boolean).join(' ');
    for (const test of suite.tests) {
      const title = [here, test.name].filter(Boolean).join(' ');
      const outcome = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
      out.push({ file, title, outcome, axe: axeByTest.get(`${file}\n${title}`) ?? null });
    }
    for (const child of suite.suites) flatten(child, here, file, out);
  }

  const reporter = {
    stop({ sessions }) {
      const dir = process.env.QC_CONFORMANCE_RESULTS;
      if (!dir) return;
      const tests = [];
      const fileErrors = [];
      for (const session of sessions) {
        const file = relative(root, session.testFile);
        if (session.testResults) flatten(session.testResults, '', file, tests);
        // A file that fails to load or whose hooks throw has no test to blame: it still fails the run.
        for (const error of session.errors ?? [])
          fileErrors.push({ file, message: String(error.message).slice(0, 500) });
      }
      const notRunTests = notRun
        .entries()
        .map(({ file, title, reason }) => ({ file: relative(root, file), title, reason }));
      mkdirSync(dir, { recursive: true });
      const out = join(dir, `${engine}.json`);
      writeFileSync(
        out,
        `${JSON.stringify({ engine, userAgent, finishedAt: new Date().toISOString(), ruleTags, tests, fileErrors, notRun: notRunTests }, null, 1)}\n`,
      );
      console.log(`Conformance results (${engine}): ${tests.length} tests → ${relative(root, out)}`);
    },
  };
  return { plugin, reporter };
}

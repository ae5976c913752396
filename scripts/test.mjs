// `npm test`: every check of the repository, in order (lint beside the steps after it), stopping at the first failing step.
// Ends with exactly one line `tests: N passed, N failed` (node --test and web-test-runner counts;
// lint and types count as one check each). Exits non-zero on any failure or when no test ran.
// The browser tests run once per engine, the three engines side by side (their tests mostly wait:
// for timers, focus, the accessibility tree; one after the other took 17 minutes of a 20-minute CI)
// (QC_BROWSERS=chromium,firefox selects a subset); an engine that is selected but not installed
// fails the run before anything else.
// Nothing here depends on CI=true: a laptop and CI run the same steps.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkEngines, engineLabels, selectedEngines } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'qc-ds-test-'));
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };

/** The JS file behind a package's command, run with this Node (no shell, no PATH lookup). */
function bin(pkg, name = pkg) {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'));
  const path = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
  return join(root, 'node_modules', pkg, path);
}

/** Test files under `dir` (recursive), listed explicitly so every Node version runs the same set. */
function testFiles(dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true })
    .map(String)
    .filter((file) => /\.test\.(mjs|js|cjs)$/.test(file) && !file.split(/[\\/]/).includes('node_modules'))
    .sort()
    .map((file) => relative(root, join(abs, file)));
}

/**
 * Runs a command, streaming its output (or, with `buffered`, printing it once it ends, so two
 * commands running side by side do not interleave), and resolves with its exit code and output.
 */
function run(command, args, extraEnv = {}, { buffered = false, niceness = 0 } = {}) {
  return new Promise((resolve) => {
    console.log(
      `$ ${[command === process.execPath ? 'node' : command, ...args.map((a) => relative(root, a) || a)].join(' ')}`,
    );
    const child = spawn(command, args, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32' && command === 'npm',
    });
    if (niceness && child.pid !== undefined) {
      try {
        // Before it starts anything: the processes it starts inherit the priority.
        setPriority(child.pid, niceness);
      } catch {
        // Not allowed here: the run is only slower.
      }
    }
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!buffered) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      if (!buffered) process.stderr.write(chunk);
    });
    child.on('error', (error) => {
      output += String(error);
      console.error(error.message);
      resolve({ code: 1, output });
    });
    child.on('close', (code, signal) => {
      if (buffered) process.stdout.write(output);
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

// eslint-disable-next-line no-control-regex -- ANSI colour and cursor codes start with ESC.
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

/** Counts from a TAP stream written by `node --test`: pass, fail (+ cancelled), skipped (+ todo). */
function tapCounts(tap) {
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return {
    passed: count('pass'),
    failed: count('fail') + count('cancelled'),
    skipped: count('skipped') + count('todo'),
  };
}

/** Counts from web-test-runner's progress lines: the last line per browser holds its totals. */
function wtrCounts(output) {
  const last = new Map();
  const line = /^\s*([A-Za-z][\w ]*): \|.*\| \d+\/\d+ test files \| (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/gm;
  for (const match of stripAnsi(output).matchAll(line)) {
    last.set(match[1], { passed: Number(match[2]), failed: Number(match[3]), skipped: Number(match[4] ?? 0) });
  }
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const counts of last.values()) for (const key of Object.keys(totals)) totals[key] += counts[key];
  return totals;
}

/** How many tests the run's engine cannot run, as their test files state (scripts/not-run-plugin.mjs). */
function notRunCount(output) {
  return Number(stripAnsi(output).match(/^qc-ds not run in [\w ]+: (\d+)$/m)?.[1] ?? 0);
}

let engines = [];
try {
  engines = selectedEngines();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

/** Per-engine lines for the summary (filled by the web-test-runner step). */
const engineSummary = [];

/**
 * web-test-runner once per engine; every engine runs even when an earlier one failed. Chromium runs
 * alone (two pages at a time, both cores); Firefox and WebKit, one page at a time each, run side by
 * side (their outputs printed whole, one after the other), which keeps CI under 20 minutes.
 */
/** A TCP port free on 127.0.0.1 now, other than `taken`. */
async function freePort(taken) {
  for (;;) {
    const port = await new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port: found } = server.address();
        server.close(() => resolve(found));
      });
    });
    if (!taken.includes(port)) return port;
  }
}

/**
 * Chromium runs two pages at a time and keeps both cores busy; Firefox and WebKit run one page at a
 * time and mostly wait (timers, focus, the accessibility tree), so they finish last. Beside them,
 * Chromium runs at a lower priority: it takes the processor time they leave, and they no longer
 * wait for it (the step ends when the last engine does).
 */
const niceness = (engine) => (engine === 'chromium' && engines.length > 1 ? 5 : 0);

async function browserTests() {
  const result = { ok: true, passed: 0, failed: 0 };
  const runEngine = async (engine, buffered, port) => {
    const label = engineLabels[engine];
    console.log(
      `\n${'-'.repeat(100)}\nweb-test-runner in ${label}${buffered ? ' (output printed when it ends)' : ''}\n${'-'.repeat(100)}`,
    );
    const started = performance.now();
    const { code, output } = await run(
      process.execPath,
      [bin('@web/test-runner', 'web-test-runner')],
      { QC_ENGINE: engine, QC_WTR_PORT: String(port), QC_CONFORMANCE_RESULTS: conformanceResults },
      { buffered, niceness: niceness(engine) },
    );
    const counts = settle(code, wtrCounts(output), `web-test-runner (${label})`);
    const notRun = notRunCount(output);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const limits = notRun > 0 ? `, ${notRun} not run in this engine (listed in its output)` : '';
    return {
      counts,
      line: `         ${counts.ok ? 'ok  ' : 'FAIL'} ${label.padEnd(8)} ${seconds} s, ${counts.passed} passed, ${counts.failed} failed${limits}`,
    };
  };
  // One port per engine, chosen before any runner starts (runners started together race for one).
  const ports = [];
  while (ports.length < engines.length) ports.push(await freePort(ports));
  const results = await Promise.all(
    engines.map((engine, index) => runEngine(engine, engines.length > 1, ports[index])),
  );
  for (const { counts, line } of results) {
    engineSummary.push(line);
    result.ok &&= counts.ok;
    result.passed += counts.passed;
    result.failed += counts.failed;
  }
  // The run stops at this failing step: write the report now, so that it shows which criteria failed.
  if (!result.ok) await run(process.execPath, [join(root, conformanceReport)]);
  return result;
}

/** A step that counts as one check (build steps count as none). */
async function checks(commands, { counted = true, buffered = false } = {}) {
  let ok = true;
  for (const [command, args] of commands) {
    const { code } = await run(command, args, {}, { buffered });
    if (code !== 0) ok = false;
  }
  if (!counted) return { ok, passed: 0, failed: 0 };
  return { ok, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

async function nodeTests(files, { buffered = false, extraEnv = {} } = {}) {
  const tap = join(scratch, `node-test-${Date.now()}-${Math.random().toString(36).slice(2)}.tap`);
  const { code } = await run(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    extraEnv,
    { buffered },
  );
  const counts = existsSync(tap) ? tapCounts(readFileSync(tap, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
  // Node tests tagged [wcag:…] (token contrast, for one) count in the conformance report too.
  if (existsSync(tap)) {
    const dir = join(root, conformanceResults, 'node');
    mkdirSync(dir, { recursive: true });
    copyFileSync(tap, join(dir, `${dirname(files[0]).replaceAll(/[\\/]/g, '__')}.tap`));
  }
  return settle(code, counts, 'node --test');
}

/** Turns a command's exit code and counts into a step result; skipped tests are refused. */
function settle(code, { passed, failed, skipped }, what) {
  let failures = failed;
  if (skipped > 0) {
    console.error(`\n${what}: ${skipped} skipped or todo test(s); qc-ds does not accept skipped tests.`);
    failures += skipped;
  }
  if (code !== 0 && failures === 0) {
    console.error(`\n${what} exited with code ${code} without a failing test count (could not start or load).`);
    failures = 1;
  }
  if (passed + failures === 0) {
    console.error(`\n${what}: no test ran.`);
    failures = 1;
  }
  return { ok: code === 0 && failures === 0, passed, failed: failures };
}

const storyIndex = 'stories/support/generate-story-index.mjs';
const storybookSmoke = 'stories/support/storybook-build.test.mjs';
// The accessibility conformance report: web-test-runner writes each engine's results to
// conformanceResults (scripts/conformance/wtr-conformance.mjs); the generator reads them.
const conformanceResults = 'reports/conformance/results';
const conformanceReport = 'scripts/conformance-report.mjs';
// Each run writes its own results (node tests, then the browsers); none left from an earlier run.
rmSync(join(root, conformanceResults), { recursive: true, force: true });

/** The steps, in order. `run` resolves with { ok, passed, failed } or { skip: reason }. */
const steps = [
  {
    title: `browsers (${engines.map((e) => engineLabels[e]).join(', ')}; QC_BROWSERS selects)`,
    run: async () => {
      const { missing } = await checkEngines(engines);
      if (missing.length === 0) return { ok: true, passed: 0, failed: 0 };
      return { ok: false, passed: 0, failed: missing.length };
    },
  },
  {
    title: 'build (tokens → styles → components → react)',
    run: () => checks([['npm', ['run', 'build']]], { counted: false }),
  },
  {
    title: 'lint (eslint . + prettier --check .), beside the next steps',
    // Single-threaded, and needs nothing built: it runs on the second core while the next steps
    // (types, node tests) run; its output is printed when it ends. Awaited before the browser tests.
    background: true,
    run: () =>
      checks(
        [
          [process.execPath, [bin('eslint'), '.', '--max-warnings=0']],
          [process.execPath, [bin('prettier'), '--check', '.', '--log-level=warn']],
        ],
        { buffered: true },
      ),
  },
  {
    // The example apps (examples/*/): qc-ds installed from npm pack tarballs, production builds,
    // the JS each ships for qc-ds (examples/.report/sizes.json); then the apps' node tests, e.g.
    // Angular's typed bindings (ngc compiles a correct template and fails on a wrong value type,
    // property or element). Their browser tests run with the others. Mostly installs (disk and
    // registry): it runs beside the type checks, and the browser tests wait for it.
    title:
      'example apps (scripts/examples.mjs: pack, install, production builds, sizes; node --test examples/*/test/), beside the next steps',
    background: true,
    run: async () => {
      const built = await checks([[process.execPath, [join(root, 'scripts', 'examples.mjs')]]], { buffered: true });
      if (!built.ok) return built;
      const files = readdirSync(join(root, 'examples'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
        .flatMap((entry) => testFiles(join('examples', entry.name, 'test')));
      if (files.length === 0) return built;
      const tested = await nodeTests(files, { buffered: true });
      return { ok: tested.ok, passed: built.passed + tested.passed, failed: built.failed + tested.failed };
    },
  },
  {
    // Its own server and browsers (puppeteer: Chromium, Firefox; QC_BROWSERS selects), on the built
    // dist/. Its browsers mostly wait (held scripts, layout-shift windows): it runs beside the type
    // checks, and the report (its tests are tagged) comes after it.
    title:
      'Node SSR example (node --test examples/ssr-server/: no JavaScript, typing before upgrade, layout shift), beside the next steps',
    background: true,
    run: () => nodeTests(['examples/ssr-server/ssr-server.test.mjs'], { buffered: true }),
  },
  {
    title: 'types (tsc: sources, stories, tests; the generated framework types)',
    run: () =>
      checks([
        [process.execPath, [bin('typescript', 'tsc'), '-p', 'tsconfig.json', '--noEmit']],
        // The generated JSX (React, Preact) and Vue types of @qc-ds/components, used as an app does.
        [process.execPath, [bin('typescript', 'tsc'), '-p', 'packages/components/test/types/tsconfig.json']],
        [process.execPath, [bin('vue-tsc'), '-p', 'packages/components/test/types/vue/tsconfig.json']],
      ]),
  },
  {
    title: 'token tests (node --test packages/tokens/test/)',
    run: () => {
      const files = testFiles('packages/tokens/test');
      if (files.length === 0) {
        console.error('No test file in packages/tokens/test/.');
        return { ok: false, passed: 0, failed: 1 };
      }
      return nodeTests(files);
    },
  },
  {
    title: 'styles tests (node --test packages/styles/test/)',
    run: () => {
      const files = testFiles('packages/styles/test');
      return files.length === 0 ? { skip: 'no packages/styles/test/' } : nodeTests(files);
    },
  },
  {
    title: `story index (${storyIndex})`,
    run: () =>
      existsSync(join(root, storyIndex))
        ? checks([[process.execPath, [join(root, storyIndex)]]], { counted: false })
        : { skip: `no ${storyIndex}` },
  },
  {
    title: `component, story and example tests (web-test-runner, side by side: ${engines.map((e) => engineLabels[e]).join(', ')})`,
    run: browserTests,
    afterBackground: true,
  },
  {
    title: `accessibility conformance report (${conformanceReport} → reports/conformance/; its node test)`,
    // After the browser tests (their results; the browser step waited for the steps in the
    // background, whose node tests count in the report) and before the production Storybook (its
    // page reads the report). The generator fails when a criterion does not conform.
    run: async () => {
      const report = await checks([[process.execPath, [join(root, conformanceReport)]]]);
      const test = await nodeTests(testFiles('scripts/conformance'));
      return { ok: report.ok && test.ok, passed: report.passed + test.passed, failed: report.failed + test.failed };
    },
  },
  {
    title: `production Storybook (storybook build into a temp folder + ${storybookSmoke}), beside the next step`,
    // What web-test-runner cannot see: the tree-shaken production build (every element registered).
    // Its output is printed when it ends; the package checks run meanwhile.
    background: true,
    run: async () => {
      const out = join(scratch, 'storybook-static');
      const started = performance.now();
      const quiet = ['--quiet', '--loglevel', 'warn'];
      const build = await run(
        process.execPath,
        [bin('storybook'), 'build', '-o', out, ...quiet],
        {},
        { buffered: true },
      );
      console.log(`storybook build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      if (build.code !== 0) return { ok: false, passed: 0, failed: 1 };
      try {
        return await nodeTests([storybookSmoke], { buffered: true, extraEnv: { QC_DS_STORYBOOK_STATIC: out } });
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  },
  {
    title: 'size budgets, package checks, strict CSP (node --test packages/components/test/ packages/react/test/)',
    run: () => {
      const files = [...testFiles('packages/components/test'), ...testFiles('packages/react/test')];
      if (files.length === 0) {
        console.error('No test file in packages/components/test/.');
        return { ok: false, passed: 0, failed: 1 };
      }
      return nodeTests(files);
    },
  },
];

const totals = { passed: 0, failed: 0 };
const summary = [];
const started = performance.now();
let failedStep;

/** Records a finished step in the totals and the summary (at `slot`); false when it failed. */
function record(label, result, seconds, slot = summary.length) {
  if (result.skip) {
    console.log(`skipped: ${result.skip}`);
    summary[slot] = `  -    ${label} (${result.skip})`;
    return true;
  }
  totals.passed += result.passed;
  totals.failed += result.failed;
  const counts = result.passed + result.failed > 0 ? `, ${result.passed} passed, ${result.failed} failed` : '';
  summary[slot] = `  ${result.ok ? 'ok  ' : 'FAIL'} ${label} (${seconds} s${counts})`;
  return result.ok;
}

/** Steps started in the background (`background: true`), awaited before `afterBackground` steps. */
const background = [];
async function awaitBackground() {
  for (const { label, promise, started: stepStarted, slot } of background.splice(0)) {
    const result = await promise;
    const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
    if (!record(label, result, seconds, slot)) failedStep ??= label;
  }
}

for (const [index, step] of steps.entries()) {
  const label = `[${index + 1}/${steps.length}] ${step.title}`;
  if (step.afterBackground) {
    await awaitBackground();
    if (failedStep) break;
  }
  console.log(`\n${'='.repeat(100)}\n${label}\n${'='.repeat(100)}`);
  const stepStarted = performance.now();
  if (step.background) {
    console.log('(runs in the background; its output is printed when it ends)');
    background.push({ label, promise: step.run(), started: stepStarted, slot: summary.length });
    summary.push(`  ...  ${label}`);
    continue;
  }
  const result = await step.run();
  const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
  const ok = record(label, result, seconds);
  if (step.run === browserTests) summary.push(...engineSummary);
  if (!ok) {
    failedStep = label;
    break;
  }
}
await awaitBackground();

rmSync(scratch, { recursive: true, force: true });
console.log(`\n${'='.repeat(100)}\nSummary (${((performance.now() - started) / 1000).toFixed(0)} s)`);
console.log(summary.join('\n'));
if (failedStep) console.log(`\nStopped at the failing step: ${failedStep}`);
else if (totals.passed === 0) console.log('\nNo test ran.');
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = failedStep || totals.failed > 0 || totals.passed === 0 ? 1 : 0;

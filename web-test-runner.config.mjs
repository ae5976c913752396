// Component, story, page and example tests in one real browser engine per run:
// QC_ENGINE=chromium (default) | firefox | webkit. `npm test` (scripts/test.mjs) runs all three in
// turn (QC_BROWSERS selects a subset); how each engine is found and driven: scripts/find-browser.mjs,
// scripts/wtr-engines.mjs.
// Writes the Government of Québec signature art (src/internal/signature/art.generated.ts) if missing or stale.
import './packages/components/scripts/signature.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { sendKeysPlugin, setViewportPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { ENGINES, engineLabels, findEngine, missingMessages } from './scripts/find-browser.mjs';
import { launcherFor } from './scripts/wtr-engines.mjs';
// The accessibility tree per engine (Chromium: CDP; Firefox: its own tree; WebKit: role and label).
import { a11ySnapshotPlugin } from './scripts/a11y-snapshot-plugin.mjs';
// setViewport, emulateMedia and sendKeys where the stock plugins stop short (Firefox, WebKit).
import { engineCommandsPlugin } from './scripts/engine-commands-plugin.mjs';
// Tests an engine cannot run, reported by name at the end of the run (never skipped in silence).
import { notRunPlugin } from './scripts/not-run-plugin.mjs';
// Renders templates with Lit SSR in a Node worker for the three-way tests (packages/components/src/ssr/).
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
// The conformance report's results: every test's outcome and the axe rules it ran (scripts/conformance/).
import { conformanceCollector } from './scripts/conformance/wtr-conformance.mjs';
import { defaultReporter } from '@web/test-runner';
// Bundles Storybook's portable-stories modules for stories/stories.test.ts and lists the stories files.
import { storybookPortableStoriesPlugin } from './stories/support/wtr-storybook-plugin.mjs';
// Bundles React 18 and 19 with the built @qc-ds/react wrappers for packages/react/test/.
import { reactWrappersPlugin } from './packages/react/test/wtr-react-plugin.mjs';

const engine = (process.env.QC_ENGINE || 'chromium').toLowerCase();
if (!ENGINES.includes(engine)) {
  console.error(`QC_ENGINE=${engine}: use one of ${ENGINES.join(', ')}.`);
  process.exit(1);
}
const browser = await findEngine(engine);
const notRun = notRunPlugin(engineLabels[engine]);
const conformance = conformanceCollector(engine, notRun);
if (!browser) {
  console.error(missingMessages[engine]);
  process.exit(1);
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: [
    'packages/components/src/**/*.test.ts',
    'stories/**/*.test.ts',
    'packages/styles/test/**/*.test.ts',
    'packages/components/test/**/*.test.ts',
    // The example apps' production builds (scripts/examples.mjs builds them first).
    'examples/*/test/**/*.test.ts',
    'examples/test/**/*.test.ts',
    'packages/react/test/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  hostname: '127.0.0.1',
  // `npm test` runs the three engines side by side and gives each its own port (QC_WTR_PORT): the
  // runners would otherwise race for the same free port. Alone, the runner picks one.
  ...(process.env.QC_WTR_PORT ? { port: Number(process.env.QC_WTR_PORT) } : {}),
  rootDir: '.',
  // Two pages at once in Chromium. Firefox and WebKit run one test file at a time: a second tab in
  // Firefox is a hidden one (no animation frames, no focus) and WebKitWebDriver drives one window.
  concurrency: engine === 'chromium' ? 2 : 1,
  testsFinishTimeout: 10 * 60_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    a11ySnapshotPlugin(),
    engineCommandsPlugin(),
    litSsrPlugin(),
    sendKeysPlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
    notRun,
    conformance.plugin,
    storybookPortableStoriesPlugin(),
    reactWrappersPlugin(),
  ],
  browsers: [launcherFor(engine, browser)],
  reporters: [defaultReporter(), conformance.reporter],
  // `qc-test-engine` tells tests which engine they run in (packages/components/src/internal/test/engine.ts).
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="qc-test-engine" content="${engine}" />
    <link rel="stylesheet" href="/packages/tokens/dist/tokens.css" />
  </head>
  <body>
    <script type="module" src="/stories/support/axe-recorder.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};

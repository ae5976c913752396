// Component and story tests in a real Chromium (see scripts/find-browser.mjs for how it is found).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { sendKeysPlugin, setViewportPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { findBrowser, chromiumArgs, missingBrowserMessage } from './scripts/find-browser.mjs';
// Replaces @web/test-runner-commands' a11ySnapshotPlugin, broken since Playwright removed page.accessibility.
import { a11ySnapshotCdpPlugin } from './scripts/a11y-snapshot-plugin.mjs';
// Bundles Storybook's portable-stories modules for stories/stories.test.ts and lists the stories files.
import { storybookPortableStoriesPlugin } from './stories/support/wtr-storybook-plugin.mjs';
// Serves the Forms guide's React, Angular and Vue examples (docs/examples/) and their frameworks.
import { frameworkExamplesPlugin } from './docs/examples/wtr-frameworks-plugin.mjs';

const browser = await findBrowser();
if (!browser) {
  console.error(missingBrowserMessage);
  process.exit(1);
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: [
    'packages/components/src/**/*.test.ts',
    'stories/**/*.test.ts',
    'packages/styles/test/**/*.test.ts',
    'packages/components/test/**/*.test.ts',
    'docs/examples/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  hostname: '127.0.0.1',
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 5 * 60_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    a11ySnapshotCdpPlugin(),
    sendKeysPlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
    storybookPortableStoriesPlugin(),
    frameworkExamplesPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: browser.path, headless: true, args: chromiumArgs },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/packages/tokens/dist/tokens.css" />
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};

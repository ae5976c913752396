// @web/test-runner plugin for stories/stories.test.ts (the every-story accessibility test).
//
// 1. Storybook's portable-stories API (`composeStories` in `storybook/preview-api`,
//    `setProjectAnnotations` in `@storybook/web-components`) and `storybook/test` ship as ES modules
//    that import CommonJS packages (aria-query through @testing-library/dom). The test runner serves
//    modules to the browser untransformed, so those imports fail. This plugin bundles the Storybook
//    entry points once with esbuild (a Storybook dependency), keeping Lit external so stories,
//    components and Storybook's renderer share one Lit, and resolves those specifiers to the bundle,
//    including when a stories file imports them.
// 2. It serves the live list of stories files at /__qc-ds/story-files.json, so the test fails when a
//    stories file exists that the generated story index does not import.
// 3. Stories import JSON (the token sources in tokens/, for descriptions and declared contrast
//    pairs). Vite turns a JSON import into a module; here a relative `.json` import is served as
//    `export default <json>` (esbuild drops `with { type: 'json' }`, so the browser cannot).
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listStoryFiles } from './story-files.mjs';

const prefix = '/__qc-ds/storybook/';
const storyFilesPath = '/__qc-ds/story-files.json';
const jsonModuleQuery = 'qc-ds-json-module';

/** Specifier → bundle entry name. */
const entries = {
  'storybook/preview-api': 'preview-api',
  'storybook/test': 'test',
  'storybook/actions': 'actions',
  '@storybook/web-components': 'web-components',
  '@storybook/web-components-vite': 'web-components',
  // Manifest controls (support/manifest-controls.ts): the helpers import storybook/* and, for their
  // Storybook preset, Node's `path`, which only a bundle can serve to the browser.
  '@wc-toolkit/storybook-helpers': 'storybook-helpers',
};

/**
 * @wc-toolkit/storybook-helpers imports Node's `path` for its Storybook preset (run by Storybook in
 * Node, never in the browser): an empty module stands in for it in the bundle.
 * @type {import('esbuild').Plugin}
 */
const nodePathStub = {
  name: 'qc-ds-node-path-stub',
  setup(build) {
    build.onResolve({ filter: /^path$/ }, () => ({ path: 'path', namespace: 'qc-ds-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'qc-ds-stub' }, () => ({ contents: 'export default {};' }));
  },
};

const litExternals = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'];

/**
 * @param {{ rootDir?: string }} [options]
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function storybookPortableStoriesPlugin(options = {}) {
  const rootDir = options.rootDir ?? fileURLToPath(new URL('../..', import.meta.url));
  /** @type {Promise<Map<string, string>> | undefined} */
  let bundle;

  async function buildBundle() {
    const { build } = await import('esbuild');
    const result = await build({
      absWorkingDir: rootDir,
      entryPoints: Object.fromEntries(Object.entries(entries).map(([specifier, name]) => [name, specifier])),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      outdir: '/out',
      external: litExternals,
      define: { 'process.env.NODE_ENV': '"development"' },
      plugins: [nodePathStub],
      logLevel: 'error',
    });
    return new Map(result.outputFiles.map((file) => [file.path.replace('/out/', ''), file.text]));
  }

  return {
    name: 'qc-ds-storybook-portable-stories',
    resolveImport({ source }) {
      if (source.startsWith('.') && source.endsWith('.json')) return `${source}?${jsonModuleQuery}`;
      const name = entries[/** @type {keyof typeof entries} */ (source)];
      return name ? `${prefix}${name}.js` : undefined;
    },
    async serve(context) {
      if (context.path.endsWith('.json') && context.querystring === jsonModuleQuery) {
        const file = normalize(join(rootDir, decodeURIComponent(context.path)));
        if (!file.startsWith(normalize(rootDir + sep))) return undefined;
        const json = JSON.parse(await readFile(file, 'utf8'));
        return { body: `export default ${JSON.stringify(json)};`, type: 'js' };
      }
      if (context.path === storyFilesPath) {
        return { body: JSON.stringify(listStoryFiles(rootDir)), type: 'json' };
      }
      if (!context.path.startsWith(prefix)) return undefined;
      bundle ??= buildBundle();
      const body = (await bundle).get(context.path.slice(prefix.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

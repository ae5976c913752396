// @web/test-runner plugin for @qc-ds/react's browser tests: serves `/__qc-ds-react/react-19.js`
// and `/__qc-ds-react/react-18.js`, each one esbuild bundle of React, React DOM and the built
// wrappers (@qc-ds/react, dist/), as an application's bundler would make it. React is CommonJS, so
// it cannot be served module by module. React 19 is the root's; React 18 is installed for the
// private workspace test-fixtures/react-18 (npm nests it there, as it conflicts with the root's), and
// every `react`/`react-dom` import of a bundle (the wrappers', React DOM's) is resolved from the
// version's folder. @qc-ds/components stays outside the bundles: the runner serves it as for
// every other test, so one page never holds two copies of an element class.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const prefix = '/__qc-ds-react/';
const rootDir = fileURLToPath(new URL('../../..', import.meta.url));
/** Bundle → the folder its `react` and `react-dom` are resolved from. */
const versions = {
  'react-19.js': rootDir,
  'react-18.js': join(rootDir, 'test-fixtures', 'react-18'),
};

/** @returns {import('@web/dev-server-core').Plugin} */
export function reactWrappersPlugin() {
  /** @type {Map<string, Promise<string>>} */
  const bundles = new Map();

  async function bundle(reactDir) {
    const { build } = await import('esbuild');
    /** @type {import('esbuild').Plugin} */
    const pinReact = {
      name: 'pin-react',
      setup(b) {
        b.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, (args) =>
          args.pluginData === 'pinned'
            ? undefined
            : b.resolve(args.path, { kind: args.kind, resolveDir: reactDir, pluginData: 'pinned' }),
        );
      },
    };
    const result = await build({
      absWorkingDir: rootDir,
      stdin: {
        contents: [
          "import * as React from 'react';",
          "import * as ReactDOM from 'react-dom';",
          "import { createRoot } from 'react-dom/client';",
          "import * as wrappers from '@qc-ds/react';",
          'export { React, ReactDOM, createRoot, wrappers };',
        ].join('\n'),
        resolveDir: rootDir,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      plugins: [pinReact],
      external: ['@qc-ds/components', '@qc-ds/components/*', 'lit', 'lit/*', '@lit/*'],
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'error',
    });
    return result.outputFiles[0].text;
  }

  const bundleOf = (name) => {
    if (!bundles.has(name)) bundles.set(name, bundle(versions[name]));
    return /** @type {Promise<string>} */ (bundles.get(name));
  };

  return {
    name: 'qc-ds-react-wrappers',
    // Bundling React takes seconds on a busy machine: start before the first test asks.
    serverStart() {
      for (const name of Object.keys(versions)) bundleOf(name).catch(() => {});
    },
    resolveMimeType(context) {
      return context.path.startsWith(prefix) ? 'js' : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const name = context.path.slice(prefix.length);
      if (!(name in versions)) return undefined;
      return { body: await bundleOf(name), type: 'js' };
    },
  };
}

// @web/test-runner plugin for the framework examples of the Forms guide (docs/examples/).
//
// The examples are the files the guide shows, written as a ministry team writes them: a React
// component in TSX, Angular standalone components with decorators, a Vue single-file component.
// The test runner serves modules to the browser as they are, so this plugin does what a project's
// build tool (Vite, Angular CLI) would:
//
// 1. Framework packages: React and React DOM are CommonJS, Vue's default build reads
//    `process.env` and compile-time flags, Angular is many ES modules. They are bundled once with
//    esbuild (splitting, so each exists once: one React, one Angular core), with named exports for
//    the CommonJS ones, and bare imports of them resolve to that bundle.
// 2. `.tsx` is compiled with the automatic JSX runtime (`react/jsx-runtime`), and the examples'
//    `.ts` files with TypeScript's `experimentalDecorators` (Angular's decorators; the components
//    use the same setting for Lit's). The repository's esbuild plugin then sees plain JavaScript.
// 3. `.vue` single-file components are compiled with `vue/compiler-sfc` (shipped in the `vue`
//    package), `qc-*` tags marked as custom elements, as the Vite plugin for Vue is told to.
// 4. `@qc-ds/components/qc-<name>.js`, the import an application writes, resolves to the
//    component's registration module in this repository's sources.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const prefix = '/__qc-ds/frameworks/';
const examplesUrl = '/docs/examples/';

/** Bare specifier → bundle entry name. */
const entries = {
  react: 'react',
  'react-dom/client': 'react-dom-client',
  'react/jsx-runtime': 'react-jsx-runtime',
  vue: 'vue',
  '@angular/core': 'angular-core',
  '@angular/common': 'angular-common',
  '@angular/forms': 'angular-forms',
  '@angular/platform-browser': 'angular-platform-browser',
  '@angular/compiler': 'angular-compiler',
  rxjs: 'rxjs',
};
/** Entries that are CommonJS: wrapped in a module that re-exports their properties by name. */
const commonJs = new Set(['react', 'react-dom/client', 'react/jsx-runtime']);
const cjsNamespace = 'qc-ds-cjs';

/** TypeScript options of the examples (see docs/examples/tsconfig.json), as esbuild reads them. */
const tsconfigRaw = {
  compilerOptions: {
    experimentalDecorators: true,
    useDefineForClassFields: false,
    verbatimModuleSyntax: true,
    jsx: 'react-jsx',
  },
};

/**
 * @param {{ rootDir?: string }} [options]
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function frameworkExamplesPlugin(options = {}) {
  const rootDir = options.rootDir ?? fileURLToPath(new URL('../..', import.meta.url));
  /** A CommonJS package's export names, read in a separate Node process (loading React here would use the runner's console). */
  const exportNames = (specifier) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['-e', `console.log(JSON.stringify(Object.keys(require(process.argv[1]))))`, specifier],
        {
          cwd: rootDir,
          env: { ...process.env, NODE_ENV: 'development' },
          encoding: 'utf8',
        },
      ),
    );
  /** @type {Promise<Map<string, string>> | undefined} */
  let bundle;

  async function buildBundle() {
    const { build } = await import('esbuild');
    /** @type {import('esbuild').Plugin} */
    const namedCommonJsExports = {
      name: 'named-commonjs-exports',
      setup(b) {
        b.onResolve({ filter: new RegExp(`^${cjsNamespace}:`) }, (args) => ({
          path: args.path.slice(cjsNamespace.length + 1),
          namespace: cjsNamespace,
        }));
        b.onLoad({ filter: /.*/, namespace: cjsNamespace }, (args) => {
          const names = exportNames(args.path).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
          return {
            contents: [
              `import module from ${JSON.stringify(args.path)};`,
              'export default module;',
              `export const { ${names.join(', ')} } = module;`,
            ].join('\n'),
            resolveDir: rootDir,
            loader: 'js',
          };
        });
      },
    };
    const result = await build({
      absWorkingDir: rootDir,
      entryPoints: Object.fromEntries(
        Object.entries(entries).map(([specifier, name]) => [
          name,
          commonJs.has(specifier) ? `${cjsNamespace}:${specifier}` : specifier,
        ]),
      ),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      outdir: '/out',
      plugins: [namedCommonJsExports],
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      logLevel: 'error',
    });
    return new Map(result.outputFiles.map((file) => [file.path.replace('/out/', ''), file.text]));
  }

  /** The file behind a URL under docs/examples/, or undefined. */
  function exampleFile(path) {
    if (!path.startsWith(examplesUrl)) return undefined;
    const file = normalize(join(rootDir, decodeURIComponent(path)));
    return file.startsWith(normalize(join(rootDir, 'docs', 'examples') + sep)) ? file : undefined;
  }

  async function transform(code, file, loader) {
    const { transform: esbuildTransform } = await import('esbuild');
    const result = await esbuildTransform(code, {
      sourcefile: file,
      sourcemap: 'inline',
      loader,
      target: 'es2022',
      tsconfigRaw,
    });
    return result.code;
  }

  async function compileVue(file) {
    const { parse, compileScript } = await import('vue/compiler-sfc');
    // What `vue({ template: { compilerOptions: { isCustomElement } } })` tells Vite's Vue plugin.
    const compilerOptions = { isCustomElement: (tag) => tag.startsWith('qc-') };
    const { descriptor, errors } = parse(await readFile(file, 'utf8'), {
      filename: file,
      templateParseOptions: compilerOptions,
    });
    if (errors.length) throw errors[0];
    const script = compileScript(descriptor, { id: file, inlineTemplate: true, templateOptions: { compilerOptions } });
    return transform(script.content, file, 'ts');
  }

  return {
    name: 'qc-ds-framework-examples',
    resolveMimeType(context) {
      if (context.path.startsWith(prefix) || (exampleFile(context.path) && /\.(tsx|vue)$/.test(context.path)))
        return 'js';
      return undefined;
    },
    resolveImport({ source, context }) {
      const name = entries[/** @type {keyof typeof entries} */ (source)];
      if (name) return `${prefix}${name}.js`;
      const component = /^@qc-ds\/components\/qc-([a-z-]+)\.js$/.exec(source);
      if (component) {
        const path = `packages/components/src/${component[1]}/qc-${component[1]}.ts`;
        if (existsSync(join(rootDir, path))) return `/${path}`;
      }
      // `./react-form.js` in an example means `./react-form.tsx`, as TypeScript resolves it.
      if (exampleFile(context.path) && source.startsWith('./') && source.endsWith('.js')) {
        const tsx = source.replace(/\.js$/, '.tsx');
        const dir = join(rootDir, decodeURIComponent(context.path), '..');
        if (existsSync(join(dir, tsx))) return tsx;
      }
      return undefined;
    },
    async serve(context) {
      if (context.path.startsWith(prefix)) {
        bundle ??= buildBundle();
        const body = (await bundle).get(context.path.slice(prefix.length));
        return body === undefined ? undefined : { body, type: 'js' };
      }
      const file = exampleFile(context.path);
      if (!file || !existsSync(file) || context.path.endsWith('.test.ts')) return undefined;
      if (file.endsWith('.vue')) return { body: await compileVue(file), type: 'js' };
      if (file.endsWith('.tsx'))
        return { body: await transform(await readFile(file, 'utf8'), file, 'tsx'), type: 'js' };
      if (file.endsWith('.ts') && !file.endsWith('.d.ts'))
        return { body: await transform(await readFile(file, 'utf8'), file, 'ts'), type: 'js' };
      return undefined;
    },
  };
}

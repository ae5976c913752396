// Rollup configuration of @qc-ds/components: the npm builds (ESM, one file per source module, Lit
// external; production in dist/, development with warnings in dist/development/) and the CDN
// (dist/cdn/: one module per element sharing one Lit chunk, the loader, and qc-ds.js with
// everything). `build.mjs` runs them; the size-budget tests reuse `productionPlugins` so they
// measure what a consumer ships.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { compileLitDecorators } from './scripts/lit-decorators.mjs';

export const packageDir = dirname(fileURLToPath(import.meta.url));
export const srcDir = join(packageDir, 'src');
export const distDir = join(packageDir, 'dist');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/** True for a source module that ships: not a test, spec or story file. */
export function isPublishedSource(file) {
  const rel = relative(srcDir, file).split(sep).join('/');
  if (!rel.endsWith('.ts') || rel.endsWith('.d.ts')) return false;
  if (/\.(test|spec|suite|stories)\.ts$/.test(rel)) return false;
  return !rel.split('/').some((part) => part === 'test' || part === '__tests__');
}

/**
 * The registration modules, one per element: `src/<name>/qc-<name>.ts` (the file that calls
 * `define('qc-<name>')`), sorted. A new component folder is picked up with no list to edit.
 */
export function registrationSources() {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(srcDir, entry.name, `qc-${entry.name}.ts`))
    .filter((file) => existsSync(file))
    .sort();
}

/** Every published source module, sorted so builds are reproducible. */
export function publishedSources() {
  return readdirSync(srcDir, { recursive: true })
    .map((entry) => join(srcDir, String(entry)))
    .filter(isPublishedSource)
    .sort();
}

/**
 * TypeScript through esbuild (type checking is `tsc`'s job). Lit's `@property`/`@state`
 * decorators are first compiled into `static properties` (scripts/lit-decorators.mjs), so no
 * decorator helper ships. The options that change emitted code are the root tsconfig's:
 * `useDefineForClassFields: false` (a field's default is assigned in the constructor, through
 * Lit's reactive accessor), `experimentalDecorators`, ES2022. esbuild drops the JSDoc blocks
 * (they live on in the `.d.ts` files and the manifest) and keeps `@license` comments.
 */
export function typescript() {
  return {
    name: 'qc-ds-typescript',
    async resolveId(source, importer) {
      // Sources import `./button.js`; on disk it is `./button.ts`.
      if (!importer || !importer.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const resolved = await this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true });
      // package.json `sideEffects` describes dist/, not src/: without this, node-resolve would let
      // the CDN bundle tree-shake the registration calls (`QcButton.define('qc-button')`) away.
      return resolved ? { ...resolved, moduleSideEffects: true } : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(compileLitDecorators(code, id), {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: id,
        legalComments: 'inline',
        tsconfigRaw: {
          compilerOptions: {
            useDefineForClassFields: false,
            experimentalDecorators: true,
            verbatimModuleSyntax: true,
          },
        },
      });
      return { code: result.code, map: null };
    },
  };
}

/**
 * Minifies the CSS inside Lit `css` tagged templates: drops comments and collapses whitespace.
 * A consumer's minifier cannot do this (it is string content), so without it every page would
 * ship our style comments. Strings and `${}` interpolations are left as they are.
 */
export function minifyCssLiterals() {
  // Comments first (they may hold quotes), then string literals, which are kept verbatim.
  const commentOrString = /\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g;
  const squeeze = (css) =>
    css
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      // An empty custom property (`--on: ;`, the "space toggle") needs its space in older engines.
      .replace(/:([;}])/g, ': $1');
  const minify = (raw, first, last) => {
    let out = '';
    let plain = '';
    let index = 0;
    for (const match of raw.matchAll(commentOrString)) {
      plain += raw.slice(index, match.index);
      index = match.index + match[0].length;
      if (match[0].startsWith('/*')) {
        plain += ' ';
      } else {
        out += squeeze(plain) + match[0];
        plain = '';
      }
    }
    out += squeeze(plain + raw.slice(index));
    if (first) out = out.replace(/^ /, '');
    if (last) out = out.replace(/ $/, '');
    return out;
  };
  return {
    name: 'qc-ds-minify-css-literals',
    transform(code, id) {
      if (!/\bcss`/.test(code) || id.includes('node_modules')) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
          const { quasis } = node.quasi;
          quasis.forEach((quasi, index) => {
            const raw = code.slice(quasi.start, quasi.end);
            if (raw !== quasi.value.raw) throw new Error(`${id}: unexpected template positions`);
            edits.push([quasi.start, quasi.end, minify(raw, index === 0, index === quasis.length - 1)]);
          });
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (edits.length === 0) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}

/**
 * The production build: removes every developer warning at build time. A call to `warnOnce(…)`
 * or `this.warnOnce(…)` (`validEnum` and every component warn through it) is dropped with its
 * message; the development build (`development` export condition) keeps them, as Lit's does.
 */
export function stripWarnings() {
  const isWarning = (node) =>
    node?.type === 'CallExpression' &&
    ((node.callee.type === 'Identifier' && node.callee.name === 'warnOnce') ||
      (node.callee.type === 'MemberExpression' &&
        node.callee.object.type === 'ThisExpression' &&
        node.callee.property.name === 'warnOnce'));
  return {
    name: 'qc-ds-strip-warnings',
    transform(code, id) {
      if (!id.startsWith(srcDir) || !code.includes('warnOnce(')) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'ExpressionStatement' && isWarning(node.expression)) {
          edits.push([node.start, node.end, ';']);
          return;
        }
        if (isWarning(node)) {
          edits.push([node.start, node.end, 'void 0']);
          return;
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (edits.length === 0) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}

/** Bare imports (`lit`, `@lit/reactive-element`…) stay imports in the npm build. */
function isBareImport(id) {
  return !id.startsWith('.') && !id.startsWith('\0') && !isAbsolute(id);
}

/**
 * Plugins for a self-contained production bundle: Lit's production build (resolved without the
 * `development` export condition), minified by terser; only `/*!` comments survive (the banner).
 */
export function productionPlugins() {
  return [
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    terser({
      ecma: 2020,
      module: true,
      compress: { passes: 2 },
      format: { comments: /^!/ },
    }),
  ];
}

// Lit's own notices are `/** @license */` blocks, which terser drops: the banner carries them.
// The icon glyph modules keep their `/*!` notices (Lucide, ISC; Feather, MIT).
const banner = `/*! @qc-ds/components ${pkg.version} | MIT | includes Lit (BSD-3-Clause, Copyright Google LLC) */`;

/**
 * ESM builds for npm: `dist/<folder>/<module>.js`, one per source module (listed when called).
 * `development`: the build with developer warnings, in `dist/development/` (export condition
 * `development`); otherwise the production build, warnings stripped, in `dist/`.
 */
export const esmConfig = ({ development = false } = {}) => ({
  input: publishedSources(),
  external: isBareImport,
  plugins: [typescript(), ...(development ? [] : [stripWarnings()]), minifyCssLiterals()],
  treeshake: { moduleSideEffects: true },
  output: {
    dir: development ? join(distDir, 'development') : distDir,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: srcDir,
    entryFileNames: '[name].js',
    hoistTransitiveImports: false,
    generatedCode: 'es2015',
  },
});

/**
 * For the CDN builds, placed before `typescript()`: only the registration modules and the root
 * entry run code on import; every other source module is kept only for the exports used. Without
 * this, an import from a barrel (`../internal/index.js`) would pull every module it re-exports
 * into the page (a button fetching the select's listbox code).
 */
function sourceSideEffects() {
  return {
    name: 'qc-ds-source-side-effects',
    async resolveId(source, importer) {
      if (!importer || !importer.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const resolved = await this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true });
      if (!resolved) return null;
      const runsOnImport = registrationSources().includes(resolved.id) || resolved.id === join(srcDir, 'index.ts');
      return { ...resolved, moduleSideEffects: runsOnImport };
    },
  };
}

/**
 * Lit's own modules: in the CDN's shared core chunk, cached once for every element. Not its
 * directives (`repeat`, `if-defined`… and the directive base classes): only the elements that use
 * one should fetch it (qc-pagination's `repeat` in the core grew every page by ~300 B).
 */
const litCore = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
const litDirective =
  /[\\/]node_modules[\\/](lit|lit-html)[\\/](.*[\\/])?(directives[\\/]|(async-)?directive(-helpers)?\.js$)/;

/**
 * The qc-ds base that nearly every element imports besides the modules all of them import:
 * localisation (all but qc-icon), the shared live region (all but qc-icon and qc-notice), shadow
 * host styles (the shadow-DOM elements), attribute converters (the elements with boolean
 * attributes). A few hundred bytes that a page with any element would otherwise fetch as four
 * more files, each compressing worse alone. A path that no longer exists fails the build, so the
 * list cannot rot silently.
 */
const coreBase = [
  'internal/localize.ts',
  'internal/announce.ts',
  'internal/styles.ts',
  'internal/converters.ts',
  // The light-DOM elements' helpers (adopted styles, part marker, ids): ~250 B that most pages
  // would otherwise fetch as three more files.
  'internal/light-styles.ts',
  'internal/part.ts',
  'internal/ids.ts',
];

/** The module every form field extends: the elements that import it share the `field` chunk. */
const fieldBase = 'internal/field-element.ts';

/**
 * The CDN's shared chunks, computed from the module graph (so they follow the code):
 * - `chunks/core-*.js`: Lit, the loader's logic, the qc-ds modules that every element imports
 *   statically and `coreBase`: what any page needs, in one file rather than several small ones;
 * - `chunks/field-*.js`: the modules every form field imports (parts, validation, form state,
 *   field styles) besides the core. Without it, each module shared by a different set of
 *   elements (the light-DOM navigation elements also import a few) became its own small file,
 *   and a form page fetched eight of them, each compressing worse alone (~600 B more).
 */
function coreChunk() {
  let core;
  let field;
  let ownChunks;
  return (id, { getModuleInfo, getModuleIds }) => {
    if ((litCore.test(id) && !litDirective.test(id)) || id === join(srcDir, 'loader.ts')) return 'core';
    core ??= (() => {
      const closure = (start) => {
        const seen = new Set();
        const visit = (module) => {
          if (seen.has(module)) return;
          seen.add(module);
          for (const next of getModuleInfo(module)?.importedIds ?? []) visit(next);
        };
        visit(start);
        return seen;
      };
      const entries = registrationSources();
      const [first, ...others] = entries.map(closure);
      const shared = [...first].filter((module) => !entries.includes(module) && others.every((set) => set.has(module)));
      const known = new Set(getModuleIds());
      const base = coreBase.map((path) => join(srcDir, path));
      const missing = base.filter((module) => !known.has(module));
      if (missing.length) throw new Error(`rollup.config.mjs coreBase: no module ${missing.join(', ')}`);
      const coreSet = new Set([...shared, ...base]);
      const fieldModule = join(srcDir, fieldBase);
      if (!known.has(fieldModule)) throw new Error(`rollup.config.mjs fieldBase: no module ${fieldModule}`);
      const closures = entries.map(closure);
      const [firstField, ...otherFields] = closures.filter((set) => set.has(fieldModule));
      // The field family also holds the elements that coordinate fields without being one
      // (qc-fieldset, qc-error-summary: they import the form coordinator). Not qc-search-input: a
      // page header's search box would fetch the whole field layer for one restore helper.
      const coordinator = join(srcDir, 'internal/form-coordinator.ts');
      const nonFields = closures.filter((set) => !set.has(fieldModule) && !set.has(coordinator));
      // Only what no element outside the family imports: a skip link must not fetch the field
      // chunk for the small helpers it shares with the fields (those are in coreBase).
      const candidates = [...firstField].filter(
        (module) =>
          !entries.includes(module) &&
          !coreSet.has(module) &&
          !litCore.test(module) &&
          otherFields.every((set) => set.has(module)),
      );
      field = new Set(candidates.filter((module) => !nonFields.some((set) => set.has(module))));
      // The modules shared by several elements, out of the core and the field chunk: named apart
      // (or rollup would pull the field family's into the field chunk as its dependencies). A small
      // one goes with a chunk that every element importing it already fetches, when at most one
      // other element fetches that chunk without needing it: the required validator with the form
      // state (fields and search box; the error summary gets 0.2 KB more), the dismiss stack with
      // focus return (tooltip, select, dialog; the to-top link gets 0.3 KB more). One file fewer
      // for the pages that use them, each file compressing worse alone.
      ownChunks = new Map();
      const importersOf = (module) => closures.filter((set) => set.has(module));
      const groups = [];
      const apart = [...known]
        .filter(
          (module) =>
            module.startsWith(srcDir) &&
            !entries.includes(module) &&
            !coreSet.has(module) &&
            !field.has(module) &&
            importersOf(module).length >= 2,
        )
        .sort((a, b) => importersOf(b).length - importersOf(a).length || a.localeCompare(b));
      for (const module of apart) {
        const importers = importersOf(module);
        const small = (getModuleInfo(module)?.code?.length ?? Infinity) < 1_500;
        const group = groups.find(
          (candidate) =>
            importers.every((set) => candidate.importers.includes(set)) &&
            candidate.importers.length - importers.length <= (small ? 1 : 0),
        );
        if (group) ownChunks.set(module, group.name);
        else {
          const name = basename(module).replace(/\.[jt]s$/, '');
          groups.push({ name, importers });
          ownChunks.set(module, name);
        }
      }
      return coreSet;
    })();
    if (core.has(id)) return 'core';
    // The notice's default glyph (« information ») travels with the icon library that every notice
    // and icon page fetches: one small file fewer on the commonest pages.
    if (id === join(srcDir, 'icon/library.ts') || id === join(srcDir, 'icon/icons/information.ts')) return 'icons';
    if (field?.has(id)) return 'field';
    return ownChunks?.get(id);
  };
}

export const loaderEntry = '\0qc-ds-loader';

/**
 * The loader's entry: `startLoader` with one `import()` per registration module, so the loader
 * knows every tag and rollup points each import at that element's own CDN module.
 */
function loaderEntryPlugin() {
  return {
    name: 'qc-ds-loader-entry',
    resolveId: (id) => (id === loaderEntry ? id : null),
    load(id) {
      if (id !== loaderEntry) return null;
      // The element modules are the loader's siblings (`qc-<name>.js`): one word per element and one
      // \`import()\` for all, rather than one arrow function per tag (~40 % of the loader's bytes).
      const names = registrationSources().map((file) => basename(file, '.ts').replace(/^qc-/, ''));
      return [
        `import { startLoader } from ${JSON.stringify(join(srcDir, 'loader.ts'))};`,
        `const names = ${JSON.stringify(names.join(' '))};`,
        'startLoader(Object.fromEntries(names.split(" ").map((name) => [`qc-${name}`, () => import(`./qc-${name}.js`)])));',
      ].join('\n');
    },
  };
}

/**
 * Per-element CDN modules: `dist/cdn/qc-<name>.js` registers one element, `qc-ds-loader.js`
 * registers each tag when it first appears, `utilities.js` holds `registerTranslation` and
 * `registerIcon`; what they share (Lit, internals, icon glyphs) is in `dist/cdn/chunks/`.
 */
export const cdnModulesConfig = () => ({
  input: {
    'qc-ds-loader': loaderEntry,
    utilities: join(srcDir, 'utilities.ts'),
    ...Object.fromEntries(registrationSources().map((file) => [basename(file, '.ts'), file])),
  },
  plugins: [
    loaderEntryPlugin(),
    sourceSideEffects(),
    typescript(),
    stripWarnings(),
    minifyCssLiterals(),
    ...productionPlugins(),
  ],
  output: {
    dir: join(distDir, 'cdn'),
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: coreChunk(),
    // Hoisting adds empty imports of chunks an element does not use (reached only through a
    // barrel's unused re-exports): a button page fetched the select's listbox. The core chunk is
    // fetched with the loader, so the extra discovery step costs little.
    hoistTransitiveImports: false,
    // The notice once, in the core chunk every page loads (it holds Lit): ~90 B saved per file.
    banner: (chunk) => (chunk.name === 'core' ? banner : ''),
    generatedCode: 'es2015',
  },
});

/** CDN all-in-one: `dist/cdn/qc-ds.js`, every element registered, icon glyphs inlined. */
export const cdnConfig = () => ({
  input: join(srcDir, 'index.ts'),
  plugins: [sourceSideEffects(), typescript(), stripWarnings(), minifyCssLiterals(), ...productionPlugins()],
  output: {
    file: join(distDir, 'cdn', 'qc-ds.js'),
    format: 'es',
    inlineDynamicImports: true,
    banner,
    generatedCode: 'es2015',
  },
});

// `rollup -c` works too (without the icon generation, declarations and manifest of build.mjs).
export default () => [esmConfig(), esmConfig({ development: true }), cdnModulesConfig(), cdnConfig()];

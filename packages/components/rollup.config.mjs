// Rollup configuration of @qc-ds/components: the npm build (ESM, one file per source module, Lit
// external) and the CDN bundle (one minified module, production Lit inlined). `build.mjs` runs
// both; the size-budget tests reuse `productionPlugins` so they measure what a consumer ships.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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

/** Every published source module, sorted so builds are reproducible. */
export function publishedSources() {
  return readdirSync(srcDir, { recursive: true })
    .map((entry) => join(srcDir, String(entry)))
    .filter(isPublishedSource)
    .sort();
}

/**
 * TypeScript through esbuild (type checking is `tsc`'s job). The options that change emitted
 * code are the root tsconfig's: `useDefineForClassFields: false` keeps Lit's reactive accessors
 * working for fields initialised in constructors, no decorators, ES2022. esbuild drops the JSDoc
 * blocks (they live on in the `.d.ts` files and the manifest) and keeps `@license` comments.
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
      const result = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: id,
        legalComments: 'inline',
        tsconfigRaw: {
          compilerOptions: {
            useDefineForClassFields: false,
            experimentalDecorators: false,
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

/** ESM build for npm: `dist/<folder>/<module>.js`, one per source module (listed when called). */
export const esmConfig = () => ({
  input: publishedSources(),
  external: isBareImport,
  plugins: [typescript(), minifyCssLiterals()],
  treeshake: { moduleSideEffects: true },
  output: {
    dir: distDir,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: srcDir,
    entryFileNames: '[name].js',
    hoistTransitiveImports: false,
    generatedCode: 'es2015',
  },
});

/** CDN bundle: `dist/cdn/qc-ds.js`, every component registered, icon glyphs inlined. */
export const cdnConfig = () => ({
  input: join(srcDir, 'index.ts'),
  plugins: [typescript(), minifyCssLiterals(), ...productionPlugins()],
  output: {
    file: join(distDir, 'cdn', 'qc-ds.js'),
    format: 'es',
    inlineDynamicImports: true,
    banner,
    generatedCode: 'es2015',
  },
});

// `rollup -c` works too (without the icon generation, declarations and manifest of build.mjs).
export default () => [esmConfig(), cdnConfig()];

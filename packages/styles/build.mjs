// Builds @qc-ds/styles: src/*.css → dist/*.css (minified) and dist/fonts/*.woff2.
//
//  1. Breakpoints: read the `@custom-media` rules of src/breakpoints.css (the only place they are
//     written) and replace every `(--qc-bp-…)` in the other sources with the literal query.
//  2. Generate what is repetitive at the `/* qc-generate: … */` markers: the @font-face rules
//     (from the @fontsource CSS files), the per-breakpoint grid classes and display utilities.
//  3. Minify each output with esbuild and concatenate everything into qc-ds.css.
//  4. Copy the latin and latin-ext woff2 files (and the fonts' OFL licences) into dist/fonts/.
//
// The @fontsource packages and esbuild are devDependencies of @qc-ds/styles, not dependencies:
// the font files are copied into dist/ at build time, so the published package is
// self-contained and an application installing it never downloads @fontsource (all subsets,
// woff and woff2, ~10 MB) or a minifier.
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'src');
const dist = join(here, 'dist');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(await readFile(join(here, 'package.json'), 'utf8'));

/** Output files in the order they are concatenated into qc-ds.css. */
const PARTS = ['fonts', 'base', 'layout', 'utilities', 'buttons', 'elements'];

/** `elements.css` is not one source file: it joins src/elements/*.css (one per qc-ds element whose
 *  content is light DOM), the rules that lay out that content before the element upgrades (or
 *  without JavaScript) exactly as it will be laid out after, so nothing shifts. */
const JOINED = { elements: 'elements' };

/** Subsets shipped: French, English and other Latin-script languages. */
const SUBSETS = ['latin-ext', 'latin'];

/** The faces the system uses. Bold italic and semi-bold italic are left to the browser. */
const FONTS = [
  {
    pkg: '@fontsource/open-sans',
    family: 'Open Sans',
    faces: [
      { weight: 400, style: 'normal' },
      { weight: 400, style: 'italic' },
      { weight: 600, style: 'normal' },
      { weight: 700, style: 'normal' },
    ],
  },
  {
    pkg: '@fontsource/roboto',
    family: 'Roboto',
    faces: [
      { weight: 400, style: 'normal' },
      { weight: 500, style: 'normal' },
      { weight: 700, style: 'normal' },
    ],
  },
];

/** Grid columns and the display values of the `.qc-d-*` utilities. */
const COLUMNS = 12;
const DISPLAYS = ['none', 'inline', 'inline-block', 'block', 'flex', 'inline-flex', 'grid'];

// ---- 1. Breakpoints ---------------------------------------------------------------------------

/** @returns {Promise<Map<string, string>>} breakpoint name (sm, md, lg) → media query */
async function readBreakpoints() {
  const text = await readFile(join(src, 'breakpoints.css'), 'utf8');
  const breakpoints = new Map();
  for (const [, name, query] of text.matchAll(/@custom-media\s+--qc-bp-([a-z]+)\s+(\([^;]+\))\s*;/g)) {
    breakpoints.set(name, query.trim());
  }
  for (const name of ['sm', 'md', 'lg']) {
    if (!breakpoints.has(name)) throw new Error(`src/breakpoints.css does not define --qc-bp-${name}`);
  }
  return breakpoints;
}

/** Replaces `(--qc-bp-sm)` by its query and fails on an unknown name. */
function substituteBreakpoints(css, breakpoints, file) {
  return css.replace(/\(--qc-bp-([a-z]+)\)/g, (_, name) => {
    const query = breakpoints.get(name);
    if (!query) throw new Error(`${file}: unknown breakpoint (--qc-bp-${name})`);
    return query;
  });
}

// ---- 2. Generated rules -----------------------------------------------------------------------

/** Parses a @fontsource CSS file into its @font-face rules, keyed by the rule's comment name. */
function parseFontsource(css) {
  const rules = new Map();
  for (const [, name, body] of css.matchAll(/\/\*\s*([\w-]+)\s*\*\/\s*@font-face\s*\{([^}]*)\}/g)) {
    const declarations = {};
    for (const [, property, value] of body.matchAll(/([\w-]+)\s*:\s*([^;]+);/g)) {
      declarations[property] = value.trim();
    }
    rules.set(name, declarations);
  }
  return rules;
}

/** @returns {Promise<{ css: string, files: { from: string, to: string }[] }>} */
async function fontFaces() {
  const rules = [];
  const files = [];
  for (const font of FONTS) {
    const slug = font.pkg.split('/')[1];
    for (const { weight, style } of font.faces) {
      // The per-weight files (`400.css`, `400-italic.css`) hold one rule per subset, each with
      // its unicode-range; the subset-only files (`latin-400.css`) have no unicode-range.
      const cssPath = require.resolve(`${font.pkg}/${weight}${style === 'italic' ? '-italic' : ''}.css`);
      const parsed = parseFontsource(await readFile(cssPath, 'utf8'));
      for (const subset of SUBSETS) {
        const name = `${slug}-${subset}-${weight}-${style}`;
        const rule = parsed.get(name);
        const woff2 = rule?.src?.match(/url\(\.\/files\/([\w-]+\.woff2)\)/)?.[1];
        if (!rule || !woff2 || !rule['unicode-range']) {
          throw new Error(`${cssPath}: no ${subset} woff2 face with a unicode-range (looked for "${name}")`);
        }
        if (rule['font-family'] !== `'${font.family}'`) {
          throw new Error(`${cssPath}: expected font-family '${font.family}', found ${rule['font-family']}`);
        }
        files.push({ from: join(dirname(cssPath), 'files', woff2), to: woff2 });
        rules.push(`/* ${name} */
@font-face {
  font-family: '${font.family}';
  font-style: ${style};
  font-weight: ${weight};
  font-display: swap;
  src: url(./fonts/${woff2}) format('woff2');
  unicode-range: ${rule['unicode-range']};
}`);
      }
    }
  }
  return { css: rules.join('\n'), files };
}

const percent = (n) => `${+((n * 100) / COLUMNS).toFixed(6)}%`;
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Column, auto and offset classes for one breakpoint; `names` are the class infixes it serves. */
function gridTier(names) {
  const select = (suffix) => names.map((infix) => `.qc-col${infix}${suffix}`).join(',\n');
  const offset = (n) =>
    names
      .filter((infix) => infix !== '' || n > 0)
      .map((infix) => `.qc-offset${infix}-${n}`)
      .join(',\n');
  const rules = [
    `${select('')} {\n  flex: 1 0 0%;\n}`,
    `${select('-auto')} {\n  flex: 0 0 auto;\n  width: auto;\n}`,
    ...range(1, COLUMNS).map((n) => `${select(`-${n}`)} {\n  flex: 0 0 auto;\n  width: ${percent(n)};\n}`),
    ...range(0, COLUMNS - 1).map((n) => `${offset(n)} {\n  margin-inline-start: ${n ? percent(n) : '0'};\n}`),
  ];
  return rules.join('\n');
}

/** The grid: below sm every column is full width; the unprefixed classes start at sm. */
function grid(breakpoints) {
  return [
    `@media ${breakpoints.get('sm')} {\n${gridTier(['', '-sm'])}\n}`,
    `@media ${breakpoints.get('md')} {\n${gridTier(['-md'])}\n}`,
    `@media ${breakpoints.get('lg')} {\n${gridTier(['-lg'])}\n}`,
  ].join('\n');
}

/** `.qc-d-*` at every width, then `.qc-d-{sm,md,lg}-*` from each breakpoint up. */
function display(breakpoints) {
  const tier = (infix) => DISPLAYS.map((value) => `.qc-d${infix}-${value} {\n  display: ${value} !important;\n}`);
  return [
    ...tier(''),
    ...['sm', 'md', 'lg'].map((name) => `@media ${breakpoints.get(name)} {\n${tier(`-${name}`).join('\n')}\n}`),
  ].join('\n');
}

/** Replaces each `/* qc-generate: <key> *\/` marker with the generated rules for <key>. */
function fillMarkers(css, generated, file) {
  return css.replace(/\/\* qc-generate: ([\w-]+) \*\//g, (_, key) => {
    if (!(key in generated)) throw new Error(`${file}: nothing to generate for "${key}"`);
    return generated[key];
  });
}

// ---- 3. Build ---------------------------------------------------------------------------------

async function minify(css, file) {
  const banner = `/*! ${pkg.name} ${pkg.version} — ${file} — MIT${
    file === 'fonts.css' || file === 'qc-ds.css' ? ' — Open Sans, Roboto: SIL Open Font License 1.1' : ''
  } */\n`;
  const { code, warnings } = await transform(banner + css, { loader: 'css', minify: true, sourcefile: file });
  if (warnings.length) throw new Error(`${file}: ${warnings.map((w) => w.text).join('; ')}`);
  return code;
}

const breakpoints = await readBreakpoints();
const fonts = await fontFaces();
const generated = {
  'font-faces': fonts.css,
  grid: grid(breakpoints),
  display: display(breakpoints),
};

await rm(dist, { recursive: true, force: true });
await mkdir(join(dist, 'fonts'), { recursive: true });

const sources = {};
for (const part of PARTS) {
  const file = `${part}.css`;
  const text = JOINED[part]
    ? (
        await Promise.all(
          (await readdir(join(src, JOINED[part])))
            .filter((f) => f.endsWith('.css'))
            .sort()
            .map((f) => readFile(join(src, JOINED[part], f), 'utf8')),
        )
      ).join('\n')
    : await readFile(join(src, file), 'utf8');
  const css = fillMarkers(substituteBreakpoints(text, breakpoints, file), generated, file);
  if (/--qc-bp-|qc-generate:/.test(css)) throw new Error(`${file}: unresolved breakpoint or generation marker`);
  sources[file] = css;
}

const outputs = {};
for (const [file, css] of Object.entries(sources)) outputs[file] = await minify(css, file);
outputs['qc-ds.css'] = await minify(Object.values(sources).join('\n'), 'qc-ds.css');
for (const [file, code] of Object.entries(outputs)) await writeFile(join(dist, file), code);

for (const { from, to } of fonts.files) await copyFile(from, join(dist, 'fonts', to));
for (const font of FONTS) {
  const license = join(dirname(require.resolve(`${font.pkg}/package.json`)), 'LICENSE');
  await copyFile(license, join(dist, 'fonts', `OFL-${font.pkg.split('/')[1]}.txt`));
}

// ---- 4. Report --------------------------------------------------------------------------------

const size = (bytes) => `${bytes.toLocaleString('en-US')} B`.padStart(10);
console.log(`${pkg.name}: dist/ (minified; gzip -9)`);
for (const [file, code] of Object.entries(outputs)) {
  const bytes = Buffer.byteLength(code);
  console.log(`  ${file.padEnd(14)} ${size(bytes)}  gzip ${size(gzipSync(code, { level: 9 }).length)}`);
}
const fontFiles = (await readdir(join(dist, 'fonts'))).filter((f) => f.endsWith('.woff2'));
let fontBytes = 0;
for (const f of fontFiles) fontBytes += (await readFile(join(dist, 'fonts', f))).length;
console.log(
  `  fonts/         ${size(fontBytes)}  (${fontFiles.length} woff2; a page downloads only the faces it uses)`,
);

#!/usr/bin/env node
// Subsets lucide-static into one Lit `svg` module per qc-icon name (src/icon/icons/*.ts), plus the
// index of names and lazy loaders, the gallery metadata and the list of colour token names that
// `qc-icon[color]` accepts. Idempotent: a file is rewritten only when its content changes, and
// files left over from an older mapping are removed. Runs first in the components build.
import { readFile, writeFile, readdir, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkgRoot = join(here, '..');
const outDir = join(pkgRoot, 'src/icon/icons');
const require = createRequire(import.meta.url);
const lucideRoot = dirname(require.resolve('lucide-static/package.json'));
const lucideVersion = JSON.parse(await readFile(join(lucideRoot, 'package.json'), 'utf8')).version;

/**
 * qc-icon name → Lucide glyph. `strokeWidth` thins a glyph (Lucide draws at 2 on a 24 grid);
 * `filled` fills the first shape (the circle) and cuts the other strokes out of it with a mask,
 * which gives the solid "tooltip" look of the incumbent without a second colour.
 * Keep in sync with the table in icon.ts and stories/foundations/icons.stories.ts (generated meta).
 */
const MAPPING = {
  adresse: { lucide: 'map-pin' },
  'arrow-up': { lucide: 'arrow-up' },
  calendar: { lucide: 'calendar' },
  checkmark: { lucide: 'check' },
  'chevron-up-thin': { lucide: 'chevron-up', strokeWidth: 1.5 },
  'chevron-up': { lucide: 'chevron-up' },
  clipboard: { lucide: 'clipboard' },
  clock: { lucide: 'clock' },
  email: { lucide: 'mail' },
  error: { lucide: 'circle-x' },
  exclamation: { lucide: 'circle-alert' },
  'external-link': { lucide: 'external-link' },
  'information-tooltip': { lucide: 'info', filled: true },
  information: { lucide: 'info' },
  'ligth-bulb': { lucide: 'lightbulb' },
  minus: { lucide: 'minus' },
  note: { lucide: 'notebook-pen' },
  phone: { lucide: 'phone' },
  plus: { lucide: 'plus' },
  'question-mark': { lucide: 'circle-question-mark' },
  'question-tooltip': { lucide: 'circle-question-mark', filled: true },
  'search-thin': { lucide: 'search', strokeWidth: 1.5 },
  search: { lucide: 'search' },
  success: { lucide: 'circle-check' },
  user: { lucide: 'user' },
  warning: { lucide: 'triangle-alert' },
  website: { lucide: 'globe' },
  xclose: { lucide: 'x' },
};
/** Extra names that load another name's module (the incumbent's typo stays the canonical file). */
const ALIASES = { 'light-bulb': 'ligth-bulb' };

/** What qc-icon's own <svg> already sets; a glyph whose root differs cannot be used as is. */
const ROOT_EXPECTED = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
};
const SHAPE = /^<(path|circle|rect|line|polyline|polygon|ellipse)((?:\s+[a-z][a-z0-9-]*="[^"]*")*)\s*\/>$/;
const GEOMETRY = new Set([
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'width',
  'height',
  'points',
]);

const licence = (await readFile(join(lucideRoot, 'LICENSE'), 'utf8')).trim();
const iscNotice = licence.split(/\n-{3,}\n/)[0].trim();
const featherMatch = /following Lucide icons are derived from the Feather project:\s*\n\s*\n([^\n]+)/.exec(licence);
const featherIcons = new Set(featherMatch ? featherMatch[1].split(',').map((s) => s.trim()) : []);
const mitNotice = licence.includes('The MIT License') ? licence.slice(licence.indexOf('The MIT License')).trim() : '';

const copyrightOf = (notice) => /Copyright \(c\)[^\n]+/.exec(notice)?.[0].trim() ?? '';

function comment(lines) {
  return ['/**', ...lines.map((l) => (l ? ` * ${l.replaceAll('*/', '*\\/')}` : ' *')), ' */'].join('\n');
}

function parseGlyph(name, source) {
  const text = source.replace(/<!--[\s\S]*?-->/g, '').trim();
  const root = /^<svg\b([^>]*)>([\s\S]*)<\/svg>$/.exec(text);
  if (!root) throw new Error(`lucide-static/${name}.svg: not a single <svg> element`);
  const attrs = Object.fromEntries([...root[1].matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  for (const [key, value] of Object.entries(ROOT_EXPECTED)) {
    if (attrs[key] !== value) throw new Error(`lucide-static/${name}.svg: ${key}="${attrs[key]}", expected "${value}"`);
  }
  const shapes = [...root[2].matchAll(/<[^>]+>/g)].map((m) => m[0].replace(/\s+/g, ' ').trim());
  if (shapes.length === 0) throw new Error(`lucide-static/${name}.svg: no shapes`);
  return shapes.map((shape) => {
    const match = SHAPE.exec(shape);
    if (!match) throw new Error(`lucide-static/${name}.svg: unsupported element ${shape}`);
    const kept = [...match[2].matchAll(/([a-z][a-z0-9-]*)="([^"]*)"/g)].filter(([, key]) => GEOMETRY.has(key));
    for (const [, , value] of kept) {
      // The module is a tagged template: refuse anything that could end it or interpolate.
      if (/[`$\\<>]/.test(value)) throw new Error(`lucide-static/${name}.svg: unexpected character in ${shape}`);
    }
    return { tag: match[1], attrs: kept.map(([, key, value]) => `${key}="${value}"`).join(' ') };
  });
}

const markup = (shape, extra = '') => `<${shape.tag} ${shape.attrs}${extra}/>`;

function glyphMarkup({ strokeWidth, filled }, shapes) {
  let body;
  if (filled) {
    // The id only has to be unique in one qc-icon shadow root, which holds a single glyph.
    const [outline, ...marks] = shapes;
    body =
      `<defs><mask id="qc-icon-knockout" maskUnits="userSpaceOnUse" x="0" y="0" width="24" height="24">` +
      `<rect width="24" height="24" fill="white" stroke="none"/>` +
      `<g stroke="black">${marks.map((s) => markup(s)).join('')}</g></mask></defs>` +
      markup(outline, ' fill="currentColor" mask="url(#qc-icon-knockout)"');
  } else {
    body = shapes.map((s) => markup(s)).join('');
  }
  return strokeWidth ? `<g stroke-width="${strokeWidth}">${body}</g>` : body;
}

async function writeIfChanged(file, content) {
  const previous = await readFile(file, 'utf8').catch(() => null);
  if (previous === content) return false;
  await writeFile(file, content);
  return true;
}

/**
 * Colour token names (the suffix after `--qc-color-`): from the JS output of @qc-ds/tokens when it
 * is built, else from its CSS, else the documented contract. `-rgb` companions are channel lists,
 * not colours. Read at build time so the list never weighs on qc-icon's entry.
 */
async function colourNames() {
  const tokensDist = join(pkgRoot, '../tokens/dist');
  const found = new Set();
  let source = '';
  try {
    const { tokens } = await import(pathToFileURL(join(tokensDist, 'tokens.js')).href);
    for (const name of Object.keys(tokens?.light ?? {})) {
      if (name.startsWith('color-') && !name.endsWith('-rgb')) found.add(name.slice('color-'.length));
    }
    source = '@qc-ds/tokens dist/tokens.js';
  } catch {
    const css = await readFile(join(tokensDist, 'tokens.css'), 'utf8').catch(() => '');
    for (const m of css.matchAll(/--qc-color-([a-z0-9_-]+)\s*:/g)) if (!m[1].endsWith('-rgb')) found.add(m[1]);
    source = '@qc-ds/tokens dist/tokens.css';
  }
  if (found.size > 0) return { names: [...found].sort(), source };
  const contract = [
    ...'text-primary text-secondary text-inverse text-disabled text-error text-link text-link-hover text-link-visited text-link-active'.split(
      ' ',
    ),
    ...'background surface-default surface-subtle surface-inverse border-default border-subtle border-strong focus-ring'.split(
      ' ',
    ),
    ...['information', 'success', 'warning', 'error', 'neutral'].flatMap((t) =>
      ['icon', 'background', 'border', 'text'].map((p) => `feedback-${t}-${p}`),
    ),
    ...'white blue-pale blue-light blue-regular_light blue-regular blue-piv blue-medium blue-dark purple grey-pale grey-light grey-regular grey-medium grey-dark pink-pale pink-regular red-regular_light red-regular red-medium red-dark green-pale green-regular green-dark yellow-pale yellow-regular yellow-dark accent'.split(
      ' ',
    ),
    ...'link-text link-hover link-visited link-active success error danger'.split(' '),
  ];
  return {
    names: [...new Set(contract)].sort(),
    source: 'the token contract (tokens/README.md); @qc-ds/tokens is not built',
  };
}

const started = performance.now();
await mkdir(outDir, { recursive: true });
const header = (lines) =>
  comment(['Generated by packages/components/scripts/build-icons.mjs — do not edit.', ...lines]);
const expected = new Set();
let changed = 0;
const meta = {};

for (const [name, spec] of Object.entries(MAPPING)) {
  const source = await readFile(join(lucideRoot, 'icons', `${spec.lucide}.svg`), 'utf8');
  const shapes = parseGlyph(spec.lucide, source);
  if (spec.filled && shapes.length < 2) throw new Error(`${name}: a filled glyph needs an outline and marks`);
  const feather = featherIcons.has(spec.lucide) && mitNotice;
  // One line that minifiers keep (`/*!`), like the `@license` line of each lucide-static SVG;
  // the full notices follow in a comment that builds may drop.
  const banner =
    `/*! @license lucide-static v${lucideVersion} - ISC - ${copyrightOf(iscNotice)}` +
    `${feather ? ` | "${spec.lucide}" derived from Feather - MIT - ${copyrightOf(mitNotice)}` : ''} */`;
  const notices = [
    `qc-icon "${name}": Lucide glyph "${spec.lucide}"${spec.strokeWidth ? `, stroke ${spec.strokeWidth}` : ''}${spec.filled ? ', filled' : ''}.`,
    '',
    ...iscNotice.split('\n'),
  ];
  if (feather) notices.push('', `"${spec.lucide}" is derived from Feather:`, '', ...mitNotice.split('\n'));
  const content = `${banner}\n${header(notices)}\nimport { svg } from 'lit';\n\nexport default svg\`${glyphMarkup(spec, shapes)}\`;\n`;
  const file = `${name}.ts`;
  expected.add(file);
  if (await writeIfChanged(join(outDir, file), content)) changed++;
  meta[name] = {
    lucide: spec.lucide,
    ...(spec.strokeWidth ? { strokeWidth: spec.strokeWidth } : {}),
    ...(spec.filled ? { filled: true } : {}),
  };
}
for (const [alias, target] of Object.entries(ALIASES)) meta[alias] = { ...meta[target], aliasOf: target };

const names = [...Object.keys(MAPPING), ...Object.keys(ALIASES)];
const loaders = names.map((name) => `  '${name}': () => import('./${ALIASES[name] ?? name}.js'),`);
const index = `${header([`Icon names and lazy loaders. Glyphs: lucide-static v${lucideVersion}, ISC licence (see each module).`])}
import type { SVGTemplateResult } from 'lit';

/** A built-in qc-icon name: the incumbent's 28 (with its \`ligth-bulb\` typo) and aliases. */
export type IconName =
${names.map((n) => `  | '${n}'`).join('\n')};

/** name → dynamic import of its glyph module; each glyph is its own chunk, loaded on first use. */
export const iconLoaders: Record<IconName, () => Promise<{ default: SVGTemplateResult }>> = {
${loaders.join('\n')}
};

/** Every built-in name, in the incumbent's order, aliases last. */
export const iconNames = Object.keys(iconLoaders) as IconName[];
`;
expected.add('index.ts');
if (await writeIfChanged(join(outDir, 'index.ts'), index)) changed++;

const metaFile = `${header(['Where each icon comes from (documentation and gallery only; not imported by qc-icon).'])}
export interface IconSource {
  /** Lucide glyph name (https://lucide.dev/icons/<name>). */
  lucide: string;
  /** Stroke width when thinner than Lucide's 2. */
  strokeWidth?: number;
  /** Outline filled, inner marks cut out. */
  filled?: boolean;
  /** The name this alias loads. */
  aliasOf?: string;
}

export const lucideVersion = '${lucideVersion}';

export const iconSources: Record<string, IconSource> = ${JSON.stringify(meta, null, 2)};
`;
expected.add('meta.ts');
if (await writeIfChanged(join(outDir, 'meta.ts'), metaFile)) changed++;

const colours = await colourNames();
const colourFile = `${header([`Colour token names accepted by qc-icon[color], from ${colours.source}.`])}
export const colorNames: ReadonlySet<string> = new Set(${JSON.stringify(colours.names)});
`;
expected.add('color-names.ts');
if (await writeIfChanged(join(outDir, 'color-names.ts'), colourFile)) changed++;

let removed = 0;
for (const file of await readdir(outDir)) {
  if (!expected.has(file)) {
    await rm(join(outDir, file), { recursive: true, force: true });
    removed++;
  }
}
const ms = Math.round(performance.now() - started);
console.log(
  `build-icons: ${names.length} names (${Object.keys(MAPPING).length} glyphs), ${colours.names.length} colour tokens from ${colours.source}; ${changed} written, ${removed} removed, ${ms} ms`,
);

// Builds @qc-ds/tokens from the DTCG sources in ../../tokens with style-dictionary 5.
//
// style-dictionary reads and merges the JSON (one instance per theme: base layers + theme
// overrides), resolves references and runs our transforms. The output files are written here
// because one file combines every theme: a theme block in tokens.css holds only the names whose
// value differs from light, and keeps `var(--qc-…)` references so that overriding a primitive
// flows through — every token whose resolved value changes is re-declared in the theme block,
// because a custom property referencing another is computed where it is declared.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, '..', '..', 'tokens');
const distDir = join(here, 'dist');

export const THEMES = ['light', 'dark', 'high-contrast'];
const BASE_LAYERS = ['primitives', 'semantic', 'component'].map((layer) => `${sourceDir}/${layer}/**/*.json`);
const THEME_FILES = {
  dark: `${sourceDir}/themes/dark.json`,
  'high-contrast': `${sourceDir}/themes/high-contrast.json`,
};

export const THEME_SELECTORS = [...THEMES, 'auto'].map((t) => `[data-qc-theme="${t}"]`).join(',');
const REF = /\{([^{}]+)\}/g;
const isToken = (node) => node !== null && typeof node === 'object' && '$value' in node;
const cssName = (path) => `--qc-${path.join('-')}`;

/** `#rrggbb` → `r, g, b` (the incumbent's `-rgb` companion format). */
function hexToChannels(hex) {
  const match = /^#([0-9a-f]{6})$/i.exec(String(hex).trim());
  if (!match) throw new Error(`qc-ds tokens: cannot make -rgb channels from "${hex}"`);
  const n = parseInt(match[1], 16);
  return `${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}`;
}

/**
 * Reads a token file and, for primitives/ colours (unless flagged `"qc.rgb": false`, as the
 * translucent shadow colour is) and tokens flagged `"qc.rgb": true`, adds the
 * incumbent's `<name>-rgb` companion (a reference to the colour, turned into channels by the
 * `qc/channels` transform, so themes that change the colour change the channels too).
 */
function parseTokens({ contents, filePath = '' }) {
  const tree = JSON.parse(contents);
  const layer = relative(sourceDir, filePath).split(sep)[0];
  const walk = (node, path, inheritedType) => {
    const type = node.$type ?? inheritedType;
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$') || child === null || typeof child !== 'object') continue;
      const childPath = [...path, key];
      if (isToken(child)) {
        const childType = child.$type ?? type;
        const flag = child.$extensions?.['qc.rgb'];
        if (flag === true || (flag !== false && layer === 'primitives' && childType === 'color')) {
          node[`${key}-rgb`] = {
            $value: `{${childPath.join('.')}}`,
            $type: 'color',
            $description: `Canaux r, g, b de ${cssName(childPath)} pour rgba() / r, g, b channels for rgba()`,
            $extensions: { 'qc.channels': true },
          };
        }
      } else {
        walk(child, childPath, type);
      }
    }
  };
  walk(tree, [], undefined);
  return tree;
}

StyleDictionary.registerParser({ name: 'qc/dtcg-json', pattern: /\.json$/, parser: parseTokens });
StyleDictionary.registerTransform({
  name: 'qc/name',
  type: 'name',
  // Path joined with "-" and nothing else: the incumbent's underscore names must survive.
  transform: (token) => `qc-${token.path.join('-')}`,
});
StyleDictionary.registerTransform({
  name: 'qc/channels',
  type: 'value',
  transitive: true,
  filter: (token) => token.$extensions?.['qc.channels'] === true,
  transform: (token) => hexToChannels(token.$value),
});

/** One style-dictionary run per theme: base layers, then the theme's overrides on top. */
async function loadTheme(theme) {
  const themed = theme !== 'light';
  const sd = new StyleDictionary(
    {
      include: themed ? BASE_LAYERS : [],
      source: themed ? [THEME_FILES[theme]] : BASE_LAYERS,
      usesDtcg: true,
      parsers: ['qc/dtcg-json'],
      // Any warning (token collision, failed transform, broken reference) stops the build.
      log: { verbosity: 'verbose', warnings: 'error' },
      platforms: { qc: { transforms: ['qc/name', 'qc/channels'] } },
    },
    { verbosity: 'verbose' },
  );
  await sd.hasInitialized;
  const dictionary = await sd.getPlatformTokens('qc');
  return dictionary.allTokens.map((token) => {
    const original = token.original.$value;
    const isChannels = token.$extensions?.['qc.channels'] === true;
    // CSS keeps references as var(); -rgb channels cannot be computed in CSS, so they are literal.
    const css =
      typeof original === 'string' && !isChannels
        ? original.replace(REF, (_, ref) => `var(${cssName(ref.split('.'))})`)
        : String(token.$value);
    return { name: token.name, path: token.path, value: String(token.$value), css };
  });
}

function toCamel(name) {
  return name.replace(/-([a-z0-9])/gi, (_, c) => c.toUpperCase());
}

function block(selector, declarations) {
  return `${selector}{${declarations.join(';')}}`;
}

export async function build() {
  const byTheme = {};
  for (const theme of THEMES) byTheme[theme] = await loadTheme(theme);
  const light = byTheme.light;
  const lightByName = new Map(light.map((t) => [t.name, t]));
  for (const theme of THEMES) {
    const extra = byTheme[theme].find((t) => !lightByName.has(t.name));
    if (extra) throw new Error(`qc-ds tokens: ${theme} defines ${extra.name}, which the base layers do not`);
  }

  // Names whose resolved value differs from light, per theme (in light's order).
  const changed = {};
  for (const theme of THEMES.slice(1)) {
    const values = new Map(byTheme[theme].map((t) => [t.name, t]));
    changed[theme] = light.filter((t) => values.get(t.name).value !== t.value).map((t) => t.name);
  }
  const themedNames = new Set(Object.values(changed).flat());
  const decl = (theme, name) => {
    const token = byTheme[theme].find((t) => t.name === name);
    return `--${name}:${token.css}`;
  };
  const declsFor = (theme, names) => light.filter((t) => names.has(t.name)).map((t) => decl(theme, t.name));

  const darkNames = new Set(changed.dark);
  const contrastNames = new Set(changed['high-contrast']);
  const css = [
    block(
      ':root',
      light.map((t) => `--${t.name}:${t.css}`),
    ),
    // Every themed element first gets the light value of every name any theme changes, so a
    // theme nested in another theme never inherits the outer theme's values; its own block
    // (later, same specificity) then overrides what differs.
    block(THEME_SELECTORS, [...declsFor('light', themedNames), 'color-scheme:light']),
    block('[data-qc-theme="dark"]', [...declsFor('dark', darkNames), 'color-scheme:dark']),
    block('[data-qc-theme="high-contrast"]', [...declsFor('high-contrast', contrastNames), 'color-scheme:light']),
    `@media (prefers-color-scheme:dark){${block('[data-qc-theme="auto"]', [
      ...declsFor('dark', darkNames),
      'color-scheme:dark',
    ])}}`,
    // Declared last so it wins when both preferences match; it re-declares every name the dark
    // block touched, so no dark value leaks into high contrast.
    `@media (prefers-contrast:more){${block('[data-qc-theme="auto"]', [
      ...declsFor('high-contrast', themedNames),
      'color-scheme:light',
    ])}}`,
  ].join('\n');

  const resolved = Object.fromEntries(
    THEMES.map((theme) => [theme, Object.fromEntries(byTheme[theme].map((t) => [t.name.slice(3), t.value]))]),
  );

  const camelNames = new Map();
  for (const t of light) {
    const key = toCamel(t.name.slice(3));
    if (camelNames.has(key)) throw new Error(`qc-ds tokens: ${t.name} and ${camelNames.get(key)} both export ${key}`);
    camelNames.set(key, t.name);
  }

  const header = '/* @qc-ds/tokens — généré par packages/tokens/build.mjs, ne pas modifier / generated, do not edit */';
  const js = [
    header,
    `/** Valeurs résolues par thème / resolved values per theme. */`,
    `export const tokens = ${JSON.stringify(resolved, null, 2)};`,
    `/** Thèmes disponibles / available themes. */`,
    `export const themes = ${JSON.stringify(THEMES)};`,
    `/** Nom de propriété CSS d’un jeton / CSS custom property name of a token. */`,
    `export const cssVar = (name) => \`var(--qc-\${name})\`;`,
    `// Valeurs du thème clair, une exportation par jeton / light values, one export per token.`,
    ...light.map((t) => `export const ${toCamel(t.name.slice(3))} = ${JSON.stringify(t.value)};`),
    '',
  ].join('\n');

  const tokenNameUnion = light.map((t) => JSON.stringify(t.name.slice(3))).join(' | ');
  const dts = [
    header,
    `export type QcTheme = ${THEMES.map((t) => JSON.stringify(t)).join(' | ')};`,
    `export type QcTokenName = ${tokenNameUnion};`,
    `/** Valeurs résolues par thème / resolved values per theme. */`,
    `export declare const tokens: Readonly<Record<QcTheme, Readonly<Record<QcTokenName, string>>>>;`,
    `export declare const themes: readonly QcTheme[];`,
    `/** Nom de propriété CSS d’un jeton / CSS custom property name of a token. */`,
    `export declare function cssVar<N extends QcTokenName>(name: N): \`var(--qc-\${N})\`;`,
    ...light.map((t) => `export declare const ${toCamel(t.name.slice(3))}: ${JSON.stringify(t.value)};`),
    '',
  ].join('\n');

  // Sass treats "-" and "_" as the same character, so the underscore aliases would only
  // re-declare their dashed twin: they are left out of the SCSS file.
  const scss = [
    '// @qc-ds/tokens — généré, ne pas modifier / generated, do not edit. Valeurs du thème clair / light values.',
    ...light.filter((t) => !t.name.includes('_')).map((t) => `$${t.name}: ${t.value};`),
    '',
  ].join('\n');

  await mkdir(distDir, { recursive: true });
  await Promise.all([
    writeFile(join(distDir, 'tokens.css'), `${css}\n`),
    writeFile(join(distDir, 'tokens.js'), js),
    writeFile(join(distDir, 'tokens.d.ts'), dts),
    writeFile(join(distDir, 'tokens.scss'), scss),
    writeFile(join(distDir, 'tokens.json'), `${JSON.stringify(resolved, null, 2)}\n`),
  ]);
  return { count: light.length, changed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { count, changed } = await build();
  console.log(
    `@qc-ds/tokens: ${count} tokens; dark overrides ${changed.dark.length}, high-contrast ${changed['high-contrast'].length} → ${relative(process.cwd(), distDir)}`,
  );
}

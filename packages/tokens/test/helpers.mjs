// Shared helpers for the token tests: read the DTCG sources and the built outputs, compute WCAG
// contrast, and resolve the var() chains of dist/tokens.css per theme block.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const packageDir = join(here, '..');
export const distDir = join(packageDir, 'dist');
export const sourceDir = join(packageDir, '..', '..', 'tokens');
export const THEMES = ['light', 'dark', 'high-contrast'];

export function readDist(file) {
  const path = join(distDir, file);
  if (!existsSync(path))
    throw new Error(`${relative(process.cwd(), path)} is missing: run \`npm run build -w @qc-ds/tokens\` first`);
  return readFileSync(path, 'utf8');
}
export const builtJson = () => JSON.parse(readDist('tokens.json'));

/** Every JSON source file under tokens/, as `{ file, tree }`. */
export function sourceFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) files.push(path);
    }
  };
  walk(sourceDir);
  return files
    .sort()
    .map((path) => ({ file: relative(sourceDir, path), tree: JSON.parse(readFileSync(path, 'utf8')) }));
}

/** Calls `visit(node, path)` for every object in a DTCG tree (groups and tokens). */
export function walkTree(tree, visit, path = []) {
  visit(tree, path);
  for (const [key, child] of Object.entries(tree)) {
    if (key.startsWith('$') || child === null || typeof child !== 'object') continue;
    walkTree(child, visit, [...path, key]);
  }
}

/** `{color.text.primary}` → `color-text-primary` (the key used in tokens.json). */
export function refToName(ref) {
  const match = /^\{([^{}]+)\}$/.exec(String(ref).trim());
  if (!match) throw new Error(`not a token reference: ${ref}`);
  return match[1].split('.').join('-');
}

// ---- colour and contrast (WCAG 2.2 relative luminance) ----

/** Parses #rgb, #rrggbb, rgb()/rgba() with commas, and `transparent` → { r, g, b, a } (0–255, 0–1). */
export function parseColor(text) {
  const value = String(text).trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  let match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value);
  if (match) {
    const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
    const n = parseInt(hex, 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: 1 };
  }
  match = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+%?)\s*)?\)$/.exec(value);
  if (match) {
    const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : Number(match[4]);
    return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
  }
  throw new Error(`unsupported colour value: ${text}`);
}

/** Source-over compositing of `top` on an opaque `bottom`. */
export function composite(top, bottom) {
  if (bottom.a !== 1) throw new Error('the bottom colour of a composite must be opaque');
  const mix = (t, b) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

export function luminance({ r, g, b }) {
  const channel = (v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours (either order). */
export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const toHex = ({ r, g, b }) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

// ---- dist/tokens.css ----

/** Splits the minified CSS into rules: `{ media, selector, declarations: Map }`. */
export function parseTokensCss(css) {
  const rules = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let i = 0;
  const readRule = (media) => {
    const open = text.indexOf('{', i);
    const selector = text.slice(i, open).trim();
    const close = text.indexOf('}', open);
    const declarations = new Map();
    for (const part of text.slice(open + 1, close).split(';')) {
      const colon = part.indexOf(':');
      if (colon === -1) continue;
      declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
    }
    rules.push({ media, selector, declarations });
    i = close + 1;
  };
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    if (text.startsWith('@media', i)) {
      const open = text.indexOf('{', i);
      const media = text.slice(i + '@media'.length, open).trim();
      i = open + 1;
      while (true) {
        while (/\s/.test(text[i])) i++;
        if (text[i] === '}') {
          i++;
          break;
        }
        readRule(media);
      }
    } else {
      readRule(null);
    }
  }
  return rules;
}

/**
 * Computes the custom properties of an element the way the cascade does: `declarations` are the
 * ones matching the element (later maps win), resolved against each other; names not declared
 * on the element are inherited already computed from `inherited` (the parent's result). This is
 * why a theme block must re-declare every token whose value changes: an inherited token keeps
 * the value it was computed with on the ancestor.
 */
export function computeScope(inherited, ...declarations) {
  const own = new Map();
  for (const map of declarations) for (const [name, value] of map) own.set(name, value);
  const computed = new Map(inherited);
  const resolve = (name, seen) => {
    if (seen.includes(name)) throw new Error(`var() cycle: ${[...seen, name].join(' → ')}`);
    return own.get(name).replace(/var\(\s*(--[\w-]+)\s*\)/g, (_, ref) => {
      if (own.has(ref)) return resolve(ref, [...seen, name]);
      if (inherited.has(ref)) return inherited.get(ref);
      throw new Error(`var(${ref}) is not declared`);
    });
  };
  for (const name of own.keys()) computed.set(name, resolve(name, []));
  return computed;
}

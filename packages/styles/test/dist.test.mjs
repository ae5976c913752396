// Checks on the built files of @qc-ds/styles (run `npm run build -w @qc-ds/styles` first):
// opt-in only, root font size untouched, fonts self-hosted (latin/latin-ext woff2 only), tokens
// only (every var(--qc-…) exists in @qc-ds/tokens, no raw colours), breakpoints in one place, and
// qc-ds.css holding every part.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkg, 'dist');
const tokensCss = join(pkg, '..', 'tokens', 'dist', 'tokens.css');
const PARTS = ['fonts.css', 'base.css', 'layout.css', 'utilities.css', 'buttons.css', 'elements.css'];
const OUTPUTS = [...PARTS, 'qc-ds.css'];

function read(file) {
  const path = join(dist, file);
  assert.ok(existsSync(path), `${path} is missing: run \`npm run build -w @qc-ds/styles\` first`);
  return readFileSync(path, 'utf8');
}

const stripComments = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * The innermost rules of a (minified) stylesheet: `{ selector, body, media }`. At-rule wrappers
 * such as `@media (…) {` or `@layer qc-base {` are reported as the `media` of the rules they hold.
 * Statements (`@layer qc-base, qc-ds;`) are not rules: see `statements()`.
 */
function rules(css) {
  const out = [];
  const stack = [];
  let start = 0;
  const text = stripComments(css);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') {
      const prelude = text
        .slice(start, i)
        .replace(/^\s*(?:@[^{};]*;\s*)+/, '')
        .trim();
      const close = text.indexOf('}', i);
      const open = text.indexOf('{', i + 1);
      if (open !== -1 && open < close) {
        stack.push(prelude);
        start = i + 1;
      } else {
        out.push({ selector: prelude, body: text.slice(i + 1, close), media: stack.join(' ') });
        i = close;
        start = close + 1;
      }
    } else if (ch === '}') {
      stack.pop();
      start = i + 1;
    }
  }
  return out;
}

/** The top-level at-rule statements of a stylesheet (`@layer a, b;`), in order, with their offset. */
function statements(css) {
  const text = stripComments(css);
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{' || ch === '}') {
      depth += ch === '{' ? 1 : -1;
      start = i + 1;
    } else if (ch === ';' && depth === 0) {
      const statement = text.slice(start, i).trim();
      if (statement.startsWith('@')) out.push({ statement, index: text.indexOf(statement, start) });
      start = i + 1;
    }
  }
  return out;
}

/** Splits a selector list on top-level commas (not the ones inside `:is()`, `:where()`…). */
function splitSelectors(selector) {
  const parts = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

const declarations = (body) =>
  body
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(':');
      return { property: d.slice(0, colon).trim(), value: d.slice(colon + 1).trim() };
    });

describe('@qc-ds/styles dist', () => {
  test('every output exists, is minified and carries its banner', () => {
    for (const file of OUTPUTS) {
      const css = read(file);
      assert.ok(css.length > 200, `${file} is (almost) empty`);
      assert.match(css, /^\/\*! @qc-ds\/styles /, `${file} has no licence banner`);
      assert.ok(css.split('\n').length < 10, `${file} does not look minified`);
    }
  });

  test('no rule sets the root font size (:root, html)', () => {
    for (const file of OUTPUTS) {
      for (const rule of rules(read(file))) {
        const targetsRoot = splitSelectors(rule.selector).some((s) => /(^|[\s>+~(])(:root|html)(?![\w-])/i.test(s));
        if (!targetsRoot) continue;
        const sizes = declarations(rule.body).filter((d) => d.property === 'font-size' || d.property === 'font');
        assert.deepEqual(sizes, [], `${file}: "${rule.selector}" sets the root font size`);
      }
    }
  });

  test('nothing applies without an opt-in: every selector names a qc class or a qc-* element', () => {
    const qcClass = /\.(qc-[\w-]+|no-gutters)/;
    // A qc-* tag is itself the opt-in (elements.css lays out qc-ds elements before they upgrade): a
    // type selector, at the start of the selector or after a combinator or `(`, not an attribute value.
    const qcElement = /(^|[\s>+~(])qc-[a-z][\w-]*/;
    // What a `:not(…)` names is what the selector does not need: `:not(.qc-x) a` styles every page.
    const positive = (selector) => {
      let previous;
      let rest = selector;
      do {
        previous = rest;
        rest = rest.replace(/:not\([^()]*\)/g, '');
      } while (rest !== previous);
      return rest;
    };
    for (const file of OUTPUTS) {
      for (const rule of rules(read(file))) {
        if (rule.selector.startsWith('@')) continue; // @font-face
        for (const selector of splitSelectors(rule.selector)) {
          const named = positive(selector);
          assert.ok(qcClass.test(named) || qcElement.test(named), `${file}: "${selector}" applies to every page`);
        }
      }
      // Element styles live under .qc-ds only.
      if (file === 'base.css') {
        for (const rule of rules(read(file))) {
          for (const selector of splitSelectors(rule.selector)) {
            assert.match(selector, /\.qc-ds\b/, `base.css: "${selector}" is not scoped to .qc-ds`);
          }
        }
      }
    }
  });

  test('font sizes are relative (no px font sizes)', () => {
    for (const file of OUTPUTS) {
      for (const rule of rules(read(file))) {
        for (const { property, value } of declarations(rule.body)) {
          if (property === 'font-size')
            assert.doesNotMatch(value, /\dpx/, `${file}: ${rule.selector} {${property}: ${value}}`);
        }
      }
    }
  });

  test('every url() is relative and points to a file in dist/; nothing is imported', () => {
    for (const file of OUTPUTS) {
      const css = stripComments(read(file));
      assert.doesNotMatch(css, /@import/, `${file} imports another stylesheet`);
      for (const [, raw] of css.matchAll(/url\(\s*([^)]*?)\s*\)/g)) {
        const url = raw.replace(/^["']|["']$/g, '');
        assert.match(url, /^\.\//, `${file}: url(${url}) is not a relative ./ URL`);
        assert.doesNotMatch(url, /[?#]/, `${file}: url(${url}) has a query or fragment`);
        const target = resolve(dist, url);
        assert.ok(target.startsWith(dist), `${file}: url(${url}) leaves dist/`);
        assert.ok(existsSync(target), `${file}: url(${url}) points to a missing file`);
      }
    }
  });

  test('fonts: latin and latin-ext woff2 only, every file used, the expected faces', () => {
    const files = readdirSync(join(dist, 'fonts'));
    const woff2 = files.filter((f) => f.endsWith('.woff2'));
    for (const file of files) {
      assert.match(
        file,
        /^((open-sans|roboto)-(latin|latin-ext)-\d{3}-(normal|italic)\.woff2|OFL-(open-sans|roboto)\.txt)$/,
        `unexpected file dist/fonts/${file}`,
      );
    }
    for (const file of woff2) {
      const magic = readFileSync(join(dist, 'fonts', file))
        .subarray(0, 4)
        .toString('latin1');
      assert.equal(magic, 'wOF2', `dist/fonts/${file} is not a woff2 file`);
    }

    const css = read('fonts.css');
    const faces = rules(css).filter((r) => r.selector === '@font-face');
    const seen = new Set();
    const used = new Set();
    for (const face of faces) {
      const d = Object.fromEntries(declarations(face.body).map(({ property, value }) => [property, value]));
      assert.equal(d['font-display'], 'swap');
      assert.ok(d['unicode-range'], 'every face has a unicode-range');
      const srcs = [...d.src.matchAll(/url\(([^)]+)\)\s*format\(["']?([\w-]+)["']?\)/g)];
      assert.equal(srcs.length, 1, `one source per face: ${d.src}`);
      assert.equal(srcs[0][2], 'woff2');
      const file = srcs[0][1].replace('./fonts/', '');
      const subset = file.match(/-(latin|latin-ext)-\d{3}-/)?.[1];
      assert.ok(subset, `${file} is not a latin or latin-ext file`);
      used.add(file);
      seen.add(`${d['font-family'].replace(/["']/g, '')} ${d['font-weight']} ${d['font-style']} ${subset}`);
    }
    const expected = [];
    for (const face of [
      'Open Sans 400 normal',
      'Open Sans 400 italic',
      'Open Sans 600 normal',
      'Open Sans 700 normal',
    ].concat(['Roboto 400 normal', 'Roboto 500 normal', 'Roboto 700 normal'])) {
      for (const subset of ['latin', 'latin-ext']) expected.push(`${face} ${subset}`);
    }
    assert.deepEqual([...seen].sort(), expected.sort());
    assert.deepEqual([...used].sort(), woff2.sort(), 'every shipped woff2 is used, every used one shipped');
    assert.ok(files.includes('OFL-open-sans.txt') && files.includes('OFL-roboto.txt'), 'font licences ship');
  });

  test('every var(--qc-…) used is defined in @qc-ds/tokens dist/tokens.css', () => {
    assert.ok(existsSync(tokensCss), `${tokensCss} is missing: build @qc-ds/tokens first`);
    const defined = new Set([...readFileSync(tokensCss, 'utf8').matchAll(/(--qc-[\w-]+)\s*:/g)].map((m) => m[1]));
    assert.ok(defined.size > 0, 'tokens.css defines no --qc- custom property');
    for (const file of OUTPUTS) {
      const css = read(file);
      const used = new Set([...css.matchAll(/var\(\s*(--qc-[\w-]+)/g)].map((m) => m[1]));
      const missing = [...used].filter((name) => !defined.has(name)).sort();
      assert.deepEqual(missing, [], `${file} uses custom properties tokens.css does not define`);
      // Private helpers (--_qc-…) are defined by the styles themselves.
      const privateUsed = new Set([...css.matchAll(/var\(\s*(--_qc-[\w-]+)/g)].map((m) => m[1]));
      for (const name of privateUsed) assert.match(css, new RegExp(`${name}\\s*:`), `${file}: ${name} is never set`);
    }
  });

  test('no raw colours: no hex, rgb() or hsl() values', () => {
    for (const file of OUTPUTS) {
      for (const rule of rules(read(file))) {
        for (const { property, value } of declarations(rule.body)) {
          if (property === 'unicode-range') continue;
          assert.doesNotMatch(value, /#[0-9a-f]{3,8}\b/i, `${file}: ${rule.selector} {${property}: ${value}}`);
          assert.doesNotMatch(value, /\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i, `${file}: ${property}: ${value}`);
        }
      }
    }
  });

  test('media queries use only the breakpoints of src/breakpoints.css', () => {
    const source = readFileSync(join(pkg, 'src', 'breakpoints.css'), 'utf8');
    const allowed = new Set(
      [...source.matchAll(/@custom-media\s+--qc-bp-\w+\s+\(([^)]+)\)/g)].map((m) => m[1].replace(/\s/g, '')),
    );
    assert.equal(allowed.size, 3);
    for (const file of OUTPUTS) {
      const css = read(file);
      assert.doesNotMatch(css, /--qc-bp-/, `${file} still holds a breakpoint placeholder`);
      for (const [, query] of css.matchAll(/@media\s*([^{]+)\{/g)) {
        for (const [, feature] of query.matchAll(/\(((?:min|max)-width[^)]*)\)/g)) {
          assert.ok(allowed.has(feature.replace(/\s/g, '')), `${file}: @media ${query} is not a qc-ds breakpoint`);
        }
      }
    }
  });

  test('the grid and display utilities are generated for every breakpoint', () => {
    const layout = read('layout.css');
    const utilities = read('utilities.css');
    for (const infix of ['', '-sm', '-md', '-lg']) {
      for (const n of [1, 6, 12, 'auto']) assert.match(layout, new RegExp(`\\.qc-col${infix}-${n}[,{]`));
      assert.match(layout, new RegExp(`\\.qc-offset${infix}-11[,{]`));
      for (const value of ['none', 'inline', 'inline-block', 'block', 'flex', 'inline-flex', 'grid']) {
        assert.match(utilities, new RegExp(`\\.qc-d${infix}-${value}\\{display:${value}!important\\}`));
      }
    }
    assert.match(utilities, /@media print\{\.qc-d-print-none\{display:none!important\}\}/);
  });

  test('cascade layers: qc-base under qc-ds, declared before either is used, in every file that uses them', () => {
    for (const file of OUTPUTS) {
      const css = stripComments(read(file));
      const uses = [...css.matchAll(/@layer\s+([\w-]+)\s*\{/g)];
      if (uses.length === 0) continue;
      const order = statements(css).find(({ statement }) => statement.startsWith('@layer'));
      assert.ok(order, `${file} uses @layer ${uses[0][1]} without declaring the layer order`);
      assert.equal(order.statement.replace(/\s+/g, ''), '@layerqc-base,qc-ds', `${file}: layer order`);
      assert.ok(order.index < uses[0].index, `${file}: the order is declared after a layer is used`);
      const names = [...new Set(uses.map((m) => m[1]))];
      assert.deepEqual(
        names.filter((name) => name !== 'qc-base' && name !== 'qc-ds'),
        [],
        `${file}: other layers`,
      );
    }
    // The element defaults are layered: only the .qc-ds container and reduced motion are not.
    const base = rules(read('base.css'));
    assert.ok(base.filter((rule) => rule.media.includes('@layer qc-base')).length > 20, 'base.css: rules in qc-base');
    for (const rule of base) {
      if (rule.media.includes('@layer qc-base')) continue;
      assert.ok(
        rule.selector === '.qc-ds' || rule.media.includes('prefers-reduced-motion'),
        `base.css: "${rule.selector}" is outside @layer qc-base`,
      );
    }
  });

  test('qc-ds.css holds every part, in order: fonts, base, layout, utilities, buttons, elements', () => {
    const all = rules(read('qc-ds.css')).map((r) => `${r.media}|${r.selector}{${r.body}}`);
    let previous = -1;
    for (const file of PARTS) {
      const own = rules(read(file)).map((r) => `${r.media}|${r.selector}{${r.body}}`);
      assert.ok(own.length > 0, `${file} has no rule`);
      for (const rule of own) assert.ok(all.includes(rule), `qc-ds.css lacks ${file}'s rule ${rule}`);
      const first = all.indexOf(own[0]);
      assert.ok(first > previous, `${file} is out of order in qc-ds.css`);
      previous = first;
    }
  });
});

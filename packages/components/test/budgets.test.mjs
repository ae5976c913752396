// Size budgets, in gzip -9 bytes of built output (deterministic: same input, same bytes).
// Run after the build: `node --test packages/components/test/` (part of `npm test`).
// 1 KB = 1,000 bytes here, the stricter reading of each budget.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { distDir, packageDir, productionPlugins } from '../rollup.config.mjs';

const repoRoot = join(packageDir, '..', '..');
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${bytes.toLocaleString('en-US')} B (${(bytes / 1000).toFixed(1)} KB)`;

/**
 * What a consumer's bundler ships for one entry: the entry and every chunk it imports statically
 * (Lit's production build included), minified like the CDN bundle. Modules loaded with `import()`
 * (icon glyphs) are lazy chunks, returned apart. Sizes are summed per chunk, as served.
 */
async function productionBundle(input) {
  const bundle = await rollup({
    input,
    plugins: productionPlugins(),
    onwarn(warning) {
      throw new Error(`rollup: ${warning.message}`);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
    const eager = new Set();
    const visit = (chunk) => {
      if (eager.has(chunk)) return;
      eager.add(chunk);
      for (const name of chunk.imports) visit(chunks.get(name));
    };
    visit(entry);
    return { eager: [...eager], lazy: [...chunks.values()].filter((chunk) => !eager.has(chunk)) };
  } finally {
    await bundle.close();
  }
}

function read(path) {
  assert.ok(existsSync(path), `${path} is missing: run \`npm run build\` first`);
  return readFileSync(path, 'utf8');
}

test('qc-button entry (Lit included; qc-icon and glyphs load on first use of `icon`, printed apart) is at most 9 KB gzipped', async (t) => {
  const input = join(distDir, 'button', 'qc-button.js');
  read(input);
  const { eager, lazy } = await productionBundle(input);
  const code = eager.map((chunk) => chunk.code).join('\n');
  const size = eager.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const lazyTotal = lazy.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  t.diagnostic(`qc-button entry: ${kb(size)} gzip -9 in ${eager.length} chunk(s); ceiling 9,860 B`);
  const iconChunk = lazy.find((chunk) => chunk.code.includes('"qc-icon"'));
  assert.ok(iconChunk, 'qc-icon is a lazy chunk of the qc-button entry');
  t.diagnostic(`  + qc-icon, loaded when a button first uses \`icon\`: ${kb(gzip(iconChunk.code))}`);
  t.diagnostic(
    `  not counted: ${lazy.length} lazy chunks (qc-icon, its name list and glyphs), ${kb(lazyTotal)} in total`,
  );
  const modules = eager
    .flatMap((chunk) => Object.entries(chunk.modules))
    .map(([id, info]) => [relative(repoRoot, id).replace(/^node_modules\//, ''), info.renderedLength])
    .sort((a, b) => b[1] - a[1]);
  t.diagnostic(
    `  largest modules (bytes before minification): ${modules
      .slice(0, 8)
      .map(([id, n]) => `${id} ${n}`)
      .join(', ')}`,
  );
  assert.ok(code.includes('"qc-button"'), 'the entry registers qc-button');
  assert.ok(code.includes('attachShadow'), 'the entry includes Lit');
  assert.ok(!code.includes('Lit is in dev mode'), "the bundle uses Lit's production build");
  // The issue's goal is 9,000 B. Lit 3 alone is ~5,800 B of it (a bare LitElement bundled the same
  // way), the button (form proxy, localisation, styles, shared announcer, warnings) ~3,900 B: the
  // goal is missed by ~700 B. The hard ceiling sits just above today's size so any growth fails;
  // lower it as the code shrinks. Raised from 9,750 B by issue 6: qc-button is no longer
  // form-associated (its upgrade made Chromium restore nothing in the form after Back), so it
  // tracks `<fieldset disabled>` itself (+~140 B), and a busy button keeps its inner button.
  t.diagnostic(`  goal 9,000 B: ${size <= 9_000 ? 'met' : `missed by ${kb(size - 9_000)}`}`);
  assert.ok(size <= 9_860, `qc-button entry is ${size} B gzipped, over its 9,860 B ceiling (goal 9,000 B)`);
});

test('tokens.css is at most 6 KB gzipped', (t) => {
  const css = read(join(repoRoot, 'packages', 'tokens', 'dist', 'tokens.css'));
  const size = gzip(css);
  t.diagnostic(`@qc-ds/tokens dist/tokens.css: ${kb(size)} gzip -9; budget 6,000 B`);
  assert.ok(css.includes('--qc-color-text-primary'), 'tokens.css holds the semantic tokens');
  assert.ok(size <= 6_000, `tokens.css is ${size} B gzipped, over the 6,000 B budget`);
});

test('CDN bundle (every component, Lit, component CSS and icon glyphs inlined) stays under its 46.7 KB ceiling', (t) => {
  const code = read(join(distDir, 'cdn', 'qc-ds.js'));
  const size = gzip(code);
  t.diagnostic(`dist/cdn/qc-ds.js: ${kb(size)} gzip -9 (${kb(Buffer.byteLength(code))} raw); ceiling 46,700 B`);
  t.diagnostic('  incumbent qc-trousse-sdg 1.5.x qc-sdg.min.js: 43,335 B gzip -9 for 17 components');
  assert.ok(!code.includes('Lit is in dev mode'), "the CDN bundle uses Lit's production build");
  // Issue 2's bar was "well under the incumbent's 43 KB" (17 components, JS only: its 23.6 KB of
  // CSS comes on top). With the forms family (13 components, their CSS inside the JS) the bundle
  // is ~45 KB: the bar is missed on JS alone, met on JS + CSS (see the issue note and
  // docs/performance.md). This ceiling stops any growth; lower it as the code shrinks (dev-only
  // warnings, per-component chunks through a CDN autoloader). Raised from 46,500 B by issue 6:
  // form state kept across Back (internal/form-state.ts), the audit's accessibility fixes.
  t.diagnostic(
    `  incumbent: 43,335 B JS + 23,579 B CSS = 66,914 B; qc-ds CDN JS + tokens.css + qc-ds.css: see the note`,
  );
  assert.ok(size <= 46_700, `the CDN bundle is ${size} B gzipped, over its 46,700 B ceiling`);
});

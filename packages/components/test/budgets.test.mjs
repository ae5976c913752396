// Size budgets of built output (deterministic: same input, same bytes). The npm entry and
// tokens.css in gzip -9 bytes; pages through the CDN loader in brotli q11 bytes of every JS and CSS
// file the page requests, as the side-by-side benchmark measures (test/page-weight.mjs, headless
// Chromium). Run after the build: `node --test packages/components/test/` (part of `npm test`).
// 1 KB = 1,000 bytes here, the stricter reading of each budget.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { distDir, packageDir, productionPlugins } from '../rollup.config.mjs';
import { brotli, budgetPages, cdnReport, measurePages } from './page-weight.mjs';

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
  t.diagnostic(`qc-button entry: ${kb(size)} gzip -9 in ${eager.length} chunk(s); ceiling 9,700 B`);
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
  assert.ok(!code.includes('has no accessible name') && !code.includes('[qc-ds]'), 'no developer warning ships');
  // The issue's goal is 9,000 B. Lit 3 alone is ~5,800 B of it (a bare LitElement bundled the same
  // way), the button (form proxy, localisation, styles, shared announcer) ~3,900 B: the goal is
  // missed by ~700 B (dev warnings are stripped from dist/ since issue 7; dist/development/ has them). The hard ceiling sits just above today's size so any growth fails;
  // lower it as the code shrinks (issue 7 lowered it from 9,860 B). Raised from 9,750 B by issue 6: qc-button is no longer
  // form-associated (its upgrade made Chromium restore nothing in the form after Back), so it
  // tracks `<fieldset disabled>` itself (+~140 B), and a busy button keeps its inner button.
  t.diagnostic(`  goal 9,000 B: ${size <= 9_000 ? 'met' : `missed by ${kb(size - 9_000)}`}`);
  assert.ok(size <= 9_700, `qc-button entry is ${size} B gzipped, over its 9,700 B ceiling (goal 9,000 B)`);
});

test('tokens.css is at most 6 KB gzipped', (t) => {
  const css = read(join(repoRoot, 'packages', 'tokens', 'dist', 'tokens.css'));
  const size = gzip(css);
  t.diagnostic(`@qc-ds/tokens dist/tokens.css: ${kb(size)} gzip -9; budget 6,000 B`);
  assert.ok(css.includes('--qc-color-text-primary'), 'tokens.css holds the semantic tokens');
  assert.ok(size <= 6_000, `tokens.css is ${size} B gzipped, over the 6,000 B budget`);
});

test('CDN all-in-one qc-ds.js (every component, Lit, CSS and glyphs inlined) is reported, production build', (t) => {
  const code = read(join(distDir, 'cdn', 'qc-ds.js'));
  const bytes = Buffer.from(code);
  t.diagnostic(
    `dist/cdn/qc-ds.js: ${kb(brotli(bytes))} brotli q11, ${kb(gzip(code))} gzip -9, ${kb(bytes.length)} raw (reported, not capped)`,
  );
  t.diagnostic('  incumbent qc-trousse-sdg 1.5.x qc-sdg.min.js: 43,335 B gzip -9 for 17 components');
  assert.ok(!code.includes('Lit is in dev mode'), "the all-in-one file uses Lit's production build");
  assert.ok(!code.includes('[qc-ds]'), 'developer warnings are stripped from the production build');
});

test('CDN modules: each element in its own module, sharing one core chunk (Lit and the qc-ds base)', (t) => {
  const report = cdnReport();
  t.diagnostic(`core chunk (Lit, qc-ds base, loader logic): ${kb(report.core)} brotli q11`);
  t.diagnostic(`qc-ds-loader.js: ${kb(report.loader)} brotli q11`);
  for (const element of report.elements) {
    t.diagnostic(
      `  ${element.tag}.js: ${kb(element.own)} alone; ${kb(element.withImports)} with its ${element.chunks} static chunk(s)`,
    );
  }
  assert.ok(report.elements.length >= 13, 'one module per element');
  assert.ok(report.core > 0, 'the core chunk exists');
});

// The issue's budgets for pages through the loader. `ceiling` is what the test enforces; where it
// is above the goal, the goal is missed today and the figure says by how much (see the note).
const pageLimits = {
  button: { measure: 'js', goal: 10_000, ceiling: 10_000 },
  // Goal 19,000 B (a third of the incumbent's 56.7 KB; 40.8 KB with the all-in-one file), missed:
  // 25.7 KB when measured (issue 7). Even bundled into one file the page's JS would be ~19.5 KB:
  // the form-field layer (controller, parts, validators, validation strings, form coordinator and
  // state) weighs ~7.5 KB alone, tokens.css 3.3 KB. The ceiling stops growth; lower it with the code.
  // Issue 9 (12 elements, commands on qc-button) brought it to 25.6 KB: the loader lists names, the
  // required validator rides with the form state, the default notice glyph with the icon library.
  // Issue 10 RAISED it by 10 B (25,656 B measured): the SSR hydrating render moved out of the core
  // to hydrate.js, but the notice's server-view check and the fields' generated light-style lists
  // (light-dom.css) still cost 6 B. A loosened ceiling: win it back, then lower it again.
  'button + text field + notice': { measure: 'total', goal: 19_000, ceiling: 25_660 },
  // Issue 8: the content-page template's twelve elements. Goal: half the incumbent's page (56.7 KB
  // for its 17 elements, whatever a page uses), missed: 50.8 KB when measured. The two signature
  // artworks (6.5 KB, the footer needs both for its themes) and the search box's field helpers
  // (form state, required) weigh most after the core. The ceiling stops growth.
  // Issue 10 RAISED it by 100 B (50,996 B measured): qc-piv-header's two-row narrow layout (no overlap
  // at 320 px, same size before and after upgrade and after a server render), server-render guards in
  // the header, footer, tooltip and alert. A loosened ceiling: win it back, then lower it again.
  'content page (identity and navigation)': { measure: 'total', goal: 28_350, ceiling: 51_000 },
};

test('pages through the CDN loader stay within their budgets (brotli q11, tokens.css included)', async (t) => {
  const pages = await measurePages(budgetPages);
  for (const page of pages) {
    const limit = pageLimits[page.name];
    assert.ok(limit, `${page.name} has a limit`);
    const size = limit.measure === 'js' ? page.js : page.js + page.css;
    const what = limit.measure === 'js' ? 'JS' : 'JS + CSS';
    t.diagnostic(
      `${page.name}: ${kb(page.js)} JS + ${kb(page.css)} CSS = ${kb(page.js + page.css)}; ${what} goal ${kb(limit.goal)}: ${
        size <= limit.goal ? 'met' : `missed by ${kb(size - limit.goal)}`
      }`,
    );
    t.diagnostic(`  requested: ${page.files.map((file) => `${file.path.split('/').pop()} ${file.brotli}`).join(', ')}`);
    assert.ok(
      page.files.some((file) => file.path.endsWith('/qc-ds-loader.js')),
      'the page loads qc-ds through the loader',
    );
    for (const tag of ['qc-button', 'qc-textfield', 'qc-notice', 'qc-icon', 'qc-select']) {
      const used = page.tags.includes(tag) || (page.dependencies ?? []).includes(tag);
      assert.equal(
        page.files.some((file) => file.path.endsWith(`/${tag}.js`)),
        used,
        `${page.name}: ${tag}.js is ${used ? '' : 'not '}requested`,
      );
    }
    assert.ok(size <= limit.ceiling, `${page.name}: ${what} ${size} B, over its ${limit.ceiling} B ceiling`);
  }
});

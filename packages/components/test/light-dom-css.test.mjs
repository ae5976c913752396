// `@qc-ds/components/light-dom.css` (built by scripts/light-dom-css.mjs), the stylesheet a
// server-rendered page links so the light-DOM rules apply before the script: it holds, word for
// word, every sheet that each element of the manifest adopts when it connects (`static
// lightStyles`, see src/internal/light-styles.ts), each in `@layer qc-ds` as adopted; every source
// that adopts light styles does it through its class's `lightStyles`; and the package exports it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import '@qc-ds/components/ssr.js';

const file = fileURLToPath(import.meta.resolve('@qc-ds/components/light-dom.css'));
const css = readFileSync(file, 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const declarations = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: module.path })),
);
const styled = declarations.filter((d) => (globalThis.customElements.get(d.tagName)?.lightStyles ?? []).length > 0);

test('the package exports light-dom.css from dist/', () => {
  assert.match(file, /[/\\]dist[/\\]light-dom\.css$/);
});

test('every element of the manifest that adopts light-DOM styles has each of its sheets in light-dom.css', () => {
  assert.ok(styled.length >= 20, `${styled.length} elements adopt light-DOM styles`);
  const missing = styled.flatMap(({ tagName }) =>
    globalThis.customElements
      .get(tagName)
      .lightStyles.map((styles, index) => ({ tagName, index, cssText: styles.cssText.trim() }))
      .filter(({ cssText }) => !css.includes(cssText))
      .map(({ tagName, index }) => `${tagName} lightStyles[${index}]`),
  );
  assert.deepEqual(missing, []);
  for (const { tagName } of styled) assert.ok(css.includes(` ${tagName}`) || css.includes(`${tagName},`), tagName);
});

test('every sheet sits in @layer qc-ds, so a page rule overrides it before and after the upgrade', () => {
  const sheets = new Set(styled.flatMap(({ tagName }) => globalThis.customElements.get(tagName).lightStyles));
  const outside = [...sheets].filter((styles) => !/^@layer qc-ds\s*\{[\s\S]*\}$/.test(styles.cssText.trim()));
  assert.deepEqual(
    outside.map((styles) => styles.cssText.slice(0, 80)),
    [],
  );
});

test('every source that adopts light-DOM styles is an element of the manifest with `lightStyles`', () => {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const adopting = readdirSync(src, { recursive: true })
    .filter((path) => /\.ts$/.test(path) && !/\.test\.ts$|internal[/\\]light-styles\.ts$/.test(path))
    .filter((path) => readFileSync(`${src}${path}`, 'utf8').includes('adoptLightStyles('))
    .map((path) => `dist/${path.replace(/\\/g, '/').replace(/\.ts$/, '.js')}`)
    .sort();
  assert.deepEqual(adopting, styled.map(({ path }) => path).sort());
});

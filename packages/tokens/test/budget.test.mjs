// 4. tokens.css stays root-size independent (no px font sizes, no :root font-size) and small.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { parseTokensCss, readDist } from './helpers.mjs';

/** The only px values kept on purpose (documented in docs/tokens-and-themes.mdx). */
const PX_ALLOWED = new Map([
  ['--qc-radius-pill', 'a pill radius is clamped by the browser; px keeps it independent of text size'],
]);
const GZIP_BUDGET = 6144;

const css = readDist('tokens.css');
const rules = parseTokensCss(css);

describe('tokens.css', () => {
  it('has no px value except the documented ones, and every type size is in rem [wcag:1.4.4]', () => {
    const offenders = [];
    for (const { selector, declarations } of rules) {
      for (const [name, value] of declarations) {
        if (/\d(\.\d+)?px\b/.test(value) && !PX_ALLOWED.has(name)) offenders.push(`${selector} ${name}: ${value}`);
        if (/^--qc-(font-size|line-height)-/.test(name) && !/^(var\(--qc-[\w-]+\)|[\d.]+rem)$/.test(value)) {
          offenders.push(`${selector} ${name}: ${value} (type sizes must be rem)`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('never sets the root font size or any non-custom property other than color-scheme', () => {
    for (const { selector, declarations } of rules) {
      for (const name of declarations.keys()) {
        assert.ok(name.startsWith('--qc-') || name === 'color-scheme', `${selector} sets ${name}`);
      }
    }
  });

  it(`is at most ${GZIP_BUDGET} bytes gzipped`, () => {
    const size = gzipSync(css, { level: 9 }).length;
    assert.ok(size <= GZIP_BUDGET, `tokens.css is ${size} bytes gzipped (budget ${GZIP_BUDGET})`);
  });

  it('carries no descriptions or per-token comments', () => {
    assert.doesNotMatch(css, /\/\*/);
  });
});

// 1. Every contrast pair declared in the token sources ($extensions["qc.contrast"]) reaches its
//    ratio in every theme, measured on the built values (dist/tokens.json).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  THEMES,
  builtJson,
  composite,
  contrastRatio,
  parseColor,
  refToName,
  sourceFiles,
  toHex,
  walkTree,
} from './helpers.mjs';

/** Pairs from every source file: `{ file, token, against, over?, min, note }`. */
function declaredPairs() {
  const pairs = [];
  for (const { file, tree } of sourceFiles()) {
    walkTree(tree, (node, path) => {
      const list = node.$extensions?.['qc.contrast'];
      if (list === undefined) return;
      assert.ok('$value' in node, `${file}: qc.contrast on the group ${path.join('.')} (declare it on a token)`);
      assert.ok(Array.isArray(list), `${file}: qc.contrast of ${path.join('.')} must be an array`);
      for (const entry of list) {
        assert.equal(typeof entry.min, 'number', `${file}: ${path.join('.')} has a pair without a numeric min`);
        pairs.push({
          file,
          token: path.join('-'),
          against: refToName(entry.against),
          over: entry.over === undefined ? undefined : refToName(entry.over),
          min: entry.min,
        });
      }
    });
  }
  return pairs;
}

/** Per-theme raise of the minimums, e.g. high contrast: { "4.5": 7, "3": 4.5 }. */
function raises() {
  const byTheme = Object.fromEntries(THEMES.map((theme) => [theme, {}]));
  for (const { file, tree } of sourceFiles()) {
    const theme = /^themes\/(.+)\.json$/.exec(file.replaceAll('\\', '/'))?.[1];
    if (!theme) continue;
    walkTree(tree, (node) => Object.assign(byTheme[theme], node.$extensions?.['qc.contrast-raise'] ?? {}));
  }
  return byTheme;
}

describe('contrast ratio function', () => {
  it('matches known WCAG values', () => {
    const ratio = (a, b) => contrastRatio(parseColor(a), parseColor(b));
    assert.equal(Number(ratio('#000', '#fff').toFixed(2)), 21);
    assert.equal(Number(ratio('#fff', '#000').toFixed(2)), 21);
    assert.equal(Number(ratio('#095797', '#ffffff').toFixed(2)), 7.44);
    assert.equal(Number(ratio('#6b778a', '#ffffff').toFixed(2)), 4.53);
    assert.equal(Number(ratio('#777', '#777').toFixed(2)), 1);
  });

  it('composites translucent colours over their background', () => {
    const half = composite(parseColor('rgba(0, 0, 0, 0.5)'), parseColor('#ffffff'));
    assert.equal(toHex(half), '#808080');
    assert.equal(toHex(composite(parseColor('transparent'), parseColor('#095797'))), '#095797');
  });
});

describe('declared contrast pairs', () => {
  const pairs = declaredPairs();
  const values = builtJson();
  const raise = raises();

  it('are declared (the check cannot pass on an empty list)', () => {
    assert.ok(pairs.length >= 50, `only ${pairs.length} contrast pairs found in tokens/`);
    for (const kind of ['color-text-primary', 'color-focus-ring', 'color-border-default', 'color-field-placeholder']) {
      assert.ok(
        pairs.some((p) => p.token === kind),
        `no contrast pair declared for ${kind}`,
      );
    }
  });

  it('name tokens that exist', () => {
    const missing = pairs.flatMap((p) =>
      [p.token, p.against, p.over].filter((n) => n !== undefined && !(n in values.light)).map((n) => `${p.file}: ${n}`),
    );
    assert.deepEqual(missing, []);
  });

  it('high contrast raises the minimums', () => {
    assert.deepEqual(raise['high-contrast'], { 3: 4.5, 4.5: 7 });
  });

  for (const theme of THEMES) {
    it(`all reach their ratio in the ${theme} theme [wcag:1.4.3,1.4.11]`, () => {
      const misses = [];
      for (const pair of pairs) {
        const min = raise[theme][String(pair.min)] ?? pair.min;
        const value = (name) => parseColor(values[theme][name]);
        let background = value(pair.against);
        if (background.a < 1) {
          if (pair.over === undefined) {
            misses.push(`${pair.token} on ${pair.against}: background is translucent, declare "over"`);
            continue;
          }
          background = composite(background, value(pair.over));
        }
        let foreground = value(pair.token);
        if (foreground.a < 1) foreground = composite(foreground, background);
        const ratio = contrastRatio(foreground, background);
        if (ratio < min) {
          misses.push(
            `${pair.token} ${toHex(foreground)} on ${pair.against}${pair.over ? ` over ${pair.over}` : ''} ${toHex(background)}: ${ratio.toFixed(2)}:1 < ${min}:1 (${pair.file})`,
          );
        }
      }
      assert.deepEqual(misses, [], `${misses.length} contrast failures in ${theme}:\n${misses.join('\n')}`);
    });
  }
});

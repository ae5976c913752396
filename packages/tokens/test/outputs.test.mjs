// 2. The outputs agree: for every token and theme, tokens.json == tokens.js == what tokens.css
//    computes to — on <html> and on a nested container — and the SCSS holds the light values.
// Functions passed to page.evaluate() run in the page, where these globals exist.
/* global document, getComputedStyle */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { THEMES, builtJson, computeScope, distDir, parseColor, parseTokensCss, readDist } from './helpers.mjs';
import { chromiumArgs, findBrowser, missingBrowserMessage } from '../../../scripts/find-browser.mjs';

const json = builtJson();
const css = readDist('tokens.css');
const rules = parseTokensCss(css);
const names = Object.keys(json.light);

/** Declarations of the rules (outside @media) whose selector list matches `[data-qc-theme=theme]`, in source order. */
function themeRules(theme) {
  const selector = `[data-qc-theme="${theme}"]`;
  const found = rules.filter((r) => r.media === null && r.selector.split(',').includes(selector));
  assert.ok(found.length > 0, `tokens.css has no rule for ${selector}`);
  return found.map((r) => r.declarations);
}
function mediaRule(media) {
  const found = rules.find((r) => r.media === media && r.selector === '[data-qc-theme="auto"]');
  assert.ok(found, `tokens.css has no @media ${media} rule for [data-qc-theme="auto"]`);
  return found.declarations;
}
const root = rules.find((r) => r.media === null && r.selector === ':root').declarations;
const themed = Object.fromEntries([...THEMES, 'auto'].map((t) => [t, themeRules(t)]));
const autoDark = mediaRule('(prefers-color-scheme:dark)');
const autoContrast = mediaRule('(prefers-contrast:more)');

/** Token values (without the `--qc-` prefix) from a computed scope. */
function tokenValues(scope) {
  return Object.fromEntries(names.map((name) => [name, scope.get(`--qc-${name}`)]));
}

describe('tokens.css resolved in node (cascade model of custom properties)', () => {
  const lightRoot = computeScope(new Map(), root);

  it('declares every token of tokens.json on :root, and nothing else', () => {
    const declared = [...root.keys()].filter((n) => n.startsWith('--qc-')).map((n) => n.slice(5));
    assert.deepEqual(declared.sort(), [...names].sort());
  });

  it(':root computes to the light values', () => {
    assert.deepEqual(tokenValues(lightRoot), json.light);
  });

  for (const theme of THEMES) {
    it(`data-qc-theme="${theme}" on <html> computes to the ${theme} values`, () => {
      assert.deepEqual(tokenValues(computeScope(new Map(), root, ...themed[theme])), json[theme]);
    });

    it(`data-qc-theme="${theme}" on a nested container computes to the ${theme} values`, () => {
      // Nested under each other theme, so a value inherited from the ancestor cannot leak in.
      for (const outer of THEMES) {
        const parent = computeScope(new Map(), root, ...themed[outer]);
        assert.deepEqual(tokenValues(computeScope(parent, ...themed[theme])), json[theme], `${theme} inside ${outer}`);
      }
    });
  }

  it('data-qc-theme="auto" follows prefers-color-scheme and prefers-contrast (contrast wins)', () => {
    const parent = computeScope(new Map(), root, ...themed.dark);
    const auto = (...media) => tokenValues(computeScope(parent, ...themed.auto, ...media));
    assert.deepEqual(auto(), json.light, 'no preference');
    assert.deepEqual(auto(autoDark), json.dark, 'prefers-color-scheme: dark');
    assert.deepEqual(auto(autoContrast), json['high-contrast'], 'prefers-contrast: more');
    assert.deepEqual(auto(autoDark, autoContrast), json['high-contrast'], 'both');
  });

  it('theme blocks hold only the names whose value changes', () => {
    for (const theme of ['dark', 'high-contrast']) {
      const own = rules.find((r) => r.media === null && r.selector === `[data-qc-theme="${theme}"]`);
      const expected = names.filter((n) => json[theme][n] !== json.light[n]).map((n) => `--qc-${n}`);
      const declared = [...own.declarations.keys()].filter((n) => n.startsWith('--qc-'));
      assert.deepEqual(declared.sort(), expected.sort(), theme);
    }
  });

  it('keeps references as var() so an overridden primitive flows through', () => {
    assert.equal(root.get('--qc-color-text-link'), 'var(--qc-color-link-text)');
    assert.equal(root.get('--qc-color-blue-regular_light'), 'var(--qc-color-blue-regular-light)');
    assert.equal(root.get('--qc-box_shadow-1-offset'), 'var(--qc-box-shadow-1-offset)');
  });
});

describe('tokens.json values', () => {
  it('every colour token is a colour and every -rgb companion is "r, g, b", in every theme', () => {
    const bad = [];
    for (const theme of THEMES) {
      for (const [name, value] of Object.entries(json[theme])) {
        if (name.endsWith('-rgb')) {
          const parts = value.split(', ').map(Number);
          const ok = parts.length === 3 && parts.every((n) => Number.isInteger(n) && n >= 0 && n <= 255);
          if (!ok) bad.push(`${theme} ${name}: ${value}`);
        } else if (name.startsWith('color-')) {
          try {
            parseColor(value);
          } catch {
            bad.push(`${theme} ${name}: ${value}`);
          }
        }
      }
    }
    assert.deepEqual(bad, []);
  });
});

describe('tokens.js and tokens.d.ts', () => {
  let mod;
  before(async () => {
    mod = await import(pathToFileURL(join(distDir, 'tokens.js')).href);
  });

  it('tokens.js holds the same resolved values as tokens.json for every theme', () => {
    assert.deepEqual(mod.tokens, json);
    assert.deepEqual(mod.themes, THEMES);
  });

  it('exports each token flat, camel-cased, with its light value', () => {
    const camel = (n) => n.replace(/-([a-z0-9])/gi, (_, c) => c.toUpperCase());
    for (const name of names) assert.equal(mod[camel(name)], json.light[name], name);
    assert.equal(mod.colorTextPrimary, '#223654');
    assert.equal(mod.colorBlueRegular_light, '#2586d6');
    assert.equal(mod.cssVar('color-text-primary'), 'var(--qc-color-text-primary)');
  });

  it('tokens.d.ts declares every export of tokens.js', () => {
    const dts = readDist('tokens.d.ts');
    for (const key of Object.keys(mod)) {
      assert.match(dts, new RegExp(`export declare (const|function) ${key}\\b`), key);
    }
    for (const name of names) assert.ok(dts.includes(`"${name}"`), `QcTokenName lacks ${name}`);
  });
});

describe('tokens.scss', () => {
  it('holds the light value of every token (underscore twins excepted: Sass treats _ as -)', () => {
    const scss = new Map([...readDist('tokens.scss').matchAll(/^\$qc-([\w-]+): (.*);$/gm)].map((m) => [m[1], m[2]]));
    for (const name of names) {
      if (name.includes('_')) continue;
      assert.equal(scss.get(name), json.light[name], name);
    }
  });
});

describe('tokens.css in Chromium', () => {
  let browser;
  let page;
  before(async () => {
    const found = await findBrowser();
    assert.ok(found, missingBrowserMessage);
    const { chromium } = await import('playwright');
    browser = await chromium.launch({ executablePath: found.path, headless: true, args: chromiumArgs });
    page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="fr"><head><style>${css}</style></head><body>
      <div id="dark" data-qc-theme="dark"><div id="light-in-dark" data-qc-theme="light"></div>
        <div id="contrast-in-dark" data-qc-theme="high-contrast"></div><div id="auto-in-dark" data-qc-theme="auto"></div></div>
      <div id="high-contrast" data-qc-theme="high-contrast"></div>
      <div id="auto" data-qc-theme="auto"></div></body></html>`);
  });
  after(async () => {
    await browser?.close();
  });

  const read = (id) =>
    page.evaluate(
      ([target, list]) => {
        const style = getComputedStyle(target ? document.getElementById(target) : document.documentElement);
        return Object.fromEntries(list.map((n) => [n, style.getPropertyValue(`--qc-${n}`).trim()]));
      },
      [id, names],
    );

  it('a nested data-qc-theme="dark" changes --qc-color-text-primary', async () => {
    const value = await page.evaluate(() =>
      getComputedStyle(document.getElementById('dark')).getPropertyValue('--qc-color-text-primary').trim(),
    );
    assert.equal(value, json.dark['color-text-primary']);
    assert.notEqual(value, json.light['color-text-primary']);
  });

  it('computes every token to the tokens.json value in each theme, on <html> and on containers', async () => {
    assert.deepEqual(await read(null), json.light);
    assert.deepEqual(await read('dark'), json.dark);
    assert.deepEqual(await read('light-in-dark'), json.light);
    assert.deepEqual(await read('high-contrast'), json['high-contrast']);
    assert.deepEqual(await read('contrast-in-dark'), json['high-contrast']);
    assert.deepEqual(await read('auto'), json.light);
    assert.deepEqual(await read('auto-in-dark'), json.light);
  });

  it('data-qc-theme="auto" follows the emulated system preferences', async () => {
    await page.emulateMedia({ colorScheme: 'dark', contrast: 'no-preference' });
    assert.deepEqual(await read('auto'), json.dark);
    assert.deepEqual(await read('auto-in-dark'), json.dark);
    await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
    assert.deepEqual(await read('auto'), json['high-contrast']);
    await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
    assert.deepEqual(await read('auto'), json['high-contrast']);
    await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
    assert.deepEqual(await read('auto'), json.light);
  });
});

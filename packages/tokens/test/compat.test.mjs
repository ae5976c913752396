// 3. Compatibility with qc-trousse-sdg 1.5.x: the incumbent's custom property names exist in
//    tokens.css with the incumbent's values (colours exact; sizes equal after px → rem at 16 px).
//    The expected values are written out here, from the incumbent's token sources, on purpose:
//    they must not be read from tokens/ or the test would only compare the sources with themselves.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtJson, computeScope, parseColor, parseTokensCss, readDist } from './helpers.mjs';

const COLORS = {
  white: '#ffffff',
  'blue-extra-pale': '#dae6f0',
  'blue-pale': '#dae6f0',
  'blue-light': '#4a98d9',
  'blue-regular_light': '#2586d6',
  'blue-regular': '#1472bf',
  'blue-piv': '#095797',
  'blue-medium': '#19406c',
  'blue-dark': '#223654',
  purple: '#6b4fa1',
  'grey-extra-pale': '#f1f1f2',
  'grey-pale': '#f1f1f2',
  'grey-light': '#c5cad2',
  'grey-regular': '#8893a2',
  'grey-medium': '#6b778a',
  'grey-dark': '#4e5662',
  'pink-pale': '#ffdbd6',
  'pink-regular': '#e58271',
  'red-pale': '#ffdbd6',
  'red-light': '#e58271',
  'red-regular_light': '#eb705a',
  'red-regular': '#cb381f',
  'red-medium': '#b52e16',
  'red-dark': '#692519',
  'green-pale': '#d7f0bb',
  'green-regular': '#4f813d',
  'green-dark': '#2c4024',
  'yellow-pale': '#f8e69a',
  'yellow-regular': '#e0ad03',
  'yellow-dark': '#ad781c',
  background: '#ffffff',
  'text-primary': '#223654',
  accent: '#e58271',
  success: '#4f813d',
  error: '#cb381f',
  danger: '#692519',
  'link-text': '#095797',
  'link-hover': '#095797',
  'link-visited': '#6b4fa1',
  'link-active': '#cb381f',
  'link-focus-outline': '#4a98d9',
  'formfield-border': '#6b778a',
  'formfield-focus-border': '#223654',
  'formfield-focus-outline': '#4a98d9',
  'searchinput-icon': '#095797',
};

/** The incumbent's dark theme (.qc-dark-theme) for the colours it overrides. */
const DARK_COLORS = {
  white: '#121519',
  'blue-pale': '#162b47',
  'blue-light': '#0078cc',
  'blue-regular': '#3b95e1',
  'blue-piv': '#72b2eb',
  'blue-medium': '#adcdeb',
  'blue-dark': '#c6dbee',
  'blue-regular_light': '#2586d6',
  purple: '#b3a5d4',
  'grey-pale': '#1c2025',
  'grey-light': '#3b424c',
  'grey-regular': '#6a7688',
  'grey-medium': '#8590a8',
  'grey-dark': '#a7acbc',
  'pink-pale': '#4f180e',
  'pink-regular': '#bb3a23',
  'red-regular_light': '#d34027',
  'red-regular': '#f26049',
  'red-medium': '#f19387',
  'red-dark': '#f3bcb6',
  'green-pale': '#1e2f17',
  'green-regular': '#6e9c57',
  'green-dark': '#b0d493',
  'yellow-pale': '#3f240c',
  'yellow-regular': '#6d4512',
  'yellow-dark': '#ac7900',
  'text-primary': '#d7d8dd',
  accent: '#f17b6c',
};

/** Sizes in px as the incumbent defines them (its CSS used a 62.5 % root; qc-ds uses rem at 16 px). */
const SIZES_PX = {
  'spacer-xs': 8,
  'spacer-sm': 16,
  'spacer-md': 24,
  'spacer-lg': 48,
  'spacer-xl': 96,
  'spacer-section': 96,
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`spacer-${i + 1}`, 8 * (i + 1)])),
  'spacer-h1-mt': 72,
  'spacer-h1-mb': 32,
  'spacer-h2-mt': 72,
  'spacer-h2-mb': 16,
  'spacer-h3-mt': 48,
  'spacer-h3-mb': 8,
  'spacer-h4-mt': 48,
  'spacer-h4-mb': 8,
  'spacer-h5-mt': 24,
  'spacer-h5-mb': 0,
  'spacer-h6-mt': 24,
  'spacer-h6-mb': 0,
  'spacer-content-block-mb': 24,
  'spacer-list-pl': 16,
  'spacer-list-item-mb': 16,
  'size-max-width-xs': 63,
  'size-max-width-sm': 156,
  'size-max-width-md': 249,
  'size-max-width-lg': 528,
  'size-max-width-xl': 825,
  'size-textarea-min-height': 108,
  'size-search-bar-max-width': 640,
  'max-content-width': 825,
  'font-size-h1': 48,
  'font-size-h2': 36,
  'font-size-h3': 28,
  'font-size-h4': 21,
  'font-size-h5': 19,
  'font-size-h6': 16,
  'font-size-90': 14,
  'font-size-100': 16,
  'font-size-120': 18,
  'font-size-200': 22,
  'font-size-sm': 14,
  'font-size-md': 16,
  'font-size-lg': 18,
  'font-size-xl': 22,
  'font-size-content': 16,
  'line-height-h1': 56,
  'line-height-h2': 40,
  'line-height-h3': 32,
  'line-height-h4': 24,
  'line-height-h5': 24,
  'line-height-h6': 20,
  'line-height-90': 20,
  'line-height-100': 24,
  'line-height-120': 28,
  'line-height-200': 32,
  'line-height-sm': 20,
  'line-height-md': 24,
  'line-height-lg': 28,
  'line-height-xl': 32,
  'line-height-content': 24,
  'grid-gutter': 32,
  'grid-breakpoint-xs': 0,
  'grid-breakpoint-sm': 768,
  'grid-breakpoint-md': 992,
  'grid-breakpoint-lg': 1200,
  'grid-container-max-width-sm': 768,
  'grid-container-max-width-md': 992,
  'grid-container-max-width-lg': 1200,
  'box_shadow-1-offset': 1,
  'box_shadow-1-blur': 4,
  'box_shadow-2-offset': 2,
  'box_shadow-2-blur': 8,
  'box_shadow-3-offset': 4,
  'box_shadow-3-blur': 16,
  'box_shadow-4-offset': 6,
  'box_shadow-4-blur': 24,
  'box-shadow-1-offset': 1,
  'box-shadow-4-blur': 24,
};

const OTHER = {
  'font-family-roboto': 'Roboto,sans-serif',
  'font-family-open-sans': 'Open Sans,sans-serif',
  'font-family-roboto-mono': 'Roboto Mono,monospace',
  'font-family-header': 'Roboto,sans-serif',
  'font-family-content': 'Open Sans,sans-serif',
  'font-family-code': 'Roboto Mono,monospace',
  'font-weight-regular': '400',
  'font-weight-medium': '500',
  'font-weight-semi-bold': '600',
  'font-weight-bold': '700',
  'font-weight-header-regular': '400',
  'font-weight-header-medium': '500',
  'font-weight-header-bold': '700',
  'font-weight-content-regular': '400',
  'font-weight-content-medium': '600',
  'font-weight-content-bold': '700',
  'color-box_shadow': 'rgba(34,54,84,0.24)',
  'box_shadow-0-color': '#c5cad2',
};

const rules = parseTokensCss(readDist('tokens.css'));
const root = computeScope(new Map(), rules.find((r) => r.selector === ':root' && r.media === null).declarations);
const css = (name) => {
  const value = root.get(`--qc-${name}`);
  assert.ok(value !== undefined, `tokens.css does not declare --qc-${name}`);
  return value;
};
const channels = (hex) => {
  const { r, g, b } = parseColor(hex);
  return `${r}, ${g}, ${b}`;
};
const toPx = (value) => {
  if (value === '0') return 0;
  const match = /^(-?[\d.]+)rem$/.exec(value);
  assert.ok(match, `expected a rem size, got "${value}"`);
  return Number(match[1]) * 16;
};

describe('incumbent (qc-trousse-sdg 1.5.x) custom properties', () => {
  it('every colour exists with its exact value', () => {
    for (const [name, hex] of Object.entries(COLORS)) assert.equal(css(`color-${name}`), hex, name);
  });

  it('every colour has its -rgb companion ("r, g, b")', () => {
    assert.equal(css('color-blue-piv-rgb'), '9, 87, 151');
    for (const [name, hex] of Object.entries(COLORS)) assert.equal(css(`color-${name}-rgb`), channels(hex), name);
  });

  it('the dark theme keeps the incumbent dark palette, -rgb included', () => {
    const dark = builtJson().dark;
    for (const [name, hex] of Object.entries(DARK_COLORS)) {
      assert.equal(dark[`color-${name}`], hex, name);
      assert.equal(dark[`color-${name}-rgb`], channels(hex), `${name}-rgb`);
    }
  });

  it('spacers, field widths, typography, grid and shadows equal the incumbent px values in rem', () => {
    for (const [name, px] of Object.entries(SIZES_PX)) assert.equal(toPx(css(name)), px, name);
  });

  it('font families, weights and the shadow colour keep their values', () => {
    const normalize = (v) => v.replace(/["']/g, '').replace(/\s*,\s*/g, ',');
    for (const [name, value] of Object.entries(OTHER)) assert.equal(normalize(css(name)), value, name);
  });

  it('underscore names are aliases of the dashed names', () => {
    const raw = rules.find((r) => r.selector === ':root').declarations;
    assert.equal(raw.get('--qc-color-blue-regular_light'), 'var(--qc-color-blue-regular-light)');
    assert.equal(raw.get('--qc-color-red-regular_light'), 'var(--qc-color-red-regular-light)');
    assert.equal(raw.get('--qc-color-box_shadow'), 'var(--qc-color-box-shadow)');
    for (const n of [0, 1, 2, 3, 4]) {
      const keys = n === 0 ? ['color'] : ['offset', 'blur'];
      for (const key of keys) assert.equal(raw.get(`--qc-box_shadow-${n}-${key}`), `var(--qc-box-shadow-${n}-${key})`);
    }
  });
});

// Storybook's own chrome (manager and docs pages) in qc-ds colours. Storybook's theming needs
// literal colours, not custom properties: these are the light-theme token values of
// --qc-color-blue-piv, --qc-color-blue-dark, --qc-color-grey-pale, --qc-color-grey-light and
// --qc-color-grey-medium (tokens/primitives).
import { create } from 'storybook/theming/create';

const bluePiv = '#095797';
const blueDark = '#223654';
const greyPale = '#f1f1f2';
const greyLight = '#c5cad2';
const greyMedium = '#6b778a';

export const qcTheme = create({
  base: 'light',
  brandTitle: 'qc-ds — Système de design du Québec',
  brandUrl: './',
  brandTarget: '_self',
  colorPrimary: bluePiv,
  colorSecondary: bluePiv,
  appBg: greyPale,
  appContentBg: '#ffffff',
  appPreviewBg: '#ffffff',
  appBorderColor: greyLight,
  appBorderRadius: 4,
  fontBase: '"Open Sans", system-ui, -apple-system, "Segoe UI", sans-serif',
  fontCode: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  textColor: blueDark,
  textInverseColor: '#ffffff',
  textMutedColor: greyMedium,
  barTextColor: blueDark,
  barHoverColor: bluePiv,
  barSelectedColor: bluePiv,
  barBg: '#ffffff',
  buttonBg: '#ffffff',
  buttonBorder: greyMedium,
  inputBg: '#ffffff',
  inputBorder: greyMedium,
  inputTextColor: blueDark,
  inputBorderRadius: 4,
});

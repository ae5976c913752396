// Storybook UI: qc-ds branding (text title, no external logo).
import { addons } from 'storybook/manager-api';
import { qcTheme } from './qc-theme.js';

addons.setConfig({
  theme: qcTheme,
  sidebar: { showRoots: true },
});

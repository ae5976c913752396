/// <reference types="vite/client" />
// The Storybook preview (the iframe that renders stories and docs).
import '../packages/tokens/dist/tokens.css';
import '../packages/styles/dist/qc-ds.css';
import './preview.css';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import type { Preview } from '@storybook/web-components-vite';
import { annotations } from './annotations.js';
import { qcTheme } from './qc-theme.js';

// The manifest written by `npm run build` (@custom-elements-manifest/analyzer) gives autodocs the
// attributes, properties, slots, parts, CSS properties and events of every component. A glob
// rather than an import so a missing file gets the message below, not a bundler error.
const manifestPath = '../packages/components/custom-elements.json';
const manifests = import.meta.glob<unknown>('../packages/components/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = manifests[manifestPath];
if (!manifest) {
  throw new Error(
    'qc-ds Storybook: packages/components/custom-elements.json is missing. Run `npm run build` first. ' +
      'Le manifeste des composants est absent : lancez `npm run build`.',
  );
}
setCustomElementsManifest(manifest);

const preview: Preview = {
  ...annotations,
  // Logs the events each stories file names in `parameters.actions.handles` (from the manifest,
  // stories/support/manifest-controls.ts) in the Actions panel, whatever markup the story draws.
  decorators: [...annotations.decorators, withActions],
  parameters: {
    ...annotations.parameters,
    docs: {
      theme: qcTheme,
      toc: { headingSelector: 'h2, h3', title: 'Sur cette page — On this page' },
    },
    options: {
      storySort: {
        order: [
          'Guides',
          [
            'Introduction',
            'Démarrage — Getting started',
            'Jetons et thèmes — Tokens and themes',
            'Accessibilité — Accessibility',
            'Migration',
            'Formulaires — Forms',
            'Architecture',
            '*',
          ],
          'Démarrer — Getting started',
          ['React', 'Vue', 'Angular', '*'],
          'Fondations',
          ['Couleurs — Colours', 'Typographie — Typography', 'Espacement — Spacing', '*'],
          'Composants',
          'Formulaires',
          'Pages',
          '*',
        ],
      },
    },
  },
};

export default preview;

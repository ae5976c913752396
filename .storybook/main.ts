// Storybook configuration for qc-ds. Storybook reads this file in Node.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
// Writes the Government of Québec signature art (src/internal/signature/art.generated.ts) if missing or stale.
// Named and called: a config loader that bundles this file would drop a bare import (package sideEffects).
import { writeSignatureArt } from '../packages/components/scripts/signature.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeSignatureArt();

// Built outputs the preview imports. They come from `npm run build`; without them Vite would stop
// with an unreadable "failed to resolve import", so say what to do instead.
const requiredBuildOutputs = [
  'packages/tokens/dist/tokens.css',
  'packages/styles/dist/qc-ds.css',
  'packages/components/custom-elements.json',
];
const missing = requiredBuildOutputs.filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) {
  throw new Error(
    `qc-ds Storybook: missing build output ${missing.map((file) => relative(process.cwd(), join(root, file))).join(', ')}.\n` +
      'Run `npm run build` first (or `npm start`, which builds then starts Storybook).\n' +
      'Il manque des fichiers générés : lancez `npm run build` avant Storybook.',
  );
}

/**
 * @wc-toolkit/storybook-helpers (stories/support/manifest-controls.ts) imports Node's `path` for its
 * own Storybook preset, which runs in Node. In the browser bundle that import would pull the npm
 * `path` polyfill, which reads `process` and throws: an empty module stands in for it there.
 */
function helpersNodePathStub(): Plugin {
  const stub = '\0qc-ds-storybook-helpers-path';
  return {
    name: 'qc-ds-storybook-helpers-path',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'path' && importer?.includes('@wc-toolkit/storybook-helpers') ? stub : undefined;
    },
    load(id) {
      return id === stub ? 'export default {};' : undefined;
    },
  };
}

/** The part of Storybook's server channel used below (the preset is not in StorybookConfig's type). */
interface ServerChannel {
  on(event: string, listener: (...args: unknown[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
  removeAllListeners(event: string): void;
}

const config: StorybookConfig & { experimental_serverChannel?: (channel: ServerChannel) => Promise<ServerChannel> } = {
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    // No network: no telemetry, no crash reports, no "what's new" notifications.
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  features: {
    // The qc-ds theme toolbar sets the background (see preview.ts); the generic backgrounds tool
    // would paint over it and show colours that are not qc-ds tokens.
    backgrounds: false,
    // Storybook's own onboarding (the sidebar checklist widget and the "Guide" page in the menu,
    // both development-only) would greet contributors instead of the qc-ds introduction.
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  // No staticDirs: Vite bundles the fonts that @qc-ds/styles' CSS references (preview.ts imports it).
  docs: { defaultName: 'Documentation' },
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), helpersNodePathStub()] }),
  // Storybook's dev server fetches https://storybook.js.org/whats-new/v1 whenever the manager asks
  // for it, even with notifications disabled. Answer "no data" locally instead: no request leaves
  // the machine.
  experimental_serverChannel: async (channel) => {
    channel.removeAllListeners('requestWhatsNewData');
    channel.on('requestWhatsNewData', () => {
      channel.emit('resultWhatsNewData', { data: { status: 'ERROR' } });
    });
    return channel;
  },
};

export default config;

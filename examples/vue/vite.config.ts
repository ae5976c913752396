import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// https://vite.dev/config/
export default defineConfig({
  plugins: [
    vue({
      // qc-* tags are custom elements (qc-ds), not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('qc-') } },
    }),
  ],
  // Relative URLs: the built app works from any folder of any server.
  base: './',
  build: {
    rolldownOptions: {
      output: {
        // qc-ds and Lit in their own chunk, so the JS the app ships for qc-ds can be measured
        // (scripts/examples.mjs reads it); a ministry may keep it too, for caching.
        codeSplitting: {
          groups: [{ name: 'qc-ds', test: /node_modules[\\/](@qc-ds|lit|lit-html|lit-element|@lit)[\\/]/ }],
        },
      },
    },
  },
});

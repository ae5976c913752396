// Builds @qc-ds/components (`npm run build -w @qc-ds/components`):
//   1. icon subset (scripts/build-icons.mjs writes src/icon/icons/*.ts; must come first), then the
//      signature artwork (scripts/signature.mjs: src/internal/signature/art.generated.ts, dist/assets/),
//   2. ESM modules in dist/ (rollup, Lit external, warnings stripped) and, with the developer
//      warnings, in dist/development/ (the `development` export condition),
//   3. .d.ts declarations next to the production modules (tsc --emitDeclarationOnly),
//   4. the CDN (Lit inlined, minified, warnings stripped): one module per element, their shared
//      chunks and the loader qc-ds-loader.js, then the all-in-one dist/cdn/qc-ds.js,
//   5. custom-elements.json (@custom-elements-manifest/analyzer), then from it the JSX (React, Preact)
//      and Vue types and the VS Code and JetBrains data (scripts/framework-types.mjs),
//   6. dist/light-dom.css, the light-DOM rules of every element, for server-rendered pages.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { rollup } from 'rollup';
import { cdnConfig, cdnModulesConfig, distDir, esmConfig, packageDir } from './rollup.config.mjs';

const require = createRequire(import.meta.url);

async function step(title, run) {
  const started = performance.now();
  await run();
  console.log(`@qc-ds/components: ${title} (${Math.round(performance.now() - started)} ms)`);
}

function node(args) {
  const result = spawnSync(process.execPath, args, { cwd: packageDir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`failed: node ${args.join(' ')} (exit ${result.status ?? result.signal})`);
}

async function bundle(config) {
  const build = await rollup({ ...config, onwarn: failOnWarning });
  try {
    await build.write(config.output);
  } finally {
    await build.close();
  }
}

// A warning (unresolved import, circular dependency, `this` rewriting…) is a build error here:
// it would otherwise ship silently broken modules.
function failOnWarning(warning) {
  throw new Error(`rollup: ${warning.message}`);
}

const iconScript = join(packageDir, 'scripts', 'build-icons.mjs');
const signatureScript = join(packageDir, 'scripts', 'signature.mjs');
const frameworkTypesScript = join(packageDir, 'scripts', 'framework-types.mjs');
const lightDomCssScript = join(packageDir, 'scripts', 'light-dom-css.mjs');

try {
  await step('icons', () => {
    if (!existsSync(iconScript)) throw new Error(`missing ${iconScript}`);
    node([iconScript]);
  });
  await step('clean dist/', () => rmSync(distDir, { recursive: true, force: true }));
  // After the clean (it writes dist/assets/) and before compilation (src/internal/signature/art.generated.ts).
  await step('signature artwork', () => node([signatureScript]));
  await step('ESM modules', () => bundle(esmConfig()));
  await step('ESM modules, development', () => bundle(esmConfig({ development: true })));
  await step('type declarations', () => node([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']));
  await step('CDN modules and loader', () => bundle(cdnModulesConfig()));
  await step('CDN all-in-one', () => bundle(cdnConfig()));
  await step('custom-elements.json', () =>
    node([require.resolve('@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--litelement', '--quiet']),
  );
  // After the manifest and the .d.ts files it reads.
  await step('framework types and IDE data', () => node([frameworkTypesScript]));
  // After the manifest (its tags) and the ESM modules (the elements' `lightStyles`).
  await step('light-dom.css', () => node([lightDomCssScript]));
} catch (error) {
  console.error(`\n@qc-ds/components: build failed\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

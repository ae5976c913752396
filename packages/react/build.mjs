// Builds @qc-ds/react (`npm run build -w @qc-ds/react`, after @qc-ds/components): generates the
// wrappers from custom-elements.json into generated/ (scripts/generate.mjs), then compiles them to dist/
// (ES modules and .d.ts, one per tag) with tsc.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './scripts/generate.mjs';

const require = createRequire(import.meta.url);
const packageDir = fileURLToPath(new URL('.', import.meta.url));

try {
  console.log(`@qc-ds/react: ${generate()} wrappers generated`);
  rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: packageDir,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) throw new Error(`tsc exited with ${tsc.status ?? tsc.signal}`);
  console.log('@qc-ds/react: dist/ written');
} catch (error) {
  console.error(`@qc-ds/react: build failed\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

// The example applications (examples/*/), built as a ministry builds them: every folder of
// examples/ whose package.json has a `build` script is an app with its own lockfile. This script
//
// 1. packs the published packages (@qc-ds/tokens, styles, components) with `npm pack` into
//    examples/.packs/, as the registry would serve them (run `npm run build` first);
// 2. installs each app: `npm ci` from its own lockfile (skipped when node_modules already matches
//    the lockfile), then the tarballs with `npm install --no-save` (the app's package.json and
//    lockfile stay as committed: the working tree is clean after a run);
// 3. builds every app in production mode, side by side;
// 4. reports the JS each app ships for qc-ds (qc-ds and Lit modules in the production bundle, bytes
//    and gzip), printed and written to examples/.report/sizes.json.
//
// Usage: node scripts/examples.mjs [app…]   (no app: all of them). Exits non-zero if a step fails.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');
const packs = join(examples, '.packs');
const reportFile = join(examples, '.report', 'sizes.json');
const packages = ['@qc-ds/tokens', '@qc-ds/styles', '@qc-ds/components'];
/** Modules counted as "qc-ds" in a bundle: the packages and the Lit they depend on. */
const qcDsModule = /node_modules[\\/](?:@qc-ds|lit|lit-html|lit-element|@lit)[\\/]/;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command; resolves with its exit code and output (printed once it ends, prefixed by `label`). */
function run(label, command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: output + String(error) }));
    child.on('close', (code) => {
      const shown = `$ (${label}) ${command} ${args.map((a) => (isAbsolute(a) ? relative(cwd, a) : a)).join(' ')}`;
      if (code !== 0) console.error(`${shown}\n${output.trimEnd()}\n(${label}) exit code ${code}`);
      else console.log(shown);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** The apps: examples/<name>/package.json with a `build` script. */
function findApps(only) {
  const apps = readdirSync(examples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .filter((name) => {
      const manifest = join(examples, name, 'package.json');
      return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).scripts?.build;
    })
    .sort();
  const unknown = only.filter((name) => !apps.includes(name));
  if (unknown.length > 0) throw new Error(`No example app named ${unknown.join(', ')} (apps: ${apps.join(', ')}).`);
  return only.length > 0 ? apps.filter((name) => only.includes(name)) : apps;
}

async function pack() {
  for (const name of packages) {
    const dir = join(root, 'packages', name.split('/')[1]);
    if (!existsSync(join(dir, 'dist'))) throw new Error(`${name} has no dist/: run \`npm run build\` first.`);
  }
  rmSync(packs, { recursive: true, force: true });
  mkdirSync(packs, { recursive: true });
  const args = ['pack', '--json', '--pack-destination', packs, ...packages.flatMap((name) => ['--workspace', name])];
  // QC_BUILD_LOCK=<file>: pack under `flock` while other processes rebuild dist/ (shared machines).
  const lock = process.env.QC_BUILD_LOCK;
  const { code, output } = lock
    ? await run('pack', 'flock', [lock, npm, ...args], root)
    : await run('pack', npm, args, root);
  if (code !== 0) throw new Error('npm pack failed.');
  const listed = JSON.parse(output.slice(output.indexOf('[')));
  return listed.map((entry) => join(packs, entry.filename));
}

const lockHash = (dir) =>
  createHash('sha256')
    .update(readFileSync(join(dir, 'package-lock.json')))
    .digest('hex');

async function install(app, tarballs) {
  const dir = join(examples, app);
  const stamp = join(dir, 'node_modules', '.qc-ds-lock');
  // `npm ci` wipes node_modules: only when the lockfile changed since the last install.
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash(dir)) {
    const ci = await run(app, npm, ['ci', '--prefer-offline'], dir);
    if (ci.code !== 0) return false;
    writeFileSync(stamp, lockHash(dir));
  }
  const add = await run(app, npm, ['install', '--no-save', '--prefer-offline', ...tarballs], dir);
  return add.code === 0;
}

/** Every file under `dir`, relative to it. */
const filesUnder = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : []);

/**
 * The JS an app ships for qc-ds, from the bundler's own output: a `qc-ds` chunk (Vite's
 * `codeSplitting` group) measured whole, or an esbuild metafile (`stats.json`, Angular's
 * `--stats-json`) whose outputs list the bytes of each input module.
 */
function measure(app) {
  const dist = join(examples, app, 'dist');
  const files = filesUnder(dist);
  const js = files.filter((file) => file.endsWith('.js'));
  const size = (file) => {
    const bytes = readFileSync(join(dist, file));
    return { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const sum = (list) =>
    list.map(size).reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip }), { bytes: 0, gzip: 0 });
  const total = sum(js);
  const chunks = js.filter((file) => /(?:^|[\\/])qc-ds[-.][^\\/]*\.js$/.test(file));
  if (chunks.length > 0) return { app, method: 'qc-ds chunk', files: chunks, qcDs: sum(chunks), totalJs: total };
  const stats = files.find((file) => file.endsWith('stats.json'));
  if (stats) {
    const metafile = JSON.parse(readFileSync(join(dist, stats), 'utf8'));
    let bytes = 0;
    // JavaScript outputs only (the metafile also lists fonts and CSS, whose inputs sit in the same packages).
    for (const [path, output] of Object.entries(metafile.outputs ?? {}))
      if (path.endsWith('.js'))
        for (const [input, { bytesInOutput }] of Object.entries(output.inputs ?? {}))
          if (qcDsModule.test(input)) bytes += bytesInOutput;
    // Gzip of modules mixed into shared chunks cannot be separated: bytes only.
    return { app, method: 'esbuild metafile', files: [stats], qcDs: { bytes, gzip: null }, totalJs: total };
  }
  throw new Error(`${app}: no qc-ds chunk (dist/**/qc-ds-*.js) and no esbuild stats.json to measure.`);
}

const kb = (n) => (n === null ? '—' : `${(n / 1024).toFixed(1)} KiB`);

async function main() {
  const started = performance.now();
  const apps = findApps(process.argv.slice(2));
  if (apps.length === 0) throw new Error('No example app in examples/.');
  const tarballs = await pack();
  console.log(`packed: ${tarballs.map((file) => relative(root, file)).join(', ')}`);
  // Installs and builds side by side (npm's cache is safe to share; most of the time is waiting).
  const installs = await Promise.all(apps.map((app) => install(app, tarballs)));
  const notInstalled = apps.filter((_, index) => !installs[index]);
  if (notInstalled.length > 0) throw new Error(`Install failed: ${notInstalled.join(', ')}.`);
  const installed = performance.now();
  const built = await Promise.all(
    apps.map(async (app) => {
      const start = performance.now();
      const result = await run(app, npm, ['run', 'build'], join(examples, app));
      return { ...result, seconds: Number(((performance.now() - start) / 1000).toFixed(1)) };
    }),
  );
  const failed = apps.filter((_, index) => built[index].code !== 0);
  if (failed.length > 0) throw new Error(`Build failed: ${failed.join(', ')}.`);
  const sizes = apps.map((app, index) => ({ ...measure(app), buildSeconds: built[index].seconds }));
  mkdirSync(join(examples, '.report'), { recursive: true });
  writeFileSync(
    reportFile,
    `${JSON.stringify({ generated: new Date().toISOString(), qcDsModules: String(qcDsModule), apps: sizes }, null, 2)}\n`,
  );
  console.log('\nJS shipped for qc-ds (qc-ds + Lit modules in the production bundle):');
  for (const { app, method, qcDs, totalJs, buildSeconds } of sizes)
    console.log(
      `  ${app.padEnd(10)} ${kb(qcDs.bytes).padStart(10)} (gzip ${kb(qcDs.gzip)})   all JS ${kb(totalJs.bytes)} (gzip ${kb(totalJs.gzip)})   [${method}; build ${buildSeconds} s]`,
    );
  const seconds = (t) => (t / 1000).toFixed(1);
  console.log(
    `\n${relative(root, reportFile)} written; pack + install ${seconds(installed - started)} s, builds ${seconds(performance.now() - installed)} s.`,
  );
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});

// The files `npm pack` would publish for the package in `dir` (paths relative to it), without
// running its scripts: what the package checks (packages/*/test/package.test.mjs) hold the
// published files to.
import { execFileSync } from 'node:child_process';

/** @param {string} dir a package folder */
export function packedFiles(dir) {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      shell: process.platform === 'win32',
    }),
  );
  return pack.files.map((file) => file.path);
}

// `npm run new -- <name>` (scripts/plop/plopfile.js) must keep writing a component that builds,
// lints, type-checks and passes its own tests, as the code around it changes. This test runs the
// generator into a temporary copy of the repository (sources, stories, changesets and configs
// copied; node_modules, docs and the built tokens linked), then checks the files, the entry point,
// prettier, eslint, tsc, and runs the generated browser tests in Chromium.
//
//   node --test packages/components/test/generator.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkName, generatedFiles } from '../../../scripts/plop/plopfile.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const name = 'exemple-genere';
const tag = `qc-${name}`;
const className = 'QcExempleGenere';
let copy = '';

/** Runs a Node CLI of the repository (its `node_modules`) in the copy; fails with its output. */
function run(bin, args, timeout = 300_000) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', bin), ...args], {
    cwd: copy,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, QC_ENGINE: 'chromium', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  assert.equal(result.status, 0, `${bin} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const read = (path) => readFileSync(join(copy, path), 'utf8');

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'qc-ds-generator-'));
  const copied = [
    'package.json',
    'tsconfig.json',
    'eslint.config.js',
    '.prettierrc.json',
    '.prettierignore',
    'web-test-runner.config.mjs',
    'scripts',
    'stories',
    '.changeset',
    'packages/components/package.json',
    // web-test-runner.config.mjs runs scripts/signature.mjs (the PIV signature art) on start.
    'packages/components/scripts',
    'packages/components/src',
    // The stories' controls import the manifest (stories/support/manifest-controls.ts).
    'packages/components/custom-elements.json',
    // web-test-runner.config.mjs loads the React wrappers' test plugin.
    'packages/react/test/wtr-react-plugin.mjs',
  ];
  for (const path of copied) cpSync(join(root, path), join(copy, path), { recursive: true });
  mkdirSync(join(copy, 'packages'), { recursive: true });
  for (const path of ['node_modules', 'docs', 'packages/tokens']) symlinkSync(join(root, path), join(copy, path));
  run('plop/bin/plop.js', [
    '--plopfile',
    'scripts/plop/plopfile.js',
    '--dest',
    copy,
    'component',
    name,
    'Exemple d’aide',
    'Help example',
  ]);
});

after(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('the component generator', () => {
  test('refuses names that are not new kebab-case names', () => {
    assert.equal(checkName('date-range', root), true);
    for (const bad of [
      '',
      'Date',
      'date_range',
      'date--range',
      '-date',
      'date-',
      '1date',
      'qc-date',
      'button',
      'internal',
    ]) {
      assert.equal(typeof checkName(bad, root), 'string', `« ${bad} » is refused`);
    }
  });

  test('writes the component folder, its stories and its changeset', () => {
    for (const file of generatedFiles(name)) assert.ok(existsSync(join(copy, file)), file);
    const component = read(`packages/components/src/${name}/${name}.ts`);
    assert.match(component, new RegExp(`export class ${className} extends QcElement`));
    assert.match(component, /@property\(\{ reflect: true \}\) variant: ExempleGenereVariant = 'default';/);
    assert.doesNotMatch(component, /static (override )?properties|declare /, 'one declaration per property');
    assert.match(component, /@summary /);
    const registration = read(`packages/components/src/${name}/${tag}.ts`);
    assert.match(registration, new RegExp(`${className}\\.define\\('${tag}'\\);`));
    assert.match(registration, new RegExp(`'${tag}': ${className};`), 'HTMLElementTagNameMap augmentation');
    const strings = read(`packages/components/src/${name}/${name}.strings.ts`);
    assert.match(strings, /fr: \{\s*exempleGenereLabel: 'Exemple d’aide',/);
    assert.match(strings, /en: \{\s*exempleGenereLabel: 'Help example',/);
    const tests = read(`packages/components/src/${name}/${name}.test.ts`);
    for (const block of ['accessibility', 'rendering', 'properties', 'keyboard', 'events', 'i18n', 'bad input']) {
      assert.ok(tests.includes(`describe('${block}'`), `describe('${block}')`);
    }
    const styles = read(`packages/components/src/${name}/${name}.styles.ts`);
    assert.doesNotMatch(styles, /#[0-9a-f]{3,8}\b|\d+px/i, 'tokens only');
    const stories = read(`stories/${name}.stories.ts`);
    assert.match(stories, new RegExp(`title: 'Composants/.+ \\(${tag}\\)'`));
    assert.match(stories, /lang="en"/, 'an English story');
    assert.match(read(`.changeset/new-${tag}.md`), /^---\n'@qc-ds\/components': minor\n---\n/);
  });

  test('adds the element to the all-components entry point, once', () => {
    const index = read('packages/components/src/index.ts');
    const line = `export * from './${name}/${tag}.js';`;
    assert.equal(index.split('\n').filter((l) => l === line).length, 1);
    assert.equal(index.replace(`${line}\n`, ''), readFileSync(join(root, 'packages/components/src/index.ts'), 'utf8'));
  });

  test('writes files that prettier, eslint and tsc accept', () => {
    const files = [...generatedFiles(name), 'packages/components/src/index.ts'];
    run('prettier/bin/prettier.cjs', ['--check', ...files]);
    run('eslint/bin/eslint.js', ['--max-warnings=0', ...files.filter((file) => file.endsWith('.ts'))]);
    // The generated files and what they import; not the whole tree (other work in progress is not this test's business).
    writeFileSync(
      join(copy, 'tsconfig.generated.json'),
      JSON.stringify({ extends: './tsconfig.json', include: files.filter((file) => file.endsWith('.ts')) }),
    );
    run('typescript/bin/tsc', ['-p', 'tsconfig.generated.json', '--noEmit']);
  });

  test('writes tests that pass in Chromium', () => {
    const output = run(
      '@web/test-runner/dist/bin.js',
      [`packages/components/src/${name}/${name}.test.ts`, '--config', 'web-test-runner.config.mjs'],
      300_000,
    );
    assert.match(output, /\d+ passed, 0 failed/);
  });
});

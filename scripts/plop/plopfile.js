// `npm run new -- <name>`: writes a new component the way every qc-ds component is laid out
// (CONTRIBUTING.md, docs/architecture.mdx): the class, styles, strings, registration module and
// tests in packages/components/src/<name>/, its stories (French and English) and its changeset,
// and adds it to the all-components entry point. Everything else (package exports, CDN modules,
// the loader, the manifest, the story index) finds a new folder by itself.
// Modelled on the plop generators of Shoelace and Web Awesome (scripts/plop/).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';

/** Kebab case, starting with a letter: `date-range`, `tabs`, `piv-header`. */
const kebab = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Why `name` cannot be a new component under `root`, or true. */
export function checkName(name, root) {
  const value = String(name ?? '').trim();
  if (!value) return 'Nom requis — a name is required (e.g. date-range).';
  if (value.startsWith('qc-')) return `Sans le préfixe qc- — without the qc- prefix: ${value.slice(3)}`;
  if (!kebab.test(value)) {
    return `« ${value} » : minuscules et traits d’union (kebab-case) — lower case and hyphens, e.g. date-range.`;
  }
  const src = join(root, 'packages/components/src');
  if (existsSync(join(src, value)) || existsSync(join(src, `${value}.ts`))) {
    return `packages/components/src/${value} existe déjà — already exists.`;
  }
  if (existsSync(join(root, 'stories', `${value}.stories.ts`))) {
    return `stories/${value}.stories.ts existe déjà — already exists.`;
  }
  return true;
}

/** Why `text` cannot be a built-in string (it also goes into JSDoc comments), or true. */
function checkText(text) {
  const value = String(text ?? '').trim();
  if (!value) return 'Texte requis — text required.';
  return /\*\/|[\r\n]/.test(value) ? 'Une ligne, sans « */ » — one line, no « */ ».' : true;
}

/** The files the generator writes, relative to the repository root. */
export function generatedFiles(name) {
  const dir = `packages/components/src/${name}`;
  return [
    `${dir}/${name}.ts`,
    `${dir}/${name}.styles.ts`,
    `${dir}/${name}.strings.ts`,
    `${dir}/qc-${name}.ts`,
    `${dir}/${name}.test.ts`,
    `stories/${name}.stories.ts`,
    `.changeset/new-qc-${name}.md`,
  ];
}

/** Formats `files` with the repository's prettier settings (line breaks depend on the name's length). */
async function format(root, files) {
  for (const file of files) {
    const path = join(root, file);
    const options = await prettier.resolveConfig(path);
    const source = readFileSync(path, 'utf8');
    writeFileSync(path, await prettier.format(source, { ...options, filepath: path }));
  }
}

/** The next minor version of @qc-ds/components, for `@since` (all packages version together). */
function nextMinor(root) {
  const { version } = JSON.parse(readFileSync(join(root, 'packages/components/package.json'), 'utf8'));
  const [major, minor] = version.split('.').map(Number);
  return `${major}.${minor + 1}.0`;
}

export default function (plop) {
  const root = plop.getDestBasePath();
  const component = 'packages/components/src/{{name}}';

  plop.setHelper('since', () => nextMinor(root));
  // A single-quoted TypeScript string literal of the text (prettier's style), safe for any input.
  plop.setHelper('quote', (text) => `'${String(text).trim().replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);

  plop.setGenerator('component', {
    description: 'Nouveau composant qc-ds — new qc-ds component',
    prompts: [
      {
        type: 'input',
        name: 'name',
        message: 'Nom, sans qc- (kebab-case) — name, without qc- (e.g. date-range):',
        filter: (value) => String(value).trim(),
        validate: (value) => checkName(value, root),
      },
      {
        type: 'input',
        name: 'labelFr',
        message: 'Nom accessible en français — accessible name in French:',
        default: (answers) => `Groupe ${answers.name.replace(/-/g, ' ')}`,
        validate: checkText,
      },
      {
        type: 'input',
        name: 'labelEn',
        message: 'Nom accessible en anglais — accessible name in English:',
        default: (answers) => `${answers.name.replace(/-/g, ' ')} group`,
        validate: checkText,
      },
    ],
    actions: [
      { type: 'add', path: `${component}/{{name}}.ts`, templateFile: 'templates/component/component.hbs' },
      { type: 'add', path: `${component}/{{name}}.styles.ts`, templateFile: 'templates/component/styles.hbs' },
      { type: 'add', path: `${component}/{{name}}.strings.ts`, templateFile: 'templates/component/strings.hbs' },
      { type: 'add', path: `${component}/qc-{{name}}.ts`, templateFile: 'templates/component/define.hbs' },
      { type: 'add', path: `${component}/{{name}}.test.ts`, templateFile: 'templates/component/tests.hbs' },
      { type: 'add', path: 'stories/{{name}}.stories.ts', templateFile: 'templates/component/stories.hbs' },
      { type: 'add', path: '.changeset/new-qc-{{name}}.md', templateFile: 'templates/component/changeset.hbs' },
      {
        // After the last registration export, so the entry point keeps one line per element.
        type: 'modify',
        path: 'packages/components/src/index.ts',
        pattern: /((?:^export \* from '\.\/[a-z0-9-]+\/qc-[a-z0-9-]+\.js';\n)+)/m,
        template: "$1export * from './{{name}}/qc-{{name}}.js';\n",
      },
      async (answers) => {
        await format(root, [...generatedFiles(answers.name), 'packages/components/src/index.ts']);
        return 'prettier';
      },
      (answers) =>
        [
          'Ensuite — next:',
          '  1. Décrire son API dans la JSDoc de la classe et ses stories — describe its API (class JSDoc, stories).',
          `  2. QC_ENGINE=chromium npx web-test-runner "packages/components/src/${answers.name}/**/*.test.ts"`,
          '  3. Ajouter son contrat à packages/components/test/package.test.mjs — add its contract.',
        ].join('\n'),
    ],
  });
}

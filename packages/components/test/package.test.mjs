// Checks of the built @qc-ds/components package as a consumer receives it: exports map, types,
// sideEffects, published files, dependencies, CDN bundle and custom-elements.json.
// Run after the build: `node --test packages/components/test/` (part of `npm test`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(packageDir, 'dist');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);
const posixPath = (path) => path.split(sep).join('/');

assert.ok(existsSync(distDir), 'dist/ is missing: run `npm run build` first');

/** Every built JS module, as `dist/...` paths. */
const distModules = readdirSync(distDir, { recursive: true })
  .map((entry) => posixPath(join('dist', String(entry))))
  .filter((path) => path.endsWith('.js'))
  .sort();
const source = (path) => readFileSync(join(packageDir, path), 'utf8');

/** Every tag the package registers: one `src/<name>/qc-<name>.ts` registration file each. */
const allTags = readdirSync(join(packageDir, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(packageDir, 'src', entry.name, `qc-${entry.name}.ts`)))
  .map((entry) => `qc-${entry.name}`)
  .sort();

/** Module specifiers a module loads: static imports, re-exports and dynamic `import()`. */
function specifiers(code) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].includes(node.type) &&
      node.source
    ) {
      found.push(node.source.type === 'Literal' ? node.source.value : '<computed>');
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

/**
 * webpack's reading of package.json `sideEffects` globs (esbuild and Rollup agree on these
 * simple forms): a pattern without `/` matches a file name anywhere; `*` stays in one folder.
 */
function sideEffectsMatch(pattern, path) {
  const glob = pattern.includes('/') ? pattern.replace(/^\.\//, '') : `**/${pattern}`;
  const regex = glob
    .split('**/')
    .map((part) =>
      part
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]'),
    )
    .join('(?:.*/)?');
  return new RegExp(`^${regex}$`).test(path);
}

/** The files each exports entry points at, by condition. */
function exportTargets() {
  return Object.entries(pkg.exports).map(([subpath, target]) => ({
    subpath,
    files: typeof target === 'string' ? { default: target } : target,
  }));
}

describe('exports map', () => {
  test('every subpath points at a built file, and JS subpaths at their .d.ts', () => {
    for (const { subpath, files } of exportTargets()) {
      for (const [condition, file] of Object.entries(files)) {
        assert.ok(existsSync(join(packageDir, file)), `${subpath} (${condition}) → ${file} does not exist`);
      }
      if (files.default.endsWith('.js') && !files.default.startsWith('./dist/cdn/')) {
        assert.equal(files.types, files.default.replace(/\.js$/, '.d.ts'), `${subpath} declares its types`);
      }
    }
  });

  test('Node resolves each subpath through the package name', () => {
    for (const { subpath, files } of exportTargets()) {
      const specifier = `${pkg.name}${subpath.slice(1)}`;
      const resolved = fileURLToPath(import.meta.resolve(specifier));
      assert.equal(resolved, join(packageDir, files.default), `${specifier} resolves to ${files.default}`);
    }
  });

  test('one registration subpath and one class subpath per component, and the root entry', () => {
    const registrations = distModules.filter(
      (path) => !path.startsWith('dist/cdn/') && /^dist\/[^/]+\/qc-[^/]+\.js$/.test(path) && isRegistration(path),
    );
    assert.equal(registrations.length, allTags.length, 'every registration file is built');
    for (const path of registrations) {
      const file = path.split('/').pop();
      assert.equal(pkg.exports[`./${file}`]?.default, `./${path}`, `exports["./${file}"]`);
      const classFile = file.replace(/^qc-/, '');
      assert.equal(
        pkg.exports[`./${classFile}`]?.default,
        `./${dirname(path)}/${classFile}`,
        `exports["./${classFile}"]`,
      );
    }
    assert.equal(pkg.exports['.'].default, './dist/index.js');
    assert.equal(pkg.module, './dist/index.js');
    assert.equal(pkg.types, './dist/index.d.ts');
  });

  test('a TypeScript consumer (NodeNext resolution) gets the classes, tag map and typed attributes', () => {
    const tsc = require.resolve('typescript/bin/tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', join(packageDir, 'test', 'consumer', 'tsconfig.json')], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      assert.fail(`tsc on test/consumer failed:\n${error.stdout}${error.stderr}`);
    }
  });
});

/** A module that registers an element when imported: a top-level `X.define('qc-…')` call. */
function isRegistration(path) {
  return parseAst(source(path)).body.some(
    (node) =>
      node.type === 'ExpressionStatement' &&
      node.expression.type === 'CallExpression' &&
      node.expression.callee.type === 'MemberExpression' &&
      node.expression.callee.property.name === 'define' &&
      /^qc-/.test(String(node.expression.arguments[0]?.value)),
  );
}

describe('sideEffects', () => {
  test('match exactly the registration modules, the root entry and the CDN bundle', () => {
    const expected = distModules.filter(
      (path) => path === 'dist/index.js' || path.startsWith('dist/cdn/') || isRegistration(path),
    );
    const matched = distModules.filter((path) => pkg.sideEffects.some((pattern) => sideEffectsMatch(pattern, path)));
    assert.deepEqual(matched, expected);
    assert.ok(expected.includes('dist/button/qc-button.js') && expected.includes('dist/cdn/qc-ds.js'));
  });

  test('class modules have no top-level statement other than declarations and imports/exports', () => {
    const allowed = new Set([
      'ImportDeclaration',
      'ExportNamedDeclaration',
      'ExportAllDeclaration',
      'ExportDefaultDeclaration',
      'VariableDeclaration',
      'FunctionDeclaration',
      'ClassDeclaration',
    ]);
    for (const path of distModules) {
      if (path.startsWith('dist/cdn/') || path === 'dist/index.js' || isRegistration(path)) continue;
      for (const node of parseAst(source(path)).body) {
        assert.ok(allowed.has(node.type), `${path}: top-level ${node.type} runs on import`);
      }
    }
  });
});

describe('built modules', () => {
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const npmModules = distModules.filter((path) => !path.startsWith('dist/cdn/'));

  test('are plain ES2022 (no TypeScript left), with relative imports that exist and only declared dependencies', () => {
    for (const path of npmModules) {
      for (const specifier of specifiers(source(path))) {
        assert.notEqual(specifier, '<computed>', `${path}: computed import()`);
        if (specifier.startsWith('.')) {
          const target = join(packageDir, dirname(path), specifier);
          assert.ok(specifier.endsWith('.js') && existsSync(target), `${path}: ${specifier} is not a built module`);
        } else {
          const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
          assert.ok(declared.has(name), `${path}: imports ${specifier}, not a dependency of ${pkg.name}`);
        }
      }
    }
  });

  test('keep Lit external (no bundled node_modules) and ship a .d.ts beside each module', () => {
    assert.ok(!distModules.some((path) => path.includes('node_modules')), 'no dependency is copied into dist/');
    for (const path of npmModules) {
      assert.ok(existsSync(join(packageDir, path.replace(/\.js$/, '.d.ts'))), `${path} has no .d.ts`);
    }
    assert.ok(specifiers(source('dist/button/button.js')).includes('lit'), 'button.js imports lit');
  });

  test("initialise reactive properties in constructors (Lit's accessors are not shadowed by class fields)", () => {
    for (const path of npmModules) {
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'PropertyDefinition' && !node.static && node.key.type !== 'PrivateIdentifier') {
          assert.fail(`${path}: public class field "${node.key.name}" would shadow a Lit reactive property`);
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(parseAst(source(path)));
    }
  });
});

describe('published files', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: packageDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  )[0].files.map((file) => file.path);

  test('include every export target, the manifest, and no sources or tests', () => {
    for (const { subpath, files } of exportTargets()) {
      for (const file of Object.values(files)) {
        assert.ok(packed.includes(file.replace(/^\.\//, '')), `${subpath} → ${file} is not in the npm package`);
      }
    }
    assert.ok(packed.includes('custom-elements.json'));
    const unwanted = packed.filter((file) =>
      /(^src\/|^test\/|\.test\.|\.stories\.|\.ts$)/.test(file.replace(/\.d\.ts$/, '')),
    );
    assert.deepEqual(unwanted, []);
  });
});

describe('CDN bundle', () => {
  const code = source('dist/cdn/qc-ds.js');

  test('is one self-contained module: no import of any kind', () => {
    assert.deepEqual(specifiers(code), []);
  });

  test('registers every component and exports the classes', () => {
    for (const tag of allTags) assert.ok(code.includes(`"${tag}"`), tag);
    const exported = parseAst(code)
      .body.filter((node) => node.type === 'ExportNamedDeclaration')
      .flatMap((node) => node.specifiers.map((s) => s.exported.name));
    const classes = allTags.map((tag) =>
      tag.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase()).replace(/^Qc/, 'Qc'),
    );
    for (const name of [...classes, 'registerTranslation']) {
      assert.ok(exported.includes(name), `exports ${name}`);
    }
  });

  test("is minified, with Lit's production build and a licence banner", () => {
    assert.match(code, /^\/\*! @qc-ds\/components \S+ \| MIT \| includes Lit/);
    assert.ok(!code.includes('Lit is in dev mode'));
    assert.ok(!code.includes('registerTranslation('), 'function names are mangled');
    // A `/*` inside a string (`"image/*"`) is not a comment: skip openers touching a quote.
    const comments = code.match(/(?<!["'`])\/\*(?!["'`])[\s\S]*?\*\//g) ?? [];
    assert.deepEqual(
      comments.filter((comment) => !comment.startsWith('/*!')),
      [],
      'only licence notices (/*! … */) are kept',
    );
  });
});

describe('custom-elements.json', () => {
  const manifest = JSON.parse(source('custom-elements.json'));
  const elements = new Map(
    manifest.modules.flatMap((mod) =>
      (mod.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, { ...d, module: mod.path }]),
    ),
  );
  // The public API from COMPONENTS.md each element must document. `parts`: it has a shadow root
  // (form fields have none: their parts are light-DOM elements, styled by class).
  const contract = {
    'qc-icon': { attributes: ['icon', 'type', 'label', 'size', 'color', 'rotate'], slots: [], parts: true },
    'qc-button': {
      attributes: ['variant', 'compact', 'type', 'href', 'disabled', 'icon', 'icon-position', 'loading'],
      slots: [''],
      parts: true,
    },
    'qc-notice': { attributes: ['type', 'title', 'header', 'icon', 'content'], slots: [''], parts: true },
    'qc-textfield': {
      attributes: ['label', 'description', 'required', 'size', 'max-length', 'invalid', 'invalid-text', 'disabled'],
      slots: [''],
    },
    'qc-select': {
      attributes: ['label', 'width', 'required', 'disabled', 'invalid', 'invalid-text', 'placeholder'],
      slots: [''],
    },
    'qc-checkbox': {
      attributes: ['name', 'value', 'label', 'checked', 'required', 'compact', 'invalid', 'invalid-text'],
    },
    'qc-choice-group': {
      attributes: ['name', 'legend', 'required', 'compact', 'inline', 'selection-button', 'column-count', 'invalid'],
    },
    'qc-toggle-switch': { attributes: ['name', 'value', 'label', 'checked', 'disabled', 'justified', 'text-align'] },
    'qc-toggle-switch-group': { attributes: ['legend', 'disabled', 'justified', 'text-align', 'max-width'] },
    'qc-fieldset': { attributes: ['legend', 'description', 'invalid', 'invalid-text'] },
    'qc-date-field': { attributes: ['label', 'description', 'required', 'min', 'max', 'value', 'name'] },
    'qc-file-upload': { attributes: ['label', 'accept', 'max-size', 'max-files', 'multiple', 'required'] },
    'qc-error-summary': { attributes: ['heading', 'header', 'for', 'no-autofocus'], parts: true },
  };

  test('documents every registered element', () => {
    assert.deepEqual([...elements.keys()].sort(), [...allTags].sort());
    assert.deepEqual(Object.keys(contract).sort(), [...allTags].sort());
  });

  for (const [tag, expected] of Object.entries(contract)) {
    test(`documents <${tag}>: attributes, slots, parts, summary`, () => {
      const element = elements.get(tag);
      assert.ok(element, `${tag} is in the manifest`);
      const attributes = (element.attributes ?? []).map((a) => a.name);
      for (const name of expected.attributes) assert.ok(attributes.includes(name), `${tag}[${name}]`);
      const slots = (element.slots ?? []).map((s) => s.name);
      for (const name of expected.slots ?? []) assert.ok(slots.includes(name), `${tag} slot "${name}"`);
      if (expected.parts) assert.ok((element.cssParts ?? []).length > 0, `${tag} documents its CSS parts`);
      assert.ok(element.summary, `${tag} has a @summary`);
      for (const attribute of element.attributes ?? []) {
        assert.ok(attribute.description, `${tag}[${attribute.name}] is described`);
      }
    });
  }

  test('is the one package.json advertises, and points at shipped modules and registration files', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    for (const mod of manifest.modules) assert.ok(existsSync(join(packageDir, mod.path)), mod.path);
    const definitions = manifest.modules.flatMap((mod) =>
      (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [e.name, mod.path]),
    );
    assert.deepEqual(
      Object.fromEntries(definitions),
      Object.fromEntries([...elements.keys()].map((tag) => [tag, `dist/${tag.replace(/^qc-/, '')}/${tag}.js`])),
    );
  });

  test('leaves out private members and internal state', () => {
    for (const [tag, element] of elements) {
      for (const member of element.members ?? []) assert.notEqual(member.privacy, 'private', `${tag}.${member.name}`);
    }
  });
});

// Checks of the built @qc-ds/components package as a consumer receives it: exports map (subpath
// patterns, `development` condition), types, sideEffects, published files, dependencies, the
// production and development builds, the CDN (per-element modules, loader, all-in-one file) and
// custom-elements.json.
// Run after the build: `node --test packages/components/test/` (part of `npm test`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import { packedFiles } from '../../../scripts/packed-files.mjs';

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
/** The production npm modules (not the development mirror, not the CDN). */
const npmProduction = () =>
  distModules.filter((path) => !path.startsWith('dist/cdn/') && !path.startsWith('dist/development/'));
/**
 * Type-only entries: `@qc-ds/components/jsx`, `/preact` and `/vue` are framework declarations
 * (scripts/framework-types.mjs) with an empty module beside them so that a bundler resolving the
 * subpath finds a file. They hold no code, so they have no development twin and no warning to strip
 * (checked: each is `export {};`).
 */
const isTypeOnly = (path) => /^dist\/(jsx|vue)\/[^/]+\.js$/.test(path);
/** The production modules that hold code, each with a development twin. */
const codeModules = () => npmProduction().filter((path) => !isTypeOnly(path));

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
 * simple forms): a pattern without `/` matches a file name anywhere; `*` stays in one folder,
 * `**` crosses folders.
 */
function sideEffectsMatch(pattern, path) {
  const glob = pattern.includes('/') ? pattern.replace(/^\.\//, '') : `**/${pattern}`;
  const regex = glob
    .split('**/')
    .map((part) =>
      part
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*|\*/g, (stars) => (stars === '**' ? '.*' : '[^/]*'))
        .replace(/\?/g, '[^/]'),
    )
    .join('(?:.*/)?');
  return new RegExp(`^${regex}$`).test(path);
}

/** Every built file, as `./dist/...` paths. */
const distFiles = readdirSync(distDir, { recursive: true })
  .map((entry) => `./${posixPath(join('dist', String(entry)))}`)
  .filter((path) => statSync(join(packageDir, path)).isFile());
const escapeRegExp = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** The exports key Node uses for `subpath`: the exact key, else the pattern with the longest prefix. */
function exportsKeyFor(subpath) {
  if (Object.hasOwn(pkg.exports, subpath)) return subpath;
  return Object.keys(pkg.exports)
    .filter((key) => key.includes('*'))
    .filter((key) => {
      const [prefix, suffix] = key.split('*');
      return subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length > prefix.length + suffix.length;
    })
    .sort((a, b) => b.indexOf('*') - a.indexOf('*'))[0];
}

/**
 * The files each exports entry points at, by condition. A pattern entry (`./qc-*.js`) stands for
 * every built file its `default` target matches, `*` being the same text in every place (as Node
 * substitutes it), when Node would pick that entry for the subpath.
 */
function exportTargets() {
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const files = typeof target === 'string' ? { default: target } : target;
    if (!subpath.includes('*')) return [{ subpath, files }];
    const matcher = new RegExp(`^${files.default.split('*').map(escapeRegExp).join('(.+)')}$`);
    return distFiles.flatMap((path) => {
      const match = path.match(matcher);
      if (!match || match.slice(2).some((part) => part !== match[1])) return [];
      const fill = (pattern) => pattern.replaceAll('*', match[1]);
      if (exportsKeyFor(fill(subpath)) !== subpath) return [];
      const filled = Object.fromEntries(Object.entries(files).map(([condition, file]) => [condition, fill(file)]));
      return [{ subpath: fill(subpath), pattern: subpath, files: filled }];
    });
  });
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

  test('every pattern stands for at least one built file', () => {
    const used = new Set(exportTargets().map((target) => target.pattern));
    for (const key of Object.keys(pkg.exports).filter((k) => k.includes('*'))) assert.ok(used.has(key), key);
  });

  test('Node resolves each subpath through the package name, with and without the development condition', () => {
    const targets = exportTargets();
    const specifiers = targets.map(({ subpath }) => `${pkg.name}${subpath.slice(1)}`);
    for (const [index, specifier] of specifiers.entries()) {
      const resolved = fileURLToPath(import.meta.resolve(specifier));
      assert.equal(resolved, join(packageDir, targets[index].files.default), `${specifier} resolves to its default`);
    }
    const development = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--conditions=development',
          '--input-type=module',
          '-e',
          `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => import.meta.resolve(s))))`,
        ],
        { cwd: packageDir, encoding: 'utf8' },
      ),
    );
    for (const [index, url] of development.entries()) {
      const { files } = targets[index];
      const expected = files.development ?? files.default;
      assert.equal(fileURLToPath(url), join(packageDir, expected), `${specifiers[index]} (development) → ${expected}`);
    }
  });

  test('one registration subpath and one class subpath per component, the utilities and the root entry', () => {
    const registrations = npmProduction().filter(
      (path) => /^dist\/[^/]+\/qc-[^/]+\.js$/.test(path) && isRegistration(path),
    );
    assert.equal(registrations.length, allTags.length, 'every registration file is built');
    const resolve = (subpath) =>
      posixPath(relative(packageDir, fileURLToPath(import.meta.resolve(`${pkg.name}/${subpath}`))));
    for (const path of registrations) {
      const file = path.split('/').pop();
      assert.equal(resolve(file), path, `${pkg.name}/${file}`);
      const classFile = file.replace(/^qc-/, '');
      assert.equal(resolve(classFile), `${dirname(path)}/${classFile}`, `${pkg.name}/${classFile}`);
    }
    assert.equal(resolve('utilities.js'), 'dist/utilities.js');
    assert.equal(pkg.exports['.'].default, './dist/index.js');
    assert.equal(pkg.module, './dist/index.js');
    assert.equal(pkg.types, './dist/index.d.ts');
  });

  test('utilities.js exports registerTranslation and registerIcon and registers nothing', async () => {
    const code = source('dist/utilities.js');
    assert.ok(!isRegistration('dist/utilities.js'));
    const imported = specifiers(code).filter((specifier) => specifier.startsWith('.'));
    for (const specifier of imported) {
      assert.ok(!/\/qc-[^/]+\.js$/.test(specifier) || specifier.endsWith('/qc-element.js'), `imports ${specifier}`);
    }
    const exported = parseAst(code)
      .body.filter((node) => node.type === 'ExportNamedDeclaration')
      .flatMap((node) => node.specifiers.map((s) => s.exported.name));
    assert.deepEqual(exported.sort(), ['registerIcon', 'registerTranslation']);
  });

  test('the framework type entries are empty modules', () => {
    const typeOnly = npmProduction().filter(isTypeOnly);
    assert.deepEqual(typeOnly, ['dist/jsx/preact.js', 'dist/jsx/react.js', 'dist/vue/index.js']);
    for (const path of typeOnly) assert.equal(source(path).trim(), 'export {};', `${path} holds code`);
  });

  test('the development build mirrors the production build module for module', () => {
    const production = codeModules();
    const development = distModules.filter((path) => path.startsWith('dist/development/'));
    assert.deepEqual(
      development.map((path) => path.replace('dist/development/', 'dist/')),
      production,
      'same modules in dist/ and dist/development/',
    );
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
  // `./dist/*/qc-*.js` also matches dist/internal/qc-element.js, the base classes: a module of
  // declarations that every element imports, so marking it costs no tree-shaking.
  const baseClasses = (path) => /^dist\/(development\/)?internal\/qc-element\.js$/.test(path);
  // The entries that register every element: the root, the server entry ssr.js and the browser
  // entry hydrate.js (which also loads Lit's hydration support first, a side effect by design).
  const isEntry = (path) => /^dist\/(development\/)?(index|ssr\/ssr|hydrate\/hydrate)\.js$/.test(path);
  // ssr/server.js sets Lit SSR up on import (a render option, a fix of FallbackRenderer, the
  // built-in icons awaited): a server-only side-effect module by design, imported by ssr.js.
  const isServerSetup = (path) => /^dist\/(development\/)?ssr\/server\.js$/.test(path);
  // internal/hydration.js installs the hydrating render on the base classes on import: a
  // browser-side side-effect module by design, imported only by hydrate.js (so pages that are not
  // server-rendered carry none of it).
  const isHydrationSetup = (path) => /^dist\/(development\/)?internal\/hydration\.js$/.test(path);

  test('match exactly the registration modules, the entries, the server set-up, the CDN files and the base classes', () => {
    const expected = distModules.filter(
      (path) =>
        isEntry(path) ||
        isServerSetup(path) ||
        isHydrationSetup(path) ||
        path.startsWith('dist/cdn/') ||
        isRegistration(path) ||
        baseClasses(path),
    );
    const matched = distModules.filter((path) => pkg.sideEffects.some((pattern) => sideEffectsMatch(pattern, path)));
    assert.deepEqual(matched, expected);
    for (const path of ['dist/button/qc-button.js', 'dist/development/button/qc-button.js', 'dist/cdn/qc-ds.js']) {
      assert.ok(expected.includes(path), path);
    }
    assert.ok(
      expected.some((path) => path.startsWith('dist/cdn/chunks/')),
      'CDN chunks are included',
    );
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
      if (path.startsWith('dist/cdn/') || isEntry(path) || isServerSetup(path) || isHydrationSetup(path)) continue;
      if (isRegistration(path)) continue;
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

  test('keep Lit external (no bundled node_modules) and ship a .d.ts beside each production module', () => {
    assert.ok(!distModules.some((path) => path.includes('node_modules')), 'no dependency is copied into dist/');
    for (const path of npmProduction()) {
      assert.ok(existsSync(join(packageDir, path.replace(/\.js$/, '.d.ts'))), `${path} has no .d.ts`);
    }
    assert.ok(specifiers(source('dist/button/button.js')).includes('lit'), 'button.js imports lit');
  });

  test("compile decorators away: no helper, no lit/decorators.js, defaults set through Lit's accessors", () => {
    for (const path of npmModules) {
      const code = source(path);
      assert.ok(!/__decorate/.test(code), `${path}: a decorator helper ships (see scripts/lit-decorators.mjs)`);
      assert.ok(!specifiers(code).some((s) => s.startsWith('lit/decorators')), `${path} imports lit/decorators`);
      // A class field (useDefineForClassFields) would shadow the reactive accessor Lit defines.
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
      visit(parseAst(code));
    }
  });
});

describe('published files', () => {
  const packed = packedFiles(packageDir);

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

describe('production and development builds', () => {
  /** Calls to `warnOnce(…)` or `this.warnOnce(…)` in a module. */
  const warningCalls = (path) => {
    let count = 0;
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (
        node.type === 'CallExpression' &&
        ((node.callee.type === 'Identifier' && node.callee.name === 'warnOnce') ||
          (node.callee.type === 'MemberExpression' && node.callee.property.name === 'warnOnce'))
      ) {
        count++;
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(parseAst(source(path)));
    return count;
  };

  test('the production modules call no developer warning; the development ones keep them all', () => {
    const production = codeModules();
    for (const path of production) assert.equal(warningCalls(path), 0, `${path} still warns`);
    const kept = production.reduce((sum, path) => sum + warningCalls(path.replace('dist/', 'dist/development/')), 0);
    assert.ok(kept >= 20, `the development build keeps the warnings (${kept} calls)`);
  });

  test('the CDN files print only the loader’s own warnings', () => {
    for (const path of distModules.filter((p) => p.startsWith('dist/cdn/'))) {
      const prefixes = source(path).match(/\[qc-ds\][^`"']{0,8}/g) ?? [];
      for (const prefix of prefixes) assert.match(prefix, /^\[qc-ds\] loader:/, `${path}: ${prefix}`);
    }
  });
});

describe('CDN modules and loader', () => {
  const cdnFiles = distModules.filter((path) => path.startsWith('dist/cdn/') && path !== 'dist/cdn/qc-ds.js');

  test('one module per element registers it, and the loader imports each of them on demand', () => {
    // The loader holds the element names and one import() for all: `import(`./qc-${name}.js`)`.
    const loader = source('dist/cdn/qc-ds-loader.js');
    const names = loader.match(/"([a-z0-9 -]+)"\.split\(" "\)/)?.[1].split(' ') ?? [];
    assert.match(loader, /import\(`\.\/qc-\$\{(\w+)\}\.js`\)/, 'one import() of ./qc-<name>.js');
    assert.equal(specifiers(loader).filter((specifier) => specifier !== '<computed>').length, 1, 'and the core chunk');
    const loaded = names.map((name) => `./qc-${name}.js`);
    assert.deepEqual(loaded.sort(), allTags.map((tag) => `./${tag}.js`).sort());
    for (const tag of allTags) {
      assert.ok(source(`dist/cdn/${tag}.js`).includes(`"${tag}"`), `dist/cdn/${tag}.js registers <${tag}>`);
    }
  });

  test('form a closed set: relative imports that exist, no bare import', () => {
    for (const path of cdnFiles) {
      for (const specifier of specifiers(source(path))) {
        // The loader's one computed import() is checked above (every name has its module).
        if (path === 'dist/cdn/qc-ds-loader.js' && specifier === '<computed>') continue;
        assert.ok(specifier.startsWith('./') || specifier.startsWith('../'), `${path}: imports ${specifier}`);
        assert.ok(existsSync(join(packageDir, dirname(path), specifier)), `${path}: ${specifier} is missing`);
      }
    }
  });

  test('share one copy of Lit, in the core chunk that carries the licence notice', () => {
    const withLit = cdnFiles.filter((path) => source(path).includes('litElementVersions'));
    assert.equal(withLit.length, 1, withLit.join(', '));
    assert.match(withLit[0], /^dist\/cdn\/chunks\/core-[\w-]+\.js$/);
    assert.match(source(withLit[0]), /^\/\*! @qc-ds\/components \S+ \| MIT \| includes Lit/);
    assert.ok(!source(withLit[0]).includes('Lit is in dev mode'));
  });
});

describe('CDN all-in-one file', () => {
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
    // Issue 8: identity and navigation. The incumbent's attributes and slots where it has the tag.
    'qc-piv-header': {
      attributes: [
        'logo-url',
        'logo-src',
        'logo-alt',
        'title-text',
        'title-url',
        'links-label',
        'alt-language-text',
        'alt-language-url',
        'join-us-text',
        'join-us-url',
        'go-to-content',
        'go-to-content-anchor',
        'go-to-content-text',
        'display-search-text',
        'hide-search-text',
        'full-width',
        'enable-search',
        'show-search',
      ],
      slots: ['links', 'search-zone'],
      parts: true,
    },
    'qc-piv-footer': {
      attributes: [
        'logo-url',
        'logo-src',
        'logo-src-dark-theme',
        'logo-alt',
        'logo-width',
        'logo-height',
        'copyright-text',
        'copyright-url',
      ],
      slots: ['', 'copyright'],
      parts: true,
    },
    'qc-skip-link': { attributes: ['href', 'text'] },
    'qc-breadcrumb': { attributes: ['label'] },
    'qc-pagination': { attributes: ['total-pages', 'current-page', 'url', 'label'] },
    'qc-side-nav': { attributes: ['label'] },
    'qc-to-top': { attributes: ['text', 'demo'] },
    'qc-search-input': {
      attributes: ['aria-label', 'clear-aria-label', 'label', 'placeholder', 'size', 'left-icon', 'value', 'debounce'],
    },
    'qc-search-bar': { attributes: ['input-value', 'input-name', 'piv-background'] },
    'qc-external-link': { attributes: ['img-alt'] },
    'qc-icon-button': { attributes: ['size', 'label', 'icon', 'icon-size', 'icon-color'] },
    'qc-tooltip': {
      attributes: ['label', 'title', 'description', 'position', 'display-mode', 'description-id', 'icon'],
      slots: ['text', 'description'],
      parts: true,
    },
    'qc-alert': {
      attributes: ['type', 'content', 'maskable', 'full-width', 'hide', 'persist-hidden', 'persistence-key'],
      slots: [''],
      parts: true,
    },
    'qc-accordion': { attributes: ['heading-level'], slots: [''], parts: true },
    'qc-accordion-item': { attributes: ['open', 'heading-level'], slots: ['heading', ''], parts: true },
    'qc-tabs': { attributes: ['label', 'activation', 'selected'] },
    'qc-dialog': { attributes: ['open', 'alert', 'light-dismiss'], slots: ['heading', '', 'footer'], parts: true },
    'qc-session-timeout': { attributes: ['timeout', 'warning', 'end-url'], parts: true },
    'qc-card': { attributes: [] },
    'qc-tag': { attributes: ['variant', 'href', 'removable'], slots: [''], parts: true },
    'qc-structured-list': { attributes: [] },
    'qc-stepper': { attributes: ['current', 'label'] },
    'qc-spinner': { attributes: ['label', 'size'], parts: true },
    'qc-date-modified': { attributes: ['datetime', 'type'] },
    'qc-page-feedback': { attributes: ['action', 'method'] },
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

describe('framework types and IDE data (generated from custom-elements.json)', () => {
  const manifest = JSON.parse(source('custom-elements.json'));
  const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement));
  const tags = declarations.map((d) => d.tagName).sort();
  const json = (path) => JSON.parse(source(path));

  test('every tag of the manifest has its JSX, Vue, VS Code and JetBrains entry', () => {
    assert.ok(tags.length >= allTags.length, 'the manifest lists every registered tag');
    const jsx = source('dist/jsx/custom-elements.d.ts');
    const vue = source('dist/vue/index.d.ts');
    const vscode = json('dist/vscode.html-custom-data.json').tags.map((tag) => tag.name);
    const webTypes = json('dist/web-types.json').contributions.html.elements.map((element) => element.name);
    for (const tag of tags) {
      assert.match(jsx, new RegExp(`^\\s*"${tag}": Partial<`, 'm'), `${tag} in dist/jsx/custom-elements.d.ts`);
      assert.match(vue, new RegExp(`^\\s*'${tag}': QcComponent<`, 'm'), `${tag} in dist/vue/index.d.ts`);
      assert.ok(vscode.includes(tag), `${tag} in vscode.html-custom-data.json`);
      assert.ok(webTypes.includes(tag), `${tag} in web-types.json`);
    }
  });

  test('attributes with their values, events and CSS custom properties reach the IDE data', () => {
    const vscodeTags = new Map(json('dist/vscode.html-custom-data.json').tags.map((tag) => [tag.name, tag]));
    const noticeType = vscodeTags.get('qc-notice').attributes.find((attribute) => attribute.name === 'type');
    assert.deepEqual(noticeType.values.map((value) => value.name).sort(), [
      'advice',
      'error',
      'information',
      'note',
      'success',
      'warning',
    ]);
    const webTypes = new Map(json('dist/web-types.json').contributions.html.elements.map((e) => [e.name, e]));
    assert.ok(webTypes.get('qc-pagination').js.events.some((event) => event.name === 'qc-page-change'));
    const cssProperties = json('dist/vscode.css-custom-data.json').properties.map((property) => property.name);
    for (const declaration of declarations) {
      for (const property of declaration.cssProperties ?? []) {
        assert.ok(cssProperties.includes(property.name), `${declaration.tagName}: ${property.name}`);
      }
    }
  });

  test('JetBrains finds web-types.json through package.json, and the files are published', () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    const packed = packedFiles(packageDir);
    for (const file of [
      'dist/web-types.json',
      'dist/vscode.html-custom-data.json',
      'dist/vscode.css-custom-data.json',
      'dist/jsx/custom-elements.d.ts',
      'dist/jsx/react.d.ts',
      'dist/jsx/preact.d.ts',
      'dist/vue/index.d.ts',
    ]) {
      assert.ok(packed.includes(file), `${file} is not in the npm package`);
    }
  });

  test('each framework entry augments only its own module', () => {
    assert.match(source('dist/jsx/react.d.ts'), /declare module 'react'/);
    assert.match(source('dist/jsx/preact.d.ts'), /declare module 'preact'/);
    assert.match(source('dist/vue/index.d.ts'), /declare module 'vue'/);
    for (const file of ['dist/jsx/custom-elements.d.ts', 'dist/vue/index.d.ts']) {
      assert.doesNotMatch(source(file), /declare global|declare module "(solid-js|@stencil\/core|preact|react)"/, file);
    }
  });
});

// @custom-elements-manifest/analyzer configuration: documents the public components from their
// sources and JSDoc into `custom-elements.json`, which Storybook autodocs, IDE data and the
// future React wrappers read. Run by `build.mjs` (`cem analyze --litelement`).
import { posix } from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

/** Static class fields that are Lit (or qc-ds `lightStyles`) plumbing, not API a page author uses. */
const litStatics = new Set(['properties', 'styles', 'shadowRootOptions', 'formAssociated', 'lightStyles']);

/**
 * What the analyzer's Lit support does not know about qc-ds components (it reads `@property` and
 * `@state` itself):
 * - registration is `QcButton.define('qc-button')` (safe re-definition), not `customElements.define`,
 *   so tag names are linked here;
 * - a property a subclass declares again (`@property() override required = false`, with its own
 *   meaning or a wider type) is its own: the analyzer's inheritance step would mark it inherited
 *   and copy the base's type;
 * - `@status` and `@since` JSDoc tags are kept on the declaration.
 */
function qcElements() {
  const classInfo = new Map();
  const key = (path, name) => `${path}#${name}`;

  return {
    name: 'qc-ds-elements',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const info = { own: new Map(), tags: {}, computedEvents: new Set() };
        for (const member of node.members) {
          if (ts.isPropertyDeclaration(member) && ts.getDecorators(member)?.length && member.name) {
            info.own.set(member.name.getText(), member.type?.getText());
          }
        }
        // `new CustomEvent(type, …)` with a variable name: the analyzer lists an event called `type`.
        const visit = (child) => {
          if (ts.isNewExpression(child) && /^(Custom)?Event$/.test(child.expression.getText())) {
            const [first] = child.arguments ?? [];
            if (first && !ts.isStringLiteralLike(first)) info.computedEvents.add(first.getText());
          }
          ts.forEachChild(child, visit);
        };
        ts.forEachChild(node, visit);
        for (const tag of ts.getJSDocTags(node)) {
          const tagName = tag.tagName.text;
          if (tagName === 'status' || tagName === 'since') {
            info.tags[tagName] = String(ts.getTextOfJSDocComment(tag.comment) ?? '').trim();
          }
        }
        classInfo.set(key(moduleDoc.path, node.name.text), info);
        return;
      }

      // `QcName.define('qc-name')` at the top level of a registration module.
      if (!ts.isExpressionStatement(node) || !ts.isCallExpression(node.expression)) return;
      const { expression: callee, arguments: args } = node.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'define') return;
      if (!ts.isIdentifier(callee.expression) || !args[0] || !ts.isStringLiteral(args[0])) return;
      const className = callee.expression.text;
      const modulePath = declaringModule(ts, node.getSourceFile(), className, moduleDoc.path);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: args[0].text, declaration: { name: className, module: modulePath } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          const info = classInfo.get(key(mod.path, declaration.name));
          if (!info) continue;
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const name = item.fieldName ?? item.name;
            if (!item.inheritedFrom || !info.own.has(name)) continue;
            delete item.inheritedFrom;
            const type = info.own.get(name);
            if (type) item.type = { text: type };
          }
          // The real names of such events are documented with `@event`, which carries a description.
          if (declaration.events) {
            declaration.events = declaration.events.filter(
              (event) => event.description || !info.computedEvents.has(event.name),
            );
          }
          Object.assign(declaration, info.tags);
        }
      }
    },
  };
}

/** The module (source path) where `className` is declared: this one, or the one it is imported from. */
function declaringModule(ts, sourceFile, className, modulePath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((element) => element.name.text === className)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return specifier;
    return posix.join(posix.dirname(modulePath), specifier).replace(/\.js$/, '.ts');
  }
  return modulePath;
}

/**
 * Makes the manifest describe the published package: module paths point at `dist/*.js` (what
 * `@qc-ds/components` ships) instead of `src/*.ts`, and private members and Lit plumbing are left
 * out so generated docs only show the API.
 */
function publicApiOnly() {
  const toDist = (path) => path.replace(/^(\/?)src\//, '$1dist/').replace(/\.ts$/, '.js');
  const rewrite = (reference) => {
    if (reference && typeof reference.module === 'string') reference.module = toDist(reference.module);
  };
  return {
    name: 'qc-ds-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        mod.path = toDist(mod.path);
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                member.privacy !== 'private' &&
                !member.name.startsWith('#') &&
                !(member.static && litStatics.has(member.name)),
            );
            for (const member of declaration.members) rewrite(member.inheritedFrom);
          }
          for (const attribute of declaration.attributes ?? []) rewrite(attribute.inheritedFrom);
          rewrite(declaration.superclass);
        }
        for (const exported of mod.exports ?? []) rewrite(exported.declaration);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.spec.ts',
    'src/**/*.stories.ts',
    'src/**/*.d.ts',
    'src/**/test/**',
    // Internal modules are not API; the base class whose properties the fields inherit is analysed.
    'src/internal/!(field-element).ts',
    'src/icon/icons/**',
  ],
  outdir: '.',
  litelement: true,
  // package.json already declares `"customElements": "custom-elements.json"`.
  packagejson: false,
  // The type parser needs the TypeScript checker: the analyzer's own per-file parse cannot see
  // what an alias such as `ButtonVariant` means.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program.getSourceFiles().filter((sourceFile) => globs.some((glob) => sourceFile.fileName.includes(glob)));
  },
  // typeParserPlugin writes `parsedType` (aliases expanded: `'primary' | 'secondary' | …`) beside
  // each `type`, so Storybook controls (@wc-toolkit/storybook-helpers reads `parsedType`) offer an
  // attribute's values as a select. It runs before publicApiOnly rewrites module paths.
  plugins: [qcElements(), typeParserPlugin(), publicApiOnly()],
};

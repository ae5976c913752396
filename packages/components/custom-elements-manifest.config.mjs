// @custom-elements-manifest/analyzer configuration: documents the public components from their
// sources and JSDoc into `custom-elements.json`, which Storybook autodocs, IDE data and the
// future React wrappers read. Run by `build.mjs` (`cem analyze --litelement`).
import { posix } from 'node:path';

/** Static class fields that are Lit plumbing, not API a page author uses. */
const litStatics = new Set(['properties', 'styles', 'shadowRootOptions', 'formAssociated']);

/** Property options spread from `src/internal/converters.ts` that make a reflected boolean. */
const reflectedBooleanOptions = new Set(['booleanProperty']);

/**
 * What the analyzer's Lit support does not know about qc-ds components:
 * - registration is `QcButton.define('qc-button')` (safe re-definition), not `customElements.define`,
 *   so tag names are linked here;
 * - `static properties` entries with `state: true` are internal state, not attributes;
 * - `booleanProperty` (a shared options object) reflects;
 * - `@status` and `@since` JSDoc tags are kept on the declaration.
 */
function qcElements() {
  const classInfo = new Map();
  const key = (path, name) => `${path}#${name}`;

  function staticProperties(ts, classNode) {
    const member = classNode.members.find(
      (m) => m.name?.getText() === 'properties' && m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword),
    );
    const initializer = member?.initializer;
    return initializer && ts.isObjectLiteralExpression(initializer) ? initializer.properties : [];
  }

  function isStateProperty(ts, initializer) {
    return (
      ts.isObjectLiteralExpression(initializer) &&
      initializer.properties.some(
        (p) =>
          ts.isPropertyAssignment(p) &&
          p.name.getText() === 'state' &&
          p.initializer.kind === ts.SyntaxKind.TrueKeyword,
      )
    );
  }

  return {
    name: 'qc-ds-elements',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const info = { states: new Set(), reflecting: new Set(), own: new Map(), tags: {} };
        // The type each reactive property is declared with in this class (`declare name: T`).
        const types = new Map(
          node.members
            .filter((m) => ts.isPropertyDeclaration(m) && m.type && m.name)
            .map((m) => [m.name.getText(), m.type.getText()]),
        );
        for (const property of staticProperties(ts, node)) {
          if (!ts.isPropertyAssignment(property)) continue;
          const name = property.name.getText();
          info.own.set(name, types.get(name));
          if (isStateProperty(ts, property.initializer)) info.states.add(name);
          if (ts.isIdentifier(property.initializer) && reflectedBooleanOptions.has(property.initializer.text)) {
            info.reflecting.add(name);
          }
        }
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
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !info.states.has(a.fieldName ?? a.name));
            if (declaration.attributes.length === 0) delete declaration.attributes;
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => !info.states.has(m.name));
            for (const member of declaration.members) {
              const origin =
                member.inheritedFrom && classInfo.get(key(member.inheritedFrom.module, member.inheritedFrom.name));
              if (info.reflecting.has(member.name) || origin?.reflecting.has(member.name)) member.reflects = true;
            }
          }
          // A property a subclass declares again (e.g. with a wider type or its own meaning) is its
          // own: the analyzer's inheritance step would mark it inherited and copy the base's type.
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const name = item.fieldName ?? item.name;
            if (!item.inheritedFrom || !info.own.has(name)) continue;
            delete item.inheritedFrom;
            const type = info.own.get(name);
            if (type) item.type = { text: type };
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
  plugins: [qcElements(), publicApiOnly()],
};

// Compiles Lit's `@property()` and `@state()` decorators away for the published build: each
// decorated field gets its options listed in one `static properties` object and stays a plain
// field, which `useDefineForClassFields: false` turns into `this.name = value` at the top of the
// constructor, in declaration order. That is the order the decorated source runs in (tests and
// Storybook compile it with esbuild's decorator support), and it ships as small as hand-written
// `static properties`: no `__decorateClass` helper, no call per property, no `lit/decorators.js`.
//
// Lit's own `@lit/ts-transformers` was tried first: it moves the defaults to the END of the
// constructor (after its body and every other field), so the published code would initialise in
// another order than the tested code, and it needs a type-checked program (~6 s per build).
import ts from 'typescript';

const decoratorsModule = 'lit/decorators.js';
/** What each supported decorator adds to `static properties` (`@state()` takes no options here). */
const supported = new Set(['property', 'state']);

/**
 * `code` (TypeScript) with its Lit decorators replaced by `static properties`; `code` itself when
 * it imports none. Anything this cannot compile faithfully (another decorator, an accessor, a
 * class that also writes `static properties`) stops the build with the file and line.
 */
export function compileLitDecorators(code, id) {
  if (!code.includes(decoratorsModule)) return code;
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const fail = (node, message) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    throw new Error(`${id}:${line + 1}: ${message}`);
  };
  const edits = [];
  // Local name → decorator (`import { property as prop }` works too).
  const imported = new Map();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || statement.moduleSpecifier.text !== decoratorsModule) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || statement.importClause.name) {
      fail(statement, `import { property, state } from '${decoratorsModule}' (named imports only)`);
    }
    for (const element of bindings.elements) {
      const name = (element.propertyName ?? element.name).text;
      if (!supported.has(name)) fail(element, `@${name} is not compiled by the qc-ds build (only @property, @state)`);
      imported.set(element.name.text, name);
    }
    edits.push([statement.getFullStart(), statement.end, '']);
  }

  const visit = (node) => {
    if (ts.isClassLike(node)) {
      const entries = [];
      for (const member of node.members) {
        for (const decorator of (ts.canHaveDecorators(member) && ts.getDecorators(member)) || []) {
          const call = decorator.expression;
          const kind =
            ts.isCallExpression(call) && ts.isIdentifier(call.expression) && imported.get(call.expression.text);
          if (!kind) fail(decorator, 'only @property(…) and @state() from lit/decorators.js are compiled');
          if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) {
            fail(member, `@${kind} goes on a plain field (\`name = default\`)`);
          }
          const [options, ...rest] = call.arguments;
          if (rest.length > 0 || (kind === 'state' && options)) fail(decorator, `@${kind}: unexpected arguments`);
          const text = kind === 'state' ? '{ state: true }' : options ? options.getText(source) : '{}';
          entries.push(`${member.name.text}: ${text}`);
          edits.push([decorator.getStart(source), decorator.end, '']);
        }
      }
      if (entries.length > 0) {
        const own = node.members.find((m) => m.name?.getText(source) === 'properties' && ts.isPropertyDeclaration(m));
        if (own) fail(own, 'declare reactive properties with decorators or `static properties`, not both');
        edits.push([node.members.pos, node.members.pos, ` static properties = { ${entries.join(', ')} };`]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  let result = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

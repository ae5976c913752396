// Storybook's args, controls and event logging come from the custom elements manifest
// (stories/support/manifest-controls.ts over @wc-toolkit/storybook-helpers), not from lists written
// by hand in each stories file. This test reads every stories file with the TypeScript parser and
// fails when a file describes a control for one of its element's attributes, or does not take its
// controls, defaults and events from the manifest. It also checks that the manifest gives the
// helpers what they need for selects: every attribute typed with an alias has its values expanded.
//
//   node --test packages/components/test/storybook-controls.test.mjs   (after `npm run build`)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'packages/components/custom-elements.json'), 'utf8'));

/** Every custom element of the manifest: tag → { attributes, members, events }. */
const elements = new Map();
for (const module of manifest.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.customElement && declaration.tagName) elements.set(declaration.tagName, declaration);
  }
}

const storyFiles = readdirSync(join(root, 'stories'))
  .filter((file) => file.endsWith('.stories.ts'))
  .map((file) => `stories/${file}`);

/** The name of a property as written (`'icon-position'` → `icon-position`). */
function propertyName(property) {
  const name = property.name;
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

function unwrap(expression) {
  let node = expression;
  while (node && (ts.isSatisfiesExpression(node) || ts.isAsExpression(node) || ts.isParenthesizedExpression(node))) {
    node = node.expression;
  }
  return node;
}

/** What a stories file says about its controls. */
function readStories(path) {
  const text = readFileSync(join(root, path), 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found = { meta: undefined, calls: [], argTypeKeys: [], importsHelpers: false };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (node.moduleSpecifier.text === './support/manifest-controls.js') found.importsHelpers = true;
    }
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'meta') {
      const init = unwrap(node.initializer);
      if (init && ts.isObjectLiteralExpression(init)) found.meta = init;
    }
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'manifestControls') {
      const [tag, storyArgTypes] = node.arguments;
      found.calls.push({ tag: tag && ts.isStringLiteral(tag) ? tag.text : undefined, storyArgTypes });
      if (storyArgTypes && ts.isObjectLiteralExpression(storyArgTypes)) {
        for (const property of storyArgTypes.properties) found.argTypeKeys.push(propertyName(property));
      }
    }
    // `argTypes: { … }` anywhere: in the meta or in a story.
    if (ts.isPropertyAssignment(node) && propertyName(node) === 'argTypes') {
      const value = unwrap(node.initializer);
      if (ts.isObjectLiteralExpression(value)) {
        for (const property of value.properties) found.argTypeKeys.push(propertyName(property));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { source, ...found };
}

/** The meta's `property:` value, as written. */
function metaValue(file, name) {
  const property = file.meta?.properties.find((candidate) => propertyName(candidate) === name);
  return property && ts.isPropertyAssignment(property) ? unwrap(property.initializer) : undefined;
}

describe('Storybook controls come from the manifest', () => {
  test('every stories file of a manifest element is found', () => {
    assert.ok(storyFiles.length >= elements.size, `${storyFiles.length} stories files for ${elements.size} elements`);
  });

  for (const path of storyFiles) {
    const file = readStories(path);
    const component = metaValue(file, 'component');
    const tag = component && ts.isStringLiteral(component) ? component.text : undefined;
    const element = tag ? elements.get(tag) : undefined;
    if (!element) continue;

    test(`${path} (${tag}) takes its args, argTypes and events from the manifest`, () => {
      assert.ok(file.importsHelpers, `${path} imports ./support/manifest-controls.js`);
      assert.deepEqual(
        file.calls.map((call) => call.tag),
        [tag],
        `${path} calls manifestControls('${tag}') once, for the element of its meta`,
      );
      const argTypes = metaValue(file, 'argTypes');
      assert.equal(argTypes?.getText(file.source), 'controls.argTypes', `${path}: meta argTypes is controls.argTypes`);
      const args = metaValue(file, 'args');
      assert.ok(
        args &&
          (args.getText(file.source) === 'controls.args' ||
            (ts.isObjectLiteralExpression(args) &&
              args.properties.some(
                (property) =>
                  ts.isSpreadAssignment(property) && property.expression.getText(file.source) === 'controls.args',
              ))),
        `${path}: meta args start from controls.args (the manifest's defaults)`,
      );
      const parameters = metaValue(file, 'parameters');
      assert.ok(
        parameters &&
          (parameters.getText(file.source) === 'controls.parameters' ||
            (ts.isObjectLiteralExpression(parameters) &&
              parameters.properties.some(
                (property) =>
                  ts.isSpreadAssignment(property) && property.expression.getText(file.source) === 'controls.parameters',
              ))),
        `${path}: meta parameters include controls.parameters (the events logged in the Actions panel)`,
      );
    });

    test(`${path} (${tag}) describes no control for an attribute of the element`, () => {
      const attributes = new Set((element.attributes ?? []).map((attribute) => attribute.name));
      const handMade = file.argTypeKeys.filter((key) => key !== undefined && attributes.has(key));
      assert.deepEqual(handMade, [], `${path} lists argTypes the manifest already gives: ${handMade.join(', ')}`);
    });
  }

  test('an attribute typed with an alias has its values in the manifest (a select, not a text box)', () => {
    const missing = [];
    for (const [tag, element] of elements) {
      for (const attribute of element.attributes ?? []) {
        const member = (element.members ?? []).find((candidate) => candidate.name === attribute.fieldName);
        const type = member?.type?.text ?? attribute.type?.text ?? '';
        // An alias such as `ButtonVariant` or `SpinnerSize | null`: a capitalised name that is not a DOM type.
        const aliases = type
          .split('|')
          .map((part) => part.trim())
          .filter((part) => /^[A-Z]\w*$/.test(part));
        if (aliases.length === 0) continue;
        const parsed = member?.parsedType?.text ?? '';
        if (!/'[^']*'/.test(parsed) && !/\b(number|boolean|string)\b/.test(parsed)) {
          missing.push(`${tag} ${attribute.name}: ${type} → ${parsed || 'no parsedType'}`);
        }
      }
    }
    assert.deepEqual(missing, [], 'run the type parser (custom-elements-manifest.config.mjs)');
  });
});

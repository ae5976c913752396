// Checks of the built @qc-ds/react as a consumer receives it: one generated wrapper per tag of
// @qc-ds/components' manifest (no hand-written list), per-tag entry points with their .d.ts, the
// index, the published files and the dependencies. Run after the build (`npm test`).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eventProp, readElements } from '../scripts/generate.mjs';
import { packedFiles } from '../../../scripts/packed-files.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const elements = readElements();
const read = (path) => readFileSync(join(packageDir, path), 'utf8');

describe('@qc-ds/react wrappers', () => {
  test('every tag of the manifest has its module, declarations and index export', () => {
    assert.ok(elements.length > 30, 'the manifest lists the elements');
    const index = read('dist/index.d.ts');
    for (const { declaration } of elements) {
      const tag = declaration.tagName;
      assert.ok(existsSync(join(packageDir, 'dist', `${tag}.js`)), `dist/${tag}.js`);
      const types = read(`dist/${tag}.d.ts`);
      assert.match(types, new RegExp(`export declare const ${declaration.name}: `), `${tag}: typed wrapper`);
      assert.match(index, new RegExp(`export \\{ ${declaration.name} \\} from './${tag}.js'`), `${tag} in the index`);
      assert.match(read(`dist/${tag}.js`), new RegExp(`tagName: '${tag}'`), `${tag}: wraps its own tag`);
    }
  });

  test('each qc-* event is a typed camelCase prop (EventName<the manifest type>)', () => {
    let events = 0;
    for (const { declaration } of elements) {
      const types = read(`dist/${declaration.tagName}.d.ts`);
      for (const event of declaration.events ?? []) {
        events += 1;
        const prop = eventProp(event.name);
        assert.match(types, new RegExp(`${prop}: EventName<`), `${declaration.tagName}: ${prop} for ${event.name}`);
      }
    }
    assert.ok(events > 10);
    assert.equal(eventProp('qc-page-change'), 'onQcPageChange');
    assert.equal(eventProp('qc.alert.hide'), 'onQcAlertHide');
  });

  test('react is a peer (18 or 19); lit and the components are dependencies', () => {
    assert.equal(pkg.peerDependencies.react, '^18.0.0 || ^19.0.0');
    assert.ok(pkg.dependencies['@lit/react']);
    assert.ok(pkg.dependencies['@qc-ds/components']);
    assert.equal(pkg.sideEffects, false);
  });

  test('publishes dist (modules and declarations) and nothing else of the package', () => {
    const packed = packedFiles(packageDir);
    for (const { declaration } of elements) {
      assert.ok(packed.includes(`dist/${declaration.tagName}.js`), declaration.tagName);
      assert.ok(packed.includes(`dist/${declaration.tagName}.d.ts`), declaration.tagName);
    }
    assert.deepEqual(
      packed.filter((file) => !file.startsWith('dist/') && !['package.json', 'README.md'].includes(file)),
      [],
    );
  });
});

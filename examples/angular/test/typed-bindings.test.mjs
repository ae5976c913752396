// The generated directives (scripts/qc-directives.mjs) make qc-ds bindings typed: a template that
// passes a wrong value type, misspells a property or an element fails the strictTemplates build,
// and a correct one compiles. Each case is compiled by ngc, the compiler `ng build` uses, with the
// app's own tsconfig (strictTemplates). Run after the app's install: node --test test/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(app, 'package.json'));
const scratch = join(app, '.angular', 'typed-bindings');

const cases = {
  good: `<qc-textfield [label]="label" required="" size="lg" [maxLength]="count" invalid="false">
      <input name="nom" />
    </qc-textfield>
    <qc-select label="Région" width="md" [required]="true"><select name="region"></select></qc-select>
    <qc-button type="submit" variant="secondary" [disabled]="count > 2">Envoyer</qc-button>
    <qc-pagination [totalPages]="10" currentPage="2" (qc-page-change)="goTo($event.detail.page)" />`,
  'number-for-string': `<qc-textfield [label]="count"></qc-textfield>`,
  'outside-enum': `<qc-textfield size="huge"></qc-textfield>`,
  'string-for-boolean': `<qc-button [disabled]="'oui'"></qc-button>`,
  'misspelt-property': `<qc-textfield [lable]="label"></qc-textfield>`,
  'misspelt-element': `<qc-textfeild label="Nom"></qc-textfeild>`,
  'wrongly-typed-event-handler': `<qc-pagination (qc-page-change)="search($event.detail)" />`,
};

/** One component per case, in its own file; the error lines ngc prints name the file. */
const source = (name, template) => `import { Component } from '@angular/core';
import { QcButtonDirective } from '../../src/app/qc-ds/qc-button.directive';
import { QcPaginationDirective } from '../../src/app/qc-ds/qc-pagination.directive';
import { QcSelectDirective } from '../../src/app/qc-ds/qc-select.directive';
import { QcTextfieldDirective } from '../../src/app/qc-ds/qc-textfield.directive';

@Component({
  selector: 'app-${name}',
  imports: [QcButtonDirective, QcPaginationDirective, QcSelectDirective, QcTextfieldDirective],
  template: \`${template}\`,
})
export class Case {
  protected readonly label = 'Nom';
  protected readonly count = 3;
  protected goTo(_page: number): void {}
  protected search(_text: string): void {}
}
`;

/** ngc's errors per case file (one compilation for all cases: ngc takes seconds to start). */
let errors = {};

describe('Angular: typed qc-ds bindings (generated directives, strictTemplates)', () => {
  before(() => {
    assert.ok(
      existsSync(join(app, 'src/app/qc-ds/qc-textfield.directive.ts')),
      'src/app/qc-ds/ is missing: install the app and run `npm run prebuild` (node scripts/examples.mjs does both).',
    );
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    for (const [name, template] of Object.entries(cases))
      writeFileSync(join(scratch, `${name}.ts`), source(name, template));
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.json',
        compilerOptions: { noEmit: true, types: [] },
        files: Object.keys(cases).map((name) => `${name}.ts`),
      }),
    );
    const ngc = join(require.resolve('@angular/compiler-cli/package.json'), '..', 'bundles/src/bin/ngc.js');
    const result = spawnSync(process.execPath, [ngc, '-p', join(scratch, 'tsconfig.json')], {
      cwd: app,
      encoding: 'utf8',
    });
    // e.g. ".angular/typed-bindings/outside-enum.ts:9:13 - error TS2322: Type '"huge"' is not assignable…"
    const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
    errors = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
    for (const match of output.matchAll(/([\w-]+)\.ts:\d+:\d+ - error (\w+): ([^\n]*)/g)) {
      if (match[1] in errors) errors[match[1]].push(`${match[2]}: ${match[3]}`);
    }
    assert.notEqual(result.status, 0, 'the bad cases fail the compilation');
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('a correct template compiles (static attributes, typed property bindings, numbers from strings, a typed event)', () => {
    assert.deepEqual(errors.good, []);
  });

  for (const [name, expected] of [
    ['number-for-string', /Type 'number' is not assignable to type 'string'/],
    ['outside-enum', /Type '"huge"' is not assignable to type/],
    ['string-for-boolean', /Type '"oui"' is not assignable to type/],
    ['misspelt-property', /Can't bind to 'lable' since it isn't a known property of 'qc-textfield'/],
    ['misspelt-element', /'qc-textfeild' is not a known element/],
    // $event is typed from the package's GlobalEventHandlersEventMap: CustomEvent<PageChangeDetail>.
    ['wrongly-typed-event-handler', /'PageChangeDetail' is not assignable to parameter of type 'string'/],
  ]) {
    it(`a template with a ${name.replaceAll('-', ' ')} fails the build`, () => {
      assert.equal(errors[name].length, 1, errors[name].join('\n') || 'no error');
      assert.match(errors[name][0], expected);
    });
  }
});

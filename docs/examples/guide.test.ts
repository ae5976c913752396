// The Forms guide (docs/forms.mdx) shows the example files themselves, imported with Vite's `?raw`,
// so the code a reader copies is the code the tests in this folder run. This checks the guide still
// imports and shows every example, in French and in English.
import { expect } from '@open-wc/testing';

const examples = ['react-form.tsx', 'qc-ds-jsx.d.ts', 'angular-form.ts', 'vue-form.vue'];

describe('Forms guide (docs/forms.mdx) shows the tested examples', () => {
  let guide = '';

  before(async () => {
    const response = await fetch('/docs/forms.mdx');
    expect(response.ok, 'docs/forms.mdx is served').to.equal(true);
    guide = await response.text();
  });

  for (const file of examples) {
    it(`imports ${file} as text and shows it in both languages`, async () => {
      const match = new RegExp(`^import (\\w+) from '\\./examples/${file.replace(/\./g, '\\.')}\\?raw';$`, 'm').exec(
        guide,
      );
      expect(match, `docs/forms.mdx imports ./examples/${file}?raw`).to.not.equal(null);
      const shown = guide.split(`<Source code={${match![1]}}`).length - 1;
      expect(shown, `<Source code={${match![1]}} …/> in French and in English`).to.equal(2);
      const response = await fetch(`/docs/examples/${file}`);
      expect(response.ok, `docs/examples/${file} exists`).to.equal(true);
    });
  }
});

// The Forms guide (docs/forms.mdx) shows the example apps' own files, imported with Vite's `?raw`,
// so the code a reader copies is the code the apps' browser tests run. This checks the guide still
// imports and shows each of them, in French and in English.
import { expect } from '@open-wc/testing';

const shown = [
  'react/src/DemandeForm.tsx',
  'react/src/qc-ds.d.ts',
  'angular/src/app/demande-form.ts',
  'angular/src/app/demande-form.html',
  'vue/src/DemandeForm.vue',
];

describe('Forms guide (docs/forms.mdx) shows the example apps’ files', () => {
  let guide = '';

  before(async () => {
    const response = await fetch('/docs/forms.mdx');
    expect(response.ok, 'docs/forms.mdx is served').to.equal(true);
    guide = await response.text();
  });

  for (const file of shown) {
    it(`imports examples/${file} as text and shows it in both languages`, async () => {
      const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const match = new RegExp(`^import (\\w+) from '\\.\\./examples/${escaped}\\?raw';$`, 'm').exec(guide);
      expect(match, `docs/forms.mdx imports ../examples/${file}?raw`).to.not.equal(null);
      const count = guide.split(`<Source code={${match![1]}}`).length - 1;
      expect(count, `<Source code={${match![1]}} …/> in French and in English`).to.equal(2);
      const response = await fetch(`/examples/${file}`);
      expect(response.ok, `examples/${file} exists`).to.equal(true);
    });
  }
});

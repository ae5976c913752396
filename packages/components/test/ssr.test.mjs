// The server entry (`@qc-ds/components/ssr.js`, built) under Lit SSR in Node, as a server uses it:
// every element of the manifest renders without throwing; the shadow-DOM ones to a declarative
// shadow root (with `shadowrootdelegatesfocus` where the class delegates focus) marked with the
// language used; the light-DOM ones as their own markup; and a top-level element after a light-DOM
// one is not taken as nested (it would keep `defer-hydration` and never hydrate). Prints the
// render time of each element (a warm render, after a first one). Browser side: src/ssr/ssr.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import '@qc-ds/components/ssr.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { QcElement } from '../dist/internal/qc-element.js';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const tags = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : [])),
);
const isShadow = (tag) => globalThis.customElements.get(tag).prototype instanceof QcElement;
const renderHtml = (markup) => collectResultSync(render(html`${unsafeStatic(markup)}`));

test('every element of the manifest is registered by the server entry', () => {
  assert.ok(tags.length > 30, `${tags.length} elements in the manifest`);
  assert.deepEqual(
    tags.filter((tag) => !globalThis.customElements.get(tag)),
    [],
  );
});

test('shadow-DOM elements render to a declarative shadow root marked with their language', () => {
  const times = [];
  for (const tag of tags.filter(isShadow)) {
    for (const lang of ['fr', 'en']) {
      const markup = `<${tag} lang="${lang}">Texte</${tag}>`;
      renderHtml(markup);
      const start = performance.now();
      const out = renderHtml(markup);
      if (lang === 'fr') times.push(`${tag} ${(performance.now() - start).toFixed(1)} ms`);
      assert.match(
        out,
        new RegExp(`^(<!--[^>]*-->)*<${tag}\\s+lang="${lang}"[^>]* did-ssr="${lang}"`),
        `${tag} (${lang})`,
      );
      const { delegatesFocus = false } = globalThis.customElements.get(tag).shadowRootOptions ?? {};
      const root = out.match(/<template shadowroot="open" shadowrootmode="open"( shadowrootdelegatesfocus)?>/);
      assert.ok(root, `${tag}: a declarative shadow root`);
      assert.equal(Boolean(root[1]), delegatesFocus, `${tag}: delegatesFocus serialised`);
    }
  }
  console.log(`server render (warm, Node ${process.version}): ${times.join(', ')}`);
});

test('without its own lang, an element takes the closest enclosing element’s, else French', () => {
  const out = renderHtml('<qc-button lang="en" icon="information">Send</qc-button><qc-notice></qc-notice>');
  assert.match(out, /<qc-button\s+lang="en"[^>]* did-ssr="en"/);
  assert.match(out, /<qc-icon [^>]*did-ssr="en"/, 'the icon in the button’s shadow root');
  assert.match(out, /<qc-notice\s+did-ssr="fr"/);
});

test('light-DOM elements render as their markup, and elements after them hydrate at the top level', () => {
  for (const tag of tags.filter((tag) => !isShadow(tag))) {
    const out = renderHtml(`<${tag} label="Nom"><input name="nom"></${tag}><qc-tag>Après</qc-tag>`);
    assert.ok(out.includes(`<input name="nom">`), `${tag}: its markup`);
    assert.ok(!new RegExp(`<${tag}[^>]*>\\s*<template shadowroot`).test(out), `${tag}: no shadow root`);
    assert.match(out, /<qc-tag\s+did-ssr="fr" variant="neutral">/, `the element after <${tag}> is not deferred`);
  }
});

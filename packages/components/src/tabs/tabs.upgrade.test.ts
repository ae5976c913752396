import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { withStylesheet } from '../internal/test/page.js';

// This file never imports the element up front: it reads the sections with @qc-ds/styles'
// pre-upgrade rules (as without JavaScript), defines the element, and checks what changed.

const visible = (node: Element) => node.getClientRects().length > 0;
/** Where a block of text is and how it is set: x, width, font size, line height. */
const textBox = (node: Element) => {
  const { x, width } = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  return [Math.round(x), Math.round(width), style.fontSize, style.lineHeight, style.fontFamily].join(' ');
};

describe('qc-tabs upgrade', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('before the element is defined (no JavaScript), every section reads in order with its heading; after, the text keeps its place and size [wcag:1.3.1]', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      expect(customElements.get('qc-tabs')).to.equal(undefined);
      const root = await fixture(
        html`<div>
          <p id="before">Avant</p>
          <qc-tabs label="Votre dossier">
            <section id="resume">
              <h2>Résumé</h2>
              <p>Votre demande est en traitement.</p>
            </section>
            <section id="documents">
              <h2>Documents</h2>
              <p>Deux documents reçus.</p>
            </section>
            <section id="messages">
              <h2>Messages</h2>
              <p>Aucun message.</p>
            </section>
          </qc-tabs>
        </div>`,
      );
      for (const width of [1200, 320]) {
        await setViewport({ width, height: 800 });
        const headings = [...root.querySelectorAll('h2')];
        expect(headings.every(visible)).to.equal(true);
        const tops = [...root.querySelectorAll('h2, section p')].map((node) => node.getBoundingClientRect().top);
        expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
        expect(root.querySelectorAll('[role]').length).to.equal(0);
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      }
      const host = root.querySelector('qc-tabs')!;
      expect(getComputedStyle(host).display).to.equal('flow-root');
      const paragraph = root.querySelector('#resume p')!;
      const before = [textBox(paragraph), Math.round(host.getBoundingClientRect().top)];

      await import('./qc-tabs.js');
      await customElements.whenDefined('qc-tabs');
      await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(host.querySelectorAll('[role="tab"]').length).to.equal(3);
      expect([textBox(paragraph), Math.round(host.getBoundingClientRect().top)]).to.deep.equal(before);
    });
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from './qc-element.js';
import { captureWarnings } from './test/warnings.js';

// `static dependencies`: an element loads the qc-ds elements it renders in its shadow root the
// first time it renders them, once per page, and never those it does not render.

let imports = 0;
class QcTestChild extends HTMLElement {}
const importChild = () => {
  imports++;
  // Stands for `import('../child/qc-child.js')`: a module that registers the element.
  return Promise.resolve().then(() => customElements.define('qc-test-child', QcTestChild));
};

class QcTestParent extends QcElement {
  static override dependencies = { 'qc-test-child': importChild };
  @property({ type: Boolean }) withChild = false;
  override render() {
    return this.withChild ? html`<qc-test-child></qc-test-child>` : nothing;
  }
}
QcTestParent.define('qc-test-parent');

let attempts = 0;
const failOnce = () => {
  attempts++;
  if (attempts === 1) return Promise.reject(new Error('network'));
  return Promise.resolve().then(() => customElements.define('qc-test-flaky', class extends HTMLElement {}));
};

class QcTestFlakyParent extends QcElement {
  static override dependencies = { 'qc-test-flaky': failOnce };
  override render() {
    return html`<qc-test-flaky></qc-test-flaky>`;
  }
}
QcTestFlakyParent.define('qc-test-flaky-parent');

type Parent = QcTestParent & { updateComplete: Promise<unknown> };

describe('internal: static dependencies', () => {
  it('loads nothing while the dependency is not rendered', async () => {
    const parents = await fixture<HTMLElement>(
      html`<div><qc-test-parent></qc-test-parent><qc-test-parent></qc-test-parent></div>`,
    );
    for (const parent of parents.querySelectorAll<Parent>('qc-test-parent')) await parent.updateComplete;
    expect(imports).to.equal(0);
    expect(customElements.get('qc-test-child')).to.equal(undefined);
  });

  it('loads a dependency the first time it is rendered, once for every element on the page', async () => {
    const parents = await fixture<HTMLElement>(
      html`<div><qc-test-parent></qc-test-parent><qc-test-parent></qc-test-parent></div>`,
    );
    const [first, second] = [...parents.querySelectorAll<Parent>('qc-test-parent')];
    first!.withChild = true;
    second!.withChild = true;
    await first!.updateComplete;
    await second!.updateComplete;
    await waitUntil(() => customElements.get('qc-test-child') !== undefined, 'not loaded', { timeout: 2000 });
    expect(imports).to.equal(1);
    const child = first!.shadowRoot!.querySelector('qc-test-child')!;
    expect(child instanceof QcTestChild).to.equal(true, 'the rendered element is upgraded');

    const later = await fixture<Parent>(html`<qc-test-parent></qc-test-parent>`);
    later.withChild = true;
    await later.updateComplete;
    expect(imports).to.equal(1);
  });

  it('warns once when a dependency fails to load, and retries on a later render', async () => {
    const warnings = await captureWarnings(async () => {
      const parent = await fixture<QcTestFlakyParent>(html`<qc-test-flaky-parent></qc-test-flaky-parent>`);
      await parent.updateComplete;
      await waitUntil(() => attempts === 1, 'no first attempt', { timeout: 2000 });
      await new Promise((resolve) => setTimeout(resolve));
      parent.requestUpdate();
      await parent.updateComplete;
      await waitUntil(() => customElements.get('qc-test-flaky') !== undefined, 'no retry', { timeout: 2000 });
    });
    expect(attempts).to.equal(2);
    expect(warnings.length).to.equal(1, warnings.join('\n'));
    expect(warnings[0]).to.contain('cannot load <qc-test-flaky>');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LightDomController } from './light-dom.js';

/** Counts its light-DOM options the way a component re-reads what a framework rendered. */
class TestLightDom extends LitElement {
  batches: MutationRecord[][] = [];
  count = 0;
  updates = 0;
  constructor() {
    super();
    new LightDomController(this, {
      callback: (records) => {
        // The host's own attribute writes (below) are not news: only the children's changes are.
        const news = records.filter((record) => !(record.target === this && record.type === 'attributes'));
        if (news.length === 0) return;
        this.batches.push(news);
        this.requestUpdate();
      },
    });
  }
  protected override willUpdate(): void {
    this.updates++;
    this.count = this.querySelectorAll('option').length;
    // An update that writes an observed attribute must not start another update by itself.
    this.setAttribute('data-count', String(this.count));
  }
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-light-dom', TestLightDom);

/** Waits for the observer's records and the update they request. */
async function flush(element: TestLightDom): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

describe('LightDomController', () => {
  it('hears children added and removed, text and attributes changed, as a framework makes them', async () => {
    const element = await fixture<TestLightDom>(html`<test-light-dom><option>Un</option></test-light-dom>`);
    await flush(element);
    element.batches = [];
    element.append(document.createElement('option'));
    await flush(element);
    expect(element.count).to.equal(2);
    (element.querySelector('option')!.firstChild as Text).data = 'Premier';
    await flush(element);
    element.querySelector('option')!.setAttribute('disabled', '');
    await flush(element);
    // React and Vue re-render a list by replacing the nodes.
    element.replaceChildren(
      ...['A', 'B', 'C'].map((text) => Object.assign(document.createElement('option'), { text })),
    );
    await flush(element);
    expect(element.count).to.equal(3);
    const types = element.batches.flat().map((record) => record.type);
    expect(types).to.include.members(['childList', 'characterData', 'attributes']);
  });

  it('requests no update by itself: the host filters its own writes, and an update that writes settles', async () => {
    const element = await fixture<TestLightDom>(html`<test-light-dom><option>Un</option></test-light-dom>`);
    await flush(element);
    const before = element.updates;
    await flush(element);
    await flush(element);
    // Each own write is delivered once and re-renders once at most; then nothing more happens.
    expect(element.updates - before).to.be.at.most(1);
  });

  it('stops observing when disconnected and starts again when connected', async () => {
    const element = await fixture<TestLightDom>(html`<test-light-dom></test-light-dom>`);
    await flush(element);
    const parent = element.parentElement!;
    element.remove();
    element.batches = [];
    element.append(document.createElement('option'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.batches.length).to.equal(0);
    parent.append(element);
    element.append(document.createElement('option'));
    await flush(element);
    expect(element.batches.length).to.be.greaterThan(0);
    expect(element.count).to.equal(2);
  });
});

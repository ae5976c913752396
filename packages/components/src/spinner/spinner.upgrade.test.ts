import { expect, fixture, html } from '@open-wc/testing';
import { spinnerStrings } from './spinner.strings.js';

// This file never imports the element up front: a spinner written in the HTML (by the server) is
// in the page when the element is defined, while the page is still loading.

const message = (el: Element) => el.shadowRoot!.querySelector('[part="label"]')!;

describe('qc-spinner in the page while it loads, before the element is defined', () => {
  it('shows its message at once, without the delay that makes an inserted spinner announce [wcag:4.1.3]', async () => {
    const root = await fixture(html`<div><qc-spinner></qc-spinner></div>`);
    expect(customElements.get('qc-spinner')).to.equal(undefined);
    // The page is still loading (module scripts run before DOMContentLoaded).
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    try {
      await import('./qc-spinner.js');
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    const el = root.querySelector('qc-spinner')!;
    await el.updateComplete;
    expect(message(el).getAttribute('role')).to.equal('status');
    expect(message(el).textContent!.trim()).to.equal(spinnerStrings.fr.spinnerLabel);
    // One inserted later is announced (empty first).
    const later = document.createElement('qc-spinner');
    root.append(later);
    await later.updateComplete;
    expect(message(later).textContent!.trim()).to.equal('');
  });
});

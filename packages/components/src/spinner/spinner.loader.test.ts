import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { SPINNER_TEXT_DELAY_MS } from './spinner.js';
import { spinnerStrings } from './spinner.strings.js';

// This file never imports the registration up front: after the page has loaded, a script inserts
// a spinner and only then is the element defined (the CDN loader imports it on first sight).

const message = (el: Element) => el.shadowRoot!.querySelector('[part="label"]')!;

describe('qc-spinner defined after the page has loaded (CDN loader)', () => {
  it('announces a spinner a script inserted: the region is empty first, then holds the message [wcag:4.1.3]', async () => {
    expect(document.readyState).to.equal('complete');
    const root = await fixture(html`<div><qc-spinner></qc-spinner></div>`);
    expect(customElements.get('qc-spinner')).to.equal(undefined);
    await import('./qc-spinner.js');
    const el = root.querySelector('qc-spinner')!;
    await el.updateComplete;
    expect(message(el).textContent!.trim()).to.equal('');
    await aTimeout(SPINNER_TEXT_DELAY_MS + 50);
    expect(message(el).textContent!.trim()).to.equal(spinnerStrings.fr.spinnerLabel);
  });
});

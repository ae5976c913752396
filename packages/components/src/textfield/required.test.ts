import { html } from 'lit';
import './qc-textfield.js';

describe('qc-textfield required toggling', () => {
  it('drops the required it set, keeps the author’s [wcag:1.3.1,3.3.2]', async () => {
    const { fixture } = await import('@open-wc/testing');
    const { expect } = await import('@open-wc/testing');
    const el = await fixture<HTMLElement & { required: boolean; updateComplete: Promise<unknown> }>(
      html`<qc-textfield label="A" required><input name="a" /></qc-textfield>`,
    );
    const input = el.querySelector('input')!;
    expect(input.required).to.equal(true);
    el.required = false;
    await el.updateComplete;
    expect(input.required).to.equal(false);
    const authored = await fixture<HTMLElement & { required: boolean; updateComplete: Promise<unknown> }>(
      html`<qc-textfield label="B" required><input name="b" required /></qc-textfield>`,
    );
    authored.required = false;
    await authored.updateComplete;
    expect(authored.querySelector('input')!.required).to.equal(true);
  });
});

import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { runFormFieldSuite } from '../internal/form-field.suite.js';
import './qc-textfield.js';

runFormFieldSuite({
  tag: 'qc-textfield',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-textfield
      label=${label}
      ?required=${required}
      invalid-text=${invalidText ?? serverError ?? ''}
      ?invalid=${!!serverError}
      ><input name=${name}
    /></qc-textfield>`,
  async fill(field) {
    const input = field.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'Bonjour' });
    input.blur();
  },
  filledValue: ['Bonjour'],
  emptyValue: [''],
  labelledControl: (field) => field.querySelector('input')!,
  role: 'textbox',
  async rerender(field) {
    const old = field.querySelector('input')!;
    const fresh = document.createElement('input');
    fresh.name = old.name;
    old.replaceWith(fresh);
  },
});

describe('qc-textfield required toggling', () => {
  it('drops the required it set, keeps the author’s', async () => {
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

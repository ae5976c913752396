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

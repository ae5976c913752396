import type { NativeControl } from '../validation.js';
import type { Validator } from './validator.js';

const setByUs = { required: new WeakSet<Element>(), disabled: new WeakSet<Element>() };

/**
 * Mirrors a host state onto a control, and takes back only what it set: an author's own `required`
 * or `disabled` stays when the host's turns false.
 */
export function mirrorState(control: NativeControl, state: 'required' | 'disabled', on: boolean): void {
  const ours = setByUs[state];
  if (on) {
    if (!control[state]) ours.add(control);
    control[state] = true;
  } else if (ours.has(control)) {
    ours.delete(control);
    control[state] = false;
  }
}

/**
 * The host's `required` on its controls, so the browser's own `valueMissing` does the work. A
 * group's checkboxes stay optional each: « at least one » is `groupRequiredValidator`'s.
 */
export const requiredValidator: Validator = {
  apply(field) {
    const required = !!(field.host as { required?: boolean }).required;
    for (const control of field.controls())
      mirrorState(control, 'required', required && !(field.mode === 'group' && control.type === 'checkbox'));
  },
};

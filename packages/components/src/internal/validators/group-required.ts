import type { Validator } from './validator.js';

/**
 * A required group of checkboxes needs at least one checked. The browser has no such constraint:
 * the first enabled checkbox carries it while none is checked (radios have the native one).
 */
export const groupRequiredValidator: Validator = {
  check(field) {
    if (!(field.host as { required?: boolean }).required) return null;
    const boxes = field.controls().filter((control) => control.type === 'checkbox') as HTMLInputElement[];
    if (boxes.length === 0 || boxes.some((box) => box.checked)) return null;
    const target = boxes.find((box) => !box.disabled);
    return target
      ? { message: field.localize.term('valueMissingChoice', field.labelText()), controls: [target] }
      : null;
  },
};

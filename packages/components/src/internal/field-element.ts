import { property } from 'lit/decorators.js';
import { booleanConverter } from './converters.js';
import { QcLightElement } from './qc-element.js';
import { customErrorValidator } from './validators/custom-error.js';
import { requiredValidator } from './validators/required.js';
import type { Validator } from './validators/validator.js';

/**
 * Base class of the light-DOM form fields (`qc-textfield`, `qc-select`, `qc-checkbox`…): the
 * reactive properties every field has (`description`, `required`, `disabled`, `invalid`,
 * `invalid-text`), which `FieldController` reads, and the validators every field lists. A field whose
 * property means something more (e.g. a group's `required`) declares that property again itself.
 *
 * `Description` is the type of `description`: `string`, or `string | null` for a field whose absent
 * hint means a built-in one.
 */
export abstract class QcFieldElement<Description extends string | null = string> extends QcLightElement {
  /**
   * The field's rules, run by its `FieldController`; a field adds its own
   * (`[...QcFieldElement.validators, x]`). Not page API: left out of the manifest.
   * @internal
   */
  static validators: readonly Validator[] = [requiredValidator, customErrorValidator];

  /**
   * Hint shown under the label and linked to the field (text only).
   * @type {string}
   */
  @property() description: Description = '' as Description;
  /** The field must be answered to submit the form (sets `required` on its control). Adds a mark to the label. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) required = false;
  /** Disables the field (a disabled control is not submitted). */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) disabled = false;
  /** Shows `invalid-text` as an error now (a server's error); cleared when the user edits the field. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) invalid = false;
  /** Replaces the built-in validation messages for this field. */
  @property({ attribute: 'invalid-text' }) invalidText = '';
}

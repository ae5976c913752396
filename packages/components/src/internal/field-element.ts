import type { PropertyDeclarations } from 'lit';
import { booleanProperty } from './converters.js';
import type { FieldOptions } from './field.js';
import { QcLightElement } from './qc-element.js';

/** The `FieldController` options every field reads the same way from its host. */
export type SharedFieldOptions = Pick<FieldOptions, 'invalid' | 'invalidText' | 'required' | 'setInvalid'>;

/**
 * Base class of the light-DOM form fields (`qc-textfield`, `qc-select`, `qc-checkbox`…): the
 * reactive properties every field has (`description`, `required`, `disabled`, `invalid`,
 * `invalid-text`) and the `FieldController` options read from them (`fieldOptions()`). A field whose
 * property means something more (e.g. a group's `required`) declares that property again itself.
 *
 * `Description` is the type of `description`: `string`, or `string | null` for a field whose absent
 * hint means a built-in one.
 */
export abstract class QcFieldElement<Description extends string | null = string> extends QcLightElement {
  static override properties: PropertyDeclarations = {
    description: { type: String },
    required: booleanProperty,
    disabled: booleanProperty,
    invalid: booleanProperty,
    invalidText: { type: String, attribute: 'invalid-text' },
  };

  /**
   * Hint shown under the label and linked to the field (text only).
   * @type {string}
   */
  declare description: Description;
  /** The field must be answered to submit the form (sets `required` on its control). Adds a mark to the label. */
  declare required: boolean;
  /** Disables the field (a disabled control is not submitted). */
  declare disabled: boolean;
  /** Shows `invalid-text` as an error now (a server's error); cleared when the user edits the field. */
  declare invalid: boolean;
  /** Replaces the built-in validation messages for this field. */
  declare invalidText: string;

  constructor() {
    super();
    this.description = '' as Description;
    this.required = false;
    this.disabled = false;
    this.invalid = false;
    this.invalidText = '';
  }

  /** The `FieldController` options read from these properties; spread them into the controller's options. */
  protected fieldOptions(): SharedFieldOptions {
    return {
      invalid: () => this.invalid,
      invalidText: () => this.invalidText ?? '',
      required: () => this.required,
      setInvalid: (invalid) => (this.invalid = invalid),
    };
  }
}

import type { Validator } from './validator.js';

interface CustomErrorHost {
  invalid?: boolean;
  invalidText?: string | null;
}

/**
 * The error a server (or the app) set with `invalid` + `invalid-text`: shown at once, as written,
 * and taken back when the citizen edits the field. It does not block a submit: the server decides.
 */
export const customErrorValidator: Validator = {
  shown: (field) => {
    const host = field.host as CustomErrorHost;
    return host.invalid ? (host.invalidText ?? '') : null;
  },
  clear: (field) => {
    const host = field.host as CustomErrorHost;
    if (host.invalid) host.invalid = false;
  },
};

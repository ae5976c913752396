import { LitElement } from 'lit';
import { warnOnce } from './warn.js';

/**
 * Base class of every qc-ds element: safe registration, attribute validation and dev warnings.
 * Behaviour shared by some components only lives in controllers, not here.
 */
export class QcElement extends LitElement {
  /**
   * Registers the element under `tag`. Defining the same class twice is a no-op (so a page that
   * loads the bundle twice never throws); a different class already registered under the tag is
   * kept and one warning is printed.
   */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, ctor);
      return;
    }
    if (existing !== ctor) {
      warnOnce(
        customElements,
        `define:${tag}`,
        `<${tag}> is already defined by another copy of qc-ds; keeping the first one.`,
      );
    }
  }

  /** Prints a developer warning once for this element and key. */
  protected warnOnce(key: string, message: string): void {
    warnOnce(this, key, message);
  }

  /**
   * Returns `value` when it is one of `allowed`, otherwise `fallback`, warning once about the
   * invalid value. Empty and absent values fall back silently. Matching ignores case and spaces.
   */
  protected validEnum<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if (value === null || value === undefined || value === '') return fallback;
    const normalized = String(value).trim().toLowerCase();
    const match = allowed.find((option) => option === normalized);
    if (match) return match;
    this.warnOnce(
      `enum:${attribute}:${String(value)}`,
      `invalid ${attribute}="${String(value)}"; expected one of ${allowed.map((a) => `"${a}"`).join(', ')}. Using "${fallback}".`,
    );
    return fallback;
  }
}

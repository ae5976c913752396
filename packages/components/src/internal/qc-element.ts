import { LitElement, ReactiveElement } from 'lit';
import { warnOnce } from './warn.js';

/**
 * Registers `ctor` under `tag`. Defining the same class twice is a no-op (so a page that loads the
 * bundle twice never throws); a different class already registered under the tag is kept and one
 * warning is printed.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
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

/**
 * Returns `value` when it is one of `allowed`, otherwise `fallback`, warning once (per `owner`)
 * about the invalid value. Empty and absent values fall back silently. Matching ignores case and
 * surrounding spaces.
 */
export function validEnum<T extends string>(
  owner: Element,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === null || value === undefined || value === '') return fallback;
  const normalized = String(value).trim().toLowerCase();
  const match = allowed.find((option) => option === normalized);
  if (match) return match;
  warnOnce(
    owner,
    `enum:${attribute}:${String(value)}`,
    `invalid ${attribute}="${String(value)}"; expected one of ${allowed.map((a) => `"${a}"`).join(', ')}. Using "${fallback}".`,
  );
  return fallback;
}

/**
 * Base class of every qc-ds element with a shadow root: safe registration, attribute validation
 * and dev warnings. Behaviour shared by some components only lives in controllers, not here.
 */
export class QcElement extends LitElement {
  /** Registers the element under `tag` (see `defineElement`). */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    defineElement(tag, ctor);
  }

  /** Prints a developer warning once for this element and key. */
  protected warnOnce(key: string, message: string): void {
    warnOnce(this, key, message);
  }

  /** `value` when it is one of `allowed`, else `fallback` with one warning (see `validEnum`). */
  protected validEnum<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    return validEnum(this, attribute, value, allowed, fallback);
  }
}

/**
 * Base class of the form-field elements, which have no shadow root: the native control, its label,
 * hint, error and counter are the element's light-DOM children, in the same tree (so `<label for>`
 * and `aria-describedby` work, forms submit, autofill and restore natively, and frameworks bind to
 * the control as to plain HTML). Their styles are adopted once per document or shadow root (see
 * `adoptLightStyles`). Reactive properties and controllers work as in any Lit element; there is no
 * template rendering.
 */
export class QcLightElement extends ReactiveElement {
  /** Registers the element under `tag` (see `defineElement`). */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    defineElement(tag, ctor);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Prints a developer warning once for this element and key. */
  protected warnOnce(key: string, message: string): void {
    warnOnce(this, key, message);
  }

  /** `value` when it is one of `allowed`, else `fallback` with one warning (see `validEnum`). */
  protected validEnum<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    return validEnum(this, attribute, value, allowed, fallback);
  }
}

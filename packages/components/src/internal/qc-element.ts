import { LitElement, ReactiveElement, type PropertyValues } from 'lit';
import { warnOnce } from './warn.js';

/**
 * The qc-ds elements an element renders in its shadow root, each with the import of its
 * registration module: `{ 'qc-icon': () => import('../icon/qc-icon.js') }`. The element loads a
 * dependency the first time it renders it (so a button without an icon never loads qc-icon); the
 * build reads the same imports to split the CDN modules and to weigh each page.
 */
export type ElementDependencies = Readonly<Record<string, () => Promise<unknown>>>;

// Dependencies already asked for, page-wide: one import per tag, whichever element renders it.
const requestedDependencies = new Set<string>();

/** Loads the `dependencies` that a render put in `root` and that nobody has defined or asked for yet. */
function loadRenderedDependencies(root: ParentNode, dependencies: ElementDependencies): void {
  for (const tag in dependencies) {
    if (requestedDependencies.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requestedDependencies.add(tag);
    dependencies[tag]!().catch((error: unknown) => {
      // A failed chunk load (network) is retried on the next render that needs it.
      requestedDependencies.delete(tag);
      warnOnce(requestedDependencies, `load:${tag}`, `cannot load <${tag}>: ${String(error)}`);
    });
  }
}

/**
 * The attribute the server entry (`@qc-ds/components/ssr.js`) puts on every server-rendered qc-ds
 * host, valued with the language the server rendered it in (`fr`, `en`). The client's hydrating
 * render repeats that language, then the attribute is removed and the element renders in the
 * page's language. Pre-upgrade CSS (`@qc-ds/styles`) keeps such hosts visible.
 */
export const SSR_ATTRIBUTE = 'did-ssr';

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
  /** The qc-ds elements this one renders in its shadow root (see `ElementDependencies`). */
  static dependencies: ElementDependencies = {};

  /** Registers the element under `tag` (see `defineElement`). */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    defineElement(tag, ctor);
  }

  /**
   * True while the element renders what the server rendered: on the server, and in the client's
   * hydrating first render of a server-rendered host. Lit's hydration takes the client's first
   * render to be the server's, so in that render a component reads neither its light DOM nor the
   * page (the server knows neither); the next render, requested right after, does. Declared only:
   * `ssr/server.ts` (the server entry) and `internal/hydration.ts` (loaded by hydrate.js) define
   * it, so pages that are not server-rendered carry none of that code (undefined: false).
   * @internal
   */
  declare readonly serverView?: boolean;

  // `update` rather than `updated`: subclasses override `updated` without always calling super.
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const { dependencies } = this.constructor as typeof QcElement;
    // On the server, ssr/server.ts replaces this method with Lit's (nothing to load there).
    if (dependencies !== QcElement.dependencies) loadRenderedDependencies(this.renderRoot, dependencies);
  }

  /** Prints a developer warning once for this element and key. */
  protected warnOnce(key: string, message: string | (() => string | undefined)): void {
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
  protected warnOnce(key: string, message: string | (() => string | undefined)): void {
    warnOnce(this, key, message);
  }

  /** `value` when it is one of `allowed`, else `fallback` with one warning (see `validEnum`). */
  protected validEnum<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    return validEnum(this, attribute, value, allowed, fallback);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A built-in string: plain text, or a function of its arguments (counts, names). */
export type Term = string | ((...args: never[]) => string);
/** A component's strings, keyed by term name. */
export type Terms = Record<string, Term>;
/** A component's built-in strings: French is required (the default language), English complete. */
export interface ComponentStrings<T extends Terms> {
  fr: T;
  en: T;
}

type TermArgs<T extends Term> = T extends (...args: infer A) => string ? A : [];

/** Languages with built-in strings. Any other language falls back to French. */
export const builtInLanguages = ['fr', 'en'] as const;
export const DEFAULT_LANGUAGE = 'fr';

const registry = new Map<string, Partial<Record<string, Term>>>();
const hosts = new Set<LocalizeController<Terms>>();
let observer: MutationObserver | undefined;

/**
 * Registers or overrides strings for a language, for every component on the page. `code` is a
 * BCP 47 tag (`fr`, `en`, `en-CA`, `es`…); a regional tag wins over its primary language.
 * Registering several times merges, so a ministry can replace a single string:
 *
 * ```js
 * registerTranslation('fr', { noticeTypeWarning: 'Attention' });
 * ```
 */
export function registerTranslation(code: string, terms: Partial<Record<string, Term>>): void {
  const key = code.toLowerCase();
  registry.set(key, { ...registry.get(key), ...terms });
  for (const host of hosts) host.refresh(true);
}

/** Resolves an element's language: own `lang`, closest ancestor `[lang]` across shadow roots, `<html lang>`, `fr`. */
export function resolveLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const value = withLang.getAttribute('lang')?.trim();
      if (value) return value.toLowerCase();
      // lang="" means "unknown": keep looking further out.
      node = withLang.parentElement ?? hostOf(withLang);
      continue;
    }
    node = hostOf(node);
  }
  return document.documentElement.lang.trim().toLowerCase() || DEFAULT_LANGUAGE;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The primary subtag: `fr-CA` → `fr`. */
export function primaryLanguage(lang: string): string {
  return lang.split('-')[0] ?? lang;
}

function observeLanguageChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const host of hosts) host.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives a component its strings in the language of the element (see `resolveLanguage`),
 * re-rendering when any `lang` attribute on the page or a registered translation changes.
 * Lookup order: page-registered strings for the full tag, then for the primary subtag, then the
 * component's built-in strings for that language, then French.
 */
export class LocalizeController<T extends Terms> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly strings: ComponentStrings<T>;
  // Resolved on first use, not on connection: most hosts (a button that is not loading, a field
  // without an error) never look a string up, and resolving walks the ancestors. Only hosts that
  // did are followed for language changes (`hosts`), which is all that can have rendered one.
  private resolved = '';

  constructor(host: ReactiveControllerHost & HTMLElement, strings: ComponentStrings<T>) {
    this.host = host;
    this.strings = strings;
    host.addController(this);
  }

  /** The resolved language tag, lower case (`fr-ca`). */
  get lang(): string {
    // On the server, the server's language: ssr/server.ts (loaded by ssr.js) replaces this getter.
    // In the client's hydrating render, the same language: internal/hydration.ts (hydrate.js) wraps it.
    if (this.resolved) return this.resolved;
    const lang = resolveLanguage(this.host);
    // A disconnected host is resolved again at each use, as its ancestors are not known yet.
    if (this.host.isConnected) this.follow(lang);
    return lang;
  }

  /** The built-in language used for strings: `fr` or `en`. */
  get language(): 'fr' | 'en' {
    const primary = primaryLanguage(this.lang);
    return primary === 'en' ? 'en' : 'fr';
  }

  hostConnected(): void {
    // Re-attached after a lookup: resolve again in the new place, as on the first connection.
    if (this.resolved) this.follow(resolveLanguage(this.host));
  }

  hostDisconnected(): void {
    hosts.delete(this as unknown as LocalizeController<Terms>);
  }

  private follow(lang: string): void {
    this.resolved = lang;
    hosts.add(this as unknown as LocalizeController<Terms>);
    observeLanguageChanges();
  }

  /** Re-resolves the language and re-renders the host if it changed (always with `force`). */
  refresh(force = false): void {
    const lang = resolveLanguage(this.host);
    if (force || lang !== this.resolved) {
      this.resolved = lang;
      this.host.requestUpdate();
    }
  }

  /** The string `key` in the element's language, with `args` applied when it is a function. */
  term<K extends keyof T & string>(key: K, ...args: TermArgs<T[K]>): string {
    const lang = this.lang;
    const primary = primaryLanguage(lang);
    const value =
      registry.get(lang)?.[key] ??
      registry.get(primary)?.[key] ??
      this.strings[primary as keyof ComponentStrings<T>]?.[key] ??
      this.strings.fr[key];
    return typeof value === 'function' ? (value as (...a: unknown[]) => string)(...args) : String(value);
  }
}

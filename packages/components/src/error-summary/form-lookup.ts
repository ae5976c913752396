import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from '../internal/warn.js';

/** How long to wait for a form to appear before warning the developer. */
const FORM_GRACE_MS = 1000;

type Host = ReactiveControllerHost & HTMLElement & { htmlFor: string };

/**
 * Finds the form an element reports on: the one its `for` names (an id in the same tree), else the
 * closest enclosing `<form>`. A framework may render the form after the element: it waits for it,
 * and warns once when none comes. `found` hears every look-up's answer (null: no form).
 */
export class FormLookupController implements ReactiveController {
  private watcher: MutationObserver | undefined;

  constructor(
    private readonly host: Host,
    private readonly found: (form: HTMLFormElement | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.lookUp();
  }

  hostDisconnected(): void {
    this.watcher?.disconnect();
    this.watcher = undefined;
  }

  /** Looks the form up again (on connection, and when `for` changes). */
  lookUp(): void {
    const form = this.resolve();
    if (form) this.hostDisconnected();
    else this.watch();
    this.found(form);
  }

  private get id(): string {
    return (this.host.htmlFor ?? '').trim();
  }

  private resolve(): HTMLFormElement | null {
    const id = this.id;
    if (!id) return this.host.closest('form');
    const found = (this.host.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null;
    if (found && !(found instanceof HTMLFormElement)) {
      warnOnce(this.host, `for-not-form:${id}`, `for="${id}" names a <${found.localName}>, not a <form>.`);
      return null;
    }
    return found;
  }

  private watch(): void {
    if (this.watcher) return;
    const root = this.host.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) return;
    this.watcher = new MutationObserver(() => {
      if (this.resolve()) this.lookUp();
    });
    this.watcher.observe(root, { childList: true, subtree: true });
    // Warn once the page (or the framework) has had its chance to render the form.
    const warn = () =>
      setTimeout(() => {
        const id = this.id;
        // Found meanwhile, gone, or already said: `for` names an element that is not a form.
        if (!this.host.isConnected || this.resolve()) return;
        if (id && (this.host.getRootNode() as Document | ShadowRoot).getElementById?.(id)) return;
        warnOnce(
          this.host,
          'no-form',
          id
            ? `for="${id}" names no <form> in this document; the summary stays hidden.`
            : 'the summary is not inside a <form> and has no `for` attribute; it stays hidden.',
        );
      }, FORM_GRACE_MS);
    if (document.readyState === 'complete') warn();
    else window.addEventListener('load', warn, { once: true });
  }
}

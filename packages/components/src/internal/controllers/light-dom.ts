import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LightDomOptions {
  /** What to watch; default: children, the subtree, text, and every attribute. */
  config?: MutationObserverInit;
  /**
   * Called with the records of each batch of changes while the host is connected. The component
   * decides what to do (often `requestUpdate()`); changes it made itself can be filtered out here.
   */
  callback(records: MutationRecord[]): void;
}

/**
 * Follows the light DOM of a component that frameworks change after it rendered (React, Vue and
 * Angular re-render options, tabs, items): observes while the host is connected, stops when it is
 * disconnected, and hands each batch of records to `callback`.
 *
 * Why not `@lit-labs/observers`' `MutationController`: it calls `host.requestUpdate()` after every
 * batch and replays the records of the host's own update in `hostUpdated`. A component that writes
 * observed attributes while updating (a select marking its options, a field setting `disabled`)
 * would update again after each update, endlessly. Here the callback decides; ~20 lines.
 */
export class LightDomController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Node;
  private readonly options: LightDomOptions;
  private observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & Node, options: LightDomOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver((records) => this.options.callback(records));
    this.observer.observe(
      this.host,
      this.options.config ?? { childList: true, subtree: true, characterData: true, attributes: true },
    );
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Records of changes not yet delivered (read them before changing the DOM yourself). */
  takeRecords(): MutationRecord[] {
    return this.observer?.takeRecords() ?? [];
  }
}

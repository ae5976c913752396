/**
 * Invoker commands (`<button command="show-modal" commandfor="id">`) where the platform does not
 * run them: the engine runs the built-in commands (`show-modal`, `close`, `request-close`,
 * `toggle-popover`…) only on a native `<dialog>` or `[popover]` target (for any other element it
 * fires nothing), and a button inside a shadow root (qc-button's inner `<button>`) cannot name an
 * element of the page by id. Not a global polyfill: qc-dialog handles the native buttons that
 * target a qc-dialog, qc-button delivers its own commands, and no other button of the page
 * changes behaviour.
 */

import { warnOnce } from './warn.js';

/** The `command` event, as the platform's `CommandEvent` (not yet in TypeScript's DOM types). */
export interface CommandEventLike extends Event {
  readonly command: string;
  readonly source: Element | null;
}

type CommandEventConstructor = new (
  type: string,
  init: EventInit & { command: string; source: Element },
) => CommandEventLike;

/** The value a command carries (the invoker's `value`, as for `close` and `request-close`). */
export function commandValue(source: Element | null | undefined): string | undefined {
  const value = (source as { value?: unknown } | null | undefined)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** The element `id` names in `source`'s tree (its document or shadow root), as `commandfor` resolves it. */
export function commandTarget(source: Element, id: string | null): HTMLElement | null {
  if (!id) return null;
  const root = source.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? null;
}

/**
 * Fires a cancelable `command` event at `target` from `source`, as the platform does, then, unless
 * a listener cancelled it, runs the built-in commands of native `<dialog>` and `[popover]` targets
 * (qc-dialog runs its own from the event). Returns false when cancelled.
 */
export function deliverCommand(target: HTMLElement, command: string, source: Element): boolean {
  const Native = (window as Window & { CommandEvent?: CommandEventConstructor }).CommandEvent;
  const event = Native
    ? new Native('command', { command, source, cancelable: true })
    : Object.defineProperties(new Event('command', { cancelable: true }), {
        command: { value: command },
        source: { value: source },
      });
  if (!target.dispatchEvent(event)) return false;
  const name = command.toLowerCase();
  if (target instanceof HTMLDialogElement) {
    if (name === 'show-modal' && !target.open) target.showModal();
    else if (name === 'close' && target.open) target.close(commandValue(source));
    else if (name === 'request-close' && target.open) target.requestClose?.(commandValue(source));
  } else if (target.popover !== null && target.popover !== undefined) {
    if (name === 'toggle-popover') target.togglePopover();
    else if (name === 'show-popover' && !target.matches(':popover-open')) target.showPopover();
    else if (name === 'hide-popover' && target.matches(':popover-open')) target.hidePopover();
  }
  return true;
}

/**
 * Delivers the command of a qc-button (its `command` to its `commandfor` element), as its inner
 * `<button>` cannot: warns when no element has that id.
 */
export function invokeFrom(button: HTMLElement & { commandFor: string | null }): void {
  const target = commandTarget(button, button.commandFor);
  if (!target) {
    warnOnce(
      button,
      `commandfor:${button.commandFor}`,
      `commandfor="${button.commandFor}": no element with this id in the page.`,
    );
  } else if (button.isConnected) {
    deliverCommand(target, button.getAttribute('command') ?? '', button);
  }
}

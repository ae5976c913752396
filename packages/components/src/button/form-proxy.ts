import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formOwner } from './form-owner.js';

/** What the proxy must mirror; `type: null` means "no proxy" (type button, link, no form). */
export interface FormProxyState {
  type: 'submit' | 'reset' | null;
  name: string;
  value: string;
  form: string | null;
  disabled: boolean;
}

// Clicks waiting for the end of their dispatch: like a native button, the form is submitted or
// reset only if no listener (on the element or any ancestor) called preventDefault().
const pending = new WeakMap<Event, FormProxyController>();
let listening = false;

function finish(event: Event): void {
  const controller = pending.get(event);
  if (!controller) return;
  pending.delete(event);
  if (!event.defaultPrevented) controller.activate();
}

/**
 * Gives a custom element the form behaviour of a native submit or reset button (without being
 * form-associated: see form-owner.ts for why).
 *
 * A button in a shadow root cannot submit a form nor be its default button, so the host keeps one
 * native `<button hidden tabindex="-1" aria-hidden="true" slot="qc-proxy">` in its light DOM while
 * it has a form owner. No slot of the host is named `qc-proxy`, so the proxy is never rendered nor
 * in the accessibility tree, but it is a real submit button of the form: it is the form's default
 * button when first in tree order (HTML's implicit submission does not care whether it is rendered;
 * the tests check Enter in Chromium), it carries `name`/`value` as the `submitter`, and
 * `<fieldset disabled>` and the `form` attribute apply to it natively. It is put back if a
 * framework replaces the host's children, and removed when the host leaves the document.
 */
export class FormProxyController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly state: () => FormProxyState;
  private proxy: HTMLButtonElement | undefined;
  // Created with the proxy: buttons outside forms (most of them) pay for no observer.
  private observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, state: () => FormProxyState) {
    this.host = host;
    this.state = state;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.proxy?.remove();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** True for the proxy's own clicks (Enter in a text field clicks the default button). */
  isProxy(target: EventTarget | null): boolean {
    return target !== null && target === this.proxy;
  }

  /** Submits or resets the form once `event` has been dispatched everywhere, unless it was cancelled. */
  activateAfter(event: Event): void {
    pending.set(event, this);
    if (!listening) {
      listening = true;
      // Bubbling on window: the click's last stop, after every listener of the page.
      window.addEventListener('click', finish);
    }
    // A listener that stopped propagation keeps the click from window; native buttons still act.
    setTimeout(() => finish(event));
  }

  /** Submits (with validation and the proxy as submitter) or resets the form, as a native button's activation. */
  activate(): void {
    this.sync();
    const { type, disabled, form: formId } = this.state();
    const form = formOwner(this.host, formId);
    if (!form || !this.proxy || disabled || !this.host.isConnected) return;
    // requestSubmit(proxy) is the submit button's activation (validation, submitter, form data)
    // without dispatching a second, synthetic click through the host.
    if (type === 'reset') form.reset();
    else if (type === 'submit' && this.proxy.form === form) form.requestSubmit(this.proxy);
  }

  /** Creates, updates, re-inserts or removes the proxy to match the host. */
  sync(): void {
    const state = this.state();
    if (!state.type || !this.host.isConnected || !formOwner(this.host, state.form)) {
      this.proxy?.remove();
      return;
    }
    const proxy = (this.proxy ??= document.createElement('button'));
    proxy.hidden = true;
    proxy.tabIndex = -1;
    proxy.slot = 'qc-proxy';
    proxy.setAttribute('aria-hidden', 'true');
    proxy.type = state.type;
    proxy.disabled = state.disabled;
    setOrRemove(proxy, 'name', state.name || null);
    setOrRemove(proxy, 'value', state.value || null);
    setOrRemove(proxy, 'form', state.form || null);
    if (proxy.parentNode !== this.host) this.host.append(proxy);
    if (!this.observer) {
      // A framework re-rendering the host's children may remove the proxy: put it back.
      this.observer = new MutationObserver(() => this.sync());
      this.observer.observe(this.host, { childList: true });
    }
  }
}

function setOrRemove(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

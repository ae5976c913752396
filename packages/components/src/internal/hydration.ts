/**
 * The client side of server rendering, installed by `@qc-ds/components/hydrate.js` (after Lit's
 * hydration support, before any element registers) and by nothing else: pages that are not
 * server-rendered never load it, so the elements' shared core carries none of it.
 *
 * Lit's hydration takes an element's first client render to be the one the server wrote, and
 * does not re-apply values that differ. A server-rendered qc-ds host (`did-ssr="<language>"`,
 * written by `@qc-ds/components/ssr.js`) therefore renders first as the server did — in the
 * server's language, reading neither its light DOM nor the page (`serverView`) — then the
 * attribute is removed and a second render applies the page's language and the light DOM.
 * @packageDocumentation
 */
import { QcElement, SSR_ATTRIBUTE } from './qc-element.js';
import { DEFAULT_LANGUAGE, LocalizeController } from './localize.js';

// Hosts in their hydrating first render.
const hydrating = new WeakSet<Element>();

Object.defineProperty(QcElement.prototype, 'serverView', {
  configurable: true,
  get(this: QcElement): boolean {
    return hydrating.has(this);
  },
});

type Updating = { performUpdate(): void };
const performUpdate = (QcElement.prototype as unknown as Updating).performUpdate;
(QcElement.prototype as unknown as Updating).performUpdate = function (this: QcElement): void {
  if (!this.hasUpdated && this.hasAttribute(SSR_ATTRIBUTE)) hydrating.add(this);
  performUpdate.call(this);
  if (hydrating.delete(this)) {
    this.removeAttribute(SSR_ATTRIBUTE);
    this.requestUpdate();
  }
};

const lang = Object.getOwnPropertyDescriptor(LocalizeController.prototype, 'lang')!;
Object.defineProperty(LocalizeController.prototype, 'lang', {
  configurable: true,
  get(this: { host: Element }): string {
    const host = this.host as Element & { serverView?: boolean };
    if (host.serverView) return host.getAttribute(SSR_ATTRIBUTE)?.trim().toLowerCase() || DEFAULT_LANGUAGE;
    return lang.get!.call(this) as string;
  },
});

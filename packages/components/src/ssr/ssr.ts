/**
 * `@qc-ds/components/ssr.js`, the server entry for Lit SSR (`@lit-labs/ssr`): registers every
 * qc-ds element in Lit's server DOM shim, loads the built-in icons (a server render is
 * synchronous) and marks each server-rendered qc-ds host with `did-ssr="<language>"`, the
 * language the server rendered it in (its own `lang`, else the closest enclosing custom element's
 * that the renderer knows, else French). In the page, load `@qc-ds/components/hydrate.js` (or
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` before `lit`): the elements then hydrate
 * in the server's language and switch to the page's right after.
 *
 * Import it on the server only, before rendering:
 *
 * ```js
 * import '@qc-ds/components/ssr.js';
 * import { render } from '@lit-labs/ssr';
 * ```
 * @packageDocumentation
 */
import './server.js';

export * from '../index.js';

/**
 * `@qc-ds/components/hydrate.js`, the browser entry for pages rendered on the server with
 * `@qc-ds/components/ssr.js`: Lit's hydration support first (it must run before `lit` is
 * evaluated), then every qc-ds element, which hydrates the declarative shadow roots the server
 * wrote instead of rendering them again. Load it before any other module that imports `lit`.
 * @packageDocumentation
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// The hydrating first render of server-rendered qc-ds hosts (before any element registers).
import '../internal/hydration.js';

export * from '../index.js';

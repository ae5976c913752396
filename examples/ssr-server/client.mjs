// The page's only script: @qc-ds/components' browser entry for server-rendered pages. It loads
// Lit's hydration support before Lit itself, then every qc-ds element, which adopts the shadow
// root the server wrote (declarative shadow DOM) instead of drawing it again.
import '@qc-ds/components/hydrate.js';

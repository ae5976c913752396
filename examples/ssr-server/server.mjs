// A small Node server (node:http, no framework) that renders qc-ds pages with Lit SSR.
//
//   node examples/ssr-server/server.mjs          → http://127.0.0.1:8080/fr/
//   PORT=3000 node examples/ssr-server/server.mjs
//
// Each page is plain HTML (templates.ts). Lit SSR renders it as a static template: every qc-*
// element with a shadow root gets its shadow content as declarative shadow DOM
// (<template shadowrootmode="open">), so the page is readable and usable before any script runs.
// The browser then loads @qc-ds/components, hydration support first, and the elements upgrade in place.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { dirname, extname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
// Every qc-ds element, for the server (Lit's DOM shim, built-in icons, language marks): the same
// package and version the browser loads.
import '@qc-ds/components/ssr.js';

const here = dirname(fileURLToPath(import.meta.url));

let builds = 0;

/**
 * Compiles templates.ts (it imports the repository's TypeScript page templates) once per server, at
 * start, into a file of its own: two servers starting together (the tests start one per browser)
 * must not import a file the other is still writing.
 */
async function loadTemplates() {
  const outfile = join(here, '.build', `templates-${process.pid}-${(builds += 1)}.mjs`);
  await build({
    entryPoints: [join(here, 'templates.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, { force: true });
  }
}

/** A package's folder, found the way Node finds it: node_modules up from this file. */
async function packageDir(name) {
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (
      await stat(candidate).then(
        (s) => s.isDirectory(),
        () => false,
      )
    )
      return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
  }
}

/**
 * What the browser may fetch, by URL prefix. The components are the npm package's ESM build
 * (dist/), not its CDN bundles: the CDN bundles carry their own copy of Lit, and Lit's hydration
 * support must patch the very LitElement the components extend. The import map below points the
 * bare names (`lit`, `@qc-ds/components`…) at these folders.
 */
async function staticRoots() {
  const roots = {
    '/assets/tokens/': join(await packageDir('@qc-ds/tokens'), 'dist'),
    '/assets/styles/': join(await packageDir('@qc-ds/styles'), 'dist'),
    '/assets/components/': join(await packageDir('@qc-ds/components'), 'dist'),
  };
  // Lit and Lit's hydration support, which @qc-ds/components imports by their bare names.
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client']) {
    roots[`/modules/${name}/`] = await packageDir(name);
  }
  return roots;
}

const importMap = JSON.stringify({
  imports: {
    lit: '/modules/lit/index.js',
    'lit/': '/modules/lit/',
    'lit-html': '/modules/lit-html/lit-html.js',
    'lit-html/': '/modules/lit-html/',
    'lit-element/': '/modules/lit-element/',
    '@lit/reactive-element': '/modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/modules/@lit/reactive-element/',
    '@lit-labs/ssr-client/': '/modules/@lit-labs/ssr-client/',
    '@qc-ds/components': '/assets/components/index.js',
    '@qc-ds/components/hydrate.js': '/assets/components/hydrate/hydrate.js',
  },
});

const types = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

/** The routes: one content page and one form per language. */
const routes = {
  '/fr/': { lang: 'fr', page: 'content' },
  '/en/': { lang: 'en', page: 'content' },
  '/fr/demande': { lang: 'fr', page: 'form' },
  '/en/application': { lang: 'en', page: 'form' },
  '/fr/demande/envoyee': { lang: 'fr', page: 'sent' },
  '/en/application/sent': { lang: 'en', page: 'sent' },
};
const other = { fr: 'en', en: 'fr' };
const pathOf = (lang, page) => Object.keys(routes).find((p) => routes[p].lang === lang && routes[p].page === page);

const escapeText = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * Renders one whole document with Lit SSR. The page markup is trusted (the server's templates; what
 * a person typed was escaped there), so it becomes the template itself through `unsafeStatic`:
 * Lit SSR then sees every qc-* element and renders its shadow root. `<html lang>` is part of the
 * template, so the elements' language on the server comes from it.
 */
async function renderPage({ lang, page, body, script }) {
  const title = escapeText(/<h1>([^<]*)<\/h1>/.exec(body)?.[1] ?? 'qc-ds');
  const document = `<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="data:,">
  <link rel="alternate" hreflang="${other[lang]}" href="${pathOf(other[lang], page)}">
  <link rel="stylesheet" href="/assets/tokens/tokens.css">
  <link rel="stylesheet" href="/assets/styles/qc-ds.css">
  <!-- The light-DOM elements' rules (fields, links, slotted content), there before the script adopts the same. -->
  <link rel="stylesheet" href="/assets/components/light-dom.css">
  <script type="importmap">${importMap}</script>
  <script type="module" src="${script}"></script>
</head>
<body class="qc-ds">
${body}
</body>
</html>`;
  // The doctype stays outside the template: Lit SSR opens its output with a marker comment.
  return `<!doctype html>\n${await collectResult(render(html`${unsafeStatic(document)}`))}`;
}

/** The form's body (urlencoded), at most 64 KB. */
async function readForm(request) {
  let size = 0;
  const chunks = [];
  for await (const chunk of request) {
    size += chunk.length;
    if (size > 65536) throw Object.assign(new Error('Payload too large'), { status: 413 });
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Starts the server. `port: 0` picks a free port. `testHooks` lets a test hold the page's script
 * (`?hold=<id>` on a page: its script is answered only after `POST /__test/release?hold=<id>`), to
 * type into the server-rendered page before the components upgrade. Off by default.
 */
export async function startServer({ port = 8080, host = '127.0.0.1', testHooks = false } = {}) {
  const templates = await loadTemplates();
  const roots = await staticRoots();
  const clientScript = join(here, 'client.mjs');
  const held = new Map();
  const hold = (id) => {
    if (!held.has(id)) {
      let release;
      const promise = new Promise((resolve) => (release = resolve));
      held.set(id, { promise, release });
    }
    return held.get(id);
  };

  async function sendFile(response, file) {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return false;
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
    return true;
  }

  async function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const { pathname } = url;

    if (pathname === '/') {
      response.writeHead(302, { location: '/fr/' }).end();
      return;
    }
    if (pathname === '/client.mjs') {
      const id = url.searchParams.get('hold');
      if (testHooks && id) await hold(id).promise;
      await sendFile(response, clientScript);
      return;
    }
    if (testHooks && pathname === '/__test/release' && request.method === 'POST') {
      hold(url.searchParams.get('hold') ?? '').release();
      response.writeHead(204).end();
      return;
    }
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!pathname.startsWith(prefix)) continue;
      const file = join(dir, decodeURIComponent(pathname.slice(prefix.length)));
      if (file.startsWith(dir + sep) && (await sendFile(response, file))) return;
      break;
    }

    const route = routes[pathname];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable / Page not found');
      return;
    }
    const { lang, page } = route;
    let body;
    let status = 200;
    if (page === 'form' && request.method === 'POST') {
      const state = templates.validate(lang, await readForm(request));
      if (Object.keys(state.errors).length === 0) {
        // Post/Redirect/Get: reloading the confirmation does not send the application again.
        response.writeHead(303, { location: pathOf(lang, 'sent') }).end();
        return;
      }
      status = 400;
      body = templates.formPage(lang, pathname, state);
    } else if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    } else if (page === 'form') {
      body = templates.formPage(lang, pathname);
    } else if (page === 'sent') {
      body = templates.confirmationPage(lang, pathOf(lang, 'content'));
    } else {
      body = templates.contentPage(lang, { signature: '/assets/components/assets/QUEBEC_blanc.svg' });
    }
    const id = testHooks ? url.searchParams.get('hold') : null;
    const script = id ? `/client.mjs?hold=${encodeURIComponent(id)}` : '/client.mjs';
    const markup = await renderPage({ lang, page, body, script });
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(markup);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) {
        response.writeHead(error.status ?? 500, { 'content-type': 'text/plain; charset=utf-8' });
      }
      response.end(error.status ? error.message : 'Erreur du serveur / Server error');
    });
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () => {
      held.forEach(({ release }) => release());
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8080) });
  console.log(`qc-ds SSR example: ${url}/fr/ · ${url}/en/ · ${url}/fr/demande · ${url}/en/application`);
}

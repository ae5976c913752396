// Page weights of the CDN build, measured as the side-by-side benchmark does: brotli (quality 11)
// of every JS and CSS file a page requests, tokens.css included. A page is served from the
// repository, loads tokens.css and the loader, and holds some qc-ds elements; headless Chromium
// records what it fetches until every element (also in shadow roots) has rendered, so the module
// graph is the real one: the loader, the modules it imports for the page's tags, their static
// imports, and whatever rendering imports on the way (a notice's glyph). Used by budgets.test.mjs
// and scripts/bench.mjs (the sizes section of docs/performance.md). Needs `npm run build`.
/* global document, customElements -- the evaluate callbacks run in the page. */
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';
import { chromium } from 'playwright';
import { chromiumArgs, findBrowser, missingBrowserMessage } from '../../../scripts/find-browser.mjs';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const cdnDir = 'packages/components/dist/cdn';
export const tokensCss = 'packages/tokens/dist/tokens.css';
const loader = `${cdnDir}/qc-ds-loader.js`;

/** Brotli quality 11 (the benchmark's and CDNs' setting), in bytes. */
export function brotli(buffer) {
  return brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;
}

const fileBrotli = (path) => brotli(readFileSync(join(root, path)));

const types = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Serves `pages` (path → HTML) and the repository's built files on 127.0.0.1. */
async function serve(pages) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (pages.has(path)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(root, path));
    const parts = relative(root, file).split(sep);
    const servable = parts[0] === 'packages' && parts[2] === 'dist' && !parts.includes('..');
    if (!servable || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** In the page: resolves once `tags` are defined and every qc-* element has finished rendering. */
async function settle(tags) {
  const qcElements = () => {
    const found = [];
    const walk = (scope) => {
      for (const element of scope.querySelectorAll('*')) {
        if (element.localName.startsWith('qc-')) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`not defined: ${tags}`)), 10_000));
  await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), timeout]);
  let previous = -1;
  for (;;) {
    const elements = qcElements();
    await Promise.all(elements.map((element) => element.updateComplete));
    // A nested element loaded on render (a glyph, a dependency) needs a task to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (elements.length === previous && !elements.some((element) => element.isUpdatePending)) return;
    previous = elements.length;
  }
}

/**
 * Loads each page (`{ name, body }`: markup of `<body>`) through the loader and returns, per page,
 * the files requested (repository paths) and their brotli sizes, JS and CSS apart.
 */
export async function measurePages(pages) {
  if (!existsSync(join(root, loader))) throw new Error(`${loader} is missing: run \`npm run build\` first`);
  const found = await findBrowser();
  if (!found) throw new Error(missingBrowserMessage);
  const html = (body) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>qc-ds</title>
<link rel="stylesheet" href="/${tokensCss}">
<script type="module" src="/${loader}"></script>
</head>
<body>${body}</body>
</html>`;
  const routes = new Map(pages.map((page, index) => [`/page-${index}.html`, html(page.body)]));
  const server = await serve(routes);
  const browser = await chromium.launch({ executablePath: found.path, headless: true, args: chromiumArgs });
  try {
    const results = [];
    for (const [index, page] of pages.entries()) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const requested = new Set();
      const errors = [];
      tab.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (/\.(js|css)$/.test(pathname)) requested.add(pathname.slice(1));
      });
      // An error, a warning (the loader's: a failed import) or a failed request means the page is
      // broken, and its weight meaningless.
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && errors.push(message.text()));
      tab.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
      await tab.goto(`${server.origin}/page-${index}.html`);
      const tags = [...new Set([...page.body.matchAll(/<(qc-[a-z-]+)/g)].map((match) => match[1]))];
      await tab.evaluate(settle, tags).catch((error) => errors.push(String(error)));
      await context.close();
      if (errors.length) throw new Error(`${page.name}: ${errors.join('; ')}`);
      const files = [...requested].sort().map((path) => ({ path, brotli: fileBrotli(path) }));
      const sum = (ext) => files.filter((file) => file.path.endsWith(ext)).reduce((total, f) => total + f.brotli, 0);
      results.push({ ...page, tags, files, js: sum('.js'), css: sum('.css') });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Static imports (`import … from "./x.js"`) of a built CDN module, as repository paths. */
function staticImports(path) {
  const found = [];
  for (const node of parseAst(readFileSync(join(root, path), 'utf8')).body) {
    if (node.type === 'ImportDeclaration' || (node.type === 'ExportNamedDeclaration' && node.source)) {
      found.push(
        normalize(join(path, '..', node.source.value))
          .split(sep)
          .join('/'),
      );
    }
  }
  return found;
}

/** A module and everything it imports statically, as repository paths. */
export function staticClosure(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  for (const next of staticImports(path)) staticClosure(next, seen);
  return seen;
}

/**
 * Every element's own CDN module (`qc-<name>.js`), with its brotli size alone and with the
 * chunks it imports statically (what a page with only that element requests besides the loader
 * and tokens.css, before rendering), plus the loader, the core chunk (Lit and the qc-ds base) and
 * the all-in-one file.
 */
export function cdnReport() {
  const dir = join(root, cdnDir);
  const entries = readdirSync(dir)
    .filter((name) => /^qc-.+\.js$/.test(name) && name !== 'qc-ds.js' && name !== 'qc-ds-loader.js')
    .sort();
  const elements = entries.map((name) => {
    const path = `${cdnDir}/${name}`;
    const closure = [...staticClosure(path)];
    return {
      tag: name.replace(/\.js$/, ''),
      own: fileBrotli(path),
      withImports: closure.reduce((total, file) => total + fileBrotli(file), 0),
      chunks: closure.length - 1,
    };
  });
  const core = readdirSync(join(dir, 'chunks')).find((name) => /^core-.+\.js$/.test(name));
  const allInOne = readFileSync(join(dir, 'qc-ds.js'));
  return {
    elements,
    loader: fileBrotli(loader),
    core: core ? fileBrotli(`${cdnDir}/chunks/${core}`) : 0,
    allInOne: { raw: allInOne.length, brotli: brotli(allInOne) },
    tokens: fileBrotli(tokensCss),
  };
}

/** The pages the budgets hold (docs/performance.md reports the same). */
export const budgetPages = [
  { name: 'button', body: '<qc-button type="button">Envoyer</qc-button>', budget: { js: 10_000 } },
  {
    name: 'button + text field + notice',
    body:
      '<qc-notice type="information" title="Avis"><p>Le service sera interrompu dimanche.</p></qc-notice>' +
      '<form><qc-textfield label="Nom" description="Tel qu’inscrit"><input name="nom"></qc-textfield>' +
      '<qc-button type="submit">Envoyer</qc-button></form>',
    budget: { total: 19_000 },
  },
  {
    // The content-page template's elements (stories/pages/identity-pages.markup.ts), as a CMS writes them.
    name: 'content page (identity and navigation)',
    // Drawn inside the search bar's and the to-top link's shadow roots, loaded by them.
    dependencies: ['qc-icon'],
    body:
      '<qc-skip-link href="#main"></qc-skip-link>' +
      '<qc-piv-header title-text="Nom du service" title-url="/" alt-language-url="/en/" join-us-url="/nous-joindre" enable-search>' +
      '<form slot="search-zone" action="/recherche"><qc-search-bar name="q" piv-background></qc-search-bar></form></qc-piv-header>' +
      '<qc-alert persist-hidden persistence-key="avis" maskable><p>Travaux prévus dimanche.</p></qc-alert>' +
      '<qc-breadcrumb><ol><li><a href="/">Accueil</a></li><li><a href="/famille">Famille</a></li><li>Allocations</li></ol></qc-breadcrumb>' +
      '<qc-side-nav label="Dans cette section"><ul><li><a href="/a">Admissibilité</a></li><li><a href="/b">Demande</a>' +
      '<ul><li><a href="/b/1" aria-current="page">En ligne</a></li></ul></li></ul></qc-side-nav>' +
      '<main id="main"><h1>Allocations</h1><qc-notice type="information" title="Avis"><p>Délai de 30 jours.</p></qc-notice>' +
      '<p>Voir <qc-external-link><a href="https://www.canada.ca/">Canada.ca</a></qc-external-link> et ' +
      '<qc-tooltip label="revenu familial" description="Revenu des deux conjoints."></qc-tooltip>.</p></main>' +
      '<qc-to-top></qc-to-top>' +
      '<qc-piv-footer><nav><ul><li><a href="/accessibilite">Accessibilité</a></li></ul></nav></qc-piv-footer>',
  },
];

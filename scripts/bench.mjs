// `npm run bench` (builds first): render cost of qc-ds components against the native markup a
// page would otherwise write, in headless Chromium, using the CDN bundle dist/cdn/qc-ds.js.
// Writes docs/performance.md (French, then English) and prints the same table.
//
// Options: --runs=N (measured runs per variant, default 21), --warmup=N (default 5),
//          --count=N (elements per run, default 1000), --no-write (print only).
//
// To add a component, add an entry to `cases` below: a qc-ds variant and its native equivalent,
// each a function returning the markup of element number `i`. `heap: true` also measures the
// JS heap per element (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage).
/* global document, customElements -- renderInPage and the evaluate callbacks run in the page. */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumArgs, findBrowser, missingBrowserMessage } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split('=')[1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
};
const settings = {
  runs: option('runs', 21),
  warmup: option('warmup', 5),
  count: option('count', 1000),
  write: !process.argv.includes('--no-write'),
};

const bundlePath = 'packages/components/dist/cdn/qc-ds.js';

/**
 * The comparisons. `qc` and `native` render the same thing for a citizen; `markup(i)` is the
 * HTML of element number i (distinct text, as on a real page).
 */
const cases = [
  {
    id: 'button',
    label: { fr: 'Bouton', en: 'Button' },
    heap: true,
    qc: { name: '<qc-button>', markup: (i) => `<qc-button type="button">Envoyer ${i}</qc-button>` },
    native: {
      name: '<button class="qc-button qc-primary">',
      markup: (i) => `<button type="button" class="qc-button qc-primary">Envoyer ${i}</button>`,
    },
  },
  {
    id: 'notice',
    label: { fr: 'Avis', en: 'Notice' },
    heap: true,
    qc: {
      name: '<qc-notice>',
      markup: (i) =>
        `<qc-notice type="information" title="Avis ${i}"><p>Le service sera interrompu dimanche.</p></qc-notice>`,
    },
    native: {
      name: '<div> + <svg> + <h2> + <p>',
      markup: (i) =>
        `<div class="bench-notice" role="note"><svg class="bench-notice-icon" viewBox="0 0 24 24" aria-hidden="true">` +
        `<circle cx="12" cy="12" r="10"/><path d="M12 16v-4"/><path d="M12 8h.01"/></svg>` +
        `<div><h2>Avis ${i}</h2><p>Le service sera interrompu dimanche.</p></div></div>`,
    },
  },
  {
    id: 'textfield',
    label: { fr: 'Champ texte', en: 'Text field' },
    heap: true,
    qc: {
      name: '<qc-textfield label><input></qc-textfield>',
      markup: (i) =>
        `<qc-textfield label="Nom ${i}" description="Tel qu’inscrit"><input name="nom${i}"></qc-textfield>`,
    },
    native: {
      name: '<label> + hint + <input>',
      markup: (i) =>
        `<div class="bench-field"><label for="n${i}">Nom ${i}</label><div id="h${i}">Tel qu’inscrit</div>` +
        `<input id="n${i}" name="nom${i}" aria-describedby="h${i}"></div>`,
    },
  },
];

// The native notice's look, from the same tokens qc-notice uses.
const nativeNoticeCss = `
.bench-notice { display: flex; gap: var(--qc-spacer-sm); padding: var(--qc-notice-padding);
  border-inline-start: var(--qc-notice-border-width) solid var(--qc-color-feedback-information-border);
  background: var(--qc-color-feedback-information-background); color: var(--qc-color-feedback-information-text);
  font-family: var(--qc-font-family-content); margin-block: var(--qc-spacer-md); }
.bench-notice-icon { flex: none; width: var(--qc-icon-size-nm); height: var(--qc-icon-size-nm);
  fill: none; stroke: var(--qc-color-feedback-information-icon); stroke-width: 2; }
.bench-notice h2 { margin: 0; font-family: var(--qc-font-family-header); font-size: var(--qc-font-size-lg);
  line-height: var(--qc-line-height-lg); }
.bench-notice p { margin: var(--qc-spacer-xs) 0 0; }
.bench-field { display: block; margin-block-end: var(--qc-spacer-md); font-family: var(--qc-font-family-content); }
.bench-field label { display: block; font-weight: var(--qc-font-weight-bold); margin-block-end: var(--qc-spacer-xs); }
.bench-field div { color: var(--qc-color-text-secondary); font-size: var(--qc-font-size-sm); }
.bench-field input { box-sizing: border-box; display: block; width: 100%; max-width: var(--qc-size-max-width-md);
  min-height: var(--qc-field-min-height); padding: var(--qc-field-padding-block) var(--qc-field-padding-inline);
  border: var(--qc-field-border-width) solid var(--qc-color-field-border); font: inherit; }`;

const stylesheets = ['packages/tokens/dist/tokens.css', 'packages/styles/dist/buttons.css'];

function page() {
  const links = stylesheets
    .filter((path) => existsSync(join(root, path)))
    .map((path) => `<link rel="stylesheet" href="/${path}">`)
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>qc-ds bench</title>
${links}
<style>${nativeNoticeCss}</style>
<script type="module" src="/${bundlePath}"></script>
</head>
<body><main id="stage"></main></body>
</html>`;
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.woff2': 'font/woff2' };

/** A static server for the repository on 127.0.0.1 (random port); `close()` ends it. */
async function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
      return;
    }
    const file = normalize(join(root, path));
    const inside = relative(root, file);
    if (inside.startsWith('..') || inside.split(sep).includes('node_modules') || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (!statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/**
 * In the page: inserts `count` elements parsed beforehand, waits until every Lit element (also
 * inside shadow roots) has finished updating, forces a layout, and returns the elapsed ms.
 * With `keep`, the elements stay (heap measurement); otherwise they are removed.
 */
async function renderInPage({ html, keep }) {
  const stage = document.getElementById('stage');
  const template = document.createElement('template');
  template.innerHTML = html;
  const content = template.content;

  // Lit elements in the stage and in every shadow root below it.
  const litElements = () => {
    const found = [];
    const walk = (scope) => {
      for (const element of scope.querySelectorAll('*')) {
        if ('updateComplete' in element) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(stage);
    return found;
  };
  // Rendering can create more elements (qc-notice renders a qc-icon, which loads its glyph):
  // wait for every updateComplete until a round finds no new element and nothing pending.
  const settle = async () => {
    let previous = -1;
    for (;;) {
      const elements = litElements();
      await Promise.all(elements.map((element) => element.updateComplete));
      if (elements.length === previous && !elements.some((element) => element.isUpdatePending)) return;
      previous = elements.length;
    }
  };

  const start = performance.now();
  stage.append(content);
  await settle();
  void stage.offsetHeight;
  const elapsed = performance.now() - start;
  if (!keep) stage.replaceChildren();
  return elapsed;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  return [at(0.25), at(0.75)];
};

async function main() {
  const bundle = join(root, bundlePath);
  if (!existsSync(bundle)) throw new Error(`${bundlePath} is missing: run \`npm run build\` first.`);
  const found = await findBrowser();
  if (!found) throw new Error(missingBrowserMessage);

  const server = await serve();
  const browser = await chromium.launch({ executablePath: found.path, headless: true, args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    const collectGarbage = () => cdp.send('HeapProfiler.collectGarbage');
    const heapUsed = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;

    tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await tab.goto(server.url);
    await tab.evaluate(() =>
      Promise.all(['qc-button', 'qc-notice', 'qc-icon'].map((tag) => customElements.whenDefined(tag))),
    );

    const htmlOf = (variant) => Array.from({ length: settings.count }, (_, i) => variant.markup(i + 1)).join('');
    const measure = async (variant) => {
      await collectGarbage();
      return tab.evaluate(renderInPage, { html: htmlOf(variant), keep: false });
    };
    const measureHeap = async (variant) => {
      const samples = [];
      for (let i = 0; i < 3; i++) {
        await collectGarbage();
        const before = await heapUsed();
        await tab.evaluate(renderInPage, { html: htmlOf(variant), keep: true });
        await collectGarbage();
        samples.push((await heapUsed()) - before);
        await tab.evaluate(() => document.getElementById('stage').replaceChildren());
      }
      return median(samples) / settings.count;
    };

    const results = [];
    for (const benchCase of cases) {
      const variants = [benchCase.qc, benchCase.native];
      process.stdout.write(`${benchCase.id}: warm-up`);
      for (let i = 0; i < settings.warmup; i++) for (const variant of variants) await measure(variant);
      const times = new Map(variants.map((variant) => [variant, []]));
      process.stdout.write(', runs');
      for (let run = 0; run < settings.runs; run++) {
        // Alternate which variant goes first, so neither always runs on a warmer engine.
        for (const variant of run % 2 ? [...variants].reverse() : variants)
          times.get(variant).push(await measure(variant));
        process.stdout.write('.');
      }
      const heap = benchCase.heap
        ? { qc: await measureHeap(benchCase.qc), native: await measureHeap(benchCase.native) }
        : undefined;
      console.log(' done');
      const summary = (variant) => ({ median: median(times.get(variant)), iqr: quartiles(times.get(variant)) });
      results.push({ case: benchCase, qc: summary(benchCase.qc), native: summary(benchCase.native), heap });
    }

    const report = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      browserSource: found.source,
      node: process.version,
      cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
      load: loadavg()[0].toFixed(2),
      bundleGzip: gzipSync(readFileSync(bundle), { level: 9 }).length,
      results,
    };
    const markdown = toMarkdown(report);
    console.log(`\n${markdown}`);
    if (settings.write) {
      writeFileSync(join(root, 'docs', 'performance.md'), markdown);
      console.log('Written to docs/performance.md');
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (value, lang) => (lang === 'fr' ? value.toFixed(1).replace('.', ',') : value.toFixed(1));
const ratio = (r, lang) => (lang === 'fr' ? `${r.toFixed(2).replace('.', ',')} ×` : `${r.toFixed(2)}×`);
const bytes = (value, lang) =>
  lang === 'fr'
    ? `${Math.round(value).toLocaleString('fr-CA')} octets`
    : `${Math.round(value).toLocaleString('en-CA')} B`;

function table(report, lang) {
  const fr = lang === 'fr';
  const rows = [
    fr
      ? '| Cas | qc-ds | natif | médiane qc-ds (ms) | médiane natif (ms) | rapport qc/natif | objectif ≤ 2 × | tas JS par élément qc-ds / natif |'
      : '| Case | qc-ds | native | qc-ds median (ms) | native median (ms) | ratio qc/native | goal ≤ 2× | JS heap per element qc-ds / native |',
    '|---|---|---|---:|---:|---:|:---:|---:|',
  ];
  for (const { case: c, qc, native, heap } of report.results) {
    const r = qc.median / native.median;
    const iqr = (s) => `${ms(s.median, lang)} (${ms(s.iqr[0], lang)}–${ms(s.iqr[1], lang)})`;
    const heapCell = heap ? `${bytes(heap.qc, lang)} / ${bytes(heap.native, lang)}` : '—';
    rows.push(
      `| ${c.label[lang]} × ${settings.count} | \`${c.qc.name}\` | \`${c.native.name}\` | ${iqr(qc)} | ${iqr(native)} | ${ratio(r, lang)} | ${r <= 2 ? (fr ? 'atteint' : 'met') : fr ? 'dépassé' : 'missed'} | ${heapCell} |`,
    );
  }
  return rows.join('\n');
}

function toMarkdown(report) {
  const day = report.date.slice(0, 10);
  return `# Performance

<!-- Generated by \`npm run bench\` (scripts/bench.mjs); do not edit by hand. -->

## Français

Mesuré le ${day} avec Chromium ${report.chromium} sans interface (trouvé par ${report.browserSource}), Node ${report.node}, ${report.cpu}
(charge moyenne sur 1 min au départ : ${report.load.replace('.', ',')}).
Paquet CDN \`dist/cdn/qc-ds.js\` : ${bytes(report.bundleGzip, 'fr')} (gzip -9).

${table(report, 'fr')}

Entre parenthèses : premier et troisième quartiles.

**Méthode.** Une page servie sur 127.0.0.1 charge \`tokens.css\`, \`buttons.css\` de \`@qc-ds/styles\` et le paquet CDN.
Pour chaque cas, ${settings.count} éléments sont analysés d'avance dans un \`<template>\`; le temps mesuré va de leur
insertion dans la page jusqu'au rendu complet : toutes les promesses \`updateComplete\` résolues (y compris les éléments
créés dans les racines fantômes, comme l'icône d'un avis), puis une mise en page forcée (\`offsetHeight\`).
${settings.warmup} passes de réchauffement, puis ${settings.runs} passes mesurées par variante, en alternant l'ordre
qc-ds / natif; un ramasse-miettes (CDP \`HeapProfiler.collectGarbage\`) précède chaque passe. On rapporte la médiane.
Le tas JS par élément est la différence de \`Runtime.getHeapUsage\` (après ramasse-miettes) avec et sans les
${settings.count} éléments, divisée par ${settings.count} (médiane de 3 mesures). Le rendu natif n'a pas de composant :
ce rapport mesure le coût ajouté par qc-ds. Objectif : au plus 2 fois le natif. Pour reproduire : \`npm run bench\`.

## English

Measured on ${day} with headless Chromium ${report.chromium} (found via ${report.browserSource}), Node ${report.node}, ${report.cpu}
(1-minute load average at start: ${report.load}).
CDN bundle \`dist/cdn/qc-ds.js\`: ${bytes(report.bundleGzip, 'en')} (gzip -9).

${table(report, 'en')}

In parentheses: first and third quartiles.

**Method.** A page served on 127.0.0.1 loads \`tokens.css\`, \`@qc-ds/styles\`' \`buttons.css\` and the CDN bundle.
For each case, ${settings.count} elements are parsed beforehand into a \`<template>\`; the time runs from their
insertion into the page until fully rendered: every \`updateComplete\` promise resolved (including elements created in
shadow roots, such as a notice's icon), then a forced layout (\`offsetHeight\`). ${settings.warmup} warm-up runs, then
${settings.runs} measured runs per variant, alternating the qc-ds / native order; a garbage collection (CDP
\`HeapProfiler.collectGarbage\`) precedes every run. The median is reported. JS heap per element is the difference in
\`Runtime.getHeapUsage\` (after garbage collection) with and without the ${settings.count} elements, divided by
${settings.count} (median of 3). Native markup has no component: the ratio is the cost qc-ds adds. Goal: at most twice
native. To reproduce: \`npm run bench\`.
`;
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}

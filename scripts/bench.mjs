// `npm run bench` (builds first): render cost of qc-ds components against the native markup a
// page would otherwise write, in headless Chromium, using the CDN bundle dist/cdn/qc-ds.js.
// Writes docs/performance.md (French, then English) and prints the same table.
//
// Options: --runs=N (measured runs per variant, default 21), --warmup=N (default 5),
//          --count=N (elements per run, default 1000), --no-write (print only),
//          --sizes-only (only the page weights and CDN modules section, without timing).
//
// To add a component, add an entry to `cases` below: a qc-ds variant and its native equivalent,
// each a function returning the markup of element number `i`, and `goal`, the ratio qc/native not
// to exceed. `heap: true` also measures the JS heap per element (CDP HeapProfiler.collectGarbage +
// Runtime.getHeapUsage); `heapGoal` is its ceiling in bytes. `coldPage` lists the mix of the cold
// load measurement (a fresh page holding 50 components, script download and start included).
/* global document, customElements, window -- renderInPage and the evaluate callbacks run in the page. */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumArgs, findBrowser, missingBrowserMessage } from './find-browser.mjs';
import { budgetPages, cdnReport, measurePages } from '../packages/components/test/page-weight.mjs';

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
    goal: 2,
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
    goal: 2,
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
    goal: 1.5,
    heap: true,
    heapGoal: 1024,
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

const caseMarkup = (id, variant) => cases.find((c) => c.id === id)[variant].markup;

/**
 * The cold load: a form of 50 mixed components, as a page first shown to a citizen (12 buttons,
 * 12 text fields, 6 notices, 6 selects, 6 checkboxes, 4 radio groups, 4 switches, interleaved).
 * Each kind: [count, qc-ds markup, native markup].
 */
const coldPage = {
  goal: 1.5,
  kinds: [
    [12, caseMarkup('button', 'qc'), caseMarkup('button', 'native')],
    [12, caseMarkup('textfield', 'qc'), caseMarkup('textfield', 'native')],
    [6, caseMarkup('notice', 'qc'), caseMarkup('notice', 'native')],
    [
      6,
      (i) =>
        `<qc-select label="Langue ${i}" name="langue${i}"><option value="fr">Français</option>` +
        `<option value="en">Anglais</option></qc-select>`,
      (i) =>
        `<div class="bench-field"><label for="s${i}">Langue ${i}</label><select id="s${i}" name="langue${i}">` +
        `<option value="fr">Français</option><option value="en">Anglais</option></select></div>`,
    ],
    [
      6,
      (i) => `<qc-checkbox name="c${i}" value="oui" label="J’accepte ${i}"></qc-checkbox>`,
      (i) => `<label class="bench-choice"><input type="checkbox" name="c${i}" value="oui"> J’accepte ${i}</label>`,
    ],
    [
      4,
      (i) =>
        `<qc-choice-group legend="Moyen ${i}" name="m${i}">` +
        ['poste', 'courriel', 'comptoir'].map((v) => `<label><input type="radio" value="${v}"> ${v}</label>`).join('') +
        `</qc-choice-group>`,
      (i) =>
        `<fieldset><legend>Moyen ${i}</legend>` +
        ['poste', 'courriel', 'comptoir']
          .map((v) => `<label class="bench-choice"><input type="radio" name="m${i}" value="${v}"> ${v}</label>`)
          .join('') +
        `</fieldset>`,
    ],
    [
      4,
      (i) => `<qc-toggle-switch name="t${i}" value="oui" label="Rappels ${i}"></qc-toggle-switch>`,
      (i) =>
        `<label class="bench-choice"><input type="checkbox" role="switch" name="t${i}" value="oui"> Rappels ${i}</label>`,
    ],
  ],
};

/** The cold page's form, `qc` or `native`: kinds interleaved, as components mix on a real page. */
function coldMarkup(variant) {
  const parts = [];
  const rounds = Math.max(...coldPage.kinds.map(([count]) => count));
  for (let round = 0; round < rounds; round++)
    for (const [count, qc, native] of coldPage.kinds)
      if (round < count) parts.push((variant === 'qc' ? qc : native)(parts.length + 1));
  return `<form action="#">${parts.join('')}</form>`;
}

/**
 * In the cold page, after the bundle (module scripts run in order): resolves `window.qcBenchDone`
 * with the time since navigation start once every element is defined and rendered (the same
 * settling as `renderInPage`), then a layout is forced. The native page runs it too.
 */
const coldSettleScript = `window.qcBenchDone = (async () => {
  const stage = document.getElementById('stage');
  const tags = new Set([...stage.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('qc-')));
  await Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
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
  for (let previous = -1; ; ) {
    const elements = litElements();
    await Promise.all(elements.map((element) => element.updateComplete));
    if (elements.length === previous && !elements.some((element) => element.isUpdatePending)) break;
    previous = elements.length;
  }
  void stage.offsetHeight;
  return performance.now();
})();`;

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
.bench-field input, .bench-field select { box-sizing: border-box; display: block; width: 100%;
  max-width: var(--qc-size-max-width-md); min-height: var(--qc-field-min-height);
  padding: var(--qc-field-padding-block) var(--qc-field-padding-inline);
  border: var(--qc-field-border-width) solid var(--qc-color-field-border); font: inherit; }
.bench-choice { display: block; margin-block-end: var(--qc-spacer-sm); font-family: var(--qc-font-family-content); }`;

const stylesheets = ['packages/tokens/dist/tokens.css', 'packages/styles/dist/buttons.css'];

/** The bench page: the stylesheets, then the bundle unless `bundle` is false, and `body` in the stage. */
function page({ body = '', bundle = true, script = '' } = {}) {
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
${bundle ? `<script type="module" src="/${bundlePath}"></script>` : ''}
${script ? `<script type="module">${script}</script>` : ''}
</head>
<body><main id="stage">${body}</main></body>
</html>`;
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.woff2': 'font/woff2' };

/** A static server for the repository on 127.0.0.1 (random port); `close()` ends it. */
async function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/' || path === '/cold/qc' || path === '/cold/native') {
      const cold = path.startsWith('/cold/') ? path.slice('/cold/'.length) : undefined;
      const html = cold ? page({ body: coldMarkup(cold), bundle: cold === 'qc', script: coldSettleScript }) : page();
      // no-store: every cold load downloads, compiles and runs the bundle again.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
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

/** In the page: parses `html` into a template that `renderInPage` inserts (parsing is not measured). */
function parseInPage(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  window.qcBenchTemplate = template;
}

/**
 * In the page: inserts the elements `parseInPage` parsed, waits until every Lit element (also
 * inside shadow roots) has finished updating, forces a layout, and returns the elapsed ms. The
 * elements stay (the caller empties the stage, outside the measurement).
 */
async function renderInPage() {
  const stage = document.getElementById('stage');
  const content = window.qcBenchTemplate.content;

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
  return performance.now() - start;
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
    // CPU time of the page's main thread (ms): unlike elapsed time, it does not grow while other
    // processes hold the cores, so its ratio stays readable on a busy machine.
    await cdp.send('Performance.enable');
    const threadTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
    const clearStage = () => tab.evaluate(() => document.getElementById('stage').replaceChildren());

    tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await tab.goto(server.url);
    await tab.evaluate(() =>
      Promise.all(['qc-button', 'qc-notice', 'qc-icon'].map((tag) => customElements.whenDefined(tag))),
    );

    const htmlOf = (variant) => Array.from({ length: settings.count }, (_, i) => variant.markup(i + 1)).join('');
    const measure = async (variant) => {
      await tab.evaluate(parseInPage, htmlOf(variant));
      await collectGarbage();
      const cpuBefore = await threadTime();
      const elapsed = await tab.evaluate(renderInPage);
      const cpu = (await threadTime()) - cpuBefore;
      await clearStage();
      return { elapsed, cpu };
    };
    const measureHeap = async (variant) => {
      const samples = [];
      for (let i = 0; i < 3; i++) {
        await collectGarbage();
        const before = await heapUsed();
        await tab.evaluate(parseInPage, htmlOf(variant));
        await tab.evaluate(renderInPage);
        await tab.evaluate(() => delete window.qcBenchTemplate);
        await collectGarbage();
        samples.push((await heapUsed()) - before);
        await clearStage();
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
      const summary = (variant) => {
        const elapsed = times.get(variant).map((time) => time.elapsed);
        return { median: median(elapsed), iqr: quartiles(elapsed), cpu: median(times.get(variant).map((t) => t.cpu)) };
      };
      results.push({ case: benchCase, qc: summary(benchCase.qc), native: summary(benchCase.native), heap });
    }

    // Cold load: each run a new context (empty cache), the page fetched, parsed and rendered.
    process.stdout.write('cold load: runs');
    const coldTimes = { qc: [], native: [] };
    const coldRuns = Math.max(1, Math.ceil(settings.runs / 2));
    for (let run = 0; run < 2 + coldRuns; run++) {
      for (const variant of run % 2 ? ['native', 'qc'] : ['qc', 'native']) {
        const coldContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        try {
          const coldTab = await coldContext.newPage();
          coldTab.on('pageerror', (error) => console.error(`page error (cold ${variant}): ${error.message}`));
          await coldTab.goto(`${server.url}cold/${variant}`);
          const time = await coldTab.evaluate(() => window.qcBenchDone);
          // The first two rounds warm the browser process and the server (not the page: each
          // context starts with an empty cache).
          if (run >= 2) coldTimes[variant].push(time);
        } finally {
          await coldContext.close();
        }
      }
      process.stdout.write('.');
    }
    console.log(' done');
    const cold = {
      count: coldPage.kinds.reduce((sum, [count]) => sum + count, 0),
      runs: coldRuns,
      qc: { median: median(coldTimes.qc), iqr: quartiles(coldTimes.qc) },
      native: { median: median(coldTimes.native), iqr: quartiles(coldTimes.native) },
    };

    const report = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      browserSource: found.source,
      node: process.version,
      cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
      load: loadavg()[0].toFixed(2),
      bundleGzip: gzipSync(readFileSync(bundle), { level: 9 }).length,
      results,
      cold,
    };
    const markdown = toMarkdown(report) + (await sizesMarkdown());
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

const verdict = (met, lang) => (met ? (lang === 'fr' ? 'atteint' : 'met') : lang === 'fr' ? 'dépassé' : 'missed');
const goalCell = (value, goal, lang) =>
  `${ratio(value, lang)} (≤ ${ratio(goal, lang)} : ${verdict(value <= goal, lang)})`;

function table(report, lang) {
  const fr = lang === 'fr';
  const rows = [
    fr
      ? '| Cas | qc-ds | natif | médiane qc-ds (ms) | médiane natif (ms) | rapport qc/natif (objectif) | rapport du temps CPU | tas JS par élément qc-ds / natif (objectif) |'
      : '| Case | qc-ds | native | qc-ds median (ms) | native median (ms) | ratio qc/native (goal) | CPU time ratio | JS heap per element qc-ds / native (goal) |',
    '|---|---|---|---:|---:|---:|---:|---:|',
  ];
  const iqr = (s) => `${ms(s.median, lang)} (${ms(s.iqr[0], lang)}–${ms(s.iqr[1], lang)})`;
  for (const { case: c, qc, native, heap } of report.results) {
    const r = qc.median / native.median;
    let heapCell = heap ? `${bytes(heap.qc, lang)} / ${bytes(heap.native, lang)}` : '—';
    if (heap && c.heapGoal) heapCell += ` (≤ ${bytes(c.heapGoal, lang)} : ${verdict(heap.qc <= c.heapGoal, lang)})`;
    rows.push(
      `| ${c.label[lang]} × ${settings.count} | \`${c.qc.name}\` | \`${c.native.name}\` | ${iqr(qc)} | ${iqr(native)} | ${goalCell(r, c.goal, lang)} | ${ratio(qc.cpu / native.cpu, lang)} | ${heapCell} |`,
    );
  }
  const { cold } = report;
  rows.push(
    `| ${fr ? 'Chargement à froid' : 'Cold load'}, ${cold.count} ${fr ? 'composants variés' : 'mixed components'} | \`qc-ds.js\` + ${fr ? 'formulaire' : 'form'} | ${fr ? 'formulaire natif' : 'native form'} | ${iqr(cold.qc)} | ${iqr(cold.native)} | ${goalCell(cold.qc.median / cold.native.median, coldPage.goal, lang)} | — | — |`,
  );
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
ce rapport mesure le coût ajouté par qc-ds. Objectifs (entre parenthèses) : bouton et avis au plus 2 fois le natif,
champ texte 1,5 fois, chargement à froid 1,5 fois; tas JS d'un champ au plus 1 Kio.
Le rapport du temps CPU compare les médianes du temps CPU du fil principal de la page (CDP \`Performance.getMetrics\`,
\`ThreadTime\`) pendant les mêmes passes : il ne s'allonge pas quand d'autres processus occupent les cœurs, et
confirme donc le rapport des durées sur une machine chargée.
**Chargement à froid.** Un formulaire de ${report.cold.count} composants variés (12 boutons, 12 champs texte, 6 avis,
6 listes, 6 cases à cocher, 4 groupes de boutons radio, 4 interrupteurs, entremêlés), écrit dans le HTML de la page,
contre le même formulaire en HTML natif avec les mêmes feuilles de style. Chaque passe ouvre un nouveau contexte (cache
vide) : temps depuis le début de la navigation jusqu'à ce que tous les éléments soient définis et rendus, puis une mise
en page forcée; le paquet est donc téléchargé, compilé et exécuté. ${report.cold.runs} passes par variante après 2 de
réchauffement. Pour reproduire : \`npm run bench\`.

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
${settings.count} (median of 3). Native markup has no component: the ratio is the cost qc-ds adds. Goals (in
parentheses): button and notice at most twice native, text field 1.5 times, cold load 1.5 times; a field's JS heap at
most 1 KiB. The CPU time ratio compares the medians of the page main thread's CPU time (CDP \`Performance.getMetrics\`,
\`ThreadTime\`) over the same runs: it does not grow while other processes hold the cores, so it corroborates the
elapsed-time ratio on a busy machine.
**Cold load.** A form of ${report.cold.count} mixed components (12 buttons, 12 text fields, 6 notices, 6 selects,
6 checkboxes, 4 radio groups, 4 switches, interleaved) written in the page's HTML, against the same form in native HTML
with the same stylesheets. Each run opens a new context (empty cache): the time from navigation start until every
element is defined and rendered, then a forced layout; so the bundle is downloaded, compiled and run.
${report.cold.runs} runs per variant after 2 warm-up ones. To reproduce: \`npm run bench\`.
`;
}

// Page weights and CDN modules (the size part of the report): brotli q11, as the budgets test
// measures them (packages/components/test/page-weight.mjs). Between markers, so `--sizes-only`
// rewrites this section alone.
const sizesStart = '<!-- sizes: generated by scripts/bench.mjs -->';
const sizesEnd = '<!-- /sizes -->';

async function sizesMarkdown() {
  const pages = await measurePages(budgetPages);
  const cdn = cdnReport();
  const b = (value) => value.toLocaleString('en-CA');
  const fr = (value) => value.toLocaleString('fr-CA');
  const pageRows = (n) =>
    pages.map(
      (page) => `| ${page.name} | ${n(page.js)} | ${n(page.css)} | ${n(page.js + page.css)} | ${page.files.length} |`,
    );
  const elementRows = (n) =>
    cdn.elements.map(
      (element) => `| \`${element.tag}.js\` | ${n(element.own)} | ${n(element.withImports)} | ${element.chunks} |`,
    );
  return `
${sizesStart}

## Poids des pages · Page weights

Octets brotli (qualité 11) de chaque fichier JS et CSS que la page demande, \`tokens.css\` compris, par le chargeur
\`qc-ds-loader.js\` (Chromium sans interface). Brotli (quality 11) bytes of every JS and CSS file the page requests,
\`tokens.css\` included, through the \`qc-ds-loader.js\` loader (headless Chromium).

| Page | JS | CSS | total | fichiers · files |
|---|---:|---:|---:|---:|
${pageRows(b).join('\n')}

## Modules CDN · CDN modules

\`dist/cdn/\`: chaque élément seul, puis avec les morceaux qu'il importe (dont le noyau : Lit et la base qc-ds,
${fr(cdn.core)} octets). Each element alone, then with the chunks it imports (core: Lit and the qc-ds base,
${b(cdn.core)} B). Loader \`qc-ds-loader.js\`: ${b(cdn.loader)} B.

| Module | seul · alone (B) | avec ses imports · with its imports (B) | morceaux · chunks |
|---|---:|---:|---:|
${elementRows(b).join('\n')}

Tout-en-un · All-in-one \`qc-ds.js\` (reported, not capped): ${b(cdn.allInOne.brotli)} B brotli, ${b(cdn.allInOne.raw)} B raw.
\`tokens.css\`: ${b(cdn.tokens)} B brotli.

${sizesEnd}
`;
}

/** `--sizes-only`: rewrites the sizes section of docs/performance.md, leaving the timings as they are. */
async function sizesOnly() {
  const path = join(root, 'docs', 'performance.md');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  const start = current.indexOf(sizesStart);
  const end = current.indexOf(sizesEnd);
  const kept = start >= 0 && end > start ? current.slice(0, start).trimEnd() + '\n' : current;
  const section = await sizesMarkdown();
  console.log(section);
  if (settings.write) {
    writeFileSync(path, kept + section);
    console.log('Written to docs/performance.md (sizes section)');
  }
}

try {
  if (process.argv.includes('--sizes-only')) await sizesOnly();
  else await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}

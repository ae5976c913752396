// Smoke test of the production Storybook (`storybook build`), the one the team publishes. The
// every-story axe test (stories/stories.test.ts) renders stories from source in web-test-runner,
// which does not tree-shake; it could not see the production build in which no component was
// registered (the registration modules had been dropped as side-effect free). This test serves a
// static build on 127.0.0.1, checks that its index lists every stories file and every MDX page of
// docs/, then opens stories and docs pages in headless Chromium and checks that every qc-ds element
// is defined and rendered, with no console error and no request leaving 127.0.0.1.
//
//   node --test stories/support/storybook-build.test.mjs
//
// With QC_DS_STORYBOOK_STATIC=<folder> it tests that build (`npm test` builds it once into a temp
// folder); otherwise it runs `storybook build` into a temp folder itself and removes it afterwards.
// Needs `npm run build` first (Storybook reads the built tokens, styles and manifest).
/* global document, customElements -- the evaluate callbacks run in the page. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, findBrowser, missingBrowserMessage } from '../../scripts/find-browser.mjs';
import { listStoryFiles } from './story-files.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The MDX guides under docs/, as `docs/<name>.mdx`. */
function listDocsPages() {
  return readdirSync(join(root, 'docs'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `docs/${file.split(sep).join('/')}`)
    .sort();
}

/** Runs `storybook build` into `dir`, quietly, with telemetry off (also off in .storybook/main.ts). */
function buildStorybook(dir) {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', 'storybook', 'package.json'), 'utf8'));
  const bin = join(
    root,
    'node_modules',
    'storybook',
    typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.storybook,
  );
  const result = spawnSync(process.execPath, [bin, 'build', '-o', dir, '--quiet', '--loglevel', 'warn'], {
    cwd: root,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`storybook build failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static server for `dir` on 127.0.0.1 (random port); `close()` ends it and its connections. */
async function serve(dir) {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path.endsWith('/')) path += 'index.html';
    // Chromium asks for /favicon.ico on its own; the build has none and that is not an error.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(dir, path));
    const inside = relative(dir, file);
    if (inside.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
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

/**
 * In the preview: waits until Storybook has shown the story or docs page (or its error), then
 * until every qc-ds element below it is defined (10 s at most: lazy dependencies, a loaded machine) and has finished rendering, and
 * reports what it found. Elements are looked for inside shadow roots too.
 */
async function inspect({ viewMode, expectElements }) {
  const until = async (condition, timeout) => {
    for (let waited = 0; !condition() && waited < timeout; waited += 50) await new Promise((r) => setTimeout(r, 50));
  };
  const shown = () =>
    document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay');
  await until(shown, 15_000);
  const error = document.body.classList.contains('sb-show-errordisplay')
    ? (document.querySelector('#error-message')?.textContent ?? 'error display')
    : null;
  const container = document.querySelector(viewMode === 'docs' ? '#storybook-docs' : '#storybook-root');
  const ours = /^(qc|sb-qc)-/;
  const elements = () => {
    const found = [];
    const visit = (scope) => {
      for (const element of scope.querySelectorAll('*')) {
        if (ours.test(element.localName)) found.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    if (container) visit(container);
    return found;
  };
  // Docs pages render after the page is shown, and their stories a little later still.
  if (viewMode === 'docs') {
    await until(() => (container?.childElementCount ?? 0) > 0, 15_000);
    if (expectElements) await until(() => elements().length > 0, 10_000);
  }
  const tags = [...new Set(elements().map((element) => element.localName))];
  await Promise.race([
    Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
    new Promise((r) => setTimeout(r, 10_000)),
  ]);
  let seen = -1;
  for (let pass = 0; pass < 10; pass++) {
    const all = elements();
    await Promise.all(all.map((element) => element.updateComplete));
    if (all.length === seen) break;
    seen = all.length;
  }
  return {
    error,
    containerChildren: container?.childElementCount ?? 0,
    elements: elements().map((element) => ({
      tag: element.localName,
      defined: customElements.get(element.localName) !== undefined,
      // Lit's flag, set once the first render completed (shadow and light-DOM elements alike).
      updated: element.hasUpdated === true,
      // Some elements legitimately draw nothing yet (an error summary before any error).
      drawn: (element.shadowRoot ?? element).childElementCount > 0,
    })),
  };
}

/** Pages open at once, each in its own tab (two cores: one page each; more only queue). */
const parallelPages = 2;

describe('production Storybook (storybook build)', { timeout: 300_000 }, () => {
  let dir;
  let ownBuild;
  let server;
  let browser;
  let index;

  before(async () => {
    const given = process.env.QC_DS_STORYBOOK_STATIC;
    if (given) {
      dir = given;
    } else {
      ownBuild = mkdtempSync(join(tmpdir(), 'qc-ds-storybook-'));
      dir = join(ownBuild, 'storybook-static');
      const started = performance.now();
      buildStorybook(dir);
      console.log(`storybook build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    assert.ok(existsSync(join(dir, 'index.json')), `${dir} holds no Storybook build (index.json)`);
    index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    const found = await findBrowser();
    assert.ok(found, missingBrowserMessage);
    server = await serve(dir);
    browser = await chromium.launch({ executablePath: found.path, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (ownBuild) rmSync(ownBuild, { recursive: true, force: true });
  });

  const entries = () => Object.values(index.entries);
  const importPath = (entry) => entry.importPath.replace(/^\.\//, '');

  test('the index lists every stories file and every MDX page of docs/', () => {
    const files = listStoryFiles(root);
    const pages = listDocsPages();
    assert.ok(files.length > 0 && pages.length > 0, 'stories and docs pages exist');
    const withStories = new Set(
      entries()
        .filter((e) => e.type === 'story')
        .map(importPath),
    );
    const docs = new Set(
      entries()
        .filter((e) => e.type === 'docs')
        .map(importPath),
    );
    assert.deepEqual(
      files.filter((file) => !withStories.has(file)),
      [],
      'stories files without a story in the build',
    );
    assert.deepEqual(
      pages.filter((page) => !docs.has(page)),
      [],
      'docs pages missing from the build',
    );
  });

  /**
   * The pages opened: every component's documentation page (it draws every story of its file, each
   * element loaded as the published build loads it) and every MDX guide; the first story of each
   * stories file that has no documentation page; and, for the story view of a component, the first
   * story of the first component file. Each page loads the whole preview: a component's first story
   * besides its documentation page took a third of the time and found nothing the page did not.
   */
  function sample() {
    const pages = [];
    const docsFiles = new Set(
      entries()
        .filter((entry) => entry.type === 'docs')
        .map(importPath),
    );
    const seenFiles = new Set();
    let componentStoryView = false;
    for (const entry of entries()) {
      const file = importPath(entry);
      const component = file.startsWith('stories/') && !file.startsWith('stories/foundations/');
      if (entry.type === 'story' && !seenFiles.has(file)) {
        seenFiles.add(file);
        const storyView = !docsFiles.has(file) || (component && !componentStoryView);
        if (component && docsFiles.has(file)) componentStoryView ||= storyView;
        if (storyView) pages.push({ id: entry.id, viewMode: 'story', file, component });
      } else if (entry.type === 'docs') {
        pages.push({ id: entry.id, viewMode: 'docs', file, component: file.startsWith('stories/') });
      }
    }
    return pages;
  }

  test('stories and docs pages render their qc-ds elements, with no error and no outside request', async (t) => {
    const pages = sample();
    const started = performance.now();
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const problems = [];
    // A few pages at a time: each waits mostly on its own timers and module loads.
    const queue = [...pages];
    const open = async ({ id, viewMode, file, component }) => {
      const where = `${viewMode} ${id} (${file})`;
      const tab = await context.newPage();
      const errors = [];
      const requests = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} [${message.location().url}]`);
      });
      tab.on('response', (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
      });
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('request', (request) => requests.push(request.url()));
      try {
        await tab.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}`);
        const report = await tab.evaluate(inspect, { viewMode, expectElements: component });
        if (report.error) problems.push(`${where}: Storybook shows an error: ${report.error}`);
        if (report.containerChildren === 0) problems.push(`${where}: nothing rendered`);
        if (component && !report.elements.some((e) => e.tag.startsWith('qc-') && e.drawn)) {
          problems.push(`${where}: no qc-* element drew anything`);
        }
        const undefinedTags = [...new Set(report.elements.filter((e) => !e.defined).map((e) => e.tag))];
        if (undefinedTags.length) problems.push(`${where}: never defined: ${undefinedTags.join(', ')}`);
        const unrendered = [...new Set(report.elements.filter((e) => e.defined && !e.updated).map((e) => e.tag))];
        if (unrendered.length) problems.push(`${where}: defined but never rendered: ${unrendered.join(', ')}`);
        for (const error of errors) problems.push(`${where}: console error: ${error}`);
        for (const url of requests) {
          const { protocol, hostname } = new URL(url);
          const local = protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
          if (!local) problems.push(`${where}: request leaving 127.0.0.1: ${url}`);
        }
      } finally {
        await tab.close();
      }
    };
    try {
      await Promise.all(
        Array.from({ length: parallelPages }, async () => {
          for (let page = queue.shift(); page; page = queue.shift()) await open(page);
        }),
      );
    } finally {
      await context.close();
    }
    problems.sort();
    t.diagnostic(`${pages.length} pages opened in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    assert.deepEqual(problems, []);
    // Every stories file was opened: in story view, or through its documentation page; both views
    // of a component were.
    const opened = new Set(pages.map((page) => page.file));
    assert.deepEqual(
      listStoryFiles(root).filter((file) => !opened.has(file)),
      [],
    );
    const component = (page) => page.component && page.file.startsWith('stories/');
    assert.ok(
      pages.some((page) => component(page) && page.viewMode === 'story'),
      'a component in story view',
    );
    assert.ok(
      pages.some((page) => component(page) && page.viewMode === 'docs'),
      'a component documentation page',
    );
  });
});

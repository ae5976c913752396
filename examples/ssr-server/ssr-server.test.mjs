// The Node SSR example (server.mjs) in real browsers, driven by puppeteer-core:
// 1. with JavaScript disabled, each page reads (title, headings, text, labelled native controls),
//    every qc-* element that has a shadow root once upgraded already has its content from the
//    server (declarative shadow DOM), and the form submits to the server (errors, then confirmation);
// 2. with the page's script held by the server, a person types, checks, chooses and keeps focus in
//    the server-rendered form; the script then runs and every value, checked state and the focus stay;
// 3. the upgrade moves nothing: cumulative layout shift ≤ 0.01 from navigation until the upgrade
//    settled (Chromium only: `layout-shift` entries are a Chromium API);
// 4. no hydration error and no console error on any page.
// Engines: Chromium everywhere; Firefox (WebDriver BiDi) for 2 and 4, and for 1 when puppeteer can
// turn JavaScript off there. What an engine does not run is printed as « not run » with the reason.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import {
  chromiumArgs,
  findBrowser,
  findFirefox,
  missingBrowserMessage,
  selectedEngines,
} from '../../scripts/find-browser.mjs';
import { startServer } from './server.mjs';

const pages = [
  { lang: 'fr', path: '/fr/', kind: 'content' },
  { lang: 'en', path: '/en/', kind: 'content' },
  { lang: 'fr', path: '/fr/demande', kind: 'form' },
  { lang: 'en', path: '/en/application', kind: 'form' },
];
const sent = { fr: 'Votre demande a été envoyée', en: 'Your application has been sent' };
const widths = [1280, 320];
// puppeteer drives Chromium and Firefox; WebKit (WebKitWebDriver) is not driven by this test.
const selected = selectedEngines();
const engines = selected.filter((engine) => engine !== 'webkit');
if (selected.includes('webkit'))
  console.log('not run in webkit: the SSR example test (puppeteer drives Chromium and Firefox only)');

/**
 * Waits until every qc-* element is defined and has finished its first update (hydrated: an element
 * left with `defer-hydration` never does), then two frames. Fails with the elements still waiting.
 */
async function upgraded(page) {
  await page.waitForFunction(
    () => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('qc-') || el.matches(':defined')),
    { timeout: 15000 },
  );
  const waiting = await page.evaluate(async () => {
    const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('qc-'));
    const late = new Promise((resolve) => setTimeout(resolve, 5000));
    // `updateComplete` resolves false when the update asked for another one (a hydrated element renders
    // again in the page's language): wait for the last.
    const settled = async (el) => {
      while (!(await el.updateComplete));
      return null;
    };
    const states = await Promise.all(
      hosts.map((el) =>
        Promise.race([
          settled(el),
          late.then(() => `${el.localName}${el.hasAttribute('defer-hydration') ? '[defer-hydration]' : ''}`),
        ]),
      ),
    );
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return states.filter(Boolean);
  });
  assert.deepEqual(waiting, [], 'every qc-* element hydrated (finished its first update)');
}

/** Every qc-ds tag, from the package's custom elements manifest (what `npm run build` wrote). */
const manifest = JSON.parse(
  readFileSync(new URL('../../packages/components/custom-elements.json', import.meta.url), 'utf8'),
);
const allTags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => declaration.tagName);

/**
 * The qc-ds tags whose elements draw a shadow root: in a page whose script defined them all, a new
 * element of each tag, connected out of sight, says so. Asked of the components themselves, apart
 * from the server's output and its hydration.
 */
async function shadowTags(page) {
  await page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), allTags);
  return page.evaluate((tags) => {
    const box = document.createElement('div');
    box.hidden = true;
    document.body.append(box);
    const withShadow = tags.filter((tag) => box.appendChild(document.createElement(tag)).shadowRoot !== null);
    box.remove();
    return withShadow;
  }, allTags);
}

// The engines side by side (each its own browser), each engine's tests one after the other.
describe('SSR example', { concurrency: engines.length }, () => {
  for (const engine of engines) {
    describe(`SSR example (${engine})`, { concurrency: 1 }, () => {
      let server;
      let browser;
      let noScriptBrowser;
      /** The tags that draw a shadow root (asked once per engine, in a page with its script). */
      let tags = [];
      const problems = [];
      let holdCount = 0;

      before(async () => {
        server = await startServer({ port: 0, testHooks: true });
        if (engine === 'firefox') {
          const found = findFirefox();
          assert.ok(found, 'Firefox (firefox-esr) is not installed');
          const firefox = (prefs = {}) =>
            puppeteer.launch({
              browser: 'firefox',
              executablePath: found.path,
              headless: true,
              extraPrefsFirefox: prefs,
            });
          browser = await firefox();
          // WebDriver BiDi in Firefox ESR has no command to turn scripts off: a second Firefox with them off.
          noScriptBrowser = await firefox({ 'javascript.enabled': false });
        } else {
          const found = await findBrowser();
          assert.ok(found, missingBrowserMessage);
          browser = await puppeteer.launch({ executablePath: found.path, headless: true, args: chromiumArgs });
        }
      });

      before(async () => {
        const page = await open();
        await page.goto(`${server.url}/fr/`, { waitUntil: 'load' });
        tags = await shadowTags(page);
        await page.close();
        assert.ok(tags.length > 0, 'some qc-ds elements draw a shadow root');
      });

      after(async () => {
        await browser?.close();
        await noScriptBrowser?.close();
        await server?.close();
      });

      /** A new tab whose console errors and uncaught errors (hydration errors among them) are recorded. */
      async function open(width = 1280) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 800 });
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`${page.url()}: console error: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
        return page;
      }

      /** Opens `path` with its script held by the server; resolves once the page is parsed, scripts not run. */
      async function openHeld(page, path) {
        const id = `h${++holdCount}`;
        const navigation = page.goto(`${server.url}${path}?hold=${id}`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.readyState !== 'loading', { timeout: 15000 });
        const release = async () => {
          await fetch(`${server.url}/__test/release?hold=${id}`, { method: 'POST' });
          await navigation;
          await upgraded(page);
        };
        return release;
      }

      // ——— 1. Without JavaScript ———
      /** A tab where no script runs (Chromium: the DevTools switch; Firefox: its `javascript.enabled` pref). */
      async function openNoScript() {
        if (noScriptBrowser) {
          const page = await noScriptBrowser.newPage();
          await page.setViewport({ width: 1280, height: 800 });
          return page;
        }
        // Not recorded by `open`: no script runs there, and the server's 400 answer to an invalid form
        // (the document's own status) is the one console message such a page gets.
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 800 });
        await page.setJavaScriptEnabled(false);
        return page;
      }

      for (const { lang, path, kind } of pages) {
        test(`${path} without JavaScript: readable, every shadow element server-rendered, labelled controls [wcag:1.3.1,4.1.2]`, async () => {
          const page = await openNoScript();
          const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
          assert.equal(response.status(), 200);
          const facts = await page.evaluate((tags) => {
            const visible = (el) => el.getBoundingClientRect().height > 0;
            const h1 = document.querySelector('h1');
            return {
              lang: document.documentElement.lang,
              title: document.title,
              h1: h1?.textContent.trim(),
              h1Visible: h1 ? visible(h1) : false,
              paragraphs: [...document.querySelectorAll('main p')].filter(visible).length,
              defined: [...document.querySelectorAll(':defined')].filter((el) => el.localName.startsWith('qc-')).length,
              empty: [...document.querySelectorAll(tags.join(','))]
                .filter((el) => !el.shadowRoot || !el.shadowRoot.querySelector('*'))
                .map((el) => el.localName),
              hosts: document.querySelectorAll(tags.join(',')).length,
              unlabelled: [...document.querySelectorAll('main input, main select, main textarea')]
                .filter((control) => ![...(control.labels ?? [])].some((label) => label.textContent.trim()))
                .map((control) => control.name),
              controls: document.querySelectorAll('main input, main select').length,
            };
          }, tags);
          assert.equal(facts.lang, lang);
          assert.ok(facts.h1 && facts.h1Visible, 'the h1 is there and shown');
          assert.equal(facts.title, facts.h1);
          assert.ok(facts.paragraphs > 0, 'the main text shows');
          assert.equal(facts.defined, 0, 'no script ran: no qc-* element is defined');
          assert.ok(facts.hosts > 0);
          assert.deepEqual(facts.empty, [], 'every shadow element has its server-rendered content');
          assert.deepEqual(facts.unlabelled, [], 'every control has a label with text');
          if (kind === 'form') assert.ok(facts.controls >= 5);
          await page.close();
        });
      }

      // Firefox ESR with `javascript.enabled` off closes its WebDriver BiDi session when the form navigates.
      if (engine === 'firefox') {
        console.log(
          'not run in firefox: the form posted without JavaScript (Firefox with scripts off drops the BiDi session on the form navigation)',
        );
      }
      for (const lang of engine === 'firefox' ? [] : ['fr', 'en']) {
        const path = lang === 'fr' ? '/fr/demande' : '/en/application';
        test(`${path} without JavaScript: the form posts to the server, which answers with the errors, then the confirmation [wcag:3.3.1]`, async () => {
          const page = await openNoScript();
          await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
          await page.type('#f-prenom', 'Zoé <b>x</b>');
          let response;
          [response] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
          assert.equal(response.status(), 400);
          const errors = await page.evaluate(() => ({
            links: [...document.querySelectorAll('qc-notice a[href^="#f-"]')].map((a) => a.getAttribute('href')),
            prenom: document.querySelector('#f-prenom').value,
            bold: document.querySelectorAll('main b').length,
            invalid: document.querySelector('#f-nom').getAttribute('aria-invalid'),
          }));
          assert.deepEqual(errors.links, ['#f-nom', '#f-courriel', '#f-province', '#f-attestation']);
          assert.equal(errors.prenom, 'Zoé <b>x</b>', 'the value comes back, as text');
          assert.equal(errors.bold, 0, 'what a person typed is never markup');
          assert.equal(errors.invalid, 'true');

          await page.type('#f-nom', 'Tremblay');
          await page.type('#f-courriel', 'zoe@exemple.ca');
          await page.select('#f-province', 'QC');
          await page.click('#f-attestation');
          [response] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
          assert.equal(response.status(), 200);
          assert.match(page.url(), lang === 'fr' ? /\/fr\/demande\/envoyee$/ : /\/en\/application\/sent$/);
          assert.equal(await page.$eval('h1', (h1) => h1.textContent.trim()), sent[lang]);
          await page.close();
        });
      }

      // ——— 2. Typed before the upgrade, kept after ———
      for (const lang of ['fr', 'en']) {
        const path = lang === 'fr' ? '/fr/demande' : '/en/application';
        test(`${path}: values, checked state, choice and focus entered before the scripts run are kept`, async () => {
          const page = await open();
          const release = await openHeld(page, path);
          assert.equal(await page.evaluate(() => customElements.get('qc-textfield')), undefined, 'not upgraded yet');
          await page.type('#f-prenom', 'Zoé');
          await page.type('#f-nom', 'Tremblay');
          await page.select('#f-province', 'QC');
          await page.click('#f-attestation');
          await page.type('#f-courriel', 'zoe@exem');
          const before = await page.evaluate(() => document.activeElement.id);
          assert.equal(before, 'f-courriel');
          await release();
          const after = await page.evaluate(() => ({
            defined: customElements.get('qc-textfield') !== undefined,
            prenom: document.querySelector('#f-prenom').value,
            nom: document.querySelector('#f-nom').value,
            courriel: document.querySelector('#f-courriel').value,
            province: document.querySelector('#f-province').value,
            checked: document.querySelector('#f-attestation').checked,
            focus: document.activeElement.id,
            caret: document.activeElement.selectionStart ?? null,
          }));
          assert.deepEqual(after, {
            defined: true,
            prenom: 'Zoé',
            nom: 'Tremblay',
            courriel: 'zoe@exem',
            province: 'QC',
            checked: true,
            focus: 'f-courriel',
            caret: after.caret,
          });
          // The person goes on typing where they were.
          await page.keyboard.type('ple.ca');
          assert.equal(await page.$eval('#f-courriel', (input) => input.value), 'zoe@exemple.ca');
          await page.close();
        });
      }

      // ——— 3. No layout shift from the upgrade ———
      if (engine !== 'chromium') {
        console.log(`not run in ${engine}: the layout-shift tests (layout-shift entries exist only in Chromium)`);
      }
      for (const { path } of engine === 'chromium' ? pages : []) {
        for (const width of widths) {
          test(`${path}, ${width} px: cumulative layout shift from the upgrade until it settled ≤ 0.01`, async () => {
            const page = await open(width);
            await page.evaluateOnNewDocument(() => {
              window.qcShifts = [];
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) {
                  if (!entry.hadRecentInput) window.qcShifts.push({ value: entry.value, at: entry.startTime });
                }
              }).observe({ type: 'layout-shift', buffered: true });
            });
            const release = await openHeld(page, path);
            // The server-rendered page is drawn, with its fonts, before the scripts run.
            const releasedAt = await page.evaluate(async () => {
              await document.fonts.ready;
              await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              return performance.now();
            });
            await release();
            await new Promise((resolve) => setTimeout(resolve, 250)); // what an observer or a timer moves next
            const shifts = await page.evaluate(() => window.qcShifts);
            const sum = (list) => list.reduce((total, shift) => total + shift.value, 0);
            const cls = sum(shifts.filter((shift) => shift.at >= releasedAt));
            const before = sum(shifts.filter((shift) => shift.at < releasedAt));
            console.log(
              `${path} ${width} px: CLS from the upgrade ${cls.toFixed(4)}; while loading, before it ${before.toFixed(4)}`,
            );
            assert.ok(cls <= 0.01, `CLS from the upgrade ${cls.toFixed(4)} > 0.01`);
            await page.close();
          });
        }
      }

      // ——— 4. No hydration error, no console error ———
      test('no hydration error and no console error on any page, loaded with its script', async () => {
        for (const { path } of pages) {
          const page = await open();
          await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
          await upgraded(page);
          await page.close();
        }
        assert.deepEqual(problems, []);
      });
    });
  }
});

// Finds the browsers the tests run in: one per engine (Chromium, Firefox, WebKit).
// - Chromium: $CHROME_PATH, Playwright's own downloaded Chromium, Debian's /usr/bin/chromium.
// - Firefox:  $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox (driven by puppeteer-core over WebDriver BiDi).
// - WebKit:   $WEBKIT_WEBDRIVER_PATH or /usr/bin/WebKitWebDriver, with $WEBKIT_MINIBROWSER_PATH or the
//             MiniBrowser of webkit2gtk (Debian's webkit2gtk-driver), and an X display: $DISPLAY or Xvfb.
// QC_BROWSERS=chromium,firefox (any subset, comma-separated) limits the engines tested; default: all three.
// `node scripts/find-browser.mjs --check` prints what it found and exits 1, with install
// instructions, when a selected engine is missing.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const engineLabels = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** Flags that keep Chromium quiet on a closed network and runnable as root in CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The engines QC_BROWSERS selects (all three when unset or empty), in the fixed order
 * Chromium → Firefox → WebKit. Throws on a name that is not an engine.
 * @returns {string[]}
 */
export function selectedEngines(value = process.env.QC_BROWSERS) {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) return [...ENGINES];
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) {
    throw new Error(`QC_BROWSERS: unknown engine(s) ${unknown.join(', ')}; use any of ${ENGINES.join(', ')}.`);
  }
  return ENGINES.filter((engine) => names.includes(engine));
}

/** The first path that exists, with where it came from. */
function firstExisting(candidates) {
  for (const [path, source] of candidates) if (path && existsSync(path)) return { path, source };
  return undefined;
}

/** `candidates` with a warning for an environment variable that points nowhere. */
function fromEnv(name) {
  const value = process.env[name];
  if (value && !existsSync(value)) console.warn(`qc-ds: ${name}=${value} does not exist; looking elsewhere.`);
  return [value, name];
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {Promise<{ path: string, source: string } | undefined>} a Chromium (tests and benchmark) */
export async function findBrowser() {
  return firstExisting([
    fromEnv('CHROME_PATH'),
    [await playwrightChromium(), 'Playwright'],
    ['/usr/bin/chromium', '/usr/bin/chromium'],
  ]);
}

/** @returns {{ path: string, source: string } | undefined} Firefox (ESR or release) */
export function findFirefox() {
  return firstExisting([
    fromEnv('FIREFOX_PATH'),
    ['/usr/bin/firefox-esr', '/usr/bin/firefox-esr'],
    ['/usr/bin/firefox', '/usr/bin/firefox'],
  ]);
}

/** webkit2gtk's MiniBrowser, whatever the multiarch triplet and API version (4.1, 4.0, 6.0). */
function miniBrowsers() {
  const dirs = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    try {
      dirs.push(lib, ...readdirSync(lib).map((entry) => `${lib}/${entry}`));
    } catch {
      // not on this system
    }
  }
  return dirs
    .flatMap((dir) => ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].map((api) => `${dir}/${api}/MiniBrowser`))
    .filter((path) => existsSync(path))
    .map((path) => [path, path]);
}

/**
 * WebKitGTK: the WebDriver, the browser it drives, and what gives it a display.
 * @returns {{ path: string, source: string, miniBrowser: string, xvfb?: string } | undefined}
 */
export function findWebKit() {
  const driver = firstExisting([
    fromEnv('WEBKIT_WEBDRIVER_PATH'),
    ['/usr/bin/WebKitWebDriver', '/usr/bin/WebKitWebDriver'],
  ]);
  const miniBrowser = firstExisting([fromEnv('WEBKIT_MINIBROWSER_PATH'), ...miniBrowsers()]);
  if (!driver || !miniBrowser) return undefined;
  // MiniBrowser (webkit2gtk 2.4x–2.50) has no headless mode: it needs an X display.
  if (process.env.DISPLAY) return { ...driver, miniBrowser: miniBrowser.path };
  const xvfb = firstExisting([['/usr/bin/Xvfb', '/usr/bin/Xvfb']]);
  return xvfb ? { ...driver, miniBrowser: miniBrowser.path, xvfb: xvfb.path } : undefined;
}

/** @returns {Promise<{ path: string, source: string, miniBrowser?: string, xvfb?: string } | undefined>} */
export async function findEngine(engine) {
  if (engine === 'chromium') return findBrowser();
  if (engine === 'firefox') return findFirefox();
  if (engine === 'webkit') return findWebKit();
  throw new Error(`Unknown engine ${engine}; use any of ${ENGINES.join(', ')}.`);
}

export const missingMessages = {
  chromium: `qc-ds: no Chromium found for the browser tests.
Looked at, in order: $CHROME_PATH, Playwright's own browsers, /usr/bin/chromium.
Get one of them:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  - any OS online:  npx playwright install chromium
  - or point CHROME_PATH at an installed Chrome/Chromium binary.`,
  firefox: `qc-ds: no Firefox found for the browser tests.
Looked at, in order: $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox.
Get one of them:
  - Debian:         sudo apt-get update && sudo apt-get install -y firefox-esr
  - or point FIREFOX_PATH at an installed Firefox (128 or later: WebDriver BiDi).`,
  webkit: `qc-ds: no WebKit found for the browser tests.
Needs WebKitWebDriver ($WEBKIT_WEBDRIVER_PATH or /usr/bin/WebKitWebDriver), webkit2gtk's MiniBrowser
($WEBKIT_MINIBROWSER_PATH or /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser) and, without $DISPLAY, Xvfb.
Get them:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y webkit2gtk-driver xvfb xauth`,
};

/** Kept for scripts/bench.mjs (Chromium only). */
export const missingBrowserMessage = missingMessages.chromium;

const skipHint = (engine) =>
  `To test without it, select the other engines explicitly, e.g. QC_BROWSERS=${ENGINES.filter((e) => e !== engine).join(',')}.`;

/**
 * Every selected engine, found; prints each one (or, loudly, what is missing and how to install it).
 * @returns {Promise<{ engines: string[], found: Record<string, any>, missing: string[] }>}
 */
export async function checkEngines(engines = selectedEngines(), { quiet = false } = {}) {
  const found = {};
  const missing = [];
  for (const engine of engines) {
    const browser = await findEngine(engine);
    if (browser) {
      found[engine] = browser;
      if (!quiet) {
        const extra = browser.miniBrowser
          ? ` + ${browser.miniBrowser}${browser.xvfb ? ` on ${browser.xvfb}` : ` on DISPLAY=${process.env.DISPLAY}`}`
          : '';
        console.log(`${engineLabels[engine]}: ${browser.path} (${browser.source})${extra}`);
      }
    } else {
      missing.push(engine);
      console.error(`\n${'!'.repeat(100)}\n${missingMessages[engine]}\n${skipHint(engine)}\n${'!'.repeat(100)}`);
    }
  }
  return { engines, found, missing };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  let engines;
  try {
    engines = selectedEngines();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const { missing } = await checkEngines(engines);
  if (missing.length > 0) process.exit(1);
}

// Finds a Chromium for tests and benchmarks, in the order the project documents:
// 1. CHROME_PATH, 2. Playwright's own downloaded Chromium, 3. Debian's /usr/bin/chromium.
// `node scripts/find-browser.mjs --check` exits 1 with instructions when none is found.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {Promise<{ path: string, source: string } | undefined>} */
export async function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'CHROME_PATH' };
    console.warn(`qc-ds: CHROME_PATH=${fromEnv} does not exist; looking elsewhere.`);
  }
  const own = await playwrightChromium();
  if (own) return { path: own, source: 'Playwright' };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: '/usr/bin/chromium' };
  return undefined;
}

export const missingBrowserMessage = `qc-ds: no Chromium found for the browser tests.
Looked at, in order: $CHROME_PATH, Playwright's own browsers, /usr/bin/chromium.
Get one of them:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  - any OS online:  npx playwright install chromium
  - or point CHROME_PATH at an installed Chrome/Chromium binary.`;

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  const found = await findBrowser();
  if (!found) {
    console.error(missingBrowserMessage);
    process.exit(1);
  }
}

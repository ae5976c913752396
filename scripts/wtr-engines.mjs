// How web-test-runner drives each engine (one engine per run; see web-test-runner.config.mjs).
// - Chromium: Playwright, with the Chromium that scripts/find-browser.mjs finds.
// - Firefox:  puppeteer-core over WebDriver BiDi (no geckodriver), through @web/test-runner-chrome's
//             launcher (the one @web/test-runner-puppeteer wraps) given puppeteer-core instead of puppeteer.
//             Started with `--remote-allow-system-access` so that the test commands can read Firefox's own
//             accessibility tree and set its media preferences (scripts/firefox-chrome.mjs).
// - WebKit:   webdriverio → a WebKitWebDriver started here on 127.0.0.1 (free port) → webkit2gtk's
//             MiniBrowser, on $DISPLAY or on an Xvfb started here. Both stop with the run (and, should the
//             runner be killed, within a second of it).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from './find-browser.mjs';

/* global window -- in functions that run in the page */

/**
 * Preferences that keep Firefox off the network (on top of those puppeteer and Firefox's remote agent
 * already set): no updates, telemetry, studies, captive-portal or connectivity checks, safe browsing,
 * remote settings, push, prefetching, suggestions. Anything that still tries goes to a closed port.
 */
export const firefoxPrefs = {
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.service.enabled': false,
  'app.update.staging.enabled': false,
  'browser.aboutHomeSnippets.updateUrl': '',
  'browser.contentblocking.report.monitor.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.search.update': false,
  'browser.selfsupport.url': '',
  'browser.tabs.crashReporting.sendReport': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.url': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'privacy.query_stripping.enabled': false,
  // Honoured by release builds only with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (set below).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'services.sync.enabled': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.updatePing.enabled': false,
  // Last line of defence: every request not for the test server goes to the discard port.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.socks': '127.0.0.1',
  'network.proxy.socks_port': 9,
  'network.proxy.socks_remote_dns': true,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
  'network.proxy.allow_hijacking_localhost': false,
  // Scrollbars take no room, as in headless Chromium (Playwright's --hide-scrollbars).
  'widget.gtk.overlay-scrollbars.enabled': true,
  'ui.useOverlayScrollbars': 1,
  // Tests decide the media features (emulateMedia); the starting point is the same as Chromium's.
  'ui.prefersReducedMotion': 0,
  'browser.display.document_color_use': 0,
  'layout.css.prefers-color-scheme.content-override': 1,
};

/** @param {{ path: string }} chromium */
export function chromiumLauncher(chromium) {
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: chromium.path, headless: true, args: chromiumArgs },
  });
}

/**
 * The launchers' `type`, which test command plugins read. Not 'puppeteer' and 'webdriver': the stock
 * plugins of @web/test-runner-commands would take this Firefox for a Chromium reached over CDP and
 * WebKit for any WebDriver browser; scripts/engine-commands-plugin.mjs serves both instead.
 */
export const FIREFOX_TYPE = 'firefox-bidi';
export const WEBKIT_TYPE = 'webkit-webdriver';

/** The plugins that serve commands for FIREFOX_TYPE and WEBKIT_TYPE. */
const ENGINE_COMMAND_PLUGINS = ['qc-engine-commands', 'qc-a11y-snapshot'];

/**
 * web-test-runner puts the stock command plugins ahead of the config's own, and a command goes to
 * the first plugin that answers; the stock ones answer the launcher types above with an error. The
 * list is final (and shared with the command dispatcher) when launchers initialize: move ours first.
 */
function engineCommandsFirst(config) {
  const list = config.plugins ?? [];
  const ours = list.filter((plugin) => ENGINE_COMMAND_PLUGINS.includes(plugin?.name));
  for (const plugin of ours) list.splice(list.indexOf(plugin), 1);
  list.unshift(...ours);
}

/** @param {{ path: string }} firefox */
export function firefoxLauncher(firefox) {
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: firefox.path,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxPrefs,
      // Firefox's test mode: connections to anything but this machine are refused.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    },
  });
  launcher.type = FIREFOX_TYPE;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    engineCommandsFirst(config);
    await initialize(config, testFiles);
  };
  return launcher;
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server that stops with this process: on exit, and through a small shell watchdog if
 * this process is killed without a chance to clean up.
 */
function spawnTied(command, args, options) {
  const child = spawn(command, args, options);
  const watchdog = spawn(
    '/bin/sh',
    [
      '-c',
      'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; kill "$2" 2>/dev/null',
      'qc-watchdog',
      String(process.pid),
      String(child.pid),
    ],
    { stdio: 'ignore', detached: true },
  );
  watchdog.unref();
  const kill = () => child.exitCode === null && child.kill();
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
  return child;
}

/** Stops `child` (SIGTERM, then SIGKILL after 3 s) and resolves when it has exited. */
function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill();
  });
}

/** An Xvfb on a display number it picks itself (`-displayfd`), local connections only. */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawnTied(xvfb, ['-displayfd', '3', '-nolisten', 'tcp', '-noreset', '-screen', '0', '1280x1024x24'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let fd3 = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdio[3].on('data', (chunk) => {
      fd3 += chunk;
      if (fd3.includes('\n')) resolve({ child, display: `:${fd3.trim()}` });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display: ${stderr.trim()}`)));
  });
}

async function waitForDriver(port, child) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on 127.0.0.1:${port} within 20 s`);
}

/**
 * GTK's own widgets (the MiniBrowser window) shrunk to nothing, so that a window can be as narrow as
 * the narrowest viewport the tests ask for (320 px); a private XDG home keeps the run from reading or
 * writing the user's settings and caches.
 */
function webkitHome() {
  const home = mkdtempSync(join(tmpdir(), 'qc-ds-webkit-'));
  mkdirSync(join(home, 'config', 'gtk-3.0'), { recursive: true });
  writeFileSync(
    join(home, 'config', 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n',
  );
  return home;
}

/** The WebKit launcher: starts (and stops) Xvfb when needed and WebKitWebDriver with the run. */
class WebKitLauncher extends WebdriverLauncher {
  constructor(webkit) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver is started
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio would otherwise ask for a WebDriver BiDi session, which WebKitGTK does not offer.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: webkit.miniBrowser,
          // `--javascript-can-open-windows-automatically`: the runner opens its own popup window (below).
          args: ['--automation', '--javascript-can-open-windows-automatically=true'],
        },
      },
    });
    this.webkit = webkit;
    this.type = WEBKIT_TYPE;
  }

  async initialize(config, testFiles) {
    engineCommandsFirst(config);
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    this.home = webkitHome();
    let display = process.env.DISPLAY;
    if (!display) {
      this.xvfb = await startXvfb(this.webkit.xvfb);
      display = this.xvfb.display;
    }
    const port = await freePort();
    this.driverProcess = spawnTied(this.webkit.path, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        DISPLAY: display,
        XDG_CONFIG_HOME: join(this.home, 'config'),
        XDG_CACHE_HOME: join(this.home, 'cache'),
        XDG_DATA_HOME: join(this.home, 'data'),
        // No accessibility bus to look for, no GPU.
        NO_AT_BRIDGE: '1',
        WEBKIT_DISABLE_COMPOSITING_MODE: '1',
      },
    });
    await waitForDriver(port, this.driverProcess);
    this.options.port = port;
  }

  /**
   * The session's first window has MiniBrowser's toolbar, which neither shrinks below ~450 px nor
   * belongs to the viewport. Tests run instead in a popup without toolbar, whose window size is the
   * viewport size (see `set-viewport` in scripts/engine-commands-plugin.mjs).
   */
  async createDriverManager() {
    const manager = await super.createDriverManager();
    const driver = this.driver;
    const first = await driver.getWindowHandle();
    await driver.execute(() => void window.open('about:blank', '_blank', 'popup,width=800,height=600'));
    let popup;
    for (let i = 0; i < 100 && !popup; i++) {
      popup = (await driver.getWindowHandles()).find((handle) => handle !== first);
      if (!popup) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!popup) throw new Error('WebKit: the test window (a popup without toolbar) did not open.');
    await driver.closeWindow();
    await driver.switchToWindow(popup);
    await driver.setWindowSize(800, 600);
    return manager;
  }

  async stop() {
    await super.stop();
    await stopChild(this.driverProcess);
    await stopChild(this.xvfb?.child);
    if (this.home) rmSync(this.home, { recursive: true, force: true });
  }
}

/** @param {{ path: string, miniBrowser: string, xvfb?: string }} webkit */
export function webkitLauncher(webkit) {
  return new WebKitLauncher(webkit);
}

/** The launcher for `engine`, with the browser scripts/find-browser.mjs found for it. */
export function launcherFor(engine, found) {
  if (engine === 'chromium') return chromiumLauncher(found);
  if (engine === 'firefox') return firefoxLauncher(found);
  if (engine === 'webkit') return webkitLauncher(found);
  throw new Error(`Unknown engine ${engine}`);
}

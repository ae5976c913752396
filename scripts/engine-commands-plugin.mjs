// `setViewport`, `emulateMedia` and `sendKeys` (@web/test-runner-commands) in every engine.
// The stock plugins serve Playwright (Chromium); this one serves the Firefox and WebKit launchers of
// scripts/wtr-engines.mjs (their own launcher types, which the stock plugins leave alone):
// - Firefox (puppeteer-core over WebDriver BiDi): key chords (`Shift+Tab`, `Alt+ArrowDown`), which
//   puppeteer's `keyboard.press` does not take; media features through Firefox's own preferences
//   (`ui.prefersReducedMotion`, `browser.display.document_color_use` for forced colours,
//   `layout.css.prefers-color-scheme.content-override`), since BiDi has no media emulation and
//   puppeteer's goes through the Chrome DevTools Protocol. Each change is checked with matchMedia.
// - WebKit (WebKitWebDriver): the viewport as the window size of the toolbar-less test window;
//   keys as WebDriver actions (chords included, `down`/`up` too); media features cannot be emulated
//   (WebDriver has no command for it and WebKitGTK follows the desktop's settings): a request that
//   the page already satisfies passes, any other fails and says so.
import { inFirefoxParent } from './firefox-chrome.mjs';
import { FIREFOX_TYPE, WEBKIT_TYPE } from './wtr-engines.mjs';

/* global window, matchMedia -- in functions that run in the page */

/** WebDriver key codes (https://w3c.github.io/webdriver/#keyboard-actions) for the keys tests name. */
const WEBDRIVER_KEYS = {
  Alt: '\uE00A',
  ArrowDown: '\uE015',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  ArrowUp: '\uE013',
  Backspace: '\uE003',
  Control: '\uE009',
  Delete: '\uE017',
  End: '\uE010',
  Enter: '\uE007',
  Escape: '\uE00C',
  Home: '\uE011',
  Meta: '\uE03D',
  PageDown: '\uE00F',
  PageUp: '\uE00E',
  Shift: '\uE008',
  Space: ' ',
  Tab: '\uE004',
};

/** `Shift+Tab` → ['Shift', 'Tab']; a lone `+` is the key itself. */
const chord = (keys) => (keys === '+' ? ['+'] : keys.split('+'));

function webdriverKey(name) {
  if (WEBDRIVER_KEYS[name]) return WEBDRIVER_KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`sendKeys in WebKit: no WebDriver key code for "${name}" (scripts/engine-commands-plugin.mjs).`);
}

/** One WebDriver key action sequence: `down` keys pressed in order, then released in reverse. */
function keyActions(downs, ups) {
  return [
    {
      type: 'key',
      id: 'qc-keyboard',
      actions: [
        ...downs.map((value) => ({ type: 'keyDown', value })),
        ...ups.map((value) => ({ type: 'keyUp', value })),
      ],
    },
  ];
}

async function webdriverSendKeys(session, payload) {
  const launcher = session.browser;
  const driver = launcher.driver;
  const perform = (actions) => launcher.driverManager.performActions(session.id, actions);
  if ('type' in payload) {
    // One action sequence for the whole text: one round trip, so that typeahead sees the keys in
    // quick succession however busy the machine (a round trip per key once took over 500 ms).
    const characters = [...payload.type];
    await perform([
      {
        type: 'key',
        id: 'qc-keyboard',
        actions: characters.flatMap((value) => [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]),
      },
    ]);
  } else if ('press' in payload) {
    const keys = chord(payload.press).map(webdriverKey);
    await perform(keyActions(keys, [...keys].reverse()));
  } else if ('down' in payload) {
    await perform(keyActions([webdriverKey(payload.down)], []));
    return true; // held until `up`: no release
  } else if ('up' in payload) {
    await perform(keyActions([], [webdriverKey(payload.up)]));
  }
  await driver.releaseActions();
  return true;
}

/** Playwright's key names that puppeteer spells differently. */
const PUPPETEER_KEYS = { Space: ' ' };
const puppeteerKey = (name) => PUPPETEER_KEYS[name] ?? name;

async function firefoxSendKeys(page, payload) {
  if ('type' in payload) await page.keyboard.type(payload.type);
  else if ('down' in payload) await page.keyboard.down(puppeteerKey(payload.down));
  else if ('up' in payload) await page.keyboard.up(puppeteerKey(payload.up));
  else if ('press' in payload) {
    const keys = chord(payload.press).map(puppeteerKey);
    const key = keys.pop();
    for (const modifier of keys) await page.keyboard.down(modifier);
    await page.keyboard.press(key);
    for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
  }
  return true;
}

/** The media queries that tell whether a feature value holds in the page. */
const MEDIA_QUERIES = {
  reducedMotion: (value) => `(prefers-reduced-motion: ${value})`,
  forcedColors: (value) => `(forced-colors: ${value})`,
  colorScheme: (value) => `(prefers-color-scheme: ${value})`,
  media: (value) => value,
};

function queriesOf(payload) {
  const queries = [];
  for (const [feature, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    if (!MEDIA_QUERIES[feature]) throw new Error(`emulateMedia: unknown feature ${feature}`);
    queries.push({ feature, value, query: MEDIA_QUERIES[feature](value) });
  }
  return queries;
}

/** Firefox preference values per media feature value. */
const FIREFOX_MEDIA_PREFS = {
  reducedMotion: { pref: 'ui.prefersReducedMotion', values: { 'no-preference': 0, reduce: 1 } },
  forcedColors: { pref: 'browser.display.document_color_use', values: { none: 0, active: 2 } },
  colorScheme: { pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1 } },
};

/**
 * Forced colours are a high-contrast palette the user chose; Firefox on Linux would take the GTK
 * theme's ordinary colours. While forced colours are on, Firefox gets the palette Chromium emulates
 * (Windows' « High Contrast White »), so that both engines are held to the same colours.
 */
const FORCED_PALETTE = {
  'browser.display.background_color': '#ffffff',
  'browser.display.foreground_color': '#000000',
  'browser.anchor_color': '#00009f',
  'browser.visited_color': '#00009f',
  'ui.buttonface': '#ffffff',
  'ui.buttontext': '#000000',
  'ui.buttonborder': '#000000',
  'ui.field': '#ffffff',
  'ui.fieldtext': '#000000',
  'ui.graytext': '#600000',
  'ui.highlight': '#37006e',
  'ui.highlighttext': '#ffffff',
  'ui.window': '#ffffff',
  'ui.windowtext': '#000000',
};

/** Sets int prefs (numbers), string prefs, and clears those given as null. */
const SET_PREFS = `(navigable, json) => {
  for (const [name, value] of Object.entries(JSON.parse(json))) {
    if (value === null) Services.prefs.clearUserPref(name);
    else if (typeof value === 'number') Services.prefs.setIntPref(name, value);
    else Services.prefs.setStringPref(name, value);
  }
  return null;
}`;

async function pageMatches(evaluate, queries) {
  return evaluate(queries.map((q) => q.query));
}

async function firefoxEmulateMedia(page, payload) {
  const queries = queriesOf(payload);
  const prefs = {};
  for (const { feature, value } of queries) {
    const mapping = FIREFOX_MEDIA_PREFS[feature];
    if (!mapping || !(value in mapping.values)) {
      throw new Error(
        `emulateMedia in Firefox: ${feature}: ${value} cannot be emulated (scripts/engine-commands-plugin.mjs).`,
      );
    }
    prefs[mapping.pref] = mapping.values[value];
    if (feature === 'forcedColors') {
      for (const [name, color] of Object.entries(FORCED_PALETTE)) prefs[name] = value === 'active' ? color : null;
    }
  }
  await inFirefoxParent(page, SET_PREFS, JSON.stringify(prefs));
  // Preferences reach the content process asynchronously: wait until the page sees them.
  const evaluate = (list) => page.evaluate((qs) => qs.map((q) => matchMedia(q).matches), list);
  for (let i = 0; i < 100; i++) {
    if ((await pageMatches(evaluate, queries)).every(Boolean)) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const matched = await pageMatches(evaluate, queries);
  const failed = queries.filter((_, i) => !matched[i]).map((q) => q.query);
  throw new Error(`emulateMedia in Firefox: the page still does not match ${failed.join(', ')}`);
}

async function webkitEmulateMedia(session, payload) {
  const queries = queriesOf(payload);
  const driver = session.browser.driver;
  const matched = await driver.execute(
    (qs) => qs.map((q) => matchMedia(q).matches),
    queries.map((q) => q.query),
  );
  const failed = queries.filter((_, i) => !matched[i]).map((q) => q.query);
  if (failed.length > 0) {
    throw new Error(
      `emulateMedia in WebKit: cannot emulate ${failed.join(', ')}. WebKitWebDriver has no media emulation ` +
        `and WebKitGTK follows the desktop settings; only a request the page already satisfies passes.`,
    );
  }
  return true;
}

async function webkitSetViewport(session, { width, height }) {
  const driver = session.browser.driver;
  const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
  let innerWidth;
  let innerHeight;
  // The window manager-less X server applies a resize asynchronously: ask again until it shows.
  for (let attempt = 0; attempt < 40; attempt++) {
    if (attempt % 10 === 0) await driver.setWindowSize(width, height);
    [innerWidth, innerHeight] = await inner();
    if (innerWidth === width && innerHeight === height) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `setViewport in WebKit: asked for ${width}×${height}, the window gives ${innerWidth}×${innerHeight}.`,
  );
}

/** The payload checks of the stock plugins: exactly one of `type`, `press`, `down`, `up`. */
function checkKeys(payload) {
  const given = ['type', 'press', 'down', 'up'].filter((key) => payload && key in payload);
  if (given.length !== 1) throw new Error('sendKeys: give exactly one of type, press, down, up.');
}

/** @returns {import('@web/test-runner-core').TestRunnerPlugin} */
export function engineCommandsPlugin() {
  return {
    name: 'qc-engine-commands',
    async executeCommand({ command, payload, session }) {
      const type = session.browser.type;
      if (type === FIREFOX_TYPE) {
        const page = session.browser.getPage(session.id);
        if (command === 'send-keys') return (checkKeys(payload), firefoxSendKeys(page, payload));
        if (command === 'set-viewport')
          return page.setViewport({ width: payload.width, height: payload.height }).then(() => true);
        if (command === 'emulate-media') return firefoxEmulateMedia(page, payload);
      }
      if (type === WEBKIT_TYPE) {
        if (command === 'send-keys') return (checkKeys(payload), webdriverSendKeys(session, payload));
        if (command === 'set-viewport') return webkitSetViewport(session, payload);
        if (command === 'emulate-media') return webkitEmulateMedia(session, payload);
      }
      return undefined;
    },
  };
}

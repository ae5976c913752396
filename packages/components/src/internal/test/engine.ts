/**
 * The browser engine a test runs in, and tests an engine cannot run, said in the test file.
 *
 * `npm test` runs every browser test in Chromium, Firefox and WebKit (web-test-runner.config.mjs,
 * `<meta name="qc-test-engine">`). When an engine lacks what a test needs (WebKitWebDriver has no
 * accessibility tree and no media emulation, for example), the test says so with `itExcept` or
 * `describeExcept` and a reason. In that engine the test is not registered, and the run ends with the
 * list of such tests and their reasons (scripts/not-run-plugin.mjs); `npm test` prints their number per
 * engine. Nothing is skipped in silence, and every other engine runs the test as written.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** Why a test cannot run in an engine, per engine that cannot. */
export type EngineLimits = Partial<Record<Engine, string>>;

function detect(): Engine {
  const declared = document.querySelector<HTMLMetaElement>('meta[name="qc-test-engine"]')?.content;
  if (declared === 'chromium' || declared === 'firefox' || declared === 'webkit') return declared;
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrom(e|ium)\//.test(ua)) return 'chromium';
  return 'webkit';
}

export const engine: Engine = detect();

/** The media features WebKitWebDriver cannot emulate (scripts/engine-commands-plugin.mjs). */
export const NO_MEDIA_EMULATION: EngineLimits = {
  webkit: 'WebKitWebDriver cannot emulate media features (forced-colors, prefers-reduced-motion)',
};

const pending: Promise<unknown>[] = [];

function report(titles: string[], reason: string): void {
  pending.push(
    executeServerCommand('qc-not-run', { titles, reason }).catch((error: unknown) => {
      console.error(`qc-not-run: ${String(error)}`);
    }),
  );
}

// The reports reach the runner before the file's results do.
before(() => Promise.all(pending));
after(() => Promise.all(pending));

let currentTest = '';
beforeEach(function () {
  currentTest = this.currentTest?.fullTitle() ?? '';
});

/**
 * True, and reported, when the engine cannot make the assertion `what` of the running test: for a
 * check inside a test whose other assertions run everywhere (`if (notAssertedIn(…)) return;`).
 */
export function notAssertedIn(limits: EngineLimits, what: string): boolean {
  const reason = limits[engine];
  if (reason === undefined) return false;
  report([`${currentTest} (not asserted: ${what})`], reason);
  return true;
}

/** Titles of every test under `suite`. */
function testsOf(suite: Mocha.Suite): string[] {
  return [...suite.tests.map((test) => test.fullTitle()), ...suite.suites.flatMap(testsOf)];
}

/** `it(title, fn)`, except in the engines `limits` names (the test is reported there, with its reason). */
export function itExcept(
  limits: EngineLimits,
  title: string,
  fn: Mocha.AsyncFunc | Mocha.Func,
): Mocha.Test | undefined {
  const test = it(title, fn);
  const reason = limits[engine];
  if (reason === undefined) return test;
  test.parent!.tests.splice(test.parent!.tests.indexOf(test), 1);
  report([test.fullTitle()], reason);
  return undefined;
}

/** `describe(title, fn)`, except in the engines `limits` names (its tests are reported there, with the reason). */
export function describeExcept(
  limits: EngineLimits,
  title: string,
  fn: (this: Mocha.Suite) => void,
): Mocha.Suite | undefined {
  const suite = describe(title, fn);
  const reason = limits[engine];
  if (reason === undefined) return suite;
  suite.parent!.suites.splice(suite.parent!.suites.indexOf(suite), 1);
  report(testsOf(suite), reason);
  return undefined;
}

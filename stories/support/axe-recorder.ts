/**
 * Records, for the conformance report, which axe rules each browser test ran and how they ended.
 *
 * web-test-runner.config.mjs loads this module on every test page, before the test framework. It
 * wraps `axe.run` the moment axe-core registers `window.axe` (whoever loads it: `@open-wc/testing`'s
 * `expect(el).to.be.accessible()`, or `runAxe` in ./axe-report.ts), so no call site changes. Each
 * run's rules (passed, failed, inapplicable, incomplete, with their WCAG tags) go to the runner with
 * the running test's full title; scripts/conformance/wtr-conformance.mjs collects them and
 * scripts/conformance-report.mjs turns them into the report. The run's own result is untouched.
 *
 * A test of the test tools themselves (one that feeds axe a deliberate violation to prove a rule
 * runs) is no evidence about the components: its title carries `[not evidence]` and its axe runs
 * are not recorded.
 */
import type { AxeResults, Result } from 'axe-core';
import { executeServerCommand } from '@web/test-runner-commands';

type Axe = typeof import('axe-core');
type Outcome = 'failed' | 'incomplete' | 'passed' | 'inapplicable';

interface MochaLike {
  suite: { beforeEach(fn: (this: Mocha.Context) => void): void };
}

let currentTest = '';

/** Rule id → [outcome, WCAG and other tags] for one axe run. */
function rulesOf(results: AxeResults): Record<string, [Outcome, string[]]> {
  const rules: Record<string, [Outcome, string[]]> = {};
  const add = (list: readonly Result[] | undefined, outcome: Outcome) => {
    for (const rule of list ?? []) rules[rule.id] = [outcome, rule.tags];
  };
  add(results.inapplicable, 'inapplicable');
  add(results.passes, 'passed');
  add(results.incomplete, 'incomplete');
  add(results.violations, 'failed');
  return rules;
}

export const NOT_EVIDENCE = '[not evidence]';

function record(results: AxeResults): Promise<unknown> {
  if (currentTest.includes(NOT_EVIDENCE)) return Promise.resolve();
  return executeServerCommand('qc-axe-record', {
    test: currentTest,
    rules: rulesOf(results),
    userAgent: navigator.userAgent,
  }).catch((error: unknown) => console.error(`qc-axe-record: ${String(error)}`));
}

type Callback = (error: unknown, results?: AxeResults) => void;

/** `axe.run`, recording its results before it hands them back (promise or callback). */
function recording(run: (...args: unknown[]) => Promise<AxeResults>) {
  return (...args: unknown[]): Promise<AxeResults> | void => {
    const callback = typeof args.at(-1) === 'function' ? (args.pop() as Callback) : undefined;
    const result = run(...args).then(async (results) => {
      await record(results);
      return results;
    });
    if (!callback) return result;
    result.then(
      (results) => callback(null, results),
      (error: unknown) => callback(error),
    );
  };
}

/**
 * A property of `target` that runs `onSet` on each new value a script assigns (a second copy of
 * axe-core loaded later is wrapped too; the same value assigned again is left as it is).
 */
function onAssign<T>(target: object, name: string, onSet: (value: T) => T): void {
  let assigned: T | undefined;
  let stored: T | undefined;
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get: () => stored,
    set(value: T) {
      if (value === assigned || value === stored) return;
      assigned = value;
      stored = onSet(value);
    },
  });
}

// axe-core registers `window.axe` first and fills in its functions afterwards.
onAssign<Axe>(window, 'axe', (axe) => {
  onAssign<Axe['run']>(axe, 'run', (run) => recording(run.bind(axe) as never) as Axe['run']);
  return axe;
});
// The test framework assigns `window.mocha` before it loads the test file: a root hook names the
// running test for every axe run, in every file, without an import in each.
onAssign<MochaLike>(window, 'mocha', (mocha) => {
  mocha.suite.beforeEach(function () {
    currentTest = this.currentTest?.fullTitle() ?? '';
  });
  return mocha;
});

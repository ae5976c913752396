// Collects the tests an engine cannot run (`itExcept`/`describeExcept` in
// packages/components/src/internal/test/engine.ts) and lists them, with their reasons, when the run
// ends. The last line, `qc-ds not run in <Engine>: N`, is what scripts/test.mjs reads.

/** @param {string} label the engine's name, as in web-test-runner's progress lines */
export function notRunPlugin(label) {
  /** @type {Map<string, { file: string, title: string }[]>} */
  const byReason = new Map();
  return {
    name: 'qc-not-run',
    /** Every test not run, with its reason (read by the conformance report's collector). */
    entries() {
      return [...byReason].flatMap(([reason, list]) => list.map((entry) => ({ ...entry, reason })));
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'qc-not-run') return undefined;
      const list = byReason.get(payload.reason) ?? [];
      for (const title of payload.titles) {
        // Once per test and reason, however many times a test reports the same assertion.
        if (!list.some((entry) => entry.file === session.testFile && entry.title === title)) {
          list.push({ file: session.testFile, title });
        }
      }
      byReason.set(payload.reason, list);
      return true;
    },
    serverStop() {
      const total = [...byReason.values()].reduce((sum, list) => sum + list.length, 0);
      if (total > 0) {
        console.log(`\nTests not run in ${label}, as their test files state (engine limits):`);
        for (const [reason, list] of byReason) {
          console.log(`  ${list.length} × ${reason}:`);
          for (const { file, title } of list) console.log(`    - ${file.replace(process.cwd() + '/', '')} › ${title}`);
        }
      }
      console.log(`qc-ds not run in ${label}: ${total}`);
    },
  };
}

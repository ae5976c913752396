/** Runs `run` while collecting `console.warn` messages (dev-only warnings are part of the API). */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return messages;
}

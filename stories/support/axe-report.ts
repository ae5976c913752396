// Runs axe on a rendered story and turns violations into a message a person can act on.
import type { AxeResults, ElementContext, NodeResult, Result, RunOptions } from 'axe-core';

type Axe = typeof import('axe-core');

declare global {
  interface Window {
    axe?: Axe;
  }
}

/** Loads axe-core (its browser build registers `window.axe`). */
export async function loadAxe(): Promise<Axe> {
  if (!window.axe) await import('axe-core/axe.min.js');
  if (!window.axe) throw new Error('axe-core did not register window.axe');
  return window.axe;
}

/** Runs axe with only the given rule tags (e.g. WCAG 2.x A/AA), reporting violations only. */
export async function runAxe(context: ElementContext, tags: readonly string[]): Promise<AxeResults> {
  const axe = await loadAxe();
  const options: RunOptions = { runOnly: { type: 'tag', values: [...tags] }, resultTypes: ['violations'] };
  return axe.run(context, options);
}

/** `qc-button >>> button` for a target inside a shadow root. */
function target(node: NodeResult): string {
  return node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' | ');
}

function describeNode(node: NodeResult): string {
  const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
  return `      target: ${target(node)}\n      ${summary}`;
}

function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map(describeNode).join('\n');
  return `  • ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${nodes}\n      ${violation.helpUrl}`;
}

/** A readable report of `violations` for one story, or '' when there are none. */
export function formatViolations(where: string, violations: readonly Result[]): string {
  if (violations.length === 0) return '';
  const count = violations.reduce((total, violation) => total + violation.nodes.length, 0);
  return `${where}: ${count} axe violation(s)\n${violations.map(describeViolation).join('\n')}`;
}

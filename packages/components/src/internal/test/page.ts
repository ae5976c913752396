import { expect, oneEvent } from '@open-wc/testing';

/**
 * Runs `run` with the page stylesheet `href` loaded (e.g. `/packages/styles/dist/base.css`, the
 * opt-in base styles a ministry page may use), then removes it so later tests see a bare page.
 */
export async function withStylesheet(href: string, run: () => Promise<void>): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = oneEvent(link, 'load');
  document.head.append(link);
  try {
    await loaded;
    await run();
  } finally {
    link.remove();
  }
}

/** The size a `rem` token (`--qc-size-max-width-sm`) resolves to, in CSS pixels; fails if tokens.css is missing. */
export function tokenPx(name: string): number {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  expect(value, `${name} is defined (tokens.css loaded)`).to.match(/rem$/);
  return parseFloat(value) * parseFloat(getComputedStyle(document.documentElement).fontSize);
}

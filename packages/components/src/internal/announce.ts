/**
 * Screen-reader announcements through one shared live region per politeness level, created in
 * `document.body` on first use. Components announce status changes here instead of each keeping
 * its own empty live region (a page of 1000 buttons would otherwise hold 1000 regions).
 *
 * The message is written a moment after the region is emptied (and after it is created), which is
 * what screen readers need to notice a change, including the same message twice in a row. It is
 * cleared again after a while so it does not linger in the reading order.
 */
export type Politeness = 'polite' | 'assertive';

const regions = new Map<Politeness, HTMLElement>();
const DELAY_MS = 150;
const CLEAR_MS = 7000;
let pending: ReturnType<typeof setTimeout> | undefined;
let clearing: ReturnType<typeof setTimeout> | undefined;

function region(politeness: Politeness): HTMLElement {
  let element = regions.get(politeness);
  if (!element?.isConnected) {
    element = document.createElement('div');
    element.dataset.qcAnnouncer = politeness;
    // status: polite and atomic; alert: assertive and atomic.
    element.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    element.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
    document.body.append(element);
    regions.set(politeness, element);
  }
  return element;
}

/** Announces `message` to screen readers (politely by default). Text only, never HTML. */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  const target = region(politeness);
  target.textContent = '';
  clearTimeout(pending);
  clearTimeout(clearing);
  pending = setTimeout(() => {
    target.textContent = message;
    clearing = setTimeout(() => (target.textContent = ''), CLEAR_MS);
  }, DELAY_MS);
}

/**
 * Page scroll lock for modal layers (dialogs). Counted per owner: the page stays locked while any
 * owner holds it (a dialog opened from a dialog, a session warning over a dialog), and unlocks when
 * the last one releases it. Locking twice for the same owner counts once, so a layer may call
 * `lockScroll` on every opening and `unlockScroll` on every closing path without bookkeeping.
 *
 * The lock is `overflow: hidden` on `<html>` (CSSOM, so a strict CSP allows it), with
 * `scrollbar-gutter: stable` when the page had a scrollbar, so the content does not shift sideways.
 * The page's own inline values are put back on release.
 */
const owners = new Set<object>();
let saved: { overflow: string; gutter: string } | null = null;

/** Locks the page's scroll for `owner` (idempotent per owner). */
export function lockScroll(owner: object): void {
  owners.add(owner);
  if (saved) return;
  const { style, clientWidth } = document.documentElement;
  saved = { overflow: style.overflow, gutter: style.getPropertyValue('scrollbar-gutter') };
  if (window.innerWidth > clientWidth) style.setProperty('scrollbar-gutter', 'stable');
  style.overflow = 'hidden';
}

/** Releases `owner`'s lock; the page scrolls again once no owner holds one. */
export function unlockScroll(owner: object): void {
  if (!owners.delete(owner) || owners.size > 0 || !saved) return;
  const { style } = document.documentElement;
  style.overflow = saved.overflow;
  if (saved.gutter) style.setProperty('scrollbar-gutter', saved.gutter);
  else style.removeProperty('scrollbar-gutter');
  saved = null;
}

/** True while some owner holds the lock. */
export function isScrollLocked(): boolean {
  return owners.size > 0;
}

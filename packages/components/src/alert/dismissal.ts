/**
 * Remembering that a citizen dismissed an alert. The key is versioned,
 * `qc-alert:{persistence-key or id}:{version}`, so a new message under the same key shows again;
 * the version is the author's `version`, else a short hash of the alert's text. Web Storage can
 * throw at every step (disabled storage, Safari private mode, quota, sandboxed frames): nothing
 * here throws, a failure just means "not remembered".
 */

export const storageKinds = ['session', 'local'] as const;
export type StorageKind = (typeof storageKinds)[number];

/** A short, stable hash of `text` with its white space collapsed (FNV-1a, 32 bits, base 36). */
export function textVersion(text: string): string {
  const normalized = text.replace(/\s+/g, ' ').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalized.length; i++) {
    hash ^= normalized.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The storage key of a dismissal. */
export function dismissalKey(key: string, version: string): string {
  return `qc-alert:${key}:${version}`;
}

function storage(kind: StorageKind): Storage | undefined {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** True when a dismissal is stored under `key`; false when it is not or storage fails. */
export function isDismissed(kind: StorageKind, key: string): boolean {
  try {
    return storage(kind)?.getItem(key) != null;
  } catch {
    return false;
  }
}

/** Stores a dismissal (the time, as the incumbent did); returns false when storage fails. */
export function rememberDismissal(kind: StorageKind, key: string): boolean {
  try {
    const store = storage(kind);
    if (!store) return false;
    store.setItem(key, new Date().toISOString());
    return true;
  } catch {
    return false;
  }
}

/** Forgets a dismissal (an alert shown again with `hide="false"`); never throws. */
export function forgetDismissal(kind: StorageKind, key: string): void {
  try {
    storage(kind)?.removeItem(key);
  } catch {
    // Nothing to do: storage is unavailable.
  }
}

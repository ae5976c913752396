/** Writes the signature art if missing or stale (see signature.mjs); returns the files written. */
export function writeSignatureArt(): string[];

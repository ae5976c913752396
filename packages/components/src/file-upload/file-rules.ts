/**
 * Pure helpers of `<qc-file-upload>`: the `max-size` syntax, file sizes in the reader's language,
 * `accept` matching and its readable summary, and file identity for de-duplication.
 */

const unitPowers: Record<string, number> = { '': 0, k: 1, m: 2, g: 3, t: 4 };

/**
 * Parses `max-size`: a number of bytes (`5242880`) or a number with a unit (`500kB`, `5MB`, `5 Mo`,
 * `1,5 Go`, `2GB`). Units are decimal like the sizes shown to the reader (1 kB = 1000 bytes); the
 * binary `KiB`, `MiB`, `GiB` (or `Kio`, `Mio`, `Gio`) are 1024-based. Returns the number of bytes,
 * `null` for an empty value and `NaN` for one that cannot be read.
 */
export function parseSize(value: string | null | undefined): number | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const match = /^(\d+(?:[.,]\d+)?)\s*(?:([kmgt])(i)?)?([bo]|octets?|bytes?)?$/i.exec(text);
  if (!match) return NaN;
  const number = Number(match[1]!.replace(',', '.'));
  const power = unitPowers[(match[2] ?? '').toLowerCase()] ?? 0;
  const bytes = Math.round(number * (match[3] ? 1024 : 1000) ** power);
  return bytes > 0 ? bytes : NaN;
}

const sizeUnits = [
  { unit: 'gigabyte', bytes: 1e9 },
  { unit: 'megabyte', bytes: 1e6 },
  { unit: 'kilobyte', bytes: 1e3 },
] as const;

/** A size in the reader's language: « 1,2 Mo », « 500 ko », « 12 octets » / "1.2 MB", "500 kB", "12 bytes". */
export function formatSize(bytes: number, lang: string): string {
  const scale = sizeUnits.find((candidate) => bytes >= candidate.bytes);
  if (!scale) return new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  return new Intl.NumberFormat(lang, { style: 'unit', unit: scale.unit, maximumFractionDigits: 1 }).format(
    bytes / scale.bytes,
  );
}

/** The tokens of an `accept` value, lower case: `.pdf`, `application/pdf`, `image/*`. */
export function acceptTokens(accept: string | null | undefined): string[] {
  return (accept ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token.length > 0);
}

/**
 * Whether `file` matches one of the `accept` tokens, as the browser's picker would: an extension
 * (`.pdf`) against the end of the name, a MIME type (`application/pdf`) against `file.type`, a
 * wildcard (`image/*`) against its top-level type. Case-insensitive; no tokens accept everything.
 */
export function acceptsFile(tokens: readonly string[], file: File): boolean {
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
    return type === token;
  });
}

/** Common MIME types under the name people know them by. */
const knownTypes: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/heic': 'HEIC',
  'image/webp': 'WEBP',
  'image/tiff': 'TIFF',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/rtf': 'RTF',
  'application/zip': 'ZIP',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
};

/**
 * The accepted types as a reader names them: `.pdf, .jpg` → `PDF, JPG`; `application/pdf` → `PDF`;
 * wildcards through `wildcard` (e.g. `image/*` → « images »). Duplicates are left out.
 */
export function acceptLabels(tokens: readonly string[], wildcard: (type: string) => string): string[] {
  const labels = tokens.map((token) => {
    if (token.startsWith('.')) return token.slice(1).toUpperCase();
    if (token.endsWith('/*')) return wildcard(token.slice(0, -2));
    const known = knownTypes[token];
    if (known) return known;
    const subtype = token.split('/')[1] ?? '';
    return /^[a-z0-9]{1,5}$/.test(subtype) ? subtype.toUpperCase() : token;
  });
  return [...new Set(labels)];
}

/** What makes two chosen files the same one: name, size and last modification. */
export function fileKey(file: File): string {
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
}

/** `files` without repeats (the first of each kept), in order. */
export function uniqueFiles(files: readonly File[]): File[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = fileKey(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when both lists hold the same files in the same order. */
export function sameFiles(a: readonly File[], b: readonly File[]): boolean {
  return a.length === b.length && a.every((file, i) => fileKey(file) === fileKey(b[i]!));
}

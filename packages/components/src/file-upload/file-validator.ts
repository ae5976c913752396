import type { LocalizeController } from '../internal/localize.js';
import type { withValidationStrings } from '../internal/validation.js';
import type { Validator } from '../internal/validators/validator.js';
import type { fileUploadStrings } from './file-upload.strings.js';
import { acceptLabels, acceptTokens, acceptsFile, formatSize, parseSize } from './file-rules.js';

/** Why a chosen file cannot be sent. */
export interface FileProblem {
  kind: 'type' | 'size';
  message: string;
}

/** What the file rules read from the field. */
export interface FileRulesHost {
  maxSize: string | null;
  maxFiles: number | null;
}

type Strings = LocalizeController<ReturnType<typeof withValidationStrings<(typeof fileUploadStrings)['fr']>>['fr']>;

function wildcardLabel(type: string, localize: Strings): string {
  if (type === 'image') return localize.term('fileTypeImage');
  if (type === 'audio') return localize.term('fileTypeAudio');
  if (type === 'video') return localize.term('fileTypeVideo');
  return `${type}/*`;
}

/**
 * The rules of `accept`, `max-size` and `max-files` applied to the input's files: each file's
 * problem (null: fine), and the field's message (the first file's problem, or too many files).
 */
export function checkFiles(
  host: FileRulesHost,
  input: HTMLInputElement,
  localize: Strings,
): { problems: (FileProblem | null)[]; message: string } {
  const files = [...(input.files ?? [])];
  const tokens = acceptTokens(input.accept);
  const size = parseSize(host.maxSize);
  const maxBytes = size !== null && !Number.isNaN(size) ? size : null;
  const problems = files.map((file): FileProblem | null => {
    if (!acceptsFile(tokens, file)) {
      const types = acceptLabels(tokens, (type) => wildcardLabel(type, localize)).join(', ');
      return { kind: 'type', message: localize.term('fileTypeNotAccepted', file.name, types) };
    }
    if (maxBytes !== null && file.size > maxBytes)
      return { kind: 'size', message: localize.term('fileTooLarge', file.name, formatSize(maxBytes, localize.lang)) };
    return null;
  });
  const max = host.maxFiles;
  const limit = !input.multiple ? 1 : max !== null && max >= 1 ? Math.floor(max) : null;
  const number = (n: number) => new Intl.NumberFormat(localize.lang).format(n);
  const tooMany =
    limit !== null && files.length > limit
      ? localize.term('fileTooMany', number(limit), number(files.length), limit)
      : '';
  return { problems, message: problems.find((problem) => problem)?.message ?? tooMany };
}

/** Types, sizes and number of files, in the input's validity so the browser blocks the submit. */
export const fileRulesValidator: Validator<HTMLElement & FileRulesHost> = {
  check(field) {
    const input = field.controls()[0];
    if (!(input instanceof HTMLInputElement)) return null;
    const { message } = checkFiles(field.host, input, field.localize as unknown as Strings);
    return message ? { message, controls: [input] } : null;
  },
};

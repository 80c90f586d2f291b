import type { ImportPreview } from '../../../../src-main/core/contract/index.js';

/** The locale key that names how a file's text was decoded, in words a secretary recognises from Excel. */
export function encodingKey(encoding: ImportPreview['encoding']) {
  switch (encoding) {
    case null:
      return 'encodings.none' as const;
    case 'utf-8':
      return 'encodings.utf8' as const;
    case 'utf-8-bom':
      return 'encodings.utf8Bom' as const;
    case 'windows-1252':
      return 'encodings.windows1252' as const;
    default:
      return encoding.startsWith('utf-16') ? ('encodings.utf16' as const) : ('encodings.other' as const);
  }
}

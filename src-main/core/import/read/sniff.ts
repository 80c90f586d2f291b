/** What the bytes are, judged from their content and never from the file name. */
export type FileKind = 'zip' | 'ole' | 'text' | 'binary';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary: old .xls, and also every password-protected .xlsx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OTHER_BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
];

/** More C0 control bytes than this share of the sample means the file is not text. */
const CONTROL_SHARE_MAX = 0.05;
const SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((value, index) => bytes[index] === value);
}

export function sniffKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  if (OTHER_BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'binary';
  if (hasBom(bytes) || utf16WithoutBom(bytes) !== null) return 'text';
  return controlShare(bytes) > CONTROL_SHARE_MAX ? 'binary' : 'text';
}

export function hasBom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/**
 * UTF-16 text of mostly Latin letters, digits and punctuation has a NUL in every other byte:
 * at odd offsets for little-endian, at even offsets for big-endian. Hindi in UTF-16 has 0x09 there
 * instead, so a Devanagari high byte counts too. The pattern must be clear and one-sided.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < length; index += 2) {
    const even = bytes[index]!;
    const odd = bytes[index + 1]!;
    if (even === 0x00) evenNul += 1;
    if (odd === 0x00) oddNul += 1;
    if (even === 0x00 || even === 0x09) evenHigh += 1;
    if (odd === 0x00 || odd === 0x09) oddHigh += 1;
  }
  const pairs = length / 2;
  // The low byte of a character is almost never NUL, so NULs on that side rule a guess out; and
  // spaces, digits, tabs and line ends always put some NULs on the high side (a UTF-8 file full
  // of tabs has 0x09 everywhere, but no NULs).
  if (oddHigh / pairs > 0.6 && oddNul / pairs > 0.05 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenHigh / pairs > 0.6 && evenNul / pairs > 0.05 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

function controlShare(bytes: Uint8Array): number {
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  if (length === 0) return 0;
  let controls = 0;
  for (let index = 0; index < length; index += 1) {
    const byte = bytes[index]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls += 1;
  }
  return controls / length;
}

import type { Cooperative } from './cooperative.js';
import { importReadError } from './read-error.js';
import { utf16WithoutBom } from './sniff.js';

export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16le' | 'utf-16be-bom' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

const DECODER_LABEL: Record<DetectedEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le-bom': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be-bom': 'utf-16be',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
};

/** Decoding a 20 MB file in one call would hold the event loop for a tenth of a second. */
const PIECE_BYTES = 1024 * 1024;

/**
 * Turns the bytes of a text file into a string. The order matters: a BOM is certain; BOM-less
 * UTF-16 shows itself by NULs in every other byte; valid UTF-8 almost never happens by accident
 * in other encodings; whatever is left is what Excel on an English Windows calls "ANSI".
 */
export async function decodeText(bytes: Uint8Array, cooperative: Cooperative): Promise<DecodedText> {
  const encoding = detectEncoding(bytes);
  if (encoding === 'utf-8') {
    const text = await decodeInPieces('utf-8', bytes, cooperative);
    if (text !== null) return { text, encoding };
    // Every byte has a meaning in Windows-1252, so this never fails and never yields U+FFFD.
    return { text: (await decodeInPieces('windows-1252', bytes, cooperative))!, encoding: 'windows-1252' };
  }
  // The decoders drop a leading BOM themselves; strictness makes a broken sequence (a truncated
  // file) a refusal instead of a silent U+FFFD in someone's name.
  const text = await decodeInPieces(DECODER_LABEL[encoding], bytes, cooperative);
  if (text === null) throw importReadError('import.unreadableText');
  return { text, encoding };
}

/**
 * Latin text in BOM-less UTF-16 is also valid UTF-8 (NUL is a valid byte there), so the NUL
 * pattern is looked at before UTF-8; real UTF-8 text never has a NUL in every other byte.
 * 'utf-8' here means "try UTF-8, else Windows-1252": decodeText learns which by decoding once.
 */
function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le-bom';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be-bom';
  return utf16WithoutBom(bytes) ?? 'utf-8';
}

/** The text, or null when the bytes are not valid in that encoding. */
async function decodeInPieces(label: string, bytes: Uint8Array, cooperative: Cooperative): Promise<string | null> {
  const decoder = new TextDecoder(label, { fatal: true });
  const pieces: string[] = [];
  try {
    for (let offset = 0; offset < bytes.length; offset += PIECE_BYTES) {
      const last = offset + PIECE_BYTES >= bytes.length;
      pieces.push(decoder.decode(bytes.subarray(offset, offset + PIECE_BYTES), { stream: !last }));
      if (!last) await cooperative.pause();
    }
  } catch {
    return null;
  }
  return pieces.join('');
}

import { XLSX_ENTRY_RATIO_MAX, XLSX_RATIO_CHECK_FROM_BYTES, XLSX_UNPACKED_MAX_BYTES } from './limits.js';
import { importReadError } from './read-error.js';

/** One file inside the ZIP, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const COMMENT_MAX = 0xffff;
const ENTRIES_MAX = 10_000;
const FLAG_ENCRYPTED = 0x0001;
const ZIP64_MARKER = 0xffffffff;

/**
 * Reads the ZIP's table of contents, which sits at the end of the file, without inflating
 * anything, and refuses a workbook that would unpack to more than XLSX_UNPACKED_MAX_BYTES or
 * whose entries claim a compression ratio that only a crafted file has.
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const entryCount = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // ZIP64 is never needed below our 20 MB file limit; a file that uses it is not from Excel.
  if (entryCount === 0xffff || directorySize === ZIP64_MARKER || directoryOffset === ZIP64_MARKER) throw damaged();
  if (entryCount > ENTRIES_MAX || directoryOffset + directorySize > end) throw damaged();

  const entries = new Map<string, ZipEntry>();
  let unpackedTotal = 0;
  let position = directoryOffset;
  const names = new TextDecoder('utf-8');
  for (let count = 0; count < entryCount; count += 1) {
    if (position + 46 > end || view.getUint32(position, true) !== DIRECTORY_ENTRY) throw damaged();
    const flags = view.getUint16(position + 8, true);
    const method = view.getUint16(position + 10, true);
    const crc32 = view.getUint32(position + 16, true);
    const compressedSize = view.getUint32(position + 20, true);
    const uncompressedSize = view.getUint32(position + 24, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const localHeaderOffset = view.getUint32(position + 42, true);
    const nameEnd = position + 46 + nameLength;
    if (nameEnd > end) throw damaged();
    if ((flags & FLAG_ENCRYPTED) !== 0) throw importReadError('import.protectedOrOldExcel');
    if (compressedSize === ZIP64_MARKER || uncompressedSize === ZIP64_MARKER || localHeaderOffset >= directoryOffset) throw damaged();

    unpackedTotal += uncompressedSize;
    const ratio = uncompressedSize / Math.max(compressedSize, 1);
    if (unpackedTotal > XLSX_UNPACKED_MAX_BYTES || (uncompressedSize >= XLSX_RATIO_CHECK_FROM_BYTES && ratio > XLSX_ENTRY_RATIO_MAX)) {
      throw importReadError('import.xlsxUnpackedTooLarge', { max: XLSX_UNPACKED_MAX_BYTES / (1024 * 1024) });
    }
    const name = names.decode(bytes.subarray(position + 46, nameEnd));
    entries.set(name, { name, method, crc32, compressedSize, uncompressedSize, localHeaderOffset });
    position = nameEnd + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - COMMENT_MAX);
  for (let position = view.byteLength - END_RECORD_SIZE; position >= lowest; position -= 1) {
    if (view.getUint32(position, true) === END_OF_DIRECTORY) return position;
  }
  throw damaged();
}

function damaged() {
  return importReadError('import.xlsxDamaged');
}

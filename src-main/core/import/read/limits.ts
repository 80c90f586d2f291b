/** What one import may hold. The messages quote these numbers, so the user knows what to split. */
// The file size limit lives in the contract, where the window can also check it before sending.
export { IMPORT_FILE_MAX_BYTES } from '../../contract/index.js';
export const IMPORT_ROWS_MAX = 50_000;
export const IMPORT_COLUMNS_MAX = 200;
export const IMPORT_CELL_MAX_CHARS = 5_000;

/**
 * An XLSX is a ZIP: a few megabytes can unpack into gigabytes (a "zip bomb"). The whole
 * workbook may unpack to at most this much, counted from the ZIP directory before anything is
 * inflated, and every entry is inflated with its declared size as a hard ceiling.
 */
export const XLSX_UNPACKED_MAX_BYTES = 100 * 1024 * 1024;
/**
 * Real spreadsheets compress their XML about 5 to 30 times; deflate cannot exceed about 1,030.
 * An entry that claims more than this ratio (and is big enough to matter) is a crafted file.
 */
export const XLSX_ENTRY_RATIO_MAX = 200;
export const XLSX_RATIO_CHECK_FROM_BYTES = 1024 * 1024;

export { readTable, type DetectedEncoding, type ReadTable, type ReadTableOptions } from './read-table.js';
export { IMPORT_CELL_MAX_CHARS, IMPORT_COLUMNS_MAX, IMPORT_FILE_MAX_BYTES, IMPORT_ROWS_MAX, XLSX_UNPACKED_MAX_BYTES } from './limits.js';
export { IMPORT_READ_ERROR_CODES, importReadParams, type ImportReadErrorCode, type ImportReadParams } from './read-error.js';
export { columnLetter } from './column-letter.js';

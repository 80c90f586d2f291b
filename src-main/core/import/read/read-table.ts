import { Cooperative } from './cooperative.js';
import { guessDelimiter, type CsvDelimiter } from './csv-delimiter.js';
import { readCsvRows } from './csv-reader.js';
import { decodeText, type DetectedEncoding } from './decode-text.js';
import { IMPORT_FILE_MAX_BYTES } from './limits.js';
import { hindiWasLost } from './lost-hindi.js';
import { importReadError } from './read-error.js';
import { sniffKind } from './sniff.js';
import { TableBuilder } from './table-builder.js';
import { readXlsx } from './xlsx-reader.js';

export type { DetectedEncoding } from './decode-text.js';

export interface ReadTable {
  format: 'xlsx' | 'csv';
  /** null for xlsx */
  encoding: DetectedEncoding | null;
  /** null for xlsx */
  delimiter: CsvDelimiter | null;
  sheetName: string | null;
  /** One per column, never empty: a blank header is the column letter, a repeated one gets " (2)". */
  headers: string[];
  /** Data rows only, each exactly headers.length trimmed cells; blank rows are dropped. */
  rows: string[][];
  /** The 1-based row number in the file or sheet of each data row, as Excel shows it. */
  rowNumbers: number[];
}

export interface ReadTableOptions {
  onProgress?: (fraction: number) => void;
}

/** Markup saved with a spreadsheet's extension ("Web page", "XML Spreadsheet 2003") is not a table we can read. */
const MARKUP = /^\s*<(?:\?xml|!doctype|html)/i;

/**
 * Reads an XLSX, CSV or tab-separated file into a table of strings, or throws an AppError with
 * an "import.*" code that says, in Hindi, what is wrong and how to save the file properly.
 * The kind of file is judged from its bytes; `fileName` is not trusted for that.
 */
export async function readTable(bytes: Uint8Array, _fileName: string, options: ReadTableOptions = {}): Promise<ReadTable> {
  if (bytes.length > IMPORT_FILE_MAX_BYTES) throw importReadError('import.fileTooLarge', { max: IMPORT_FILE_MAX_BYTES / (1024 * 1024) });
  if (bytes.length === 0) throw importReadError('import.empty');
  const cooperative = new Cooperative(options.onProgress);

  switch (sniffKind(bytes)) {
    case 'ole':
      throw importReadError('import.protectedOrOldExcel');
    case 'binary':
      throw importReadError('import.notSpreadsheet');
    case 'zip': {
      const table = await readXlsx(bytes, cooperative);
      cooperative.progress(1);
      return { format: 'xlsx', encoding: null, delimiter: null, sheetName: table.sheetName, headers: table.headers, rows: table.rows, rowNumbers: table.rowNumbers };
    }
    case 'text': {
      const { text, encoding } = await decodeText(bytes, cooperative);
      if (MARKUP.test(text.slice(0, 256))) throw importReadError('import.notSpreadsheet');
      const delimiter = guessDelimiter(text);
      const builder = new TableBuilder();
      await readCsvRows(text, delimiter, builder, cooperative);
      const body = builder.finish();
      if (hindiWasLost(body)) throw importReadError('import.hindiLost');
      builder.checkRowCount();
      cooperative.progress(1);
      return { format: 'csv', encoding, delimiter, sheetName: null, ...body };
    }
  }
}

import { hasLoneSurrogate, removeInvisibleNoise } from '../../contract/index.js';
import { columnLetter } from './column-letter.js';
import { IMPORT_CELL_MAX_CHARS, IMPORT_COLUMNS_MAX, IMPORT_ROWS_MAX } from './limits.js';
import { cellAt, importReadError } from './read-error.js';

/** The part of a ReadTable that does not depend on the file format. */
export interface TableBody {
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
}

const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Collects the rows of a sheet or CSV file as they are read, and refuses as early as it can:
 * a cell that is too long or holds a broken character, a row wider than the column limit.
 * The first row that is not blank is the header row; later blank rows are dropped.
 */
export class TableBuilder {
  private headerCells: string[] | null = null;
  private readonly rows: string[][] = [];
  private readonly rowNumbers: number[] = [];
  private dataRowCount = 0;
  private width = 0;

  /**
   * `cells` holds at most IMPORT_COLUMNS_MAX + 1 cells; `widthFound` is the 1-based position of
   * the last non-empty cell of the row as found in the file, which may lie beyond them.
   */
  addRow(rowNumber: number, cells: readonly string[], widthFound: number): void {
    // The column named is the first one past the limit, where the user should start deleting.
    if (widthFound > IMPORT_COLUMNS_MAX) throw importReadError('import.tooManyColumns', { max: IMPORT_COLUMNS_MAX, found: widthFound, row: rowNumber, column: columnLetter(IMPORT_COLUMNS_MAX) });
    const cleaned: string[] = [];
    let lastFilled = -1;
    for (let index = 0; index < cells.length && index < IMPORT_COLUMNS_MAX; index += 1) {
      // Sheet rows are sparse: a cell Excel never wrote is a hole in the array.
      const raw = cells[index] ?? '';
      const value = raw === '' ? '' : this.clean(raw, rowNumber, index);
      cleaned.push(value);
      if (value !== '') lastFilled = index;
    }
    if (lastFilled < 0) return;
    cleaned.length = lastFilled + 1;
    this.width = Math.max(this.width, cleaned.length);
    if (this.headerCells === null) {
      this.headerCells = cleaned;
      return;
    }
    this.dataRowCount += 1;
    if (this.dataRowCount > IMPORT_ROWS_MAX) return;
    this.rows.push(cleaned);
    this.rowNumbers.push(rowNumber);
  }

  /** The header and data rows, every row exactly as wide as the widest row of the file. */
  finish(): TableBody {
    if (this.headerCells === null) throw importReadError('import.empty');
    return {
      headers: uniqueHeaders(this.headerCells, this.width),
      rows: this.rows.map((row) => padTo(row, this.width)),
      rowNumbers: this.rowNumbers,
    };
  }

  /** Non-empty rows the reader only counted, because the limit was already reached. */
  countRowsNotKept(count: number): void {
    this.dataRowCount += count;
  }

  /** Call after finish(): refuses a file with more data rows than the limit, saying how many. */
  checkRowCount(): void {
    if (this.dataRowCount > IMPORT_ROWS_MAX) throw importReadError('import.tooManyRows', { max: IMPORT_ROWS_MAX, found: this.dataRowCount });
  }

  /**
   * Cleans a cell the way a form cleans what is typed (the one text rule): Word's line breaks
   * pasted into Excel become line breaks; stray control characters, byte order marks and
   * direction marks go. The rest of the rule (spaces, invisible edges, "only invisible
   * characters") is applied to each imported field by checkText, as in the form, so the row
   * gets the same message the form would give. Only text whose letters are already lost is
   * refused here, since no cleaning could bring them back.
   */
  private clean(raw: string, rowNumber: number, columnIndex: number): string {
    const value = removeInvisibleNoise(raw).trim();
    if (value === '') return value;
    if (value.length > IMPORT_CELL_MAX_CHARS) {
      throw importReadError('import.cellTooLong', { ...this.cellAt(rowNumber, columnIndex), max: IMPORT_CELL_MAX_CHARS, found: value.length });
    }
    if (value.includes(REPLACEMENT_CHARACTER)) throw importReadError('import.replacementCharacter', this.cellAt(rowNumber, columnIndex));
    if (hasLoneSurrogate(value)) throw importReadError('import.brokenCharacter', this.cellAt(rowNumber, columnIndex));
    return value;
  }

  private cellAt(rowNumber: number, columnIndex: number) {
    return cellAt(rowNumber, columnIndex, this.headerCells?.[columnIndex]);
  }
}

function padTo(row: string[], width: number): string[] {
  while (row.length < width) row.push('');
  return row;
}

/** A blank header becomes its column letter; a repeated one gets " (2)", " (3)"… */
export function uniqueHeaders(cells: readonly string[], width: number): string[] {
  const seen = new Set<string>();
  const headers: string[] = [];
  for (let index = 0; index < width; index += 1) {
    const base = cells[index] || columnLetter(index);
    let header = base;
    for (let copy = 2; seen.has(header); copy += 1) header = `${base} (${copy})`;
    seen.add(header);
    headers.push(header);
  }
  return headers;
}

import { columnIndex } from './column-letter.js';
import type { Cooperative } from './cooperative.js';
import type { EntryContent } from './zip-inflate.js';
import { formatIsoDate, formatNumber, formatSerial, type NumberDisplay } from './excel-values.js';
import { IMPORT_COLUMNS_MAX, IMPORT_ROWS_MAX } from './limits.js';
import { importReadError } from './read-error.js';
import { attribute, decodeExcelEscapes, scanXml } from './xml-scan.js';

/** One row of a sheet that has at least one non-empty cell. */
export interface SheetRow {
  rowNumber: number;
  /** Sparse; holds at most IMPORT_COLUMNS_MAX + 1 cells. */
  cells: string[];
  /** 1-based position of the last non-empty cell, even beyond the cells kept. */
  widthFound: number;
}

export interface SheetContent {
  rows: SheetRow[];
  /** Non-empty rows past the ones kept: only counted, so the message can say how many there are. */
  rowsNotKept: number;
  merges: CellRange[];
}

/** 0-based, inclusive. */
export interface CellRange {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export interface SheetContext {
  sharedStrings: readonly string[];
  displays: readonly NumberDisplay[];
  date1904: boolean;
}

/** Enough rows to fill the limit plus the header row; more are only counted. */
const ROWS_KEPT = IMPORT_ROWS_MAX + 1;

/** Reads the cells of one worksheet part as the user sees them (formula results, dates, plain numbers). */
export async function readSheet(xml: EntryContent, context: SheetContext, cooperative: Cooperative, progress: (within: number) => number): Promise<SheetContent> {
  const content: SheetContent = { rows: [], rowsNotKept: 0, merges: [] };
  let row: SheetRow | null = null;
  let lastRowNumber = 0;
  let cell: { column: number; type: string; style: number; value: string[] | null; inline: string[] | null } | null = null;
  let lastColumn = -1;
  let capture: string[] | null = null;
  let phoneticDepth = 0;

  const finishCell = (): void => {
    if (row === null || cell === null) return;
    const value = cellText(cell.type, cell.style, cell.value?.join('') ?? null, cell.inline?.join('') ?? null, context);
    if (value.trim() !== '') {
      row.widthFound = Math.max(row.widthFound, cell.column + 1);
      if (cell.column <= IMPORT_COLUMNS_MAX) row.cells[cell.column] = value;
    }
  };

  await scanXml(xml, {
    open(name, attributes, selfClosing) {
      switch (name) {
        case 'row': {
          const declared = Number(attribute(attributes, 'r'));
          lastRowNumber = Number.isInteger(declared) && declared > 0 ? declared : lastRowNumber + 1;
          row = { rowNumber: lastRowNumber, cells: [], widthFound: 0 };
          lastColumn = -1;
          break;
        }
        case 'c': {
          const reference = attribute(attributes, 'r');
          const column = reference === undefined ? null : columnIndex(/^[A-Z]+/.exec(reference)?.[0] ?? '');
          lastColumn = column ?? lastColumn + 1;
          cell = { column: lastColumn, type: attribute(attributes, 't') ?? 'n', style: Number(attribute(attributes, 's') ?? '0'), value: null, inline: null };
          break;
        }
        case 'v':
          if (cell !== null && !selfClosing) capture = cell.value = [];
          break;
        case 'is':
          if (cell !== null) cell.inline = [];
          break;
        case 'rPh':
          phoneticDepth += 1;
          break;
        case 't':
          if (cell?.inline != null && phoneticDepth === 0 && !selfClosing) capture = cell.inline;
          break;
        case 'mergeCell': {
          const range = parseRange(attribute(attributes, 'ref') ?? '');
          if (range !== null) content.merges.push(range);
          break;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = null;
          break;
        case 'rPh':
          phoneticDepth -= 1;
          break;
        case 'c':
          finishCell();
          cell = null;
          break;
        case 'row':
          if (row !== null && row.widthFound > 0) {
            if (content.rows.length < ROWS_KEPT) content.rows.push(row);
            else content.rowsNotKept += 1;
          }
          row = null;
          break;
      }
    },
    text(text) {
      capture?.push(text);
    },
  }, cooperative, progress);
  return content;
}

function cellText(type: string, style: number, value: string | null, inline: string | null, context: SheetContext): string {
  switch (type) {
    case 's': {
      if (value === null) return '';
      const text = context.sharedStrings[Number(value)];
      if (text === undefined) throw importReadError('import.xlsxDamaged');
      return text;
    }
    case 'inlineStr':
      return decodeExcelEscapes(inline ?? value ?? '');
    case 'str':
      return decodeExcelEscapes(value ?? '');
    case 'b':
      return value === null ? '' : value.trim() === '0' ? 'FALSE' : 'TRUE';
    case 'e':
      return value ?? '';
    case 'd':
      return value === null ? '' : formatIsoDate(value);
    default: {
      if (value === null) return '';
      const display = context.displays[style] ?? 'number';
      return display === 'number' ? formatNumber(value) : formatSerial(value, display, context.date1904);
    }
  }
}

function parseRange(reference: string): CellRange | null {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(reference.replaceAll('$', ''));
  if (match === null) return null;
  const firstColumn = columnIndex(match[1]!);
  const lastColumn = columnIndex(match[3] ?? match[1]!);
  const firstRow = Number(match[2]) - 1;
  const lastRow = Number(match[4] ?? match[2]) - 1;
  if (firstColumn === null || lastColumn === null) return null;
  return { firstRow, lastRow, firstColumn, lastColumn };
}

import type { Cooperative } from './cooperative.js';
import type { CsvDelimiter } from './csv-delimiter.js';
import { IMPORT_COLUMNS_MAX } from './limits.js';
import { cellAt, importReadError } from './read-error.js';
import type { TableBuilder } from './table-builder.js';

const QUOTE = 34;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const TAB = 9;

/**
 * Reads RFC 4180 text the way Excel does: a quoted cell may hold delimiters, line breaks and
 * doubled quotes, and a quote inside an unquoted cell is just a character. Row numbers count
 * records, not lines, because that is the row Excel shows for a cell with a line break in it.
 *
 * Written by hand rather than with papaparse because a refusal must name the row AND column of
 * the broken cell, and because cells beyond the column limit must not all be kept in memory.
 */
export async function readCsvRows(text: string, delimiter: CsvDelimiter, builder: TableBuilder, cooperative: Cooperative): Promise<void> {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let position = 0;
  let rowNumber = 0;
  let firstRow: string[] | undefined;

  while (position < length) {
    rowNumber += 1;
    const cells: string[] = [];
    let fieldIndex = 0;
    let widthFound = 0;
    let rowEnded = false;
    while (!rowEnded) {
      let value: string;
      if (text.charCodeAt(position) === QUOTE) {
        const closing = findClosingQuote(text, position + 1);
        if (closing < 0) throw importReadError('import.unclosedQuote', cellAt(rowNumber, fieldIndex, firstRow?.[fieldIndex]));
        value = text.slice(position + 1, closing).replaceAll('""', '"');
        position = closing + 1;
        // Spaces after the closing quote are forgiven; any other text there means the quotes
        // do not mark what the writer meant, and guessing could shift every later column.
        while (position < length && (text.charCodeAt(position) === SPACE || (text.charCodeAt(position) === TAB && separator !== TAB))) position += 1;
        const next = text.charCodeAt(position);
        if (position < length && next !== separator && next !== LINE_FEED && next !== CARRIAGE_RETURN) {
          throw importReadError('import.textAfterQuote', cellAt(rowNumber, fieldIndex, firstRow?.[fieldIndex]));
        }
      } else {
        const start = position;
        let code = text.charCodeAt(position);
        while (position < length && code !== separator && code !== LINE_FEED && code !== CARRIAGE_RETURN) {
          position += 1;
          code = text.charCodeAt(position);
        }
        value = text.slice(start, position);
      }
      if (fieldIndex <= IMPORT_COLUMNS_MAX) cells.push(value);
      fieldIndex += 1;
      if (value.trim() !== '') widthFound = fieldIndex;

      const next = text.charCodeAt(position);
      if (position < length && next === separator) {
        position += 1;
        continue;
      }
      if (next === CARRIAGE_RETURN) position += text.charCodeAt(position + 1) === LINE_FEED ? 2 : 1;
      else if (next === LINE_FEED) position += 1;
      rowEnded = true;
    }
    builder.addRow(rowNumber, cells, widthFound);
    if (firstRow === undefined && widthFound > 0) firstRow = cells.map((cell) => cell.trim());
    if (cooperative.due()) await cooperative.pause(position / length);
  }
}

/** The index of the quote that closes a quoted cell whose text starts at `from`, or -1. */
function findClosingQuote(text: string, from: number): number {
  let index = from;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote < 0) return -1;
    if (text.charCodeAt(quote + 1) !== QUOTE) return quote;
    index = quote + 2;
  }
}

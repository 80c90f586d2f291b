import { IMPORT_COLUMNS_MAX } from './limits.js';
import type { CellRange, SheetRow } from './xlsx-sheet.js';

/**
 * Excel keeps a merged cell's value only in its top-left cell. What the user sees differs:
 * a header merged across columns ("पता" over C1:D1) names every column under it, and a value
 * merged down a column (one city for a group of people) belongs to every row it spans. A value
 * merged across the columns of a data row is not copied: it would land in unrelated columns.
 */
export function spreadMerges(rows: SheetRow[], merges: readonly CellRange[]): void {
  if (merges.length === 0 || rows.length === 0) return;
  const byIndex = new Map<number, SheetRow>();
  for (const row of rows) byIndex.set(row.rowNumber - 1, row);
  const headerIndex = rows[0]!.rowNumber - 1;
  const lastIndex = rows[rows.length - 1]!.rowNumber - 1;

  for (const merge of merges) {
    const topLeft = byIndex.get(merge.firstRow)?.cells[merge.firstColumn];
    if (topLeft === undefined || topLeft === '') continue;
    const lastColumn = Math.min(merge.lastColumn, IMPORT_COLUMNS_MAX - 1);
    if (merge.firstRow === headerIndex) {
      const header = byIndex.get(headerIndex)!;
      for (let column = merge.firstColumn + 1; column <= lastColumn; column += 1) header.cells[column] ??= topLeft;
      header.widthFound = Math.max(header.widthFound, lastColumn + 1);
      continue;
    }
    for (let index = merge.firstRow + 1; index <= Math.min(merge.lastRow, lastIndex); index += 1) {
      const row = byIndex.get(index);
      // A covered cell that is blank has no row of its own unless something else is in that row.
      if (row !== undefined) row.cells[merge.firstColumn] ??= topLeft;
    }
  }
}

import { judgeKrutiDevCell, krutiDevToUnicode } from '../text/kruti-dev/index.js';

export interface CellConversion {
  text: string;
  /** True when the cell has text that did not look like Kruti Dev and was left as it was. */
  keptAsIs: boolean;
}

/**
 * Converts the cells of a column the user ticked for Kruti Dev, one cell at a time: only a cell
 * that reads as Kruti Dev on its own is converted. A column is ticked on the evidence of most of
 * its cells, and converting the rest would garble them for good: `डॉ. रमेश` becomes `डॉण् रमेश`
 * and `John Mathew` becomes `श्रवीद डंजीमू`. Cells without letters (numbers, dashes) stay as they
 * are without a warning. Each distinct cell is judged once, as lists repeat designations and places.
 */
export class KrutiDevCells {
  private readonly conversions = new Map<string, CellConversion>();

  convert(cell: string): CellConversion {
    const known = this.conversions.get(cell);
    if (known !== undefined) return known;
    const verdict = judgeKrutiDevCell(cell);
    const conversion: CellConversion =
      verdict === 'kruti-dev'
        ? { text: krutiDevToUnicode(cell), keptAsIs: false }
        : { text: cell, keptAsIs: verdict !== 'uninformative' };
    this.conversions.set(cell, conversion);
    return conversion;
  }
}

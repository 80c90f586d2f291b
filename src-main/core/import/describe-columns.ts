import type { ImportColumn } from '../contract/index.js';
import { detectKrutiDev, krutiDevToUnicode } from '../text/kruti-dev/index.js';
import { columnLetter, type ReadTable } from './read/index.js';

/** Enough cells for the Kruti Dev detector to be sure; more only costs time. */
const DETECTION_CELLS = 200;
const SAMPLES_SHOWN = 3;

/** Each column's letter, header, first cells and whether its text looks typed in Kruti Dev. */
export function describeColumns(table: ReadTable): ImportColumn[] {
  return table.headers.map((header, index) => {
    const cells: string[] = [];
    for (const row of table.rows) {
      const cell = row[index] ?? '';
      if (cell !== '') cells.push(cell);
      if (cells.length >= DETECTION_CELLS) break;
    }
    const krutiDev = cells.length > 0 && detectKrutiDev(cells).likely;
    const samples = cells.slice(0, SAMPLES_SHOWN);
    return {
      index,
      letter: columnLetter(index),
      header,
      krutiDev,
      samples,
      convertedSamples: krutiDev ? samples.map(krutiDevToUnicode) : [],
    };
  });
}

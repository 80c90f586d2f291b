import type { ImportColumn } from '../contract/index.js';
import { detectKrutiDev, krutiDevToUnicode } from '../text/kruti-dev/index.js';
import { columnLetter, type ReadTable } from './read/index.js';

/** Enough cells for the Kruti Dev detector to be sure; more only costs time. */
const DETECTION_CELLS = 200;
const SAMPLES_SHOWN = 3;

/**
 * Each column's letter, header, first cells and how sure the detector is that its text is typed
 * in Kruti Dev; the user sees the samples before and after conversion and decides.
 */
export function describeColumns(table: ReadTable): ImportColumn[] {
  return table.headers.map((header, index) => {
    const cells: string[] = [];
    for (const row of table.rows) {
      const cell = row[index] ?? '';
      if (cell !== '') cells.push(cell);
      if (cells.length >= DETECTION_CELLS) break;
    }
    const verdict = detectKrutiDev(cells);
    const krutiDev = verdict.confidence !== 'none';
    const samples = cells.slice(0, SAMPLES_SHOWN);
    return {
      index,
      letter: columnLetter(index),
      header,
      krutiDev,
      krutiDevConfidence: verdict.confidence,
      krutiDevReasons: verdict.reasons,
      samples,
      convertedSamples: krutiDev ? samples.map(krutiDevToUnicode) : [],
    };
  });
}

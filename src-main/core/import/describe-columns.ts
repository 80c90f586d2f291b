import type { ImportColumn } from '../contract/index.js';
import { detectKrutiDev } from '../text/kruti-dev/index.js';
import { KrutiDevCells } from './kruti-dev-cells.js';
import { columnLetter, type ReadTable } from './read/index.js';

const SAMPLES_SHOWN = 3;

/**
 * Each column's letter, header, first cells and how sure the detector is that its text is typed
 * in Kruti Dev; the user sees the samples before and after conversion and decides.
 */
export function describeColumns(table: ReadTable): ImportColumn[] {
  const krutiDevCells = new KrutiDevCells();
  return table.headers.map((header, index) => {
    const cells: string[] = [];
    for (const row of table.rows) {
      const cell = row[index] ?? '';
      if (cell !== '') cells.push(cell);
    }
    // Every cell is judged, not a first few: an English name on row 900 must keep a column from
    // being ticked just as one on row 2 does. The detector reads each distinct cell once.
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
      convertedSamples: krutiDev ? samples.map((sample) => krutiDevCells.convert(sample).text) : [],
    };
  });
}

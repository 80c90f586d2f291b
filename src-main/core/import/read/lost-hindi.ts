import type { TableBody } from './table-builder.js';

const QUESTION_RUN = /\?{2,}/;
/** Enough damaged cells to be sure in a file of any size… */
const DAMAGED_CELLS = 3;
/** …or, in a tiny file, this share of its cells. */
const DAMAGED_SHARE = 0.05;
/** ANSI damage is the same on every row, so the first rows tell, and a big file costs no more. */
const ROWS_LOOKED_AT = 1_000;

/**
 * Excel's plain "CSV" is saved in the ANSI code page, which has no Devanagari: every Hindi letter
 * is written as "?", so "राम कुमार" arrives as "??? ?????". A damaged cell has a run of "?" and
 * is mostly question marks; a remark such as "आएँगे??" is not, however often it occurs.
 */
export function hindiWasLost(body: TableBody): boolean {
  let filled = 0;
  let damaged = 0;
  const look = (cell: string): void => {
    if (cell === '') return;
    filled += 1;
    if (!cell.includes('??') || !QUESTION_RUN.test(cell)) return;
    const letters = cell.replace(/\s/g, '');
    let marks = 0;
    for (const letter of letters) if (letter === '?') marks += 1;
    if (marks * 2 >= letters.length) damaged += 1;
  };
  body.headers.forEach(look);
  for (const row of body.rows.slice(0, ROWS_LOOKED_AT)) row.forEach(look);
  return damaged >= DAMAGED_CELLS || (damaged > 0 && damaged >= filled * DAMAGED_SHARE);
}

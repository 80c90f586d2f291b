import { diffArrays, diffWords } from 'diff';
import type { ReportCompare, ReportDoc } from '../contract/index.js';
import { blockLines } from './plain-text.js';

type Piece = ReportCompare['rows'][number]['left'][number];
type Row = ReportCompare['rows'][number];

/**
 * Two versions of a report side by side, block by block: unchanged blocks face each other,
 * changed blocks are paired and their words marked as removed (left) or added (right).
 * Words are found with Intl.Segmenter, which keeps a Hindi word and its matras together.
 */
export function compareBodies(left: ReportDoc, right: ReportDoc): ReportCompare {
  const segmenter = new Intl.Segmenter('hi', { granularity: 'word' });
  const rows: Row[] = [];
  const chunks = diffArrays(blockLines(left), blockLines(right));
  for (let index = 0; index < chunks.length; index += 1) {
    const chunk = chunks[index];
    if (chunk === undefined) continue;
    if (!chunk.added && !chunk.removed) {
      for (const line of chunk.value) rows.push({ left: [same(line)], right: [same(line)], changed: false });
      continue;
    }
    const next = chunks[index + 1];
    const removed = chunk.removed ? chunk.value : [];
    const added = chunk.added ? chunk.value : next?.added && chunk.removed ? next.value : [];
    if (chunk.removed && next?.added) index += 1;
    const pairs = Math.max(removed.length, added.length);
    for (let pair = 0; pair < pairs; pair += 1) {
      const before = removed[pair];
      const after = added[pair];
      if (before !== undefined && after !== undefined) {
        const parts = diffWords(before, after, { intlSegmenter: segmenter });
        rows.push({
          left: parts.filter((part) => !part.added).map((part) => ({ change: part.removed ? 'removed' : 'same', text: part.value })),
          right: parts.filter((part) => !part.removed).map((part) => ({ change: part.added ? 'added' : 'same', text: part.value })),
          changed: true,
        });
      } else if (before !== undefined) {
        rows.push({ left: [{ change: 'removed', text: before }], right: [], changed: true });
      } else if (after !== undefined) {
        rows.push({ left: [], right: [{ change: 'added', text: after }], changed: true });
      }
    }
  }
  return { rows, changedRows: rows.filter((row) => row.changed).length };
}

function same(text: string): Piece {
  return { change: 'same', text };
}

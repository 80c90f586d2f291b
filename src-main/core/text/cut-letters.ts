/**
 * The longest start of `text` that `fits`, cut between whole letters (grapheme clusters), so a
 * Devanagari consonant never loses its matra or virama at the cut.
 */
export function cutBetweenLetters(text: string, fits: (kept: string) => boolean): string {
  let kept = '';
  for (const { segment } of new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(text)) {
    if (!fits(kept + segment)) break;
    kept += segment;
  }
  return kept;
}

/**
 * The number of pages in a PDF that Chromium wrote, read from its page tree: the root
 * /Pages node's /Count is the total, and it is the largest /Count of any /Pages node when
 * the tree is nested. Chromium (Skia) writes no compressed object streams, so the
 * dictionaries are plain text; anything else is refused rather than guessed at.
 */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const counts = [...text.matchAll(/<<\s*\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((match) => Number(match[1]));
  if (counts.length === 0) throw new Error('No page tree found in the PDF');
  return Math.max(...counts);
}

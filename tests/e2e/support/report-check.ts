import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { textLines } from '../../support/poppler.js';

const run = promisify(execFile);

/** Where the pages of the exported files are kept as PNGs, for a person to look at. */
export const REPORT_PAGES_DIR = fileURLToPath(new URL('../../../test-results/report-worked-examples/', import.meta.url));

/**
 * The report editor's blocks as a reader sees them, in document order: each paragraph or
 * heading outside a table as its text, each table row as its cells joined with " | " (the way
 * the core's plainText writes them), so a test can compare them with REPORT-STYLE.md's lines.
 * The editor's own notes on a data block ("अभिलेख से लिया गया: …") are not part of the text.
 */
export async function editorBlocks(editor: Locator): Promise<string[]> {
  return editor.evaluate((root) =>
    [...root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, tr')]
      .filter((element) => element.tagName === 'TR' || (element.closest('td, th') === null && !element.matches('.report-block__note')))
      .map((element) =>
        element.tagName === 'TR'
          ? [...element.querySelectorAll('td, th')].map((cell) => (cell.textContent ?? '').trim()).join(' | ')
          : (element.textContent ?? '').trim(),
      )
      .filter((text) => text !== ''),
  );
}

/** A paragraph's sentences, each ending in its danda (the last may end without one). */
export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=।)\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * pdftotext guesses word breaks from glyph positions, and in Devanagari it guesses wrong in
 * more places than withoutGuessedSpaces mends: after an anusvara on a top vowel sign in
 * Chromium's PDF ("केंद्रीय" → "कें द्रीय", a 2.65 pt gap beside 3.12 pt real spaces) and after
 * े in LibreOffice's ("लेन-देन" → "लेन-दे न", "पटेल" → "पटे ल"), while the pages themselves,
 * rendered at 300 dpi, show no gap. Such a space cannot be told from a real one by its width,
 * so spaces are left out of the comparison on both sides: every letter, sign, digit and
 * punctuation mark is compared, in order.
 */
function comparable(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A PDF's text layer as one line of text: pdftotext's lines joined by single spaces. */
export async function pdfText(pdf: string): Promise<string> {
  return (await textLines(pdf)).join(' ').replace(/\s+/g, ' ');
}

/**
 * Where each of `sentences` is found in `text`, each after the one before (spaces aside, see
 * comparable); a sentence missing or out of order is reported with the text that follows the
 * previous one, as pdftotext gave it.
 */
export function findInOrder(text: string, sentences: readonly string[]): { missing: string | null; context: string } {
  // The text without spaces, and where in `text` each of its UTF-16 units stands.
  const positions: number[] = [];
  let haystack = '';
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charAt(index);
    if (/\s/.test(unit)) continue;
    positions.push(index);
    haystack += unit;
  }
  let from = 0;
  for (const sentence of sentences) {
    const wanted = comparable(sentence);
    const at = haystack.indexOf(wanted, from);
    if (at < 0) {
      const start = positions[from] ?? text.length;
      return { missing: sentence, context: text.slice(start, start + 300) };
    }
    from = at + wanted.length;
  }
  return { missing: null, context: '' };
}

/** Keeps a copy of the PDF as `<name>.pdf` and its pages as PNGs named `<name>-<page>.png` under REPORT_PAGES_DIR. */
export async function savePagePngs(pdf: string, name: string): Promise<void> {
  await mkdir(REPORT_PAGES_DIR, { recursive: true });
  await copyFile(pdf, join(REPORT_PAGES_DIR, `${name}.pdf`));
  await run('pdftoppm', ['-png', '-r', '80', pdf, join(REPORT_PAGES_DIR, name)]);
}

/** Clicks an export button of the report editor and returns the saved file's path from its notice. */
export async function exportThroughScreen(page: Page, button: 'PDF सहेजें' | 'Word फ़ाइल सहेजें'): Promise<string> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const notice = page.getByText(button === 'PDF सहेजें' ? /^PDF सहेजी गई .*\.pdf$/ : /^फ़ाइल सहेजी गई: .*\.docx$/);
  await notice.waitFor({ timeout: 30_000 });
  return ((await notice.textContent()) ?? '').replace(/^[^:]*: /, '');
}

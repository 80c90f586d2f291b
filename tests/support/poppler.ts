import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What poppler (Debian's PDF tools) reads from a PDF: the same view a reader's PDF app has. */
export async function pageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)$/m.exec(stdout)?.[1]);
}

/**
 * pdftotext guesses word breaks from glyph positions, and after a vowel sign that sits under
 * the middle of क (कु, कृ) it sees a gap and invents a space: "कृष्णा" comes back as "कृ ष्णा".
 * The PDF holds no such space (Chromium writes the text in logical order); only that one
 * guessed space, right after a below-base vowel sign, is taken out again, on both sides.
 */
export function withoutGuessedSpaces(text: string): string {
  return text.replace(/([\u0941-\u0944]) (?=[\u0900-\u097F])/g, '$1');
}

/** The text layer of one page (or all pages), one trimmed line per entry. */
export async function textLines(file: string, page?: number): Promise<string[]> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { stdout } = await run('pdftotext', [...range, '-enc', 'UTF-8', file, '-']);
  return stdout
    .split('\n')
    .map((line) => withoutGuessedSpaces(line.trim()))
    .filter((line) => line !== '');
}

export async function fonts(file: string): Promise<Array<{ name: string; type: string; embedded: string }>> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', ...rest] = line.trim().split(/\s+/);
      // Columns after the name: type words, encoding, then emb sub uni object-id.
      const embedded = rest.at(-5) ?? '';
      return { name, type: line.includes('Type 3') ? 'Type 3' : rest.slice(0, -6).join(' '), embedded };
    });
}

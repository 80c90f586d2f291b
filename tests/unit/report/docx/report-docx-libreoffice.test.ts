import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocx } from '../../../../src-main/core/report/docx/report-docx.js';
import { convertWithLibreOffice, libreOfficeInstalled } from '../../../support/libreoffice.js';
import { pageCount, textLines } from '../../../support/poppler.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { longDoc, MEMBER_COLUMN, OPENING_SENTENCE, ORGANISATION, sampleInput } from './sample-report.js';

const CONVERSION_TIMEOUT_MS = 120_000;
const run = promisify(execFile);

// CI installs libreoffice-writer-nogui; a developer machine without it skips only these checks.
describe.skipIf(!(await libreOfficeInstalled()))('reportDocx opened by LibreOffice', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('sachiv-report-docx-'));
  });
  afterAll(async () => {
    await cleanup();
  });

  async function pdfOf(name: string, bytes: Uint8Array): Promise<string> {
    const docxPath = join(dir, `${name}.docx`);
    await writeFile(docxPath, bytes);
    return convertWithLibreOffice(docxPath, dir);
  }

  it(
    'shows the Hindi in logical order, the organisation on top and "पृष्ठ 1 / N" below',
    async () => {
      const pdf = await pdfOf('sample', await reportDocx(sampleInput()));
      const pages = await pageCount(pdf);
      const firstPage = await textLines(pdf, 1);
      // In its layout mode pdftotext guesses a space inside the bold, centred "प्रदेश" of the
      // header; its raw mode reads that line as written.
      expect((await rawTextLines(pdf, 1))[0]).toBe(ORGANISATION);
      expect(firstPage).toContain(OPENING_SENTENCE);
      expect(firstPage).toContain('प्रांतीय प्रशिक्षण कार्यशाला का प्रतिवेदन');
      expect(firstPage).toContain('1. पहला उप-बिंदु');
      expect(firstPage).toContain('3. तीसरा निर्णय');
      expect(firstPage.at(-1)).toBe(`पृष्ठ 1 / ${pages}`);
      const all = (await textLines(pdf)).join('\n');
      expect(all).toContain('श्रीमती कृष्णा शर्मा');
      expect(all).toContain('कोई सदस्य अनुपस्थित नहीं');
      expect(all).toContain('(राजेन्द्र वर्मा)');
    },
    CONVERSION_TIMEOUT_MS,
  );

  it(
    "repeats a long data block's header row on every page it runs onto",
    async () => {
      const pdf = await pdfOf('long', await reportDocx(sampleInput({ doc: longDoc() })));
      const pages = await pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(18);
      const pageTexts = await Promise.all(Array.from({ length: pages }, (_, index) => textLines(pdf, index + 1)));
      const captionPage = pageTexts.findIndex((lines) => lines.includes('उपस्थित सदस्य'));
      expect(captionPage).toBeGreaterThan(0);
      expect(captionPage).toBeLessThan(pages - 3);
      pageTexts.forEach((lines, index) => {
        const headerRows = lines.filter((line) => line.includes(MEMBER_COLUMN));
        expect(headerRows, `page ${index + 1}`).toHaveLength(index >= captionPage ? 1 : 0);
        expect(lines.at(-1)).toBe(`पृष्ठ ${index + 1} / ${pages}`);
      });
      expect(pageTexts.at(-1)?.join('\n')).toContain('प्रतिभागी क्रमांक 300');
    },
    CONVERSION_TIMEOUT_MS,
  );
});

async function rawTextLines(pdf: string, page: number): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-raw', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdf, '-']);
  return stdout.split('\n').filter((line) => line.trim() !== '');
}

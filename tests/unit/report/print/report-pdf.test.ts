import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportBlock, ReportDoc } from '../../../../src-main/core/contract/report-document.js';
import type { PdfJob } from '../../../../src-main/core/print/printer.js';
import { reportPrintJob, type ReportPrintInput } from '../../../../src-main/core/report/print/report-print-job.js';
import { lazyChromiumPrinter } from '../../../support/chromium-printer.js';
import { fonts, pageCount, textLines } from '../../../support/poppler.js';
import { printToFile as printJobToFile } from '../../../support/print-to-file.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { hardBreak, heading, hindiReport, MEMBER_COLUMNS, ORGANISATION, paragraph, SENTENCES, text } from './report-fixtures.js';

const input: ReportPrintInput = { doc: hindiReport(), title: 'प्रांतीय प्रशिक्षण कार्यशाला का प्रतिवेदन', organisationName: ORGANISATION, language: 'hi', digits: 'devanagari' };

/** 560 member rows take about 20 pages of A4 portrait. */
const LONG_MEMBER_COUNT = 560;

const printer = lazyChromiumPrinter();
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  temp = await makeTempDir('sachiv-report-print-');
});
afterAll(async () => {
  await printer.close();
  await temp?.cleanup();
});

const printToFile = (job: PdfJob, name: string) => printJobToFile(printer, job, temp.dir, name);

describe('a short Hindi report as PDF', () => {
  let file: string;
  beforeAll(async () => {
    file = await printToFile(reportPrintJob(input), 'report');
  });

  it('gives back the Hindi sentences whole and in the order they were written', async () => {
    const lines = await textLines(file);
    const order = [
      'प्रांतीय प्रशिक्षण कार्यशाला का प्रतिवेदन',
      SENTENCES[0],
      'मुख्य बिंदु',
      'सदस्यता अभियान की समीक्षा',
      '१. पहला निर्णय',
      '२. दूसरा निर्णय',
      SENTENCES[1],
      'प्रथम सत्र',
      'उपस्थित सदस्य',
      SENTENCES[2],
      'स्थान: भोपाल',
      'दिनांक: 12 मार्च 2026',
    ].map((expected) => {
      const index = lines.indexOf(expected ?? '');
      expect(index, expected).toBeGreaterThanOrEqual(0);
      return index;
    });
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('prints the signature with the name in brackets and the designation', async () => {
    const lines = await textLines(file);
    expect(lines).toEqual(expect.arrayContaining(['(श्रीमती कृष्णा शर्मा)', 'सचिव']));
  });

  it('heads the page with the organisation and numbers it in Devanagari digits', async () => {
    expect(await pageCount(file)).toBe(1);
    const lines = await textLines(file, 1);
    expect(lines[0]).toBe(ORGANISATION);
    expect(lines.at(-1)).toBe('पृष्ठ १ / १');
  });

  it('embeds only the bundled Noto Sans Devanagari, regular and bold, and no Type 3 font', async () => {
    const list = await fonts(file);
    expect(list.length).toBeGreaterThan(0);
    for (const font of list) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansDevanagari-(Regular|Bold)$/);
      expect(font.type).not.toBe('Type 3');
      expect(font.embedded).toBe('yes');
    }
    expect(list.some((font) => font.name.endsWith('-Bold'))).toBe(true);
  });

  it('prints in English with English labels and page numbers', async () => {
    const english = await printToFile(reportPrintJob({ ...input, language: 'en', digits: 'latin' }), 'report-en');
    expect(await textLines(english)).toEqual(expect.arrayContaining(['Place: भोपाल', 'Date: 12 मार्च 2026', 'Page 1 of 1', '1. पहला निर्णय']));
  });
});

describe('a long report as PDF', () => {
  let file: string;
  let pages: number;
  beforeAll(async () => {
    file = await printToFile(reportPrintJob({ ...input, doc: hindiReport(LONG_MEMBER_COUNT), digits: 'latin' }), 'report-long');
    pages = await pageCount(file);
  });

  it('runs to about twenty pages, each headed by the organisation and numbered "पृष्ठ X / Y"', async () => {
    expect(pages).toBeGreaterThanOrEqual(15);
    expect(pages).toBeLessThanOrEqual(30);
    for (const page of [1, Math.ceil(pages / 2), pages]) {
      const lines = await textLines(file, page);
      expect(lines[0], `page ${page}`).toBe(ORGANISATION);
      expect(lines.at(-1), `page ${page}`).toBe(`पृष्ठ ${page} / ${pages}`);
    }
  });

  it('repeats the data block’s column headings at the top of later pages', async () => {
    for (const page of [2, Math.ceil(pages / 2), pages - 1]) {
      const lines = await textLines(file, page);
      expect(lines.slice(1, 1 + MEMBER_COLUMNS.length), `page ${page}`).toEqual(MEMBER_COLUMNS);
    }
  });

  it('prints every member row once and ends with the signature', async () => {
    const lines = await textLines(file);
    const members = lines.filter((line) => /^सदस्य \d+$/.test(line));
    expect(members).toHaveLength(LONG_MEMBER_COUNT);
    expect(members.at(-1)).toBe(`सदस्य ${LONG_MEMBER_COUNT}`);
    expect(await textLines(file, pages)).toContain('(श्रीमती कृष्णा शर्मा)');
  });
});

describe('page breaks', () => {
  /**
   * A paragraph of n lines pushes the heading after it down one line at a time, so over ten
   * consecutive lengths the heading lands at least once where it would fit on the page but the
   * paragraph under it would not.
   */
  it('never leaves a heading alone at the foot of a page', async () => {
    const nextSentence = SENTENCES[2] ?? '';
    for (let lines = 30; lines < 40; lines += 1) {
      const filler: ReportBlock = { type: 'paragraph', content: Array.from({ length: lines }, (_, index) => [text(`पंक्ति ${index + 1}`), hardBreak]).flat() };
      const doc: ReportDoc = { type: 'doc', content: [filler, heading(2, 'अगला विषय'), paragraph(nextSentence)] };
      const file = await printToFile(reportPrintJob({ ...input, doc, digits: 'latin' }), `report-break-${lines}`);
      const pageOfHeading = await pageContaining(file, 'अगला विषय');
      expect(await pageContaining(file, nextSentence), `${lines} lines before the heading`).toBe(pageOfHeading);
    }
  });
});

async function pageContaining(file: string, line: string): Promise<number> {
  const pages = await pageCount(file);
  for (let page = 1; page <= pages; page += 1) if ((await textLines(file, page)).includes(line)) return page;
  return -1;
}

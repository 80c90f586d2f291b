import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportBlock } from '../../../../src-main/core/contract/report-document.js';
import { reportDocx } from '../../../../src-main/core/report/docx/report-docx.js';
import { convertWithLibreOffice, libreOfficeInstalled } from '../../../support/libreoffice.js';
import { withoutGuessedSpaces } from '../../../support/poppler.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { readDocxParts, textOf } from './docx-parts.js';
import { sampleInput } from './sample-report.js';

const CONVERSION_TIMEOUT_MS = 120_000;
const run = promisify(execFile);

/** The attendance table of the report where "कर्मचारी" and "कुल" went missing, total row last. */
const CATEGORY_COLUMNS = ['श्रेणी', 'आमंत्रित', 'उपस्थित', 'अनुपस्थित'];
const CATEGORY_ROWS = [
  ['पदाधिकारी', '4', '3', '1'],
  ['सदस्य', '20', '18', '2'],
  ['अतिथि', '5', '5', '0'],
  ['कर्मचारी', '3', '3', '0'],
  ['कुल', '32', '29', '3'],
];
const CATEGORIES = CATEGORY_ROWS.map(([category = '']) => category);
const ATTEMPT = 'प्रयास';

/**
 * Where each attempt's table starts: this much space above the line that opens its page. Over
 * this range the table's caption, header and first row come down to the foot of an A4 page: the
 * first attempts break the table right after its first row, later ones move it whole to the next
 * page. LibreOffice lost rows only when the page ended within about half a point (10 twips) of
 * where the header and a row just fit, so the attempts are 5 twips apart.
 */
const OFFSETS_TWIPS = Array.from({ length: 121 }, (_, index) => 12_900 + index * 5);

const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const attendanceBlock = (rows: string[][]): ReportBlock => ({
  type: 'dataBlock',
  attrs: {
    source: 'attendanceByCategory',
    caption: 'श्रेणीवार उपस्थिति',
    columns: CATEGORY_COLUMNS,
    rows,
    emptyText: '',
    refreshedAt: '2026-03-12T10:00:00.000Z',
  },
});

/** The same table as the secretary would draw it in the editor, header cells on top. */
const drawnTable: ReportBlock = {
  type: 'table',
  content: [
    { type: 'tableRow', content: CATEGORY_COLUMNS.map((text) => ({ type: 'tableHeader' as const, content: [paragraph(text)] })) },
    ...CATEGORY_ROWS.map((row) => ({ type: 'tableRow' as const, content: row.map((text) => ({ type: 'tableCell' as const, content: [paragraph(text)] })) })),
  ],
};

/** How one attempt came out of LibreOffice: pages are counted from the page its line is on. */
interface Attempt {
  offset: number;
  /** The first-column text of every body row found, in the order read. */
  rows: string[];
  /** The page each of those rows is on. */
  rowPages: number[];
  /** The pages that show the header row. */
  headerPages: number[];
}

/**
 * A report of attempts, each on a page of its own: a line "प्रयास N", then the table. The
 * report itself has no way to put a given amount of space above a paragraph, so the Word file
 * gets it afterwards: each attempt's line is given that space, and a page break before it. The
 * tables themselves are left exactly as reportDocx wrote them.
 */
async function attemptsReport(table: ReportBlock): Promise<Uint8Array> {
  const content = OFFSETS_TWIPS.flatMap((_, index) => [paragraph(`${ATTEMPT} ${index + 1}`), table]);
  const zip = await JSZip.loadAsync(await reportDocx(sampleInput({ doc: { type: 'doc', content } })));
  const part = zip.file('word/document.xml');
  if (part === null) throw new Error('The package has no word/document.xml');
  let attempt = 0;
  const placed = (await part.async('string')).replace(/<w:p(?=[\s>])[^>]*>[\s\S]*?<\/w:p>/g, (xml) => {
    if (!textOf(xml).startsWith(`${ATTEMPT} `)) return xml;
    if (!xml.includes('<w:spacing ')) throw new Error(`An attempt's line has no spacing to extend: ${xml}`);
    const offset = OFFSETS_TWIPS[attempt] ?? 0;
    // pageBreakBefore comes before spacing in a paragraph's properties, as the schema orders them.
    const pageBreak = attempt === 0 ? '' : '<w:pageBreakBefore/>';
    attempt += 1;
    return xml.replace('<w:spacing ', `${pageBreak}<w:spacing w:before="${offset}" `);
  });
  if (attempt !== OFFSETS_TWIPS.length) throw new Error(`Placed ${attempt} of ${OFFSETS_TWIPS.length} attempts`);
  zip.file('word/document.xml', placed);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Every page's trimmed lines, from one pdftotext run (it ends each page with a form feed). */
async function pagesOf(pdf: string): Promise<string[][]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('\f')
    .map((page) => page.split('\n').map((line) => withoutGuessedSpaces(line.trim())).filter((line) => line !== ''));
}

function attemptsIn(pages: string[][]): Attempt[] {
  const attempts: Attempt[] = [];
  let firstPage = 0;
  pages.forEach((lines, page) => {
    for (const line of lines) {
      const opening = new RegExp(`^${ATTEMPT} (\\d+)$`).exec(line);
      if (opening !== null) {
        attempts.push({ offset: OFFSETS_TWIPS[Number(opening[1]) - 1] ?? -1, rows: [], rowPages: [], headerPages: [] });
        firstPage = page;
        continue;
      }
      const current = attempts.at(-1);
      const cell = firstCell(line);
      if (current !== undefined && CATEGORIES.includes(cell)) {
        current.rows.push(cell);
        current.rowPages.push(page - firstPage);
      } else if (current !== undefined && cell === CATEGORY_COLUMNS[0]) {
        current.headerPages.push(page - firstPage);
      }
    }
  });
  return attempts;
}

/** A line's first word: a table row's first cell, or the whole of that cell's line. */
function firstCell(line: string): string {
  return line.split(/\s+/)[0] ?? '';
}

// Checked in the file itself too, so a machine without LibreOffice still notices the mark coming back.
it('marks no table row of the Word file "can\'t split", which is what made LibreOffice lose rows, and keeps the header rows', async () => {
  const { document } = await readDocxParts(await reportDocx(sampleInput({ doc: { type: 'doc', content: [attendanceBlock(CATEGORY_ROWS), drawnTable] } })));
  expect(document).not.toContain('<w:cantSplit');
  expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(2);
});

describe('a Word report whose table runs over a page break, opened by LibreOffice', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    // .ci/run installs LibreOffice, as the other Word tests need; without it this check cannot be made, and says so.
    expect(await libreOfficeInstalled(), 'LibreOffice (libreoffice-writer-nogui) is needed to check the Word file').toBe(true);
    ({ dir, cleanup } = await makeTempDir('sachiv-docx-page-break-'));
  });
  afterAll(async () => {
    await cleanup();
  });

  async function attemptsOf(name: string, table: ReportBlock): Promise<Attempt[]> {
    const docxPath = join(dir, `${name}.docx`);
    await writeFile(docxPath, await attemptsReport(table));
    return attemptsIn(await pagesOf(await convertWithLibreOffice(docxPath, dir)));
  }

  it.each([
    ['a data block', 'data-block', attendanceBlock(CATEGORY_ROWS)],
    ['a table the secretary drew', 'drawn', drawnTable],
  ])(
    'shows every row of %s, "कर्मचारी" and "कुल" included, wherever near the foot of a page the table starts',
    async (_kind, name, table) => {
      const attempts = await attemptsOf(name, table);
      // Every row, in order, in every attempt: a lost row shows here with the offset that lost it.
      expect(attempts.map((attempt) => `${attempt.offset}: ${attempt.rows.join(', ')}`)).toEqual(
        OFFSETS_TWIPS.map((offset) => `${offset}: ${CATEGORIES.join(', ')}`),
      );
      // The attempts did cross the place where LibreOffice lost rows: some tables broke right
      // after their first row, and later ones moved whole to the next page. If the page's
      // layout ever changes enough to miss that place, this says so instead of passing blindly.
      const brokenAfterFirstRow = attempts.findLast((attempt) => attempt.rowPages.join() === '0,1,1,1,1');
      expect(brokenAfterFirstRow, 'an attempt whose table breaks right after its first row').toBeDefined();
      const movedWhole = attempts.filter((attempt) => attempt.offset > (brokenAfterFirstRow?.offset ?? 0) && attempt.rowPages.every((page) => page === 1));
      expect(movedWhole.length, 'a later attempt whose table starts on the next page').toBeGreaterThan(0);
      // A table that runs onto the next page repeats its header row there.
      for (const attempt of attempts.filter((each) => new Set(each.rowPages).size > 1)) {
        expect(attempt.headerPages, `offset ${attempt.offset}`).toEqual([0, 1]);
      }
    },
    CONVERSION_TIMEOUT_MS,
  );

  it(
    'shows all 70 rows of a long table and its total, in order, over the pages it runs onto, with the header on each',
    async () => {
      const names = Array.from({ length: 70 }, (_, index) => `सदस्य ${index + 1}`);
      const rows = [...names.map((name) => [name, '1', '1', '0']), ['कुल', '70', '70', '0']];
      const doc = {
        type: 'doc' as const,
        content: [
          ...Array.from({ length: 20 }, (_, index) => paragraph(`${index + 1}. कार्यशाला में सहकारी समितियों के लेखा-जोखा पर चर्चा हुई।`)),
          attendanceBlock(rows),
        ],
      };
      const docxPath = join(dir, 'long.docx');
      await writeFile(docxPath, await reportDocx(sampleInput({ doc })));
      const pages = await pagesOf(await convertWithLibreOffice(docxPath, dir));
      const rowsOf = (lines: string[]): string[] =>
        lines.flatMap((line) => /^(सदस्य \d+|कुल)(?=\s|$)/.exec(line)?.[1] ?? []);
      expect(pages.flatMap(rowsOf)).toEqual([...names, 'कुल']);
      const tablePages = pages.filter((lines) => rowsOf(lines).length > 0);
      expect(tablePages.length).toBeGreaterThanOrEqual(2);
      expect(rowsOf(tablePages.at(-1) ?? [])).toContain('कुल');
      for (const lines of tablePages) expect(lines.filter((line) => firstCell(line) === CATEGORY_COLUMNS[0])).toHaveLength(1);
    },
    CONVERSION_TIMEOUT_MS,
  );
});

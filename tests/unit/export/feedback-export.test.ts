import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveFileRequest } from '../../../src-main/core/index.js';
import { neutraliseFormula, safeFileName } from '../../../src-main/core/export/spreadsheet-safety.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

const TEXTS = [
  'कार्यशाला बहुत उपयोगी रही; संकल्प संख्या 21-एनक्यू/टीडब्ल्यू की भावना स्पष्ट हुई।',
  '=HYPERLINK("http://evil.example","क्लिक करें")',
  '+91 98765 43210 पर संपर्क करें',
  '-2 अंक कम हैं',
  '@SUM(A1:A2)',
  '\tटैब से शुरू',
  'पंक्ति एक\nपंक्ति दो, "उद्धरण" सहित',
];

let h: CoreHarness;
let programmeId: string;
let requests: SaveFileRequest[];
let answer: string | null;

beforeEach(async () => {
  requests = [];
  h = await openHarness({
    pickSaveFile: async (request) => {
      requests.push(request);
      return answer;
    },
  });
  answer = join(h.dataDir, 'export-out');
  programmeId = (await h.ok('programmes:create', { programme: { title: 'प्रांतीय कार्यशाला', kindId: 'kind-workshop', days: [{ date: '2024-04-17' }] } })).id;
  const person = await h.ok('people:create', { person: { name: 'गुयेन हू लोंग' } });
  await h.ok('feedback:addMany', {
    programmeId,
    entries: TEXTS.map((text, index) => ({
      text,
      categoryId: index % 2 === 0 ? 'feedback-affirmation' : 'feedback-proposals',
      source: index === 0 ? { kind: 'person', personId: person.id } : index === 1 ? { kind: 'unit', name: 'ब्लॉक समिति' } : { kind: 'anonymous' },
      channel: index === 2 ? 'oral' : 'written',
      receivedOn: index === 0 ? '2024-04-17' : null,
    })),
  });
});
afterEach(async () => {
  await h.cleanup();
});

describe('feedback export', () => {
  it('writes an Excel file with Hindi intact, numbers as numbers and no formula anywhere', async () => {
    const result = await h.ok('feedback:export', { programmeId, format: 'xlsx' });
    expect(requests).toEqual([{ suggestedName: 'टिप्पणियाँ - प्रांतीय कार्यशाला.xlsx', format: 'xlsx' }]);
    expect(result).toEqual({ path: `${answer}.xlsx` });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(`${answer}.xlsx`)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('टिप्पणियाँ');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'क्रम', 'प्राप्ति दिनांक', 'श्रेणी', 'किसकी ओर से', 'माध्यम', 'टिप्पणी', 'कार्रवाई की स्थिति', 'उत्तर / कार्रवाई']);
    const first = sheet?.getRow(2);
    expect(first?.getCell(1).value).toBe(1);
    expect(first?.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(first?.getCell(2).value).toEqual(new Date('2024-04-17T00:00:00Z'));
    expect(first?.getCell(3).value).toBe('पुष्टि/समर्थन');
    expect(first?.getCell(4).value).toBe('गुयेन हू लोंग');
    expect(sheet?.getRow(3).getCell(4).value).toBe('ब्लॉक समिति');
    expect(sheet?.getRow(4).getCell(5).value).toBe('मौखिक');
    expect(sheet?.getRow(5).getCell(4).value).toBe('अनाम');
    const stored = (await h.ok('feedback:list', { programmeId })).items.map((item) => item.text);
    expect(stored).toHaveLength(TEXTS.length);
    for (const [index, text] of stored.entries()) {
      const cell = sheet?.getRow(index + 2).getCell(6);
      expect(cell?.value, `row ${index + 2}`).toBe(text);
      expect(cell?.type, `row ${index + 2} is plain text, not a formula`).toBe(ExcelJS.ValueType.String);
    }
  });

  it('writes a CSV that Excel opens as UTF-8, with formula triggers neutralised', async () => {
    await h.ok('feedback:export', { programmeId, format: 'csv' });
    const bytes = await readFile(`${answer}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const parsed = Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header?.[5]).toBe('टिप्पणी');
    expect(rows).toHaveLength(TEXTS.length);
    expect(rows.map((row) => row[0])).toEqual(TEXTS.map((_, index) => String(index + 1)));
    expect(rows[0]?.[1]).toBe('2024-04-17');
    const stored = (await h.ok('feedback:list', { programmeId })).items.map((item) => item.text);
    expect(rows.map((row) => row[5])).toEqual(stored.map((text) => (/^[=+\-@]/.test(text) ? `'${text}` : text)));
    expect(rows[1]?.[5]).toBe(`'${TEXTS[1]}`);
    expect(rows.every((row) => !/^[=+\-@\t\r]/.test(row[5] ?? ''))).toBe(true);
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    answer = null;
    expect(await h.ok('feedback:export', { programmeId, format: 'csv' })).toBeNull();
  });

  it('reports a folder it cannot write to in Hindi terms and leaves no file', async () => {
    answer = join(h.dataDir, 'no-such-folder', 'out.xlsx');
    const reply = await h.call('feedback:export', { programmeId, format: 'xlsx' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'export.writeFailed', details: { path: answer } } });
  });

  it('refuses an unknown programme', async () => {
    expect(await h.call('feedback:export', { programmeId: 'no-such-programme', format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'programmes.notFound' },
    });
    expect(requests).toEqual([]);
  });
});

describe('spreadsheet safety', () => {
  it('neutralises every character that starts a formula, and nothing else', () => {
    expect(['=1+1', '+1', '-1', '@A1', '\tx', '\rx'].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx"]);
    expect(neutraliseFormula('सामान्य = पाठ')).toBe('सामान्य = पाठ');
  });

  it('keeps Hindi in file names and drops what Windows forbids', () => {
    expect(safeFileName('टिप्पणियाँ - बैठक: 17/04 "विशेष"?')).toBe('टिप्पणियाँ - बैठक 17 04 विशेष');
    expect(safeFileName('...')).toBe('export');
  });

  it('makes any report title a safe file name: no "..", device names, colons or control characters, at most 200 bytes', () => {
    expect(safeFileName('../../प्रतिवेदन\u0000: 17.04.2024')).toBe('प्रतिवेदन 17.04.2024');
    expect(safeFileName('..\\..\\Windows\\System32')).toBe('Windows System32');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('com1.txt')).toBe('_com1.txt');
    expect(safeFileName('aux')).toBe('_aux');
    const long = safeFileName('कार्यशाला का प्रतिवेदन '.repeat(40));
    expect(Buffer.byteLength(`${long}.sachiv-backup`)).toBeLessThanOrEqual(200);
    // Cut between whole letters: the name never ends in a lone matra or virama.
    expect(long).toMatch(/[\u0915-\u0939\u093E-\u094C\u0902]$/);
    expect(long.startsWith('कार्यशाला का प्रतिवेदन')).toBe(true);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../src-main/core/import/read/index.js';

const HEADERS = ['नाम', 'पिता का नाम', 'पता', 'शहर', 'फ़ोन', 'ईमेल', 'पद', 'टिप्पणी'];
const person = (index: number): (string | number)[] => [`राम कुमार ${index}`, `श्याम लाल ${index % 97}`, `गली संख्या ${index}, मोहल्ला`, 'भोपाल', 9876500000 + index, `a${index}@example.in`, 'सदस्य', 'कोई टिप्पणी नहीं'];

function csvOf(count: number): Uint8Array {
  const text = [HEADERS, ...Array.from({ length: count }, (_, index) => person(index))].map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\r\n');
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}

async function xlsxOf(count: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('लोग');
  sheet.addRow(HEADERS);
  for (let index = 0; index < count; index += 1) sheet.addRow(person(index));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Reads the file while a 1 ms timer records the longest time the event loop could not run it. */
async function readWithProbe(bytes: Uint8Array) {
  let last = performance.now();
  let longestBlock = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestBlock = Math.max(longestBlock, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  const table = await readTable(bytes, 'लोग');
  const took = performance.now() - started;
  longestBlock = Math.max(longestBlock, performance.now() - last);
  clearInterval(timer);
  return { table, took, longestBlock };
}

// The goal is no block over ~100 ms; the bound here is looser because other processes may share
// the machine, but a reader that parses 25,000 rows in one go (as exceljs's in-memory load does,
// about 320 ms for 10,000 rows) blocks far longer and fails it.
const BLOCK_BOUND_MS = 400;
const MANY = 25_000;

describe('reading many people', () => {
  for (const [format, build] of [
    ['CSV', async (count: number) => csvOf(count)],
    ['XLSX', xlsxOf],
  ] as const) {
    it(`reads 10,000 people from ${format} in well under 2 seconds`, async () => {
      const { table, took } = await readWithProbe(await build(10_000));
      expect(table.rows).toHaveLength(10_000);
      expect(table.rows[9_999]).toEqual(person(9_999).map(String));
      expect(took).toBeLessThan(2_000);
    });

    it(`keeps the event loop turning while it reads ${MANY} people from ${format}`, async () => {
      const { table, longestBlock } = await readWithProbe(await build(MANY));
      expect(table.rows).toHaveLength(MANY);
      expect(longestBlock).toBeLessThan(BLOCK_BOUND_MS);
    });
  }
});

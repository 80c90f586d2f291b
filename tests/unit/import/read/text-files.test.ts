import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src-main/core/errors.js';
import { importReadParams, readTable, type ReadTable } from '../../../../src-main/core/import/read/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const withBom = (bom: number[], body: Uint8Array): Uint8Array => new Uint8Array([...bom, ...body]);
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const bytes = Buffer.from(text, 'utf16le');
  bytes.swap16();
  return new Uint8Array(bytes);
};
const windows1252 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

async function refusal(bytes: Uint8Array): Promise<{ code: string; params: Record<string, string | number> }> {
  const outcome = await readTable(bytes, 'सूची.csv').then(
    (table) => table,
    (error: unknown) => error,
  );
  if (!(outcome instanceof AppError)) throw new Error(`expected a refusal, got ${JSON.stringify(outcome).slice(0, 200)}`);
  return { code: outcome.code, params: importReadParams(outcome) };
}

function noReplacementCharacters(table: ReadTable): void {
  for (const cell of [...table.headers, ...table.rows.flat()]) expect(cell).not.toContain('\uFFFD');
}

const HINDI_CSV = 'नाम,पिता का नाम,फ़ोन\r\nराम कुमार,श्याम लाल,9876543210\r\nसीता देवी,"गोपाल, शर्मा",९८७६५४३२१०\r\n';

describe('the kind of file is judged from its bytes', () => {
  it('refuses a password-protected XLSX or an old .xls (both are OLE compound files) with one message', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    expect((await refusal(ole)).code).toBe('import.protectedOrOldExcel');
  });

  it('refuses PDFs, pictures, random bytes and NUL-filled files as "not a spreadsheet", whatever their name', async () => {
    const pdf = utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff);
    const nuls = new Uint8Array(4096);
    const html = utf8('<html><body><table><tr><td>नाम</td></tr></table></body></html>');
    for (const bytes of [pdf, png, random, nuls, html]) expect((await refusal(bytes)).code).toBe('import.notSpreadsheet');
  });

  it('refuses an empty file and a file of blank lines', async () => {
    expect((await refusal(new Uint8Array())).code).toBe('import.empty');
    expect((await refusal(utf8(' , ,\r\n\r\n\t\r\n'))).code).toBe('import.empty');
  });
});

describe('encodings', () => {
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8 without BOM', utf8(HINDI_CSV), 'utf-8'],
    ['UTF-8 with BOM ("CSV UTF-8")', withBom([0xef, 0xbb, 0xbf], utf8(HINDI_CSV)), 'utf-8-bom'],
    ['UTF-16LE with BOM', withBom([0xff, 0xfe], utf16le(HINDI_CSV)), 'utf-16le-bom'],
    ['UTF-16LE without BOM', utf16le(HINDI_CSV), 'utf-16le'],
    ['UTF-16BE with BOM', withBom([0xfe, 0xff], utf16be(HINDI_CSV)), 'utf-16be-bom'],
    ['UTF-16BE without BOM', utf16be(HINDI_CSV), 'utf-16be'],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(`reads Hindi from ${name}`, async () => {
      const table = await readTable(bytes, 'x.csv');
      expect(table).toMatchObject({ format: 'csv', encoding, delimiter: ',', sheetName: null });
      expect(table.headers).toEqual(['नाम', 'पिता का नाम', 'फ़ोन']);
      expect(table.rows).toEqual([
        ['राम कुमार', 'श्याम लाल', '9876543210'],
        ['सीता देवी', 'गोपाल, शर्मा', '९८७६५४३२१०'],
      ]);
      noReplacementCharacters(table);
    });
  }

  it('reads Excel\'s "Unicode Text" (UTF-16LE with BOM, tab-separated)', async () => {
    const table = await readTable(withBom([0xff, 0xfe], utf16le('नाम\tपता\r\nराम\t"गली 4, भोपाल"\r\n')), 'x.txt');
    expect(table).toMatchObject({ encoding: 'utf-16le-bom', delimiter: '\t', headers: ['नाम', 'पता'], rows: [['राम', 'गली 4, भोपाल']] });
  });

  it('reads a Western "ANSI" file as Windows-1252, with no replacement characters', async () => {
    const table = await readTable(windows1252('Name,City\r\nJosé Müller,Zürich\r\nRené,Köln\r\n'), 'x.csv');
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows).toEqual([
      ['José Müller', 'Zürich'],
      ['René', 'Köln'],
    ]);
    noReplacementCharacters(table);
  });

  it('refuses a truncated UTF-16 file instead of inventing a character', async () => {
    const truncated = withBom([0xff, 0xfe], utf16le('नाम\r\nराम\r\n')).subarray(0, 13);
    expect((await refusal(truncated)).code).toBe('import.unreadableText');
  });

  it('refuses a cell that already holds U+FFFD, naming its row and column', async () => {
    expect(await refusal(utf8('नाम,पता\nराम,भोपाल\nसीता,\uFFFD\uFFFD नगर\n'))).toEqual({ code: 'import.replacementCharacter', params: { row: 3, column: 'B', header: 'पता' } });
  });
});

describe('Hindi destroyed by Excel\'s ANSI "CSV"', () => {
  it('is refused with advice to save as "CSV UTF-8" or "Unicode Text"', async () => {
    const ansi = windows1252('???,???? ?? ???,????\r\n??? ?????,????? ???,9876543210\r\n???? ????,????? ?????,9876500000\r\n');
    expect((await refusal(ansi)).code).toBe('import.hindiLost');
  });

  it('is refused when only the Hindi column lost its letters', async () => {
    const rows = Array.from({ length: 30 }, (_, index) => `${index + 1},??? ?????,98765${String(index).padStart(5, '0')},member${index}@example.in`);
    expect((await refusal(utf8(`S.No,Name,Phone,Email\n${rows.join('\n')}\n`))).code).toBe('import.hindiLost');
  });

  it('is not confused by a remark that happens to hold "??"', async () => {
    const rows = Array.from({ length: 40 }, (_, index) => `राम ${index},भोपाल,${index === 5 ? 'आएँगे??' : 'हाँ'}`);
    const table = await readTable(utf8(`नाम,शहर,टिप्पणी\n${rows.join('\n')}\n`), 'x.csv');
    expect(table.rows[5]).toEqual(['राम 5', 'भोपाल', 'आएँगे??']);
  });
});

describe('the UTF-16 guess', () => {
  it('does not take a UTF-8 file full of tabs (many empty cells) for UTF-16', async () => {
    const table = await readTable(utf8('a\t\t\t\t\t\t\t\t\tb\n\t\t\t\t\t\t\t\t\t\tc\n\t\t\t\t\t\t\t\t\t\td\n'), 'x.txt');
    expect(table).toMatchObject({ encoding: 'utf-8', delimiter: '\t' });
    expect(table.headers).toHaveLength(11);
  });
});

import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src-main/core/errors.js';
import { IMPORT_CELL_MAX_CHARS, IMPORT_COLUMNS_MAX, IMPORT_FILE_MAX_BYTES, IMPORT_ROWS_MAX, importReadParams, readTable } from '../../../../src-main/core/import/read/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (text: string) => readTable(utf8(text), 'सूची.csv');

async function refusal(text: string | Uint8Array): Promise<{ code: string; params: Record<string, string | number> }> {
  const outcome = await readTable(typeof text === 'string' ? utf8(text) : text, 'सूची.csv').then(
    (table) => table,
    (error: unknown) => error,
  );
  if (!(outcome instanceof AppError)) throw new Error(`expected a refusal, got ${JSON.stringify(outcome).slice(0, 200)}`);
  return { code: outcome.code, params: importReadParams(outcome) };
}

describe('delimiters', () => {
  it('finds comma, tab and semicolon, ignoring the ones inside quotes', async () => {
    const comma = await read('नाम,पता,शहर\nराम,"गली 4; मकान 7",भोपाल\nसीता,"वार्ड 2",इंदौर\n');
    expect(comma.delimiter).toBe(',');
    expect(comma.rows[0]).toEqual(['राम', 'गली 4; मकान 7', 'भोपाल']);
    const tab = await read('नाम\tपता\tशहर\nराम\tगली 4, मकान 7\tभोपाल\nसीता\tवार्ड 2, सेक्टर 1\tइंदौर\n');
    expect(tab.delimiter).toBe('\t');
    expect(tab.rows[1]).toEqual(['सीता', 'वार्ड 2, सेक्टर 1', 'इंदौर']);
    const semicolon = await read('Name;City;Note\nRam;Bhopal;"a;b"\nSita;Indore;x, y\n');
    expect(semicolon.delimiter).toBe(';');
    expect(semicolon.rows).toEqual([
      ['Ram', 'Bhopal', 'a;b'],
      ['Sita', 'Indore', 'x, y'],
    ]);
  });

  it('reads a one-column list', async () => {
    const table = await read('नाम\nराम\nसीता\n');
    expect(table).toMatchObject({ headers: ['नाम'], rows: [['राम'], ['सीता']], rowNumbers: [2, 3] });
  });
});

describe('the shape of the table', () => {
  it('trims cells, drops blank rows, pads short rows and counts rows as Excel shows them', async () => {
    const table = await read('\n नाम , पता ,\n\n  राम  ,"गली 4\nभोपाल"\n,,\nसीता\n"मोहन","नगर ""नया""",extra\n');
    // Row 1 is blank; the header is row 2; a line break inside quotes does not start a new row.
    expect(table.headers).toEqual(['नाम', 'पता', 'C']);
    expect(table.rows).toEqual([
      ['राम', 'गली 4\nभोपाल', ''],
      ['सीता', '', ''],
      ['मोहन', 'नगर "नया"', 'extra'],
    ]);
    expect(table.rowNumbers).toEqual([4, 6, 7]);
  });

  it('gives blank headers their column letter and repeated headers a number', async () => {
    const table = await read('नाम,,फ़ोन,फ़ोन,फ़ोन\nराम,1,2,3,4\n');
    expect(table.headers).toEqual(['नाम', 'B', 'फ़ोन', 'फ़ोन (2)', 'फ़ोन (3)']);
  });

  it('keeps CR, LF and CRLF line ends apart from line breaks inside cells', async () => {
    const table = await read('a,b\rराम,"1\r\n2"\r\nसीता,3\n');
    expect(table.rows).toEqual([
      ['राम', '1\r\n2'],
      ['सीता', '3'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
  });

  it('reports progress from 0 to 1', async () => {
    const fractions: number[] = [];
    await readTable(utf8(`नाम,पता\n${'राम,भोपाल\n'.repeat(20_000)}`), 'x.csv', { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

describe('broken CSV is refused naming the row and column', () => {
  it('a quote that is never closed', async () => {
    expect(await refusal('नाम,पता\nराम,भोपाल\nसीता,"इंदौर\nमोहन,उज्जैन\n')).toEqual({ code: 'import.unclosedQuote', params: { row: 3, column: 'B', header: 'पता' } });
  });

  it('text after a closing quote', async () => {
    expect(await refusal('नाम,पता,फ़ोन\nराम,"भोपाल" नगर,1\n')).toEqual({ code: 'import.textAfterQuote', params: { row: 2, column: 'B', header: 'पता' } });
  });

  it('a cell whose letters are already lost: the "�" sign', async () => {
    expect(await refusal('नाम,पता\nराम,भो\uFFFDपाल\n')).toEqual({ code: 'import.replacementCharacter', params: { row: 2, column: 'B', header: 'पता' } });
  });

  it('but a quote inside an unquoted cell is just a character, as in Excel', async () => {
    const table = await read('नाम,कद\nराम,5\'10"\n');
    expect(table.rows).toEqual([['राम', '5\'10"']]);
  });
});

describe('invisible characters are cleaned as a form cleans them, not refused', () => {
  it("Word's manual line break pasted into Excel, a stray bell or NUL in any column, direction marks and byte order marks", async () => {
    const table = await read('नाम,पता,फ़ोन,टिप्पणी\n"\u200Eरमेश\u000Bशर्मा\u200E","गली 4\u000Cभोपाल",98765\u000043210,\u0007पुरानी\uFEFF सूची\n');
    expect(table.rows).toEqual([['रमेश\nशर्मा', 'गली 4\nभोपाल', '9876543210', 'पुरानी सूची']]);
  });

  it('a cell of nothing but control characters and marks is an empty cell', async () => {
    const table = await read('नाम,पता\nराम,\u0007\uFEFF\u200E\nसीता,इंदौर\n');
    expect(table.rows).toEqual([['राम', ''], ['सीता', 'इंदौर']]);
  });
});

describe('limits', () => {
  it(`refuses more than ${IMPORT_ROWS_MAX} data rows, saying how many were found`, async () => {
    const text = `नाम,फ़ोन\n${'राम,9876543210\n'.repeat(200_000)}`;
    expect(await refusal(text)).toEqual({ code: 'import.tooManyRows', params: { max: IMPORT_ROWS_MAX, found: 200_000 } });
    const atLimit = await read(`नाम\n${'राम\n'.repeat(IMPORT_ROWS_MAX)}`);
    expect(atLimit.rows).toHaveLength(IMPORT_ROWS_MAX);
  });

  it(`refuses more than ${IMPORT_COLUMNS_MAX} columns, naming the limit`, async () => {
    const wide = Array.from({ length: 5_000 }, (_, index) => `स्तंभ ${index}`).join(',');
    expect(await refusal(`${wide}\n${wide}\n`)).toEqual({ code: 'import.tooManyColumns', params: { max: IMPORT_COLUMNS_MAX, found: 5_000, row: 1, column: 'GS' } });
    // Empty cells past the last filled one (a row ending in many commas) are not columns.
    const table = await read(`नाम,फ़ोन${','.repeat(5_000)}\nराम,1${','.repeat(5_000)}\n`);
    expect(table.headers).toEqual(['नाम', 'फ़ोन']);
  });

  it(`refuses a cell longer than ${IMPORT_CELL_MAX_CHARS} characters, naming its row and column`, async () => {
    const huge = 'अ'.repeat(1_000_000);
    expect(await refusal(`नाम,पता\nराम,भोपाल\nसीता,"${huge}"\n`)).toEqual({
      code: 'import.cellTooLong',
      params: { row: 3, column: 'B', header: 'पता', max: IMPORT_CELL_MAX_CHARS, found: 1_000_000 },
    });
    const atLimit = await read(`नाम\n${'अ'.repeat(IMPORT_CELL_MAX_CHARS)}\n`);
    expect(atLimit.rows[0]![0]).toHaveLength(IMPORT_CELL_MAX_CHARS);
  });

  it('refuses a file over 20 MB before reading it', async () => {
    expect(await refusal(new Uint8Array(IMPORT_FILE_MAX_BYTES + 1).fill(0x41))).toEqual({ code: 'import.fileTooLarge', params: { max: 20 } });
  });
});

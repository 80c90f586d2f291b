import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src-main/core/errors.js';
import { IMPORT_COLUMNS_MAX, IMPORT_ROWS_MAX, importReadParams, readTable } from '../../../../src-main/core/import/read/index.js';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusal(bytes: Uint8Array): Promise<{ code: string; params: Record<string, string | number> }> {
  const outcome = await readTable(bytes, 'सूची.xlsx').then(
    (table) => table,
    (error: unknown) => error,
  );
  if (!(outcome instanceof AppError)) throw new Error(`expected a refusal, got ${JSON.stringify(outcome).slice(0, 200)}`);
  return { code: outcome.code, params: importReadParams(outcome) };
}

interface ZipFile {
  name: string;
  content: string | Buffer;
  /** Pretend the entry unpacks to this many bytes (a lying or bomb-like directory). */
  declaredSize?: number;
  /** Store the bytes as they are instead of deflating them. */
  stored?: boolean;
}

/** A ZIP written by hand, so a test can make its directory say whatever it likes. */
function zip(files: ZipFile[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const content = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    const packed = file.stored ? content : deflateRawSync(content);
    const method = file.stored ? 0 : 8;
    const declared = file.declaredSize ?? content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(content), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

const escapeXml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The smallest workbook Excel would open: one sheet of inline strings, built from rows of text. */
function minimalXlsx(rows: string[][], extra: ZipFile[] = [], stored = false): Uint8Array {
  const sheetRows = rows.map((cells, index) => `<row r="${index + 1}">${cells.map((cell) => `<c t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`).join('')}</row>`);
  return zip([
    { name: '[Content_Types].xml', content: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', content: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: 'xl/workbook.xml', content: '<workbook xmlns:r="r"><sheets><sheet name="सूची" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/_rels/workbook.xml.rels', content: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
    { name: 'xl/worksheets/sheet1.xml', content: `<worksheet><sheetData>${sheetRows.join('')}</sheetData></worksheet>`, stored },
    ...extra,
  ]);
}

describe('reading an XLSX written by Excel-compatible software', () => {
  it('shows cells as the user sees them: plain numbers, dates, rich text, formula results, Devanagari digits', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('सदस्य');
      sheet.addRow(['नाम', 'फ़ोन', 'जन्म तिथि', 'पता', 'कुल', 'मोबाइल', 'अंश', 'सक्रिय']);
      sheet.addRow([
        'राम कुमार',
        9876543210,
        new Date(Date.UTC(1985, 7, 15)),
        { richText: [{ text: 'गली 4, ', font: { bold: true } }, { text: 'भोपाल' }] },
        { formula: 'B2*0+7', result: 7 },
        '९८७६५४३२१०',
        0.1 + 0.2,
        true,
      ]);
      sheet.getCell('C2').numFmt = 'dd-mm-yyyy';
      sheet.addRow(['सीता', 110001, null, { formula: '"अ"&"ब"', result: 'अब' }, 12345678901234, '', 1.5, false]);
    });
    const table = await readTable(bytes, 'लोग.xlsx');
    expect(table).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null, sheetName: 'सदस्य' });
    expect(table.headers).toEqual(['नाम', 'फ़ोन', 'जन्म तिथि', 'पता', 'कुल', 'मोबाइल', 'अंश', 'सक्रिय']);
    expect(table.rows).toEqual([
      ['राम कुमार', '9876543210', '1985-08-15', 'गली 4, भोपाल', '7', '९८७६५४३२१०', '0.3', 'TRUE'],
      ['सीता', '110001', '', 'अब', '12345678901234', '', '1.5', 'FALSE'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
  });

  it('reads the first visible worksheet that has data, keeping the sheet\'s own row numbers', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('छिपी सूची', { state: 'hidden' }).addRow(['विकल्प']);
      workbook.addWorksheet('खाली');
      const sheet = workbook.addWorksheet('लोग');
      sheet.getCell('B3').value = 'नाम';
      sheet.getCell('C3').value = 'शहर';
      sheet.getCell('B4').value = 'राम';
      sheet.getCell('C4').value = 'भोपाल';
      sheet.getCell('B9').value = 'सीता';
      sheet.getCell('C9').value = '  इंदौर  ';
    });
    const table = await readTable(bytes, 'x.xlsx');
    expect(table.sheetName).toBe('लोग');
    // Column A is empty in every row, so it is a column with the header "A".
    expect(table.headers).toEqual(['A', 'नाम', 'शहर']);
    expect(table.rows).toEqual([
      ['', 'राम', 'भोपाल'],
      ['', 'सीता', 'इंदौर'],
    ]);
    expect(table.rowNumbers).toEqual([4, 9]);
  });

  it('gives a header merged over two columns a name for each ("पता", "पता (2)") and fills merged values down', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('सूची');
      sheet.addRow(['नाम', 'फ़ोन', 'पता', null, 'शहर']);
      sheet.mergeCells('C1:D1');
      sheet.addRow(['राम', '1', 'गली 4', 'वार्ड 2', 'भोपाल']);
      sheet.addRow(['सीता', '2', 'गली 5', 'वार्ड 3', null]);
      sheet.mergeCells('E2:E3');
    });
    const table = await readTable(bytes, 'x.xlsx');
    expect(table.headers).toEqual(['नाम', 'फ़ोन', 'पता', 'पता (2)', 'शहर']);
    expect(table.rows).toEqual([
      ['राम', '1', 'गली 4', 'वार्ड 2', 'भोपाल'],
      ['सीता', '2', 'गली 5', 'वार्ड 3', 'भोपाल'],
    ]);
  });

  it('refuses a workbook with no data in any sheet', async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet('खाली'));
    expect((await refusal(bytes)).code).toBe('import.empty');
  });

  it('applies the row, column and cell limits to sheets too, naming row and column', async () => {
    const header = ['नाम', 'फ़ोन'];
    const tooMany = minimalXlsx([header, ...Array.from({ length: IMPORT_ROWS_MAX + 5 }, (_, index) => [`राम ${index}`, '1'])]);
    expect(await refusal(tooMany)).toEqual({ code: 'import.tooManyRows', params: { max: IMPORT_ROWS_MAX, found: IMPORT_ROWS_MAX + 5 } });
    const wide = minimalXlsx([Array.from({ length: 5_000 }, (_, index) => `स्तंभ ${index}`)]);
    expect(await refusal(wide)).toEqual({ code: 'import.tooManyColumns', params: { max: IMPORT_COLUMNS_MAX, found: 5_000, row: 1, column: 'GS' } });
    const longCell = minimalXlsx([header, ['राम', '1'], ['सीता', '9'.repeat(6_000)]]);
    expect(await refusal(longCell)).toMatchObject({ code: 'import.cellTooLong', params: { row: 3, column: 'B', header: 'फ़ोन', found: 6_000 } });
    const broken = minimalXlsx([header, ['राम', '1'], ['सीता_xD800_', '1']]);
    expect(await refusal(broken)).toEqual({ code: 'import.brokenCharacter', params: { row: 3, column: 'A', header: 'नाम' } });
  });
});

describe('XLSX files that are not what they claim', () => {
  it('refuses a ZIP that is not a workbook (a Word document, a folder of photos)', async () => {
    const docx = zip([{ name: 'word/document.xml', content: '<w:document/>' }]);
    expect((await refusal(docx)).code).toBe('import.notSpreadsheet');
  });

  it('refuses a workbook with a damaged byte instead of reading a changed name', async () => {
    const whole = minimalXlsx([['नाम'], ['राम']], [], true);
    expect((await readTable(whole, 'x.xlsx')).rows).toEqual([['राम']]);
    // "राम" stored as it is; one changed bit makes it "राब", which nothing but the checksum notices.
    const at = Buffer.from(whole).indexOf(Buffer.from('राम'));
    const damaged = new Uint8Array(whole);
    damaged[at + 8] = damaged[at + 8]! ^ 0x02;
    expect((await refusal(damaged)).code).toBe('import.xlsxDamaged');
  });

  it('refuses a truncated workbook as damaged', async () => {
    const whole = minimalXlsx([['नाम'], ['राम']]);
    expect((await refusal(whole.subarray(0, whole.length - 30))).code).toBe('import.xlsxDamaged');
    expect((await refusal(whole.subarray(0, 200))).code).toBe('import.xlsxDamaged');
  });

  it('refuses a zip bomb from its directory alone, before inflating anything', async () => {
    // 40 entries that claim 3 MB each: 120 MB in all, though the file itself is tiny.
    const claims = Array.from({ length: 40 }, (_, index) => ({ name: `xl/media/image${index}.png`, content: 'x', declaredSize: 3 * 1024 * 1024 }));
    const started = performance.now();
    expect(await refusal(minimalXlsx([['नाम'], ['राम']], claims))).toEqual({ code: 'import.xlsxUnpackedTooLarge', params: { max: 100 } });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses one entry whose compression ratio only a crafted file has', async () => {
    const zeros = { name: 'xl/media/zeros.bin', content: Buffer.alloc(50 * 1024 * 1024) };
    expect((await refusal(minimalXlsx([['नाम'], ['राम']], [zeros]))).code).toBe('import.xlsxUnpackedTooLarge');
  });

  it('stops inflating at the declared size when an entry lies about it', async () => {
    // The sheet unpacks to about 11 MB but its directory entry says 1,000 bytes.
    const sheet = `<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>राम</t></is></c></row>'.repeat(200_000)}</sheetData></worksheet>`;
    const lying = zip([
      { name: '_rels/.rels', content: '<Relationships><Relationship Id="rId1" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
      { name: 'xl/workbook.xml', content: '<workbook><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', content: '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/worksheets/sheet1.xml', content: sheet, declaredSize: 1_000 },
    ]);
    expect((await refusal(lying)).code).toBe('import.xlsxDamaged');
  });
});

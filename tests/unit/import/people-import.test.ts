import ExcelJS from 'exceljs';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { EventName, ImportPreview } from '../../../src-main/core/contract/index.js';
import { krutiDevToUnicode } from '../../../src-main/core/text/kruti-dev/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';
import { makeTempDir } from '../../support/temp-dir.js';

const HEADERS = ['क्रम', 'नाम', 'पद', 'संगठन/इकाई', 'श्रेणी', 'मोबाइल नंबर', 'ईमेल', 'टिप्पणी'];

let harness: CoreHarness;
let fileToOpen: string | null = null;
let cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function setUp(): Promise<{ dir: string }> {
  const { dir, cleanup } = await makeTempDir('sachiv-import-');
  harness = await openHarness({ pickOpenFile: async () => fileToOpen });
  cleanups.push(cleanup, () => harness.cleanup());
  return { dir };
}

async function writeXlsx(path: string, headers: string[], rows: Array<Array<string | number | Date>>, dateColumns: number[] = []): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('सदस्य सूची');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  for (const column of dateColumns) sheet.getColumn(column + 1).numFmt = 'dd/mm/yyyy';
  await workbook.xlsx.writeFile(path);
  return path;
}

async function open(path: string): Promise<ImportPreview> {
  fileToOpen = path;
  const preview = await harness.ok('import:open', {});
  if (preview === null) throw new Error('the open dialog was cancelled');
  return preview;
}

async function total(): Promise<number> {
  return (await harness.ok('people:search', {})).total;
}

async function everyone() {
  return (await harness.ok('people:search', { limit: 1000 })).items;
}

describe('opening a file', () => {
  test('guesses the mapping from Hindi and English headers and reports the sheet and row count', async () => {
    const { dir } = await setUp();
    const preview = await open(await writeXlsx(join(dir, 'list.xlsx'), HEADERS, [[1, 'राम शर्मा', 'सचिव', 'ग्राम पंचायत', 'सदस्य', '9876543210', 'ram@example.in', '']]));
    expect(preview).toMatchObject({ format: 'xlsx', encoding: null, sheetName: 'सदस्य सूची', rowCount: 1, fileName: 'list.xlsx' });
    expect(preview.mapping).toEqual({ name: 1, designation: 2, organisation: 3, category: 4, phone: 5, email: 6, notes: 7 });
    expect(preview.columns[5]).toMatchObject({ letter: 'F', header: 'मोबाइल नंबर', krutiDev: false, samples: ['9876543210'] });

    const english = await open(await writeXlsx(join(dir, 'en.xlsx'), ['Mobile No.', 'Full Name', 'E-mail', 'Designation', 'Unit'], [['98765 43210', 'Amit', 'a@b.in', 'Member', 'Block']]));
    expect(english.mapping).toEqual({ phone: 0, name: 1, email: 2, designation: 3, organisation: 4 });

    const lookalikes = await open(await writeXlsx(join(dir, 'lookalike.xlsx'), ['Postal address', 'Hotel', 'सदस्य का नाम', 'पदनाम'], [['x', 'y', 'राम', 'सचिव']]));
    expect(lookalikes.mapping).toEqual({ name: 2, designation: 3 });
  });

  test('a CSV reports how its bytes were decoded', async () => {
    const { dir } = await setUp();
    const path = join(dir, 'list.csv');
    await writeFile(path, 'नाम,फ़ोन\nसीता देवी,९८७६५४३२१०\n', 'utf8');
    const preview = await open(path);
    expect(preview).toMatchObject({ format: 'csv', encoding: 'utf-8', sheetName: null, rowCount: 1, mapping: { name: 0, phone: 1 } });
  });

  test('remembers the mapping chosen at import for the next file with the same headers, also after a restart', async () => {
    const { dir } = await setUp();
    const headers = ['A1', 'B1', 'C1'];
    const first = await open(await writeXlsx(join(dir, 'one.xlsx'), headers, [['x', 'राम', '9876543210']]));
    expect(first.mapping).toEqual({});
    await harness.ok('import:commit', { importId: first.importId, mapping: { name: 1, phone: 2 }, duplicates: 'skip' });
    await harness.reopen();
    const second = await open(await writeXlsx(join(dir, 'two.xlsx'), headers, [['y', 'श्याम', '9876543211']]));
    expect(second.mapping).toEqual({ name: 1, phone: 2 });
  });

  test('refuses a file over the size limit before reading it, naming the limit', async () => {
    const { dir } = await setUp();
    const path = join(dir, 'huge.csv');
    await writeFile(path, '');
    await truncate(path, 21 * 1024 * 1024);
    fileToOpen = path;
    const reply = await harness.call('import:open', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'import.fileTooLarge', details: { params: { max: 20 } } } });
  });

  test('a reader refusal carries its row and column as params for the message', async () => {
    const { dir } = await setUp();
    const path = join(dir, 'broken.csv');
    await writeFile(path, 'नाम,फ़ोन\n"राम,123\nसीता,456\n');
    fileToOpen = path;
    const reply = await harness.call('import:open', {});
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.details?.params).toMatchObject({ row: 2 });
  });

  test('a cancelled dialog opens nothing, and a discarded import can no longer be analysed', async () => {
    const { dir } = await setUp();
    fileToOpen = null;
    expect(await harness.ok('import:open', {})).toBeNull();
    const preview = await open(await writeXlsx(join(dir, 'list.xlsx'), ['नाम'], [['राम']]));
    await harness.ok('import:discard', { importId: preview.importId });
    const reply = await harness.call('import:analyse', { importId: preview.importId, mapping: { name: 0 } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'peopleImport.notFound' } });
  });
});

describe('Kruti Dev columns', () => {
  test('are detected, shown converted, and saved as Unicode when the user confirms', async () => {
    const { dir } = await setUp();
    const designations = ['lfpo', 'v/;{k', 'lnL;'];
    expect(designations.map(krutiDevToUnicode)).toEqual(['सचिव', 'अध्यक्ष', 'सदस्य']);
    const rows = designations.map((designation, index) => [`व्यक्ति ${index + 1}`, designation, `98765432${10 + index}`]);
    const preview = await open(await writeXlsx(join(dir, 'kruti.xlsx'), ['नाम', 'पद', 'फ़ोन'], rows));
    expect(preview.columns.map((column) => column.krutiDev)).toEqual([false, true, false]);
    expect(preview.columns.map((column) => column.krutiDevConfidence)).toEqual(['none', 'high', 'none']);
    expect(preview.columns[1]?.convertedSamples).toEqual(['सचिव', 'अध्यक्ष', 'सदस्य']);

    const analysis = await harness.ok('import:analyse', { importId: preview.importId, mapping: preview.mapping, krutiDevColumns: [1] });
    expect(analysis.preview.map((row) => row.designation)).toEqual(['सचिव', 'अध्यक्ष', 'सदस्य']);
    const unconverted = await harness.ok('import:analyse', { importId: preview.importId, mapping: preview.mapping, krutiDevColumns: [] });
    expect(unconverted.preview[0]?.designation).toBe('lfpo');

    await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, krutiDevColumns: [1], duplicates: 'skip' });
    expect((await everyone()).map((person) => person.designation).sort()).toEqual(['अध्यक्ष', 'सचिव', 'सदस्य']);
  });
});

describe('a ticked Kruti Dev column with other cells in it', () => {
  /** Kruti Dev names, each distinct so that no two rows are duplicates. */
  const KRUTI_DEV_NAMES = [
    "jes'k dqekj 'kekZ", 'usgk xqIrk', 'lquhrk nsoh', "jkts'k ;kno", 'iwtk oekZ', 'vfer flag', 'fiz;k iVsy', "lqjs'k pUnz feJ",
    "dfork tks'kh", 'eksgu yky', "jkds'k frokjh", 'foØe pkSgku', 'nhid JhokLro', 'vatyh lDlsuk', 'eukst ik.Ms;', 'y{eh ukjk;.k',
    'ujsUnz flag jkor', 'lkfo=h nsoh', 'vt; oekZ', "jfo 'kadj", 'lat; dqekj', 'vuhrk flUgk', 'eerk ;kno', "fnus'k feJ",
  ];

  async function importNames(dir: string, names: readonly string[]) {
    const rows = names.map((name, index) => [name, `98${String(index).padStart(8, '0')}`]);
    const preview = await open(await writeXlsx(join(dir, 'names.xlsx'), ['नाम', 'फ़ोन'], rows));
    const ticked = preTicked(preview);
    const analysis = await harness.ok('import:analyse', { importId: preview.importId, mapping: preview.mapping, krutiDevColumns: [0] });
    await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, krutiDevColumns: [0], duplicates: 'add' });
    return { preview, ticked, analysis, saved: (await everyone()).map((person) => person.name) };
  }

  test('keeps Unicode Hindi cells exactly as typed and lists them by row and column', async () => {
    const { dir } = await setUp();
    const unicode = ['डॉ. रमेश', 'रमेश (सचिव)', 'सचिव/अध्यक्ष', 'श्री राम, सदस्य'];
    const { analysis, saved } = await importNames(dir, [...KRUTI_DEV_NAMES.slice(0, 16), ...unicode]);
    for (const name of unicode) expect(saved).toContain(name);
    expect(saved).toContain('रमेश कुमार शर्मा');
    expect(analysis.krutiDevKept).toEqual(unicode.map((_, index) => ({ row: 18 + index, column: 'A', header: 'नाम', field: 'name' })));
  });

  test('does not pre-tick a column with English names in it, and never converts them when ticked', async () => {
    const { dir } = await setUp();
    const english = ['John Mathew', 'Mary Joseph', 'Kiran Bedi', 'Peter Fernandes'];
    const names = [...Array.from({ length: 40 }, (_, index) => KRUTI_DEV_NAMES[index % KRUTI_DEV_NAMES.length] as string), ...english];
    const { preview, ticked, analysis, saved } = await importNames(dir, names);
    expect(preview.columns[0]?.krutiDevConfidence).not.toBe('high');
    expect(ticked).toEqual([]);
    for (const name of english) expect(saved).toContain(name);
    expect(saved).not.toContain('श्रवीद डंजीमू');
    expect(analysis.krutiDevKept.map((kept) => kept.row)).toEqual([42, 43, 44, 45]);
  });

  test('judges every row, not only the first ones', async () => {
    const { dir } = await setUp();
    const kruti = Array.from({ length: 205 }, (_, index) => KRUTI_DEV_NAMES[index % KRUTI_DEV_NAMES.length] as string);
    const { preview, saved } = await importNames(dir, [...kruti, 'José Müller']);
    expect(preview.columns[0]?.krutiDevConfidence).not.toBe('high');
    expect(saved).toContain('José Müller');
  });
});

describe('duplicates', () => {
  async function withDirectory() {
    const { dir } = await setUp();
    const ram = await harness.ok('people:create', {
      person: { name: 'राम शर्मा', phone: '9876543210', organisation: 'ग्राम पंचायत', designation: '' },
    });
    const sita = await harness.ok('people:create', { person: { name: 'सीता देवी', email: 'sita@example.in' } });
    const rows = [
      ['राम  शर्मा', '+91 98765 43210', '', 'सचिव', 'नगर निगम'], // same name and phone as Ram
      ['सीता', '', 'SITA@example.in', 'अध्यक्ष', ''], // same email as Sita
      ['गीता वर्मा', '9123456780', '', '', 'विद्यालय'],
      ['गीता वर्मा', '९१२३४५६७८०', 'geeta@example.in', 'सदस्य', ''], // same as the row above (Devanagari digits)
    ];
    const preview = await open(await writeXlsx(join(dir, 'dups.xlsx'), ['नाम', 'फ़ोन', 'ईमेल', 'पद', 'संगठन'], rows));
    return { ram, sita, preview };
  }

  test('are found against the directory and against earlier rows of the file', async () => {
    const { ram, sita, preview } = await withDirectory();
    const analysis = await harness.ok('import:analyse', { importId: preview.importId, mapping: preview.mapping });
    expect(analysis).toMatchObject({ rowCount: 4, ready: 1, invalidRows: 0 });
    expect(analysis.duplicates).toEqual([
      { row: 2, name: 'राम शर्मा', reason: 'namePhone', existingId: ram.id, existingName: 'राम शर्मा' },
      { row: 3, name: 'सीता', reason: 'email', existingId: sita.id, existingName: 'सीता देवी' },
      { row: 5, name: 'गीता वर्मा', reason: 'inFile', existingId: null, existingName: 'गीता वर्मा' },
    ]);
  });

  test('skip leaves them out', async () => {
    const { preview } = await withDirectory();
    const result = await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, duplicates: 'skip' });
    expect(result).toMatchObject({ added: 1, merged: 0, skipped: 3 });
    expect(await total()).toBe(3);
  });

  test('merge fills only the empty fields of the person already there', async () => {
    const { ram, sita, preview } = await withDirectory();
    const result = await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, duplicates: 'merge' });
    expect(result).toMatchObject({ added: 1, merged: 3, skipped: 0 });
    const people = await everyone();
    expect(people).toHaveLength(3);
    // Ram had no designation (filled) but an organisation (kept).
    expect(people.find((person) => person.id === ram.id)).toMatchObject({ designation: 'सचिव', organisation: 'ग्राम पंचायत', phone: '9876543210' });
    expect(people.find((person) => person.id === sita.id)).toMatchObject({ name: 'सीता देवी', designation: 'अध्यक्ष' });
    // The second Geeta row filled the first one's empty fields.
    expect(people.find((person) => person.name === 'गीता वर्मा')).toMatchObject({
      phone: '9123456780',
      email: 'geeta@example.in',
      designation: 'सदस्य',
      organisation: 'विद्यालय',
    });
  });

  test('add imports them as separate people', async () => {
    const { preview } = await withDirectory();
    const result = await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, duplicates: 'add' });
    expect(result).toMatchObject({ added: 4, merged: 0, skipped: 0 });
    expect(await total()).toBe(6);
  });
});

describe('rows that cannot be imported', () => {
  async function withBadRows() {
    const { dir } = await setUp();
    await harness.ok('people:create', { person: { name: 'पहले से' } });
    const rows = [
      ['राम', '9876543210', 'ram@example.in'],
      ['', '9876543211', ''],
      ['श्याम', 'abc', 'not-an-email'],
      ['क'.repeat(201), '', ''],
      ['मोहन', '', ''],
    ];
    const preview = await open(await writeXlsx(join(dir, 'bad.xlsx'), ['नाम', 'फ़ोन', 'ईमेल'], rows));
    return { preview };
  }

  test('are listed with their Excel row, column letter, header and reason', async () => {
    const { preview } = await withBadRows();
    const analysis = await harness.ok('import:analyse', { importId: preview.importId, mapping: preview.mapping });
    expect(analysis).toMatchObject({ rowCount: 5, ready: 2, invalidRows: 3 });
    expect(analysis.invalid).toEqual([
      { row: 3, column: 'A', header: 'नाम', field: 'name', code: 'field.required' },
      { row: 4, column: 'B', header: 'फ़ोन', field: 'phone', code: 'field.invalidPhone' },
      { row: 4, column: 'C', header: 'ईमेल', field: 'email', code: 'field.invalidEmail' },
      { row: 5, column: 'A', header: 'नाम', field: 'name', code: 'field.tooLong', params: { max: 200 } },
    ]);
  });

  test('refuse the whole import unless the user skips them: nothing changes', async () => {
    const { preview } = await withBadRows();
    const before = await total();
    const refused = await harness.call('import:commit', { importId: preview.importId, mapping: preview.mapping, duplicates: 'skip' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'peopleImport.invalidRows', details: { params: { count: 3 } } } });
    expect(await total()).toBe(before);

    const result = await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, duplicates: 'skip', skipInvalid: true });
    expect(result).toMatchObject({ added: 2, skipped: 3 });
    expect(await total()).toBe(before + 2);
  });

  test('an import without a name column is refused', async () => {
    const { preview } = await withBadRows();
    const reply = await harness.call('import:analyse', { importId: preview.importId, mapping: { phone: 1 } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'peopleImport.nameNotMapped' } });
  });
});

describe('titles and genders', () => {
  test('are taken from their own columns, a "Title" column is not taken for the designation, and an unknown gender is named by row and column', async () => {
    const { dir } = await setUp();
    const rows = [
      ['श्रीमती', 'प्रीति मीणा', 'महिला', 'जिला कलेक्टर'],
      ['Shri', 'Vivek Shukla', 'M', 'DDM'],
      ['', 'राम', '', ''],
      ['डॉ.', 'कमला प्रसाद', 'अज्ञात', ''],
    ];
    const preview = await open(await writeXlsx(join(dir, 'titles.xlsx'), ['Title', 'नाम', 'लिंग', 'पद'], rows));
    expect(preview.mapping).toEqual({ title: 0, name: 1, gender: 2, designation: 3 });
    const analysis = await harness.ok('import:analyse', { importId: preview.importId, mapping: preview.mapping });
    expect(analysis.invalid).toEqual([{ row: 5, column: 'C', header: 'लिंग', field: 'gender', code: 'field.invalidChoice' }]);
    await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, duplicates: 'skip', skipInvalid: true });
    const people = await everyone();
    expect(people.map(({ title, name, gender, designation }) => ({ title, name, gender, designation })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [
        { title: 'Shri', name: 'Vivek Shukla', gender: 'male', designation: 'DDM' },
        { title: 'श्रीमती', name: 'प्रीति मीणा', gender: 'female', designation: 'जिला कलेक्टर' },
        { title: '', name: 'राम', gender: null, designation: '' },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
});

describe('saving', () => {
  test('creates the categories the file names in the same save and reports progress', async () => {
    const { dir } = await setUp();
    const events: Array<{ event: EventName; payload: unknown }> = [];
    const unsubscribe = harness.core.onEvent((event, payload) => events.push({ event, payload }));
    const preview = await open(await writeXlsx(join(dir, 'cats.xlsx'), ['नाम', 'श्रेणी'], [['राम', 'सदस्य'], ['श्याम', 'आमंत्रित'], ['मोहन', 'आमंत्रित']]));
    await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, duplicates: 'skip' });
    unsubscribe();
    const categories = await harness.ok('categories:list', {});
    const invited = categories.filter((category) => category.name === 'आमंत्रित');
    expect(invited).toHaveLength(1);
    const people = await everyone();
    expect(people.filter((person) => person.categoryId === invited[0]?.id).map((person) => person.name).sort()).toEqual(['मोहन', 'श्याम']);
    expect(people.find((person) => person.name === 'राम')?.categoryId).toBe('cat-member');
    const phases = new Set(events.filter((entry) => entry.event === 'import:progress').map((entry) => (entry.payload as { phase: string }).phase));
    expect([...phases].sort()).toEqual(['checking', 'reading', 'saving']);
  });

  test('turns Excel dates into dates and Devanagari digits into a phone number', async () => {
    const { dir } = await setUp();
    const rows = [['राम', '९८७६५४३२१०', new Date(Date.UTC(2024, 2, 15))]];
    const preview = await open(await writeXlsx(join(dir, 'dates.xlsx'), ['नाम', 'मोबाइल', 'टिप्पणी'], rows, [2]));
    expect(preview.previewRows[0]).toEqual(['राम', '९८७६५४३२१०', '2024-03-15']);
    await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, duplicates: 'skip' });
    expect((await everyone())[0]).toMatchObject({ name: 'राम', phone: '9876543210', notes: '2024-03-15' });
  });

  test('can be undone after a restart: added people are removed, merged people get their earlier version back', async () => {
    const { dir } = await setUp();
    const ram = await harness.ok('people:create', { person: { name: 'राम शर्मा', phone: '9876543210' } });
    const preview = await open(
      await writeXlsx(join(dir, 'undo.xlsx'), ['नाम', 'फ़ोन', 'पद'], [['राम शर्मा', '9876543210', 'सचिव'], ['श्याम', '', ''], ['मोहन', '', '']]),
    );
    const result = await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, duplicates: 'merge' });
    expect(await total()).toBe(3);
    expect((await harness.ok('people:get', { id: ram.id })).designation).toBe('सचिव');

    await harness.reopen();
    expect(await harness.ok('import:undo', { batchId: result.batchId })).toEqual({ removed: 2, restored: 1 });
    expect(await everyone()).toEqual([ram]);
    await harness.reopen();
    expect(await everyone()).toEqual([ram]);
    expect(await harness.call('import:undo', { batchId: result.batchId })).toMatchObject({ ok: false, error: { code: 'peopleImport.batchNotFound' } });
  });
});

describe('a chosen file that cannot be opened', () => {
  test('is reported with its name', async () => {
    const { dir } = await setUp();
    fileToOpen = join(dir, 'गायब.xlsx');
    const reply = await harness.call('import:open', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'peopleImport.readFailed', details: { path: 'गायब.xlsx' } } });
  });
});

/** What the import dialog ticks for conversion when the file opens. */
function preTicked(preview: ImportPreview): number[] {
  return preview.columns.filter((column) => column.krutiDevConfidence === 'high').map((column) => column.index);
}

describe('Latin names with accents', () => {
  test('a Windows-1252 CSV of French, German and Spanish names is not taken for Kruti Dev and imports the names as written', async () => {
    const { dir } = await setUp();
    const people = [
      ['José Müller', 'Directeur général', 'Société Générale'],
      ['Renée Façade', 'Chargée de mission', 'Comité régional'],
      ['François Lefèvre', 'Responsable', 'Hôtel de Ville'],
      ['Jürgen Groß', 'Geschäftsführer', 'Stadtwerke München'],
      ['Begoña Ibáñez', 'Técnica', 'Ayuntamiento de Cádiz'],
      ['João Conceição', 'Secretária', 'Câmara Municipal'],
    ];
    const text = ['Name,Designation,Organisation', ...people.map((row) => row.join(','))].join('\r\n');
    const path = join(dir, 'contacts.csv');
    // Excel on an English Windows saves "CSV" in Windows-1252: é is the single byte E9.
    await writeFile(path, Buffer.from(text, 'latin1'));
    const preview = await open(path);
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.columns.map((column) => column.krutiDev)).toEqual([false, false, false]);
    expect(preview.columns[0]).toMatchObject({ krutiDevConfidence: 'none', samples: ['José Müller', 'Renée Façade', 'François Lefèvre'], convertedSamples: [] });
    expect(preTicked(preview)).toEqual([]);

    const analysis = await harness.ok('import:analyse', { importId: preview.importId, mapping: preview.mapping, krutiDevColumns: preTicked(preview) });
    expect(analysis.preview.map((row) => row.name)).toEqual(people.map(([name]) => name));
    await harness.ok('import:commit', { importId: preview.importId, mapping: preview.mapping, krutiDevColumns: preTicked(preview), duplicates: 'skip' });
    const saved = await everyone();
    expect(saved.map((person) => person.name).sort()).toEqual(people.map(([name]) => name as string).sort());
    expect(saved.find((person) => person.name === 'Renée Façade')).toMatchObject({ designation: 'Chargée de mission', organisation: 'Comité régional' });
  });

  test('a Kruti Dev column with an accented name in it is offered for conversion unticked, saying why', async () => {
    const { dir } = await setUp();
    const designations = ['lfpo', 'fyfid', 'lnL;', 'ys[kkdkj', 'José Müller'];
    const preview = await open(await writeXlsx(join(dir, 'mixed.xlsx'), ['नाम', 'पद'], designations.map((designation, index) => [`व्यक्ति ${index + 1}`, designation])));
    expect(preview.columns[1]).toMatchObject({ krutiDev: true, krutiDevConfidence: 'medium', convertedSamples: ['सचिव', 'लिपिक', 'सदस्य'] });
    expect(preview.columns[1]?.krutiDevReasons).toContainEqual({ code: 'latinLetterCells', count: 1, example: 'José Müller' });
    expect(preTicked(preview)).toEqual([]);
  });

  test('a column of one-word Kruti Dev designations starts ticked', async () => {
    const { dir } = await setUp();
    const preview = await open(await writeXlsx(join(dir, 'short.xlsx'), ['नाम', 'पद'], [['राम', 'fyfid'], ['सीता', 'lfpo'], ['गीता', 'ys[kkdkj']]));
    expect(preview.columns[1]).toMatchObject({ krutiDevConfidence: 'high', convertedSamples: ['लिपिक', 'सचिव', 'लेखाकार'] });
    expect(preTicked(preview)).toEqual([1]);
  });
});

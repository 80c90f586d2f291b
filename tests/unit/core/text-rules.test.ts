import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkText } from '../../../src-main/core/contract/index.js';
import { nameKey } from '../../../src-main/core/text/normalize.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

/** Names that look empty or broken on screen although the string is not empty. */
const UNREADABLE_NAMES: Array<[string, string, string]> = [
  ['control characters only', '\u0001\u0002\u001B', 'field.invisibleOnly'],
  ['zero-width characters only', '\u200B\u200C\u200D\u2060\uFEFF', 'field.invisibleOnly'],
  ['C1 control characters only', '\u0085\u0090', 'field.invisibleOnly'],
  ['direction marks only (LRM, RLM)', '\u200E\u200F', 'field.invisibleOnly'],
  ['a soft hyphen and a grapheme joiner', '\u00AD\u034F', 'field.invisibleOnly'],
  ['invisible operators', '\u2061\u2062\u2063\u2064', 'field.invisibleOnly'],
  ['direction embeddings and isolates', '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069', 'field.invisibleOnly'],
  ['Hangul fillers', '\u3164\uFFA0', 'field.invisibleOnly'],
  ['variation selectors', '\uFE0F\u{E0100}', 'field.invisibleOnly'],
  ['tag characters', '\u{E0041}\u{E007F}', 'field.invisibleOnly'],
  ['the Mongolian vowel separator', '\u180E', 'field.invisibleOnly'],
  ['braille blanks', '\u2800\u2800', 'field.invisibleOnly'],
  ['a lone surrogate', '\uD800', 'field.brokenText'],
  ['a name with a lone surrogate in it', 'रमेश \uDC00शर्मा', 'field.brokenText'],
];

describe('the one text rule', () => {
  it('refuses a required text with nothing readable in it, naming why', () => {
    expect(checkText('   ', { max: 10, required: true }).issue).toEqual({ code: 'field.required' });
    for (const [what, text, code] of UNREADABLE_NAMES) expect(checkText(text, { max: 200, required: true }).issue, what).toEqual({ code });
  });

  it('keeps joiners inside a Devanagari word, Kruti Dev bytes and line breaks where a field has lines', () => {
    expect(checkText('क्\u200Dष', { max: 10, required: true })).toEqual({ value: 'क्\u200Dष', issue: null });
    const krutiDev = 'lfefr dh cSBd ¼\u0080\u0090½';
    expect(checkText(krutiDev, { max: 100 })).toEqual({ value: krutiDev, issue: null });
    expect(checkText('एक\u0000\r\nदो\u000Bतीन', { max: 100, multiline: true })).toEqual({ value: 'एक\nदो\nतीन', issue: null });
    expect(checkText('एक\nदो', { max: 100 })).toEqual({ value: 'एक दो', issue: null });
  });

  it('trims invisible marks from the ends of a name pasted from WhatsApp or a PDF, keeping joiners inside words and emoji whole', () => {
    expect(checkText('\u200Eरमेश शर्मा\u200E', { max: 100, required: true }).value).toBe('रमेश शर्मा');
    expect(checkText('\u200B\u00ADरमेश\u200F शर्मा\u202C\u200D', { max: 100 }).value).toBe('रमेश शर्मा');
    expect(checkText('\u2066सुनीता\u2069', { max: 100 }).value).toBe('सुनीता');
    expect(checkText('\u200Dक्\u200Dष\u200C', { max: 100 }).value).toBe('क्\u200Dष');
    expect(checkText('प्रिय ❤️', { max: 100 }).value).toBe('प्रिय ❤️');
    expect(checkText('👨\u200D👩\u200D👧 परिवार', { max: 100 }).value).toBe('👨\u200D👩\u200D👧 परिवार');
    expect(checkText('पहली पंक्ति\u200E\nदूसरी\u200B\n', { max: 100, multiline: true }).value).toBe('पहली पंक्ति\nदूसरी');
  });

  it('removes a byte order mark inside text instead of turning it into a space', () => {
    expect(checkText('रमेश\uFEFFशर्मा', { max: 100 }).value).toBe('रमेशशर्मा');
    expect(checkText('\uFEFFरमेश शर्मा', { max: 100 }).value).toBe('रमेश शर्मा');
  });

  it('trims a long run of invisible characters quickly', () => {
    const started = performance.now();
    checkText(`क${'\u200B'.repeat(200_000)}ख${'\u200B'.repeat(200_000)}`, { max: 10 });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('empties an optional field of invisible characters instead of keeping them', () => {
    expect(checkText('\u200B\u0001', { max: 10 })).toEqual({ value: '', issue: null });
  });

  it('counts letters, not UTF-16 units, against the limit', () => {
    expect(checkText('𑂍'.repeat(3), { max: 3 }).issue).toBeNull();
    expect(checkText('क'.repeat(4), { max: 3 }).issue).toEqual({ code: 'field.tooLong', params: { max: 3 } });
  });
});

describe('people:create and attendance:walkIn', () => {
  let h: CoreHarness;
  let programmeId: string;
  beforeEach(async () => {
    h = await openHarness();
    programmeId = (await h.ok('programmes:create', { programme: { title: 'बैठक', kindId: 'kind-meeting', days: [{ date: '2024-04-17' }] } })).id;
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it.each(UNREADABLE_NAMES)('refuse a name of %s with a message beside the name, and save nothing', async (_what, name, code) => {
    const error = { code: 'validation.failed', details: { fields: [{ field: 'name', code }] } };
    expect(await h.call('people:create', { person: { name } })).toEqual({ ok: false, error });
    expect(await h.call('attendance:walkIn', { programmeId, scope: 'programme', person: { name } })).toEqual({ ok: false, error });
    expect(await h.call('attendance:walkIn', { programmeId, scope: 'programme', person: { name }, addToDirectory: true })).toEqual({ ok: false, error });
    expect((await h.ok('people:search', {})).total).toBe(0);
    expect((await h.ok('attendance:get', { programmeId })).attendees).toEqual([]);
  });

  it('refuse a category name of invisible characters too', async () => {
    expect(await h.call('categories:create', { name: '\u200B\u200B' })).toMatchObject({
      ok: false,
      error: { code: 'validation.failed', details: { fields: [{ field: 'name', code: 'field.invisibleOnly' }] } },
    });
  });

  it('store a name pasted with direction marks as plain text, find it as a duplicate of the plain name, and find it by a query with invisible marks', async () => {
    const first = await h.ok('people:create', { person: { name: 'रमेश शर्मा' } });
    expect(await h.call('people:create', { person: { name: 'रमेश शर्मा\u200E' } })).toMatchObject({
      ok: false,
      error: { code: 'people.duplicate', details: { duplicates: [{ id: first.id, name: 'रमेश शर्मा' }] } },
    });
    const second = await h.ok('people:create', { person: { name: '\u202Aसुनीता\u00AD वर्मा\u202C' } });
    expect(second.name).toBe('सुनीता\u00AD वर्मा');
    expect(nameKey(second.name)).toBe(nameKey('सुनीता वर्मा'));
    const names = async (query: string) => (await h.ok('people:search', { query })).items.map((person) => person.name).sort();
    expect(await names('\u200Eरमेश\u200E')).toEqual(['रमेश शर्मा']);
    expect(await names('सुनीता वर्मा')).toEqual(['सुनीता\u00AD वर्मा']);
  });

  it('store a name typed with stray control characters without them', async () => {
    const person = await h.ok('people:create', { person: { name: 'रमेश\u0007 शर्मा', notes: 'पहली\u0000 पंक्ति\r\nदूसरी' } });
    expect(person).toMatchObject({ name: 'रमेश शर्मा', notes: 'पहली पंक्ति\nदूसरी' });
  });
});

describe('the spreadsheet import', () => {
  it('refuses a row whose name is only zero-width characters, naming its row and column, as the form would', async () => {
    let fileToOpen: string | null = null;
    const h = await openHarness({ pickOpenFile: async () => fileToOpen });
    try {
      fileToOpen = join(h.dataDir, 'सूची.csv');
      await writeFile(fileToOpen, 'नाम,पद\nरमेश शर्मा,सचिव\n\u200B\u200D,सदस्य\n');
      const preview = await h.ok('import:open', {});
      if (preview === null) throw new Error('the open dialog was cancelled');
      const analysis = await h.ok('import:analyse', { importId: preview.importId, mapping: preview.mapping });
      expect(analysis).toMatchObject({ rowCount: 2, ready: 1, invalidRows: 1 });
      expect(analysis.invalid).toEqual([{ row: 3, column: 'A', header: 'नाम', field: 'name', code: 'field.invisibleOnly' }]);
    } finally {
      await h.cleanup();
    }
  });

  it("imports a row with Word's line break in the name and a stray control character in a column it does not use, storing the name as the form would", async () => {
    let fileToOpen: string | null = null;
    const h = await openHarness({ pickOpenFile: async () => fileToOpen });
    try {
      fileToOpen = join(h.dataDir, 'सूची.csv');
      await writeFile(fileToOpen, 'नाम,पद,पुराना स्तंभ\n"रमेश\u000Bशर्मा\u200E",सचिव,\u0007\n');
      const preview = await h.ok('import:open', {});
      if (preview === null) throw new Error('the open dialog was cancelled');
      const result = await h.ok('import:commit', { importId: preview.importId, mapping: { name: 0, designation: 1 }, duplicates: 'skip' });
      expect(result).toMatchObject({ added: 1 });
      const typed = await h.call('people:create', { person: { name: 'रमेश\u000Bशर्मा' } });
      expect(typed).toMatchObject({ ok: false, error: { code: 'people.duplicate' } });
      expect((await h.ok('people:search', {})).items.map((person) => person.name)).toEqual(['रमेश शर्मा']);
    } finally {
      await h.cleanup();
    }
  });
});

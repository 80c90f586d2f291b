import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkText } from '../../../src-main/core/contract/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

/** Names that look empty or broken on screen although the string is not empty. */
const UNREADABLE_NAMES: Array<[string, string, string]> = [
  ['control characters only', '\u0001\u0002\u001B', 'field.invisibleOnly'],
  ['zero-width characters only', '\u200B\u200C\u200D\u2060\uFEFF', 'field.invisibleOnly'],
  ['C1 control characters only', '\u0085\u0090', 'field.invisibleOnly'],
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
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { IMPORT_READ_ERROR_CODES } from '../../../../src-main/core/import/read/index.js';

async function messages(language: 'hi' | 'en'): Promise<Record<string, string>> {
  const all = JSON.parse(await readFile(new URL(`../../../../locales/${language}/errors.json`, import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
  return all.import ?? {};
}

const placeholders = (message: string): string[] => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();

describe('the messages of the file reader', () => {
  it('exist in Hindi and English for every refusal, with the same placeholders', async () => {
    const hindi = await messages('hi');
    const english = await messages('en');
    for (const code of IMPORT_READ_ERROR_CODES) {
      const key = code.slice('import.'.length);
      expect(hindi[key], code).toMatch(/[\u0900-\u097F]/);
      expect(english[key], code).toEqual(expect.any(String));
      expect(placeholders(hindi[key]!), code).toEqual(placeholders(english[key]!));
    }
    expect(Object.keys(hindi).sort()).toEqual(IMPORT_READ_ERROR_CODES.map((code) => code.slice('import.'.length)).sort());
  });

  it('name the row and column wherever a single cell is at fault', async () => {
    const hindi = await messages('hi');
    for (const key of ['replacementCharacter', 'brokenCharacter', 'unclosedQuote', 'textAfterQuote', 'cellTooLong']) {
      expect(placeholders(hindi[key]!), key).toEqual(expect.arrayContaining(['column', 'row']));
    }
    expect(placeholders(hindi.tooManyRows!)).toEqual(['found', 'max']);
  });

  it('tell how to save the file properly from Excel when the Hindi was lost', async () => {
    const hindi = await messages('hi');
    expect(hindi.hindiLost).toContain('CSV UTF-8');
    expect(hindi.hindiLost).toContain('Unicode Text');
    expect(hindi.protectedOrOldExcel).toContain('.xlsx');
  });
});

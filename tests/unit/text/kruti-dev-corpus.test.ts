import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKrutiDev, krutiDevToUnicode } from '../../../src-main/core/text/kruti-dev/index.js';
import {
  utf8ReadAsWindows1252,
  vietnameseInLatin1,
  windows1254ReadAsWindows1252,
  windows1258ReadAsWindows1252,
} from '../../support/legacy-encodings.js';
import { unicodeToKrutiDev } from '../../support/unicode-to-kruti-dev.js';
import { ENGLISH_OFFICE } from './fixtures/english-office.js';
import { HINDI_OFFICE_WORDS } from './fixtures/hindi-office-words.js';
import { ACCENTED_LATIN, ACCENTED_LATIN_BY_LANGUAGE, TURKISH, VIETNAMESE } from './fixtures/latin-accented.js';

const unique = (cells: readonly string[]) => [...new Set(cells)];

/** The accented names as the importer can meet them: read right, or decoded in the wrong code page. */
const LATIN_AS_IMPORTED: Readonly<Record<string, readonly string[]>> = {
  ...ACCENTED_LATIN_BY_LANGUAGE,
  'TURKISH in Windows-1254 read as Windows-1252': TURKISH.map(windows1254ReadAsWindows1252),
  'VIETNAMESE in UTF-8 read as Windows-1252': VIETNAMESE.map(utf8ReadAsWindows1252),
  'VIETNAMESE in Windows-1258 read as Windows-1252': VIETNAMESE.map(windows1258ReadAsWindows1252),
  'VIETNAMESE squeezed into Latin-1': VIETNAMESE.map(vietnameseInLatin1),
};
const ALL_LATIN = unique(Object.values(LATIN_AS_IMPORTED).flat());

const KRUTI_DEV_WORDS = HINDI_OFFICE_WORDS.map((hindi) => ({ hindi, typed: unicodeToKrutiDev(hindi) }));

function notConfidentlyLatin(cells: readonly string[]): string[] {
  return cells.filter((cell) => detectKrutiDev([cell]).confidence !== 'none');
}

describe('the test corpora', () => {
  it('hold at least 500 accented Latin names and words, 300 English office cells and 150 Hindi office words', () => {
    const accented = unique(ACCENTED_LATIN);
    expect(accented.length).toBeGreaterThanOrEqual(500);
    for (const cell of accented) expect(cell, cell).toMatch(/[^\u0000-\u007F]/u);
    for (const cells of Object.values(ACCENTED_LATIN_BY_LANGUAGE)) expect(cells.length).toBeGreaterThanOrEqual(60);
    expect(unique(ENGLISH_OFFICE).length).toBeGreaterThanOrEqual(300);
    expect(unique(HINDI_OFFICE_WORDS).length).toBeGreaterThanOrEqual(150);
    expect(HINDI_OFFICE_WORDS.every((words) => words.split(' ').length <= 2)).toBe(true);
  });

  it('type Hindi in Kruti Dev the way known office strings are typed', () => {
    expect(unicodeToKrutiDev('कार्यशाला')).toBe("dk;Z'kkyk");
    expect(unicodeToKrutiDev('सहायक प्रबंधक')).toBe('lgk;d izca/kd');
    expect(unicodeToKrutiDev('उप महाप्रबंधक')).toBe('mi egkizca/kd');
    expect(unicodeToKrutiDev('सचिव')).toBe('lfpo');
    expect(unicodeToKrutiDev('क्षेत्रीय प्रतिनिधि')).toBe('{ks=h; izfrfuf/k');
    expect(unicodeToKrutiDev('आर्थिक')).toBe('vkfFkZd');
  });

  it('come back unchanged through the app’s converter, so the typed form is right', () => {
    const wrong = KRUTI_DEV_WORDS.filter(({ hindi, typed }) => krutiDevToUnicode(typed) !== hindi);
    expect(wrong).toEqual([]);
  });
});

describe('Kruti Dev detection on Latin names with accents', () => {
  it.each(Object.entries(LATIN_AS_IMPORTED))('never takes a %s cell or paste for Kruti Dev', (_, cells) => {
    expect(notConfidentlyLatin(cells)).toEqual([]);
  });

  it('never takes a column of them for Kruti Dev, whole or in pieces of 20', () => {
    expect(detectKrutiDev(ALL_LATIN).confidence).toBe('none');
    for (let start = 0; start < ALL_LATIN.length; start += 20) {
      const column = ALL_LATIN.slice(start, start + 20);
      expect(detectKrutiDev(column).confidence, column.join(' | ')).toBe('none');
    }
  });

  it('says why: the letters are not in the font', () => {
    const verdict = detectKrutiDev(['José Müller', 'Renée Façade', 'Hélène Côté']);
    expect(verdict).toMatchObject({ confidence: 'none', likely: false, score: 0 });
    expect(verdict.reasons).toEqual([{ code: 'latinLetterCells', count: 3, example: 'José Müller' }]);
  });
});

describe('Kruti Dev detection on English office lists', () => {
  it('never takes a name, designation or organisation for Kruti Dev, alone or as a column', () => {
    expect(notConfidentlyLatin(ENGLISH_OFFICE)).toEqual([]);
    expect(detectKrutiDev(ENGLISH_OFFICE).confidence).toBe('none');
    for (let start = 0; start < ENGLISH_OFFICE.length; start += 20) {
      expect(detectKrutiDev(ENGLISH_OFFICE.slice(start, start + 20)).confidence).toBe('none');
    }
  });
});

/** Every English string of the app's own screens: text nobody wrote with this detector in mind. */
function englishLocaleStrings(): string[] {
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  const folder = join(import.meta.dirname, '../../../locales/en');
  for (const file of readdirSync(folder)) collect(JSON.parse(readFileSync(join(folder, file), 'utf8')));
  // Placeholders like {{name}} and the few Hindi words (the language switch) are not English prose.
  return strings.filter((text) => !/[\u0900-\u097F{}]/u.test(text));
}

describe('Kruti Dev detection on the app’s own English text', () => {
  it('never takes an English sentence or word of the screens for Kruti Dev', () => {
    const sentences = englishLocaleStrings();
    const words = unique(sentences.flatMap((text) => text.split(/\s+/u)).map((word) => word.replace(/^[("“‘]+|[)"”’:;,.!?]+$/gu, '')))
      .filter((word) => /^[A-Za-z'-]+$/u.test(word));
    expect(sentences.length).toBeGreaterThan(500);
    expect(words.length).toBeGreaterThan(500);
    expect(notConfidentlyLatin(sentences)).toEqual([]);
    expect(notConfidentlyLatin(words)).toEqual([]);
  });
});

describe('Kruti Dev detection on short Hindi strings', () => {
  const found = KRUTI_DEV_WORDS.filter(({ typed }) => detectKrutiDev([typed]).likely);
  const recall = found.length / KRUTI_DEV_WORDS.length;

  it('finds at least 95 % of one- and two-word designations, offices and names on their own', () => {
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the one-word designations a clerk pastes most', () => {
    for (const typed of ['lfpo', 'fyfid', 'v/;{k', 'lnL;', 'ys[kkdkj', "dk;Z'kkyk", 'vf/kdkjh', 'uxj fuxe']) {
      expect(detectKrutiDev([typed]), typed).toMatchObject({ confidence: 'high', likely: true });
    }
  });

  it('finds the commonest surnames and first names on their own', () => {
    for (const hindi of ['सिंह', 'श्रीवास्तव', 'संदीप', 'नितिन', 'वेतन', 'ममता सिंह', 'श्रीमान', 'श्रीमती', 'नीलम', 'मीना', 'पूनम', 'फूल']) {
      const typed = unicodeToKrutiDev(hindi);
      expect(detectKrutiDev([typed]), `${typed} (${hindi})`).toMatchObject({ confidence: 'high', likely: true });
    }
    expect(unicodeToKrutiDev('सिंह')).toBe('flag');
    expect(unicodeToKrutiDev('श्रीवास्तव')).toBe('JhokLro');
  });

  it('pre-ticks a column of them, and only offers one with English cells mixed in', () => {
    const typed = KRUTI_DEV_WORDS.map((word) => word.typed);
    expect(detectKrutiDev(typed).confidence).toBe('high');
    const mixed = [...typed.slice(0, 40), 'José Müller', 'Deputy Manager'];
    expect(detectKrutiDev(mixed)).toMatchObject({ confidence: 'medium', likely: false });
  });
});

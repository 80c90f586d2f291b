import { describe, expect, it } from 'vitest';
import { parseCalendarDate, parseClockTime } from '../../../src-main/core/programmes/calendar.js';
import { tidyLine, tidyText } from '../../../src-main/core/programmes/clean-text.js';

describe('calendar dates', () => {
  it('accepts days that exist, in ASCII or Devanagari digits', () => {
    expect(parseCalendarDate('2024-04-17')).toBe('2024-04-17');
    expect(parseCalendarDate(' २०२४-०२-२९ ')).toBe('2024-02-29');
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const text of ['2025-02-29', '2025-02-31', '2024-04-31', '2024-13-01', '2024-00-10', '17.04.2024', '2024-4-17', '']) {
      expect(parseCalendarDate(text), text).toBeNull();
    }
  });
});

describe('clock times', () => {
  it('accepts 24-hour times and pads the hour', () => {
    expect(parseClockTime('9:05')).toBe('09:05');
    expect(parseClockTime('२३:५९')).toBe('23:59');
  });

  it('refuses impossible times', () => {
    for (const text of ['24:00', '10:60', '10', '10:5', 'दस बजे']) expect(parseClockTime(text), text).toBeNull();
  });
});

describe('pasted text', () => {
  it('loses invisible control characters but keeps Devanagari joiners and Kruti Dev bytes', () => {
    expect(tidyLine('क\u0000ख\u001B[0mग')).toBe('कख[0mग');
    expect(tidyLine('क्\u200Dष')).toBe('क्\u200Dष');
    const krutiDev = 'lfefr dh cSBd ¼\u0080\u0090½';
    expect(tidyLine(krutiDev)).toBe(krutiDev);
  });

  it('keeps line breaks in several-line fields, turning Word line and page breaks into line breaks', () => {
    expect(tidyText('  एक\r\nदो\u000Bतीन\u000Cचार  \n\n')).toBe('एक\nदो\nतीन\nचार');
  });

  it('stores a nukta letter in one canonical form however it was typed', () => {
    expect(tidyLine('\u095B')).toBe(tidyLine('\u091C\u093C'));
  });
});

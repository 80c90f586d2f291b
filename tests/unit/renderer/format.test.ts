import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src-renderer/lib/format.js';

describe('createFormatter', () => {
  it('groups numbers the Indian way with international digits', () => {
    expect(createFormatter({ language: 'hi', digits: 'latn' }).number(1234567)).toBe('12,34,567');
    expect(createFormatter({ language: 'en', digits: 'latn' }).number(1234567)).toBe('12,34,567');
  });

  it('writes Devanagari digits when the user chose them', () => {
    expect(createFormatter({ language: 'hi', digits: 'deva' }).number(1234567)).toBe('१२,३४,५६७');
    expect(createFormatter({ language: 'en', digits: 'deva' }).number(50000)).toBe('५०,०००');
  });

  it('writes a calendar date as day, month name and year in the chosen language and digits', () => {
    expect(createFormatter({ language: 'hi', digits: 'latn' }).date('2024-04-17')).toBe('17 अप्रैल 2024');
    expect(createFormatter({ language: 'hi', digits: 'deva' }).date('2024-04-17')).toBe('१७ अप्रैल २०२४');
    expect(createFormatter({ language: 'en', digits: 'latn' }).date('2024-04-17')).toBe('17 April 2024');
  });

  it('keeps a calendar date on its day in every time zone', () => {
    // Midnight UTC is still the previous evening in the Americas; a naive Date would slip a day.
    const original = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(createFormatter({ language: 'en', digits: 'latn' }).date('2024-01-01')).toBe('1 January 2024');
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('formats a timestamp and refuses text that is not a date', () => {
    const format = createFormatter({ language: 'hi', digits: 'latn' });
    expect(format.date(new Date(2024, 3, 17, 12))).toBe('17 अप्रैल 2024');
    expect(() => format.date('कल')).toThrow(RangeError);
  });
});

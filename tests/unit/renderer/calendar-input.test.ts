import { describe, expect, it } from 'vitest';
import {
  formatDateInput,
  formatTimeInput,
  parseDateInput,
  parseTimeInput,
  partOfDayWord,
  shiftDate,
  shiftTime,
} from '../../../src-renderer/lib/calendar-input.js';

const stored = (value: string) => ({ ok: true, value });
/** The year the date field passes as "this year"; fixed, so two-digit years read the same every year. */
const THIS_YEAR = 2026;

describe('parseDateInput', () => {
  it.each([
    '17.04.2024',
    '17/04/2024',
    '17-04-2024',
    '17.4.24',
    ' 17 . 04 . 2024 ',
    '17 अप्रैल 2024',
    '17 अप्रेल 2024',
    '17 April 2024',
    '17 april, 2024',
    '17 Apr 2024',
    '17-Apr-2024',
    'April 17, 2024',
    '१७.०४.२०२४',
    '१७ अप्रैल २०२४',
    '2024-04-17',
  ])('reads "%s" as 17 April 2024', (typed) => {
    expect(parseDateInput(typed, THIS_YEAR)).toEqual(stored('2024-04-17'));
  });

  it.each([
    ['1 जनवरी 2025', '2025-01-01'],
    ['29 फ़रवरी 2024', '2024-02-29'],
    ['29 फरवरी 2024', '2024-02-29'],
    ['5 सितंबर 2024', '2024-09-05'],
    ['5 सितम्बर 2024', '2024-09-05'],
    ['2 अक्टूबर 2024', '2024-10-02'],
    ['2 अक्तूबर 2024', '2024-10-02'],
    ['14 नवंबर 2024', '2024-11-14'],
    ['14 नवम्बर 2024', '2024-11-14'],
    ['25 दिसंबर 2024', '2024-12-25'],
    ['25 दिसम्बर 2024', '2024-12-25'],
    ['15 Aug 1947', '1947-08-15'],
    ['3 Sept 2024', '2024-09-03'],
  ])('reads the month name in "%s"', (typed, value) => {
    expect(parseDateInput(typed, THIS_YEAR)).toEqual(stored(value));
  });

  it.each([
    ['15.08.97', '1997-08-15'],
    ['01.02.99', '1999-02-01'],
    ['17.04.24', '2024-04-17'],
    ['31.12.46', '2046-12-31'],
    ['01.01.47', '1947-01-01'],
    ['15 अगस्त 47', '1947-08-15'],
    ['1/1/00', '2000-01-01'],
  ])('reads the two-digit year in "%s" as at most twenty years ahead of 2026: %s', (typed, value) => {
    expect(parseDateInput(typed, THIS_YEAR)).toEqual(stored(value));
  });

  it('moves the two-digit window with the year it is given', () => {
    expect(parseDateInput('01.01.05', 2090)).toEqual(stored('2105-01-01'));
    expect(parseDateInput('01.01.11', 2090)).toEqual(stored('2011-01-01'));
    expect(parseDateInput('01.01.97', 2080)).toEqual(stored('2097-01-01'));
    expect(parseDateInput('01.01.00', 2080)).toEqual(stored('2100-01-01'));
    expect(parseDateInput('01.01.01', 2080)).toEqual(stored('2001-01-01'));
  });

  it('reads an empty field as no date', () => {
    expect(parseDateInput('  ', THIS_YEAR)).toEqual(stored(''));
  });

  it.each(['31.02.2024', '29.02.2023', '32.01.2024', '17.13.2024', '31 अप्रैल 2024', '2024-02-30', '01.01.1700'])(
    'refuses "%s", a day the calendar does not have',
    (typed) => {
      expect(parseDateInput(typed, THIS_YEAR)).toEqual({ ok: false, problem: 'noSuchDay' });
    },
  );

  it.each(['kal', '17', '17.04', '17.04-2024', '17 अप्रैलल 2024', '2024/04/17/1', 'abc 17 2024', '17.04.202'])('refuses "%s", which is not a date', (typed) => {
    expect(parseDateInput(typed, THIS_YEAR)).toEqual({ ok: false, problem: 'shape' });
  });
});

describe('formatDateInput', () => {
  it('writes a stored date as day.month.year in the chosen digits', () => {
    expect(formatDateInput('2024-04-17', 'latn')).toBe('17.04.2024');
    expect(formatDateInput('2024-04-17', 'deva')).toBe('१७.०४.२०२४');
  });

  it('leaves a value that is not a stored date as typed, so nothing typed is lost', () => {
    expect(formatDateInput('31.02.2024', 'latn')).toBe('31.02.2024');
    expect(formatDateInput('', 'deva')).toBe('');
  });

  it('reads back what it writes', () => {
    expect(parseDateInput(formatDateInput('2024-12-31', 'deva'), THIS_YEAR)).toEqual(stored('2024-12-31'));
  });
});

describe('parseTimeInput', () => {
  it.each([
    ['10:30', '10:30'],
    ['10.30', '10:30'],
    ['१०:३०', '10:30'],
    ['9:05', '09:05'],
    ['17:30', '17:30'],
    ['0:00', '00:00'],
    ['10', '10:00'],
    ['प्रातः 10:30', '10:30'],
    ['प्रात: 10:30', '10:30'],
    ['प्रातः १०:३०', '10:30'],
    ['सुबह 9 बजे', '09:00'],
    ['दोपहर 12:00', '12:00'],
    ['दोपहर 2:30', '14:30'],
    ['सायं 5:30', '17:30'],
    ['सायंकाल 6', '18:00'],
    ['शाम 4:00', '16:00'],
    ['सायं 17:30', '17:30'],
    ['रात्रि 9:00', '21:00'],
    ['रात्रि 12:00', '00:00'],
    ['5:30 PM', '17:30'],
    ['5:30 p.m.', '17:30'],
    ['12:15 pm', '12:15'],
    ['12:15 am', '00:15'],
    ['10:30 AM', '10:30'],
    ['10:30 बजे', '10:30'],
  ])('reads "%s" as %s', (typed, value) => {
    expect(parseTimeInput(typed)).toEqual(stored(value));
  });

  it('reads an empty field as no time', () => {
    expect(parseTimeInput('')).toEqual(stored(''));
  });

  it.each([
    ['10 बजे सुबह', '10:00'],
    ['5:30 बजे सायं', '17:30'],
    ['सुबह 10 बजे', '10:00'],
    ['सायं 5:30 बजे', '17:30'],
    ['10बजे', '10:00'],
    ['दोपहर 12:30', '12:30'],
    ['रात्रि 12', '00:00'],
    ['सायं 5:30', '17:30'],
    ['सायं 17:30', '17:30'],
  ])('reads "%s" with "बजे" anywhere in it as %s', (typed, value) => {
    expect(parseTimeInput(typed)).toEqual(stored(value));
  });

  it.each(['24:00', '10:60', '25 बजे'])('refuses "%s", which names no time of day', (typed) => {
    expect(parseTimeInput(typed)).toEqual({ ok: false, problem: 'noSuchTime' });
  });

  it.each([
    ['सुबह 12:30', 'सुबह', '12:30', ['00:30', '12:30']],
    ['प्रातः 12', 'प्रातः', '12:00', ['00:00', '12:00']],
    ['शाम 10', 'शाम', '10:00', ['10:00', '22:00']],
    ['सायं 10 बजे', 'सायं', '10:00', ['10:00', '22:00']],
    ['प्रातः 17:30', 'प्रातः', '17:30', ['05:30', '17:30']],
    ['17:30 AM', 'am', '17:30', ['05:30', '17:30']],
  ])('refuses "%s", whose part-of-day word does not fit the hour, naming the word and both readings', (typed, word, clock, readings) => {
    expect(parseTimeInput(typed)).toEqual({ ok: false, problem: 'periodMismatch', word, clock, readings });
  });

  it.each(['ten thirty', '10:3', '10:30:00', '1030', 'कल 10:30', '10-30'])('refuses "%s", which is not a time', (typed) => {
    expect(parseTimeInput(typed)).toEqual({ ok: false, problem: 'shape' });
  });
});

describe('formatTimeInput and partOfDayWord', () => {
  it('writes a stored time on the 24-hour clock in the chosen digits', () => {
    expect(formatTimeInput('17:30', 'latn')).toBe('17:30');
    expect(formatTimeInput('17:30', 'deva')).toBe('१७:३०');
    expect(formatTimeInput('सायं', 'latn')).toBe('सायं');
  });

  it.each([
    ['04:00', 'morning'],
    ['10:30', 'morning'],
    ['12:00', 'afternoon'],
    ['15:59', 'afternoon'],
    ['16:00', 'evening'],
    ['19:59', 'evening'],
    ['20:00', 'night'],
    ['03:59', 'night'],
  ] as const)('places %s in the %s', (value, word) => {
    expect(partOfDayWord(value)).toBe(word);
  });

  it('has no part of day for a value that is not a stored time', () => {
    expect(partOfDayWord('')).toBeNull();
  });

  it('reads back the time with its word, as the hint shows it', () => {
    expect(parseTimeInput('सायं 17:30')).toEqual(stored('17:30'));
    expect(parseTimeInput('रात्रि 03:30')).toEqual(stored('03:30'));
    expect(parseTimeInput('दोपहर 15:59')).toEqual(stored('15:59'));
  });
});

describe('shiftDate and shiftTime', () => {
  it('moves a date by days across the end of a month and a year', () => {
    expect(shiftDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDate('2024-12-31', 1)).toBe('2025-01-01');
    expect(shiftDate('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('moves a time by minutes round the clock', () => {
    expect(shiftTime('10:55', 5)).toBe('11:00');
    expect(shiftTime('23:58', 5)).toBe('00:03');
    expect(shiftTime('00:00', -5)).toBe('23:55');
  });

  it('leaves anything that is not a stored value alone', () => {
    expect(shiftDate('17.04', 1)).toBe('17.04');
    expect(shiftTime('', 5)).toBe('');
  });
});

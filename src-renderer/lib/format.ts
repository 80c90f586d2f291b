/**
 * The one place numbers and dates are turned into text, so the user's choice of digits
 * (international or Devanagari) holds on every screen. Pure: no React, no i18next.
 */
export type FormatLanguage = 'hi' | 'en';
export type FormatDigits = 'latn' | 'deva';

export interface FormatOptions {
  language: FormatLanguage;
  digits: FormatDigits;
}

export interface Formatter {
  /** 1234567 → "12,34,567" (Indian grouping), or "१२,३४,५६७" with Devanagari digits. */
  number(value: number): string;
  /** "2024-04-17" or an ISO timestamp → "17 अप्रैल 2024" / "17 April 2024". */
  date(value: string | Date): string;
  /** An ISO timestamp → the local clock time, "10:05" (24-hour), in the chosen digits. */
  time(value: string): string;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function localeFor({ language, digits }: FormatOptions): string {
  // Both languages use the Indian locale so numbers group as 12,34,567 either way.
  return `${language}-IN-u-nu-${digits}`;
}

export function createFormatter(options: FormatOptions): Formatter {
  const locale = localeFor(options);
  const numberFormat = new Intl.NumberFormat(locale);
  const dateParts = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  // A calendar date has no time zone; formatting it in UTC keeps "17 April" from becoming
  // "16 April" west of Greenwich.
  const calendarDateFormat = new Intl.DateTimeFormat(locale, { ...dateParts, timeZone: 'UTC' });
  const instantFormat = new Intl.DateTimeFormat(locale, dateParts);
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  return {
    number: (value) => numberFormat.format(value),
    date: (value) => {
      if (typeof value === 'string' && CALENDAR_DATE.test(value)) {
        return calendarDateFormat.format(new Date(`${value}T00:00:00Z`));
      }
      const instant = typeof value === 'string' ? new Date(value) : value;
      if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
      return instantFormat.format(instant);
    },
    time: (value) => {
      const instant = new Date(value);
      if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a time: ${value}`);
      return timeFormat.format(instant);
    },
  };
}

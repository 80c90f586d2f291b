import type { Digits, Language } from '../contract/index.js';

/**
 * The days of a programme as one line of text for printed pages: "17 अप्रैल 2024", or a range
 * such as "17–19 अप्रैल 2024", in the user's language and digits. Calendar dates have no time
 * zone, so they are formatted in UTC and never shift by a day.
 */
export function programmeDateText(dates: readonly string[], language: Language, digits: Digits): string {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  const format = new Intl.DateTimeFormat(`${language}-IN-u-nu-${digits}`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  return first === last ? format.format(day(first)) : format.formatRange(day(first), day(last));
}

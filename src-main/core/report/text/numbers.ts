import type { Digits, Language } from '../../contract/index.js';
import { printDigitsOf, withDigits } from '../../print/print-digits.js';

/** A count as a report prints it: Indian grouping (12,34,567) in the chosen digits. */
export function reportNumber(value: number, language: Language, digits: Digits): string {
  return new Intl.NumberFormat(`${language}-IN-u-nu-${digits}`, { useGrouping: true }).format(value);
}

/** "17.04.2024" in the chosen digits, as minutes write "दिनांक 17.04.2024". */
export function numericDate(date: string, digits: Digits): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return '';
  const [, year = '', month = '', day = ''] = match;
  return withReportDigits(`${day}.${month}.${year}`, digits);
}

/** Writes the ASCII digits of generated text in the chosen script. */
export function withReportDigits(text: string, digits: Digits): string {
  return withDigits(text, printDigitsOf(digits));
}

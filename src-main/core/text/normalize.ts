import { tidyText } from '../contract/text-rules.js';

const DEVANAGARI_DIGIT_ZERO = 0x0966;

/** Converts Devanagari digits (०-९) to ASCII digits, leaving everything else untouched. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0966-\u096F]/g, (digit) => String(digit.charCodeAt(0) - DEVANAGARI_DIGIT_ZERO));
}

/** Canonical form for stored one-line text: the one text rule's tidying (see tidyText). */
export function cleanLine(text: string): string {
  return tidyText(text);
}

/**
 * A key for comparing names: case, spacing and invisible characters do not matter, so a name
 * pasted from WhatsApp with a direction mark, or typed with a joiner (क्‍ष), finds the same
 * person as the plain one.
 */
export function nameKey(name: string): string {
  return cleanLine(name).toLowerCase().replace(/[\s.,\p{Default_Ignorable_Code_Point}]/gu, '');
}

/** Digits only, ASCII. */
export function digitsOnly(text: string): string {
  return toAsciiDigits(text).replace(/\D/g, '');
}

/** Compares phone numbers by their last ten digits, so +91 and a leading 0 do not matter. */
export function phoneKey(phone: string): string {
  return digitsOnly(phone).slice(-10);
}

const hindiCollator = new Intl.Collator('hi', { sensitivity: 'base', numeric: true });

/** Sorts names the way a Hindi reader expects (and English names sensibly alongside). */
export function compareHindi(a: string, b: string): number {
  return hindiCollator.compare(a, b);
}

import type { Digits } from '../contract/index.js';

export type PrintDigits = 'latin' | 'devanagari';

/** The print name of the digits setting. */
export function printDigitsOf(digits: Digits): PrintDigits {
  return digits === 'deva' ? 'devanagari' : 'latin';
}

const DEVANAGARI_ZERO = 0x0966;

/** Writes the ASCII digits of a text in the chosen script; everything else is left alone. */
export function withDigits(text: string, digits: PrintDigits): string {
  if (digits === 'latin') return text;
  return text.replace(/[0-9]/g, (digit) => String.fromCodePoint(DEVANAGARI_ZERO + Number(digit)));
}

/** The CSS counter style that writes numbers in the chosen script (used for page numbers). */
export function counterStyle(digits: PrintDigits): 'decimal' | 'devanagari' {
  return digits === 'latin' ? 'decimal' : 'devanagari';
}

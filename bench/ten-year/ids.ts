import { seededRandom } from './hindi-text.js';

/**
 * The app names everything with crypto.randomUUID(). The bench needs ids of the same shape
 * (their length is part of every file and catalog) that come out the same on every run, so
 * that the one-file baseline can rebuild exactly the data the generator wrote.
 */
export function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

const stableUuid = (stream: number, n: number) => uuidFrom(seededRandom(stream * 1_000_003 + n));

export const personId = (n: number) => stableUuid(1, n);
export const programmeId = (n: number) => stableUuid(2, n);
export const reportId = (n: number) => stableUuid(3, n);

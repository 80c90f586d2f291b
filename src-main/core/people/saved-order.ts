import { z } from 'zod';
import { cacheFile } from '../db/index.js';

/**
 * The directory's Hindi alphabetical order as it was when the app last closed. Sorting 50,000
 * names with the Hindi collator takes about 150 ms of every start; checking that a saved order
 * still holds takes a tenth of that. It is a cache, not data: a name starting with "." keeps it
 * out of backups and restores, and a missing, damaged or outdated file only means sorting anew.
 */
const savedOrderFile = cacheFile('.people-order.json', z.object({ ids: z.array(z.string().max(200)).max(5_000_000) }));

export async function readSavedOrder(dataDir: string): Promise<string[] | null> {
  return (await savedOrderFile.read(dataDir))?.ids ?? null;
}

export async function writeSavedOrder(dataDir: string, ids: string[]): Promise<void> {
  await savedOrderFile.write(dataDir, { ids });
}

/**
 * `people` sorted by `compare`, starting from an order saved earlier: the people it lists are
 * taken in that order if it still holds (each pair in order), and anyone it does not list is
 * merged in. If it does not hold (a name changed, a restore), the people are sorted afresh.
 */
export function sortFromSavedOrder<T extends { id: string }>(
  people: readonly T[],
  savedOrder: readonly string[] | null,
  compare: (a: T, b: T) => number,
): T[] {
  if (savedOrder === null) return [...people].sort(compare);
  const unplaced = new Map(people.map((person) => [person.id, person]));
  const placed: T[] = [];
  for (const id of savedOrder) {
    const person = unplaced.get(id);
    if (person === undefined) continue;
    placed.push(person);
    unplaced.delete(id);
  }
  for (let index = 1; index < placed.length; index += 1) {
    if (compare(placed[index - 1]!, placed[index]!) > 0) return [...people].sort(compare);
  }
  if (unplaced.size === 0) return placed;
  return mergeSorted(placed, [...unplaced.values()].sort(compare), compare);
}

function mergeSorted<T>(left: readonly T[], right: readonly T[], compare: (a: T, b: T) => number): T[] {
  const merged: T[] = [];
  let l = 0;
  let r = 0;
  while (l < left.length && r < right.length) merged.push(compare(left[l]!, right[r]!) <= 0 ? left[l++]! : right[r++]!);
  while (l < left.length) merged.push(left[l++]!);
  while (r < right.length) merged.push(right[r++]!);
  return merged;
}

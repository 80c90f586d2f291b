import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { compareHindi } from '../text/normalize.js';
import type { StoredPerson } from './document.js';
import { DuplicateKeys } from './duplicate-keys.js';
import { PeopleFullTextIndex } from './full-text-index.js';
import { PhoneticDirectory } from './phonetic-directory.js';
import { sortFromSavedOrder } from './saved-order.js';

/**
 * Beyond this many matches it is cheaper to walk the already sorted directory than to sort the
 * matches with the Hindi collator, which costs a microsecond or more per comparison.
 */
const SORT_MATCHES_DIRECTLY_BELOW = 2000;

/** When to build the duplicate keys if no save asked for them first. */
const DUPLICATE_KEYS_AFTER_MS = 1_500;

/** How long one slice of a bulk update (an import of thousands) may hold the event loop. */
const BULK_SLICE_MS = 12;
/** Below this many people a bulk update is cheaper done the ordinary way, one by one. */
const BULK_FROM = 200;

function compareByName(a: StoredPerson, b: StoredPerson): number {
  return compareHindi(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The people directory in memory, kept in step with every saved change instead of rebuilt:
 * full-text search (NFC-normalised so nukta letters match however they were typed, prefix
 * matching so a few letters find a name), the directory in Hindi collation order, and the
 * keys that reveal likely duplicates.
 */
export class PeopleSearchIndex {
  private readonly fullText: PeopleFullTextIndex;
  private readonly byId = new Map<string, StoredPerson>();
  private readonly sorted: StoredPerson[] = [];
  private readonly duplicateKeys: DuplicateKeys;
  private readonly phonetic: PhoneticDirectory;
  /** While a bulk update re-sorts the directory in slices, single puts are replayed onto its result. */
  private putsDuringBulk: StoredPerson[] | null = null;
  private changes = 0;

  /** `savedOrder` is the directory's order when the app last closed, if known; it saves sorting anew. */
  constructor(people: readonly StoredPerson[], savedOrder: readonly string[] | null = null) {
    this.duplicateKeys = new DuplicateKeys(
      people.flatMap((person) => (person.removedAt === null ? [person.id] : [])),
      (id) => this.byId.get(id),
    );
    for (const person of people) {
      this.byId.set(person.id, person);
      if (person.removedAt === null) this.addActive(person, false);
    }
    const arranged = sortFromSavedOrder(this.sorted, savedOrder, compareByName);
    this.sorted.length = 0;
    for (const person of arranged) this.sorted.push(person);
    // Built shortly after start-up, once the first screen has had the processor.
    setTimeout(() => void this.duplicateKeys.whenReady(), DUPLICATE_KEYS_AFTER_MS).unref();
    this.fullText = new PeopleFullTextIndex(
      () => this.sorted.map((person) => person.id),
      (id) => this.byId.get(id),
    );
    this.phonetic = new PhoneticDirectory(
      () => this.sorted.map((person) => person.id),
      (id) => this.byId.get(id),
    );
  }

  /** Grows with every change, so a caller can tell whether what it computed from the directory is still current. */
  get revision(): number {
    return this.changes;
  }

  put(person: StoredPerson): void {
    this.changes += 1;
    const previous = this.byId.get(person.id);
    if (previous && previous.removedAt === null) this.removeActive(previous);
    this.byId.set(person.id, person);
    if (person.removedAt === null) this.addActive(person, true);
    this.putsDuringBulk?.push(person);
    this.putInTextIndexes(person);
  }

  /**
   * Records many saved people at once (an import, its undo) without holding the event loop for
   * more than a few milliseconds at a time: the directory is re-sorted by a merge sort that yields
   * between slices, and the text indexes are fed in slices too. Resolves when all are searchable.
   */
  async putMany(people: readonly StoredPerson[]): Promise<void> {
    if (people.length < BULK_FROM || this.putsDuringBulk !== null) {
      for (const person of people) this.put(person);
      return;
    }
    this.changes += 1;
    const slicer = new Slicer();
    const leaving = new Set<StoredPerson>();
    const arriving: StoredPerson[] = [];
    for (const person of people) {
      const previous = this.byId.get(person.id);
      if (previous && previous.removedAt === null) {
        leaving.add(previous);
        this.removeKeys(previous);
      }
      this.byId.set(person.id, person);
      if (person.removedAt === null) {
        arriving.push(person);
        this.addKeys(person);
      }
    }
    this.putsDuringBulk = [];
    try {
      const kept = leaving.size === 0 ? [...this.sorted] : this.sorted.filter((person) => !leaving.has(person));
      const sortedArrivals = await sortInSlices(arriving, slicer);
      const merged = await mergeInSlices(kept, sortedArrivals, slicer);
      this.sorted.length = 0;
      for (const person of merged) this.sorted.push(person);
    } finally {
      const replay = this.putsDuringBulk;
      this.putsDuringBulk = null;
      // Puts made while the bulk was sorting changed a snapshot that has just been replaced.
      for (const person of replay) this.resortOne(person.id);
    }
    for (const person of people) {
      this.putInTextIndexes(this.byId.get(person.id) ?? person);
      if (slicer.due()) await slicer.pause();
    }
  }

  /** Every active person, in Hindi alphabetical order. */
  active(): readonly StoredPerson[] {
    return this.sorted;
  }

  /**
   * Active people whose name, designation, unit or phone sounds like the query, best first:
   * "sharma" finds शर्मा, "karyashala" finds कार्यशाला, and Devanagari typed with a short
   * vowel for a long one still matches.
   */
  async soundsLike(query: string, limit: number): Promise<StoredPerson[]> {
    return (await this.phonetic.match(query, limit)).flatMap((id) => this.byId.get(id) ?? []);
  }

  /** Active people's ids in directory order, to be saved for the next start. */
  orderedIds(): string[] {
    return this.sorted.map((person) => person.id);
  }

  get(id: string): StoredPerson | undefined {
    return this.byId.get(id);
  }

  /** Active people matching every word of the query (all people if it is empty), sorted by name. */
  async search(query: string, categoryId: string | null): Promise<readonly StoredPerson[]> {
    const inCategory = (person: StoredPerson) => categoryId === null || person.categoryId === categoryId;
    const trimmed = query.trim();
    if (trimmed === '') return categoryId === null ? this.sorted : this.sorted.filter(inCategory);

    const matchingIds = await this.fullText.search(trimmed);
    if (matchingIds.size >= SORT_MATCHES_DIRECTLY_BELOW) {
      return this.sorted.filter((person) => matchingIds.has(person.id) && inCategory(person));
    }
    const matches: StoredPerson[] = [];
    for (const id of matchingIds) {
      const person = this.byId.get(id);
      if (person && inCategory(person)) matches.push(person);
    }
    return matches.sort(compareByName);
  }

  /** Active people with the same normalised name and phone (both may be empty), or the same email. */
  likelyDuplicates(candidate: { name: string; phone: string; email: string }, ignoreId?: string): StoredPerson[] {
    const ids = this.duplicateKeys.idsLike(candidate);
    ids.delete(ignoreId ?? '');
    return [...ids].flatMap((id) => this.byId.get(id) ?? []);
  }

  /** Stops background indexing when the core closes. */
  stop(): void {
    this.duplicateKeys.stop();
    this.fullText.stop();
    this.phonetic.stop();
  }

  private putInTextIndexes(person: StoredPerson): void {
    this.fullText.put(person);
    this.phonetic.put(person);
  }

  private addActive(person: StoredPerson, keepSorted: boolean): void {
    if (keepSorted) this.sorted.splice(this.insertionPoint(person), 0, person);
    else this.sorted.push(person);
    this.addKeys(person);
  }

  private removeActive(person: StoredPerson): void {
    const position = this.sorted.indexOf(person);
    if (position !== -1) this.sorted.splice(position, 1);
    this.removeKeys(person);
  }

  private addKeys(person: StoredPerson): void {
    this.duplicateKeys.add(person);
  }

  private removeKeys(person: StoredPerson): void {
    this.duplicateKeys.remove(person);
  }

  /** Resolves once the keys that reveal likely duplicates are complete; a save waits for it rather than stall. */
  whenDuplicateKeysReady(): Promise<void> {
    return this.duplicateKeys.whenReady();
  }

  /** Puts the current version of one person (or nobody, if removed) in its place in the sorted directory. */
  private resortOne(id: string): void {
    const position = this.sorted.findIndex((person) => person.id === id);
    if (position !== -1) this.sorted.splice(position, 1);
    const current = this.byId.get(id);
    if (current && current.removedAt === null) this.sorted.splice(this.insertionPoint(current), 0, current);
  }

  private insertionPoint(person: StoredPerson): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = this.sorted[middle];
      if (other !== undefined && compareByName(other, person) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Counts steps cheaply and says when the current slice of work has held the event loop long enough. */
class Slicer {
  private steps = 0;
  private sliceStart = performance.now();

  due(): boolean {
    this.steps += 1;
    if (this.steps < 64) return false;
    this.steps = 0;
    return performance.now() - this.sliceStart >= BULK_SLICE_MS;
  }

  async pause(): Promise<void> {
    await nextMacrotask();
    this.sliceStart = performance.now();
  }
}

/** Runs of this size are sorted natively in one go (about a millisecond with the Hindi collator). */
const SORT_RUN = 256;

/** A bottom-up merge sort by name that yields between slices; the Hindi collator costs about a microsecond per comparison. */
async function sortInSlices(items: readonly StoredPerson[], slicer: Slicer): Promise<StoredPerson[]> {
  let runs: StoredPerson[][] = [];
  for (let start = 0; start < items.length; start += SORT_RUN) {
    runs.push(items.slice(start, start + SORT_RUN).sort(compareByName));
    if (slicer.due()) await slicer.pause();
  }
  while (runs.length > 1) {
    const next: StoredPerson[][] = [];
    for (let index = 0; index < runs.length; index += 2) {
      const left = runs[index] ?? [];
      const right = runs[index + 1];
      next.push(right === undefined ? left : await mergeInSlices(left, right, slicer));
    }
    runs = next;
  }
  return runs[0] ?? [];
}

async function mergeInSlices(left: readonly StoredPerson[], right: readonly StoredPerson[], slicer: Slicer): Promise<StoredPerson[]> {
  const merged: StoredPerson[] = [];
  let l = 0;
  let r = 0;
  while (l < left.length && r < right.length) {
    const a = left[l]!;
    const b = right[r]!;
    if (compareByName(a, b) <= 0) {
      merged.push(a);
      l += 1;
    } else {
      merged.push(b);
      r += 1;
    }
    if (slicer.due()) await slicer.pause();
  }
  while (l < left.length) merged.push(left[l++]!);
  while (r < right.length) merged.push(right[r++]!);
  return merged;
}

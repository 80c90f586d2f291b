import { phoneticQueryKeys, phoneticWordKeys } from './phonetic-key.js';
import { SortedOccurrences, type IndexedEntry } from './sorted-occurrences.js';

/** More words than this in a search box is a pasted sentence; the rest add nothing useful. */
const MAX_QUERY_WORDS = 8;
/** Names longer than this rank as equally long. */
const MAX_RANKED_NAME_LENGTH = 255;
const RANK_BUCKETS = 4 * (MAX_RANKED_NAME_LENGTH + 1);
/**
 * People added or changed since the sorted part was built are checked one by one on every
 * search; past this many, the search folds them in first (a one-off 0.2–0.3 s at 50,000 people).
 */
const RECENT_SCAN_LIMIT = 1024;

/**
 * Finds people by name, designation, organisation or phone typed in Devanagari or in Roman
 * letters, for a check-in desk that searches on every keystroke. Every word of the query must be
 * the start of some word of the entry (compared by phonetic key). Results rank first when every
 * query word is a whole word of the entry, then when a query word starts the name, then by
 * shorter name, and otherwise in the order people were first added.
 *
 * Each person has a slot in insertion order. Most slots are in a sorted occurrence list (a prefix
 * is one contiguous run of it); people added or changed since it was built are scanned directly.
 */
export class PhoneticNameIndex {
  private entries: Array<IndexedEntry | undefined> = [];
  private readonly slotById = new Map<string, number>();
  private sorted = SortedOccurrences.empty();
  /** Slot → 1 while the sorted list describes the slot's current entry. */
  private inSorted: Uint8Array = new Uint8Array(0);
  /** Slots added or changed since the sorted list was built. */
  private readonly recent = new Set<number>();
  private removedSinceBuild = 0;
  private sortedEntryCount = 0;
  // Per-search scratch, one cell per slot: how many query words matched so far, how many of them
  // matched a whole word, and whether a query word matched the first word of the name.
  private matchedWords = new Uint8Array(0);
  private exactWords = new Uint8Array(0);
  private nameFirstMatched = new Uint8Array(0);
  // Ranking scratch, reused so that a keystroke allocates next to nothing (and starts no GC).
  private matchingSlots = new Int32Array(0);
  private bucketOfMatch = new Uint16Array(0);
  /** Slot → name length as ranked (capped), beside the entries so the ranking loop stays tight. */
  private rankedNameLengths: Uint8Array = new Uint8Array(0);

  get size(): number {
    return this.slotById.size;
  }

  /**
   * Adds or replaces a person. `fields[0]` is the name; the rest (designation, organisation,
   * phone…) are searched alike. A replaced person keeps their place in the insertion order.
   */
  put(id: string, fields: readonly string[]): void {
    const entry = makeEntry(id, fields);
    let slot = this.slotById.get(id);
    if (slot === undefined) {
      slot = this.entries.length;
      this.entries.push(entry);
      this.slotById.set(id, slot);
      this.ensureCapacity(this.entries.length);
    } else {
      this.entries[slot] = entry;
    }
    this.inSorted[slot] = 0;
    this.rankedNameLengths[slot] = Math.min(entry.nameLength, MAX_RANKED_NAME_LENGTH);
    this.recent.add(slot);
    // A bulk load folds in when the recent part doubles the sorted one, so loading n people
    // costs about two full builds in all.
    if (this.recent.size > Math.max(RECENT_SCAN_LIMIT, this.sortedEntryCount)) this.compact();
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.entries[slot] = undefined;
    this.inSorted[slot] = 0;
    this.recent.delete(slot);
    this.slotById.delete(id);
    this.removedSinceBuild += 1;
    if (this.removedSinceBuild > Math.max(RECENT_SCAN_LIMIT, this.sortedEntryCount / 2)) this.compact();
  }

  /**
   * Folds every change into the sorted list and drops the slots of removed people. Searches do
   * this themselves when needed; call it after a bulk load so the first keystroke does not pay.
   */
  compact(): void {
    const alive = this.entries.filter((entry): entry is IndexedEntry => entry !== undefined);
    this.entries = alive;
    this.slotById.clear();
    alive.forEach((entry, slot) => this.slotById.set(entry.id, slot));
    this.sorted = SortedOccurrences.build(alive);
    this.inSorted = new Uint8Array(Math.max(alive.length, 1024));
    this.inSorted.fill(1, 0, alive.length);
    const lengths = new Uint8Array(this.inSorted.length);
    alive.forEach((entry, slot) => (lengths[slot] = Math.min(entry.nameLength, MAX_RANKED_NAME_LENGTH)));
    this.rankedNameLengths = lengths;
    this.recent.clear();
    this.removedSinceBuild = 0;
    this.sortedEntryCount = alive.length;
  }

  /** Ids of up to `limit` people matching every word of `query`, best first. */
  match(query: string, limit: number): string[] {
    const queryWords = phoneticQueryKeys(query).slice(0, MAX_QUERY_WORDS);
    if (queryWords.length === 0 || limit <= 0 || this.slotById.size === 0) return [];
    if (this.recent.size > RECENT_SCAN_LIMIT) this.compact();
    this.resetScratch();
    for (let word = 0; word < queryWords.length; word += 1) {
      if (!this.matchWord(word, queryWords[word] ?? [])) return [];
    }
    return this.ranked(queryWords.length, limit);
  }

  /** Marks the slots that matched every earlier word and match this one; false when none do. */
  private matchWord(word: number, variants: readonly string[]): boolean {
    const matched = this.matchedWords;
    const nameFirstMatched = this.nameFirstMatched;
    const inSorted = this.inSorted;
    const { slots, nameFirst } = this.sorted;
    let survivors = 0;
    for (const variant of variants) {
      const [from, to] = this.sorted.prefixRange(variant);
      for (let at = from; at < to; at += 1) {
        const slot = slots[at] ?? 0;
        if (inSorted[slot] !== 1) continue;
        if (matched[slot] === word) {
          matched[slot] = word + 1;
          survivors += 1;
        }
        if (nameFirst[at] === 1 && matched[slot] === word + 1) nameFirstMatched[slot] = 1;
      }
      const [exactFrom, exactTo] = this.sorted.exactRange(variant);
      for (let at = exactFrom; at < exactTo; at += 1) this.markExact(slots[at] ?? 0, word);
    }
    for (const slot of this.recent) if (this.matchRecent(slot, word, variants)) survivors += 1;
    return survivors > 0;
  }

  private markExact(slot: number, word: number): void {
    if (this.inSorted[slot] === 1 && this.matchedWords[slot] === word + 1 && this.exactWords[slot] === word) {
      this.exactWords[slot] = word + 1;
    }
  }

  private matchRecent(slot: number, word: number, variants: readonly string[]): boolean {
    const entry = this.entries[slot];
    if (entry === undefined || this.matchedWords[slot] !== word) return false;
    let matched = false;
    for (const key of entry.keys) {
      for (const variant of variants) {
        if (!key.startsWith(variant)) continue;
        matched = true;
        if (key.length === variant.length) this.exactWords[slot] = word + 1;
        if (entry.nameFirstWordKeys.has(key)) this.nameFirstMatched[slot] = 1;
      }
    }
    if (matched) this.matchedWords[slot] = word + 1;
    return matched;
  }

  /**
   * A stable counting sort of the matching slots by (whole words, name first, name length):
   * linear in the number of matches, where a comparison sort of 50,000 matches would not be.
   */
  private ranked(wordCount: number, limit: number): string[] {
    const slotCount = this.entries.length;
    const matchedWords = this.matchedWords;
    const exactWords = this.exactWords;
    const nameFirstMatched = this.nameFirstMatched;
    const nameLengths = this.rankedNameLengths;
    const matchingSlots = this.matchingSlots;
    const bucketOfMatch = this.bucketOfMatch;
    const bucketSizes = new Uint32Array(RANK_BUCKETS);
    let matches = 0;
    for (let slot = 0; slot < slotCount; slot += 1) {
      if (matchedWords[slot] !== wordCount) continue;
      const tier = (exactWords[slot] === wordCount ? 0 : 2) + (nameFirstMatched[slot] === 1 ? 0 : 1);
      const bucket = tier * (MAX_RANKED_NAME_LENGTH + 1) + (nameLengths[slot] ?? 0);
      matchingSlots[matches] = slot;
      bucketOfMatch[matches] = bucket;
      matches += 1;
      bucketSizes[bucket] = (bucketSizes[bucket] ?? 0) + 1;
    }
    const bucketStarts = new Uint32Array(RANK_BUCKETS);
    for (let bucket = 1; bucket < RANK_BUCKETS; bucket += 1) {
      bucketStarts[bucket] = (bucketStarts[bucket - 1] ?? 0) + (bucketSizes[bucket - 1] ?? 0);
    }
    const wanted = Math.min(limit, matches);
    const result: string[] = new Array<string>(wanted);
    for (let match = 0; match < matches; match += 1) {
      const bucket = bucketOfMatch[match] ?? 0;
      const position = bucketStarts[bucket] ?? 0;
      bucketStarts[bucket] = position + 1;
      if (position < wanted) result[position] = this.entries[matchingSlots[match] ?? 0]?.id ?? '';
    }
    return result;
  }

  private ensureCapacity(slotCount: number): void {
    if (this.inSorted.length >= slotCount) return;
    const capacity = Math.max(slotCount, this.inSorted.length * 2, 1024);
    const grow = (old: Uint8Array): Uint8Array => {
      const grown = new Uint8Array(capacity);
      grown.set(old);
      return grown;
    };
    this.inSorted = grow(this.inSorted);
    this.rankedNameLengths = grow(this.rankedNameLengths);
  }

  private resetScratch(): void {
    const slotCount = this.entries.length;
    if (this.matchedWords.length < slotCount) {
      const capacity = Math.max(slotCount, this.matchedWords.length * 2, 1024);
      this.matchedWords = new Uint8Array(capacity);
      this.exactWords = new Uint8Array(capacity);
      this.nameFirstMatched = new Uint8Array(capacity);
      this.matchingSlots = new Int32Array(capacity);
      this.bucketOfMatch = new Uint16Array(capacity);
      return;
    }
    this.matchedWords.fill(0, 0, slotCount);
    this.exactWords.fill(0, 0, slotCount);
    this.nameFirstMatched.fill(0, 0, slotCount);
  }
}

function makeEntry(id: string, fields: readonly string[]): IndexedEntry {
  const keys = new Set<string>();
  const nameFirstWordKeys = new Set<string>();
  fields.forEach((field, fieldAt) => {
    phoneticWordKeys(field).forEach((variants, wordAt) => {
      for (const variant of variants) {
        keys.add(variant);
        if (fieldAt === 0 && wordAt === 0) nameFirstWordKeys.add(variant);
      }
    });
  });
  const name = (fields[0] ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
  return { id, keys: [...keys], nameFirstWordKeys, nameLength: name.length };
}

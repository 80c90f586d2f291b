import { compareHindi, nameKey, phoneKey } from '../text/normalize.js';
import type { StoredPerson } from './document.js';
import { PeopleFullTextIndex } from './full-text-index.js';

/**
 * Beyond this many matches it is cheaper to walk the already sorted directory than to sort the
 * matches with the Hindi collator, which costs a microsecond or more per comparison.
 */
const SORT_MATCHES_DIRECTLY_BELOW = 2000;

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
  private readonly idsByNameAndPhone = new Map<string, Set<string>>();
  private readonly idsByEmail = new Map<string, Set<string>>();

  constructor(people: readonly StoredPerson[]) {
    for (const person of people) {
      this.byId.set(person.id, person);
      if (person.removedAt === null) this.addActive(person, false);
    }
    this.sorted.sort(compareByName);
    this.fullText = new PeopleFullTextIndex(
      this.sorted.map((person) => person.id),
      (id) => this.byId.get(id),
    );
  }

  put(person: StoredPerson): void {
    const previous = this.byId.get(person.id);
    if (previous && previous.removedAt === null) this.removeActive(previous);
    this.byId.set(person.id, person);
    if (person.removedAt === null) this.addActive(person, true);
    this.fullText.put(person);
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
    const ids = new Set([
      ...(this.idsByNameAndPhone.get(nameAndPhoneKey(candidate)) ?? []),
      ...(candidate.email === '' ? [] : (this.idsByEmail.get(candidate.email) ?? [])),
    ]);
    ids.delete(ignoreId ?? '');
    return [...ids].flatMap((id) => this.byId.get(id) ?? []);
  }

  /** Stops background indexing when the core closes. */
  stop(): void {
    this.fullText.stop();
  }

  private addActive(person: StoredPerson, keepSorted: boolean): void {
    if (keepSorted) this.sorted.splice(this.insertionPoint(person), 0, person);
    else this.sorted.push(person);
    addToMultiMap(this.idsByNameAndPhone, nameAndPhoneKey(person), person.id);
    if (person.email !== '') addToMultiMap(this.idsByEmail, person.email, person.id);
  }

  private removeActive(person: StoredPerson): void {
    const position = this.sorted.indexOf(person);
    if (position !== -1) this.sorted.splice(position, 1);
    removeFromMultiMap(this.idsByNameAndPhone, nameAndPhoneKey(person), person.id);
    if (person.email !== '') removeFromMultiMap(this.idsByEmail, person.email, person.id);
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

function nameAndPhoneKey(person: { name: string; phone: string }): string {
  return `${nameKey(person.name)}\u0000${phoneKey(person.phone)}`;
}

function addToMultiMap(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}

function removeFromMultiMap(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  ids?.delete(id);
  if (ids?.size === 0) map.delete(key);
}


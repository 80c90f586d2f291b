import MiniSearch from 'minisearch';
import { digitsOnly, toAsciiDigits } from '../text/normalize.js';
import type { StoredPerson } from './document.js';

interface IndexedPerson {
  id: string;
  name: string;
  designation: string;
  organisation: string;
  phone: string;
}

/** Splits on spaces and punctuation (the danda included) but never inside a Devanagari cluster. */
const TOKEN_SEPARATOR = /[\s\p{P}\p{S}]+/u;

/**
 * How long one slice of background indexing may hold the event loop. Indexing 50,000 people
 * takes over a second, which must not delay the first screen or a check-in.
 */
const SLICE_MS = 8;

function normaliseTerm(term: string): string | null {
  // Devanagari has no letter case, so the locale-free (and much faster) lowercase is enough.
  const normalised = toAsciiDigits(term.normalize('NFC')).toLowerCase();
  return normalised === '' ? null : normalised;
}

/**
 * Prefix search over name, designation, unit and phone (NFC-normalised, so nukta letters match
 * however they were typed). The index is built in short slices after start-up; a search made
 * before it is complete waits for it, and changes made meanwhile are never lost: people still
 * waiting are indexed in their latest version.
 */
export class PeopleFullTextIndex {
  private readonly index = new MiniSearch<IndexedPerson>({
    fields: ['name', 'designation', 'organisation', 'phone'],
    storeFields: [],
    tokenize: (text) => text.split(TOKEN_SEPARATOR),
    processTerm: normaliseTerm,
    searchOptions: { prefix: true, combineWith: 'AND', boost: { name: 2 } },
  });
  /** Ids not indexed yet; the builder reads each one's current version when it gets to it. */
  private readonly waiting: Set<string>;
  private readonly complete: Promise<void>;
  private stopped = false;

  constructor(
    activeIds: Iterable<string>,
    private readonly current: (id: string) => StoredPerson | undefined,
  ) {
    this.waiting = new Set(activeIds);
    this.complete = new Promise((resolve) => this.buildSlice(resolve));
  }

  /** Records the person's latest version (a removed person leaves the index). */
  put(person: StoredPerson): void {
    if (this.index.has(person.id)) this.index.discard(person.id);
    if (person.removedAt !== null) this.waiting.delete(person.id);
    else if (!this.waiting.has(person.id)) this.index.add(toIndexed(person));
  }

  async search(query: string): Promise<Set<string>> {
    await this.complete;
    return new Set(this.index.search(query).map((result) => String(result.id)));
  }

  /** Stops background work when the core closes. */
  stop(): void {
    this.stopped = true;
  }

  private buildSlice(done: () => void): void {
    const started = performance.now();
    for (const id of this.waiting) {
      this.waiting.delete(id);
      const person = this.current(id);
      if (person && person.removedAt === null && !this.index.has(id)) this.index.add(toIndexed(person));
      if (performance.now() - started > SLICE_MS) break;
    }
    if (this.waiting.size === 0 || this.stopped) done();
    else setImmediate(() => this.buildSlice(done));
  }
}

function toIndexed(person: StoredPerson): IndexedPerson {
  return {
    id: person.id,
    name: person.name,
    designation: person.designation,
    organisation: person.organisation,
    phone: digitsOnly(person.phone),
  };
}

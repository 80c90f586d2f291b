import { PhoneticNameIndex } from '../text/phonetic/index.js';
import type { StoredPerson } from './document.js';

/** How long one slice of building may hold the event loop; 50,000 people take about 1.5 s in all. */
const SLICE_MS = 8;

export function phoneticFields(person: { name: string; designation: string; organisation: string; phone: string }): string[] {
  return [person.name, person.designation, person.organisation, person.phone];
}

/**
 * The directory searchable by sound ("sharma" finds शर्मा). It is built only when first
 * needed (a check-in desk), in short slices so a live desk never freezes, and is kept in
 * step with every saved change from then on.
 */
export class PhoneticDirectory {
  private readonly index = new PhoneticNameIndex();
  private waiting: Set<string> | null = null;
  private built: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly activeIds: () => Iterable<string>,
    private readonly current: (id: string) => StoredPerson | undefined,
  ) {}

  put(person: StoredPerson): void {
    if (this.built === null) return;
    if (person.removedAt !== null) {
      this.waiting?.delete(person.id);
      this.index.remove(person.id);
    } else if (!this.waiting?.has(person.id)) {
      this.index.put(person.id, phoneticFields(person));
    }
  }

  async match(query: string, limit: number): Promise<string[]> {
    this.built ??= new Promise((resolve) => {
      this.waiting = new Set(this.activeIds());
      this.buildSlice(resolve);
    });
    await this.built;
    return this.index.match(query, limit);
  }

  stop(): void {
    this.stopped = true;
  }

  private buildSlice(done: () => void): void {
    const waiting = this.waiting ?? new Set<string>();
    const started = performance.now();
    for (const id of waiting) {
      waiting.delete(id);
      const person = this.current(id);
      if (person && person.removedAt === null) this.index.put(id, phoneticFields(person));
      if (performance.now() - started > SLICE_MS) break;
    }
    if (waiting.size > 0 && !this.stopped) return void setImmediate(() => this.buildSlice(done));
    this.index.compact();
    done();
  }
}

/** One person as the index holds them: their keys and what ranking needs. */
export interface IndexedEntry {
  id: string;
  /** Every key of every word of every field, variants included, each once. */
  keys: readonly string[];
  /** The keys of the first word of the name (the first field). */
  nameFirstWordKeys: ReadonlySet<string>;
  nameLength: number;
}

/**
 * Every (key, slot) pair of a set of entries, sorted by key, in flat typed arrays: the entries
 * whose keys start with a prefix are one contiguous run, found by two bisections and walked
 * without touching an object. Immutable; the index rebuilds it from time to time.
 */
export class SortedOccurrences {
  private constructor(
    /** Distinct keys, sorted. */
    private readonly keys: readonly string[],
    /** keys[k]'s occurrences are slots[starts[k]] … slots[starts[k + 1] - 1]. */
    private readonly starts: Int32Array,
    readonly slots: Int32Array,
    /** 1 where the occurrence is the first word of the name. */
    readonly nameFirst: Uint8Array,
  ) {}

  static empty(): SortedOccurrences {
    return new SortedOccurrences([], new Int32Array(1), new Int32Array(0), new Uint8Array(0));
  }

  /** Builds from entries by slot; `undefined` slots (removed people) are skipped. */
  static build(entries: ReadonlyArray<IndexedEntry | undefined>): SortedOccurrences {
    const countByKey = new Map<string, number>();
    let total = 0;
    for (const entry of entries) {
      if (entry === undefined) continue;
      for (const key of entry.keys) countByKey.set(key, (countByKey.get(key) ?? 0) + 1);
      total += entry.keys.length;
    }
    const keys = [...countByKey.keys()].sort();
    const starts = new Int32Array(keys.length + 1);
    const nextFree = new Map<string, number>();
    keys.forEach((key, rank) => {
      nextFree.set(key, starts[rank] ?? 0);
      starts[rank + 1] = (starts[rank] ?? 0) + (countByKey.get(key) ?? 0);
    });
    const slots = new Int32Array(total);
    const nameFirst = new Uint8Array(total);
    entries.forEach((entry, slot) => {
      if (entry === undefined) return;
      for (const key of entry.keys) {
        const at = nextFree.get(key) ?? 0;
        nextFree.set(key, at + 1);
        slots[at] = slot;
        if (entry.nameFirstWordKeys.has(key)) nameFirst[at] = 1;
      }
    });
    return new SortedOccurrences(keys, starts, slots, nameFirst);
  }

  /** [from, to) of the occurrences of every key that starts with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const first = this.lowerBound(prefix);
    // U+FFFF sorts after every character a key can hold, so this is the end of the prefix run.
    const end = this.lowerBound(`${prefix}\uFFFF`);
    return [this.starts[first] ?? 0, this.starts[end] ?? 0];
  }

  /** [from, to) of the occurrences of exactly `key`. */
  exactRange(key: string): [number, number] {
    const rank = this.lowerBound(key);
    if (this.keys[rank] !== key) return [0, 0];
    return [this.starts[rank] ?? 0, this.starts[rank + 1] ?? 0];
  }

  private lowerBound(key: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.keys[middle] ?? '') < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

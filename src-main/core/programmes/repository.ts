import type { ListName, ProgrammeSummary } from '../contract/index.js';
import type { DurableCollection } from '../db/types.js';
import { AppError } from '../errors.js';
import type { StoredProgramme } from './document.js';
import type { CachedWords } from './search-cache.js';
import { ProgrammeSearchIndex, type SearchLookups } from './search-index.js';

/** Where the search words are kept between sessions (see search-cache.ts). */
export interface SearchCachePort {
  read(): Promise<Map<string, CachedWords>>;
  write(entries: ReadonlyMap<string, CachedWords>): Promise<void>;
}

/**
 * The programmes collection plus its full-text index. Lists and filters use only the catalog's
 * summaries. The index needs every programme's file, so it is built on the first search and
 * then kept in step with every commit, so later searches cost only the lookup. The files read
 * for it are not kept loaded: at ten years they are 270 MB.
 */
export class ProgrammeRepository {
  private searchIndex: ProgrammeSearchIndex | null = null;
  /** Receives commits made while the first build is still reading files. */
  private indexBeingBuilt: ProgrammeSearchIndex | null = null;
  private building: Promise<ProgrammeSearchIndex> | null = null;
  /** Re-indexing of programmes whose cited documents changed. */
  private refreshing: Promise<void> = Promise.resolve();

  /** True when the index holds words the saved search cache does not. */
  private cacheOutdated = false;

  constructor(
    private readonly collection: DurableCollection<StoredProgramme, ProgrammeSummary>,
    private readonly lookups: SearchLookups,
    private readonly cache: SearchCachePort | null = null,
  ) {}

  /** Saves the search words for the next start, if this session built the index and changed it. */
  async keepSearchWords(): Promise<void> {
    const index = this.searchIndex;
    if (index === null || this.cache === null || !this.cacheOutdated) return;
    const entries = new Map<string, CachedWords>();
    for (const { id, words, citing } of index.indexed()) {
      const stamp = this.collection.fileStamp(id);
      if (stamp !== undefined) entries.set(id, { stamp, words, citing });
    }
    await this.cache.write(entries);
    this.cacheOutdated = false;
  }

  summaries(): ReadonlyMap<string, ProgrammeSummary> {
    return this.collection.summaries();
  }

  /** A programme that exists and is not removed; otherwise AppError('programmes.notFound'). */
  async requireActive(id: string): Promise<StoredProgramme> {
    const programme = await this.require(id);
    if (programme.removedAt !== null) throw new AppError('programmes.notFound');
    return programme;
  }

  async require(id: string): Promise<StoredProgramme> {
    if (!this.collection.has(id)) throw new AppError('programmes.notFound');
    return await this.collection.get(id);
  }

  async create(programme: StoredProgramme): Promise<StoredProgramme> {
    return this.committed(await this.collection.create(programme.id, programme));
  }

  /** Applies `change` to the stored programme and writes it; nothing changes if `change` throws. */
  async update(id: string, change: (programme: StoredProgramme) => StoredProgramme): Promise<StoredProgramme> {
    if (!this.collection.has(id)) throw new AppError('programmes.notFound');
    return this.committed(await this.collection.update(id, (draft) => change(draft)));
  }

  /**
   * Takes a programme out for good: its file moves to the collection's trash folder (kept on
   * disk, never read again) and it leaves the catalog, so no list or citation counts it.
   */
  async discard(id: string): Promise<void> {
    if (!this.collection.has(id)) throw new AppError('programmes.notFound');
    await this.collection.delete(id);
    const index = this.currentIndex();
    index?.drop(id);
    if (index !== null) this.cacheOutdated = true;
  }

  async search(query: string): Promise<Set<string>> {
    const index = await this.index();
    await this.refreshing;
    return index.search(query);
  }

  /** After a cited document is corrected, its new number and title become searchable. */
  citationChanged(citationId: string): void {
    const index = this.currentIndex();
    if (index === null) return;
    const ids = index.idsCiting(citationId);
    if (ids.length > 0) this.cacheOutdated = true;
    // Searches wait for this; a programme that cannot be read stays as it was indexed.
    this.refreshing = this.refreshing.then(() =>
      // get() keeps these few loaded, so a commit landing meanwhile is the version that stays indexed.
      Promise.all(ids.map((id) => this.collection.get(id).then((programme) => index.put(programme), () => undefined))).then(() => undefined),
    );
  }

  /** How many programmes (removed ones too, as they can be restored) use one entry of a list. */
  countUsing(list: ListName, entryId: string): number {
    // People keep a title's text, not its id, so no programme or person depends on a title entry.
    if (list === 'titles') return 0;
    let count = 0;
    for (const summary of this.collection.summaries().values()) {
      const uses =
        list === 'programmeKinds'
          ? summary.kindId === entryId
          : list === 'roles'
            ? summary.roleIds.includes(entryId)
            : list === 'activities'
              ? summary.activityIds.includes(entryId)
              : summary.feedbackCategoryIds.includes(entryId);
      if (uses) count += 1;
    }
    return count;
  }

  /** See DurableCollection.fileDigest: equal digests mean the programme was not changed in between. */
  fileDigest(id: string): Promise<string | undefined> {
    return this.collection.fileDigest(id);
  }

  /** How many programmes (removed ones too, as they can be restored) cite one document. */
  countCiting(citationId: string): number {
    let count = 0;
    for (const summary of this.collection.summaries().values()) if (summary.citationIds.includes(citationId)) count += 1;
    return count;
  }

  private committed(programme: StoredProgramme): StoredProgramme {
    const index = this.currentIndex();
    index?.put(programme);
    if (index !== null) this.cacheOutdated = true;
    return programme;
  }

  private currentIndex(): ProgrammeSearchIndex | null {
    return this.searchIndex ?? this.indexBeingBuilt;
  }

  private index(): Promise<ProgrammeSearchIndex> {
    if (this.searchIndex) return Promise.resolve(this.searchIndex);
    this.building ??= this.build().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async build(): Promise<ProgrammeSearchIndex> {
    const index = new ProgrammeSearchIndex(this.lookups);
    this.indexBeingBuilt = index;
    try {
      const cached = (await this.cache?.read()) ?? new Map<string, CachedWords>();
      let fromCache = 0;
      for (const [id, summary] of [...this.collection.summaries()]) {
        if (summary.removedAt !== null || index.has(id)) continue;
        const hit = cached.get(id);
        if (hit !== undefined && hit.stamp === this.collection.fileStamp(id)) {
          index.putWords(id, hit.words, hit.citing);
          fromCache += 1;
          continue;
        }
        let programme: StoredProgramme;
        try {
          programme = await this.collection.peek(id);
        } catch (error) {
          // Discarded since the list of summaries was taken: there is nothing left to index.
          if (!this.collection.has(id)) continue;
          throw error;
        }
        // A commit during the read has already put a newer version; keep that one. One discarded meanwhile stays out.
        if (!index.has(id) && this.collection.has(id)) index.put(programme);
      }
      if (fromCache !== cached.size || fromCache !== index.size) this.cacheOutdated = true;
      this.searchIndex = index;
      return index;
    } finally {
      this.indexBeingBuilt = null;
    }
  }
}

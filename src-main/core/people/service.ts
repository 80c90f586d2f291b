import { randomUUID } from 'node:crypto';
import { checkText, type Category, type ChannelParsedInput, type Person } from '../contract/index.js';
import type { DurableRecordSet } from '../db/types.js';
import { AppError } from '../errors.js';
import { compareHindi } from '../text/normalize.js';
import type { PeopleHead, StoredPerson } from './document.js';
import { PeopleSearchIndex } from './search-index.js';
import { validatePerson, type CleanPerson } from './validate.js';

export const CATEGORY_NAME_MAX = 100;

/** The fields an imported row may fill in a person who is already in the directory. */
const FILLABLE_FIELDS = ['title', 'gender', 'designation', 'organisation', 'categoryId', 'phone', 'email', 'notes'] as const;

/** What one import saves: new people, rows merged into people already there, and new categories. */
export interface PeopleImportChange {
  add: readonly CleanPerson[];
  /** Each existing person's empty fields are filled from `from`; nothing they have is overwritten. */
  merge: ReadonlyArray<{ id: string; from: CleanPerson }>;
  newCategories: readonly Category[];
}

/** What undoing an import needs: whom it added, and how the people it merged into looked before. */
export interface PeopleImportRecord {
  at: string;
  addedIds: string[];
  previous: StoredPerson[];
}

export interface PeopleServiceOptions {
  now: () => Date;
  onChange: (domain: 'people' | 'categories') => void;
  /** The directory's order when the app last closed (see saved-order.ts), if it was saved. */
  savedOrder?: readonly string[] | null;
}

/** The people directory and its categories: every rule lives here, the channels only carry it. */
export class PeopleService {
  private readonly index: PeopleSearchIndex;
  private readonly orderAtStart: readonly string[] | null;
  private readonly revisionAtStart: number;

  constructor(
    private readonly people: DurableRecordSet<StoredPerson, PeopleHead>,
    private readonly options: PeopleServiceOptions,
  ) {
    this.index = new PeopleSearchIndex([...people.records().values()], options.savedOrder ?? null);
    this.orderAtStart = options.savedOrder ?? null;
    this.revisionAtStart = this.index.revision;
  }

  /**
   * The directory's order for the next start, or null when the order saved at this start is
   * still exact (nothing changed, and it listed exactly the active people in order).
   */
  orderToSave(): string[] | null {
    const ids = this.index.orderedIds();
    const unchanged =
      this.index.revision === this.revisionAtStart &&
      this.orderAtStart !== null &&
      this.orderAtStart.length === ids.length &&
      ids.every((id, index) => this.orderAtStart?.[index] === id);
    return unchanged ? null : ids;
  }

  async search(input: ChannelParsedInput<'people:search'>): Promise<{ total: number; items: Person[] }> {
    const matches = await this.index.search(input.query, input.categoryId);
    return { total: matches.length, items: matches.slice(input.offset, input.offset + input.limit).map(toPerson) };
  }

  /** Every active person, in Hindi alphabetical order. */
  active(): readonly Person[] {
    return this.index.active();
  }

  async soundsLike(query: string, limit: number): Promise<Person[]> {
    return (await this.index.soundsLike(query, limit)).map(toPerson);
  }

  /** Organisations named in the directory, with their active people, in Hindi order. */
  organisationNames(): Array<{ name: string; count: number }> {
    const counts = new Map<string, number>();
    for (const person of this.index.active()) {
      if (person.organisation !== '') counts.set(person.organisation, (counts.get(person.organisation) ?? 0) + 1);
    }
    return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => compareHindi(a.name, b.name));
  }

  get(id: string): Person {
    return toPerson(this.requireActive(id));
  }

  /** Stops background indexing; called when the core closes. */
  stop(): void {
    this.index.stop();
  }

  /** A person's name even after they were removed from the directory (old records still name them). */
  nameOf(id: string): string | null {
    return this.index.get(id)?.name ?? null;
  }

  async create(input: ChannelParsedInput<'people:create'>): Promise<Person> {
    if (!input.allowDuplicate) await this.whenDuplicateKeysReady();
    const clean = validatePerson(input.person, this.people.head().categories);
    this.refuseDuplicates(clean, input.allowDuplicate);
    const at = this.options.now().toISOString();
    const person: StoredPerson = { id: randomUUID(), ...clean, createdAt: at, updatedAt: at, removedAt: null };
    await this.people.commit({ put: [person] });
    return this.committed(person);
  }

  async update(input: ChannelParsedInput<'people:update'>): Promise<Person> {
    // Awaited before anything is read, so the change applies to the person as they are then.
    if (!input.allowDuplicate) await this.whenDuplicateKeysReady();
    const existing = this.requireActive(input.id);
    const clean = validatePerson(input.person, this.people.head().categories);
    this.refuseDuplicates(clean, input.allowDuplicate, existing.id);
    const updated: StoredPerson = { ...existing, ...clean, updatedAt: this.options.now().toISOString() };
    await this.replace(updated);
    return this.committed(updated);
  }

  async remove(id: string): Promise<Person> {
    const removed: StoredPerson = { ...this.requireActive(id), removedAt: this.options.now().toISOString() };
    await this.replace(removed);
    return this.committed(removed);
  }

  async restore(id: string): Promise<Person> {
    const person = this.index.get(id);
    if (!person) throw new AppError('people.notFound');
    if (person.removedAt === null) return toPerson(person);
    const restored: StoredPerson = { ...person, removedAt: null };
    await this.replace(restored);
    return this.committed(restored);
  }

  /** Changes whenever any person changes; with the categories, what an import's check depends on. */
  revision(): number {
    return this.index.revision;
  }

  /** Active people who are probably the same as the candidate (same name and phone, or same email). */
  /** Resolves once likely duplicates can be found without stalling (see DuplicateKeys). */
  whenDuplicateKeysReady(): Promise<void> {
    return this.index.whenDuplicateKeysReady();
  }

  likelyDuplicates(candidate: { name: string; phone: string; email: string }): Person[] {
    return this.index.likelyDuplicates(candidate).map(toPerson);
  }

  /**
   * Saves a whole import in one commit of the record set, so either every person, merge and new
   * category of it is on disk or none is. `beforeSave` receives what undoImport will need and
   * must store it; if it fails, nothing is saved.
   */
  async importPeople(change: PeopleImportChange, beforeSave: (record: PeopleImportRecord) => Promise<void>): Promise<PeopleImportRecord> {
    const at = this.options.now().toISOString();
    const added: StoredPerson[] = change.add.map((clean) => ({ id: randomUUID(), ...clean, createdAt: at, updatedAt: at, removedAt: null }));
    const previous: StoredPerson[] = [];
    const merged: StoredPerson[] = [];
    for (const { id, from } of change.merge) {
      const existing = this.requireActive(id);
      const filled = fillEmptyFields(existing, from);
      if (filled === existing) continue;
      previous.push(existing);
      merged.push({ ...filled, updatedAt: at });
    }
    const record: PeopleImportRecord = { at, addedIds: added.map((person) => person.id), previous };
    // The undo record goes to disk first: whatever happens next, a saved import can be taken back.
    await beforeSave(record);
    await this.people.commit({
      put: [...added, ...merged],
      head:
        change.newCategories.length === 0
          ? undefined
          : (draft) => {
              draft.categories.push(...change.newCategories.map((category) => ({ ...category })));
            },
    });
    await this.index.putMany([...added, ...merged]);
    if (change.newCategories.length > 0) this.options.onChange('categories');
    this.options.onChange('people');
    return record;
  }

  /**
   * Takes an import back in one commit: the people it added are removed (as people:remove does,
   * so they can still be restored), and the people it filled in get their earlier version back,
   * unless they were changed again since, in which case the later change is kept.
   */
  async undoImport(record: PeopleImportRecord): Promise<{ removed: number; restored: number }> {
    const now = this.options.now().toISOString();
    const put: StoredPerson[] = [];
    let removed = 0;
    for (const id of record.addedIds) {
      const person = this.index.get(id);
      if (!person || person.removedAt !== null) continue;
      put.push({ ...person, removedAt: now });
      removed += 1;
    }
    for (const earlier of record.previous) {
      const current = this.index.get(earlier.id);
      if (!current || current.updatedAt !== record.at) continue;
      put.push({ ...earlier });
    }
    if (put.length > 0) {
      await this.people.commit({ put });
      await this.index.putMany(put);
      this.options.onChange('people');
    }
    return { removed, restored: put.length - removed };
  }

  listCategories(): Category[] {
    return this.people.head().categories.map((category) => ({ ...category }));
  }

  async createCategory(rawName: string): Promise<Category> {
    const name = this.validCategoryName(rawName);
    const category: Category = { id: randomUUID(), name };
    await this.people.commit({
      head: (draft) => {
        draft.categories.push(category);
      },
    });
    this.options.onChange('categories');
    return category;
  }

  async renameCategory(id: string, rawName: string): Promise<Category> {
    this.requireCategory(id);
    const name = this.validCategoryName(rawName, id);
    await this.people.commit({
      head: (draft) => {
        draft.categories = draft.categories.map((category) => (category.id === id ? { ...category, name } : category));
      },
    });
    this.options.onChange('categories');
    return { id, name };
  }

  /** Categories given to anyone outside `except`, removed people included (restoring them brings the category back). */
  categoryIdsInUse(except: ReadonlySet<string>): Set<string> {
    const used = new Set<string>();
    for (const person of this.people.records().values()) {
      if (person.categoryId !== null && !except.has(person.id)) used.add(person.categoryId);
    }
    return used;
  }

  /** Removes a category; its people keep everything else and simply have no category. */
  async removeCategory(id: string): Promise<Category> {
    const category = this.requireCategory(id);
    const at = this.options.now().toISOString();
    const affected: StoredPerson[] = [];
    for (const person of this.people.records().values()) {
      if (person.categoryId === id) affected.push({ ...person, categoryId: null, updatedAt: at });
    }
    // One commit, so the category and every reference to it disappear together or not at all.
    await this.people.commit({
      put: affected,
      head: (draft) => {
        draft.categories = draft.categories.filter((entry) => entry.id !== id);
      },
    });
    for (const person of affected) this.index.put(person);
    this.options.onChange('categories');
    if (affected.length > 0) this.options.onChange('people');
    return { ...category };
  }

  private refuseDuplicates(clean: CleanPerson, allowDuplicate: boolean, ignoreId?: string): void {
    if (allowDuplicate) return;
    const duplicates = this.index.likelyDuplicates(clean, ignoreId);
    if (duplicates.length > 0) {
      throw new AppError('people.duplicate', {
        duplicates: duplicates.map((person) => ({ id: person.id, name: person.name })),
      });
    }
  }

  private async replace(person: StoredPerson): Promise<void> {
    if (!this.people.records().has(person.id)) throw new AppError('people.notFound');
    await this.people.commit({ put: [person] });
  }

  /** Called only after the change reached disk, so search never shows what was not saved. */
  private committed(person: StoredPerson): Person {
    this.index.put(person);
    this.options.onChange('people');
    return toPerson(person);
  }

  private requireActive(id: string): StoredPerson {
    const person = this.index.get(id);
    if (!person || person.removedAt !== null) throw new AppError('people.notFound');
    return person;
  }

  private requireCategory(id: string): Category {
    const category = this.people.head().categories.find((entry) => entry.id === id);
    if (!category) throw new AppError('categories.notFound');
    return category;
  }

  private validCategoryName(rawName: string, ignoreId?: string): string {
    const { value: name, issue } = checkText(rawName, { max: CATEGORY_NAME_MAX, required: true });
    if (issue !== null) throw new AppError('validation.failed', { fields: [{ field: 'name', ...issue }] });
    const taken = this.people
      .head()
      .categories.some((category) => category.id !== ignoreId && category.name.toLocaleLowerCase('hi') === name.toLocaleLowerCase('hi'));
    if (taken) throw new AppError('categories.duplicate');
    return name;
  }
}

/** The person with every empty field filled from `from`; the same object when nothing was empty. */
export function fillEmptyFields<T extends CleanPerson>(person: T, from: CleanPerson): T {
  let filled = person;
  for (const field of FILLABLE_FIELDS) {
    const value = from[field];
    const current = person[field];
    if ((current === '' || current === null) && value !== '' && value !== null) filled = { ...filled, [field]: value };
  }
  return filled;
}

function toPerson(stored: StoredPerson): Person {
  const { removedAt: _removedAt, ...person } = stored;
  return person;
}

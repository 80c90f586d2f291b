import { randomUUID } from 'node:crypto';
import type { Category, ChannelParsedInput, Person } from '../contract/index.js';
import type { DurableRecordSet } from '../db/types.js';
import { AppError } from '../errors.js';
import { cleanLine } from '../text/normalize.js';
import type { PeopleHead, StoredPerson } from './document.js';
import { PeopleSearchIndex } from './search-index.js';
import { validatePerson, type CleanPerson } from './validate.js';

const CATEGORY_NAME_MAX = 100;

export interface PeopleServiceOptions {
  now: () => Date;
  onChange: (domain: 'people' | 'categories') => void;
}

/** The people directory and its categories: every rule lives here, the channels only carry it. */
export class PeopleService {
  private readonly index: PeopleSearchIndex;

  constructor(
    private readonly people: DurableRecordSet<StoredPerson, PeopleHead>,
    private readonly options: PeopleServiceOptions,
  ) {
    this.index = new PeopleSearchIndex([...people.records().values()]);
  }

  async search(input: ChannelParsedInput<'people:search'>): Promise<{ total: number; items: Person[] }> {
    const matches = await this.index.search(input.query, input.categoryId);
    return { total: matches.length, items: matches.slice(input.offset, input.offset + input.limit).map(toPerson) };
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
    const clean = validatePerson(input.person, this.people.head().categories);
    this.refuseDuplicates(clean, input.allowDuplicate);
    const at = this.options.now().toISOString();
    const person: StoredPerson = { id: randomUUID(), ...clean, createdAt: at, updatedAt: at, removedAt: null };
    await this.people.commit({ put: [person] });
    return this.committed(person);
  }

  async update(input: ChannelParsedInput<'people:update'>): Promise<Person> {
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
    const name = cleanLine(rawName);
    if (name === '') throw new AppError('validation.failed', { fields: [{ field: 'name', code: 'field.required' }] });
    if ([...name].length > CATEGORY_NAME_MAX) {
      throw new AppError('validation.failed', {
        fields: [{ field: 'name', code: 'field.tooLong', params: { max: CATEGORY_NAME_MAX } }],
      });
    }
    const taken = this.people
      .head()
      .categories.some((category) => category.id !== ignoreId && category.name.toLocaleLowerCase('hi') === name.toLocaleLowerCase('hi'));
    if (taken) throw new AppError('categories.duplicate');
    return name;
  }
}

function toPerson(stored: StoredPerson): Person {
  const { removedAt: _removedAt, ...person } = stored;
  return person;
}

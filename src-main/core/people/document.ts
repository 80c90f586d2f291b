import { z } from 'zod';
import { categorySchema, personSchema } from '../contract/index.js';
import { initialHeadData } from '../db/index.js';
import type { DocumentSpec, RecordSetSpec } from '../db/types.js';

/** A person in storage: removed people stay as tombstones so "undo" can bring them back. */
export const storedPersonSchema = personSchema.extend({
  removedAt: z.string().nullable(),
});
export type StoredPerson = z.infer<typeof storedPersonSchema>;

/** What all people share: the categories they are sorted into. */
export const peopleHeadSchema = z.object({
  categories: z.array(categorySchema),
});
export type PeopleHead = z.infer<typeof peopleHeadSchema>;

/** Categories every office starts with; secretaries rename or add their own. */
export const DEFAULT_CATEGORIES = [
  { id: 'cat-office-bearer', name: 'पदाधिकारी' },
  { id: 'cat-member', name: 'सदस्य' },
  { id: 'cat-guest', name: 'अतिथि' },
  { id: 'cat-staff', name: 'कर्मचारी' },
] as const;

function defaultCategories() {
  return DEFAULT_CATEGORIES.map((category) => ({ ...category }));
}

/** The foundation's layout (schema version 1): every person and category in one people.json. */
export const peopleDataV1Schema = z.object({
  people: z.array(storedPersonSchema),
  categories: z.array(categorySchema),
});
export type PeopleDataV1 = z.infer<typeof peopleDataV1Schema>;

/**
 * The single-file layout of schema version 1, for tests and tools that write such a folder.
 * The app never opens it: the record set below reads and migrates that file.
 */
export const peopleFileV1: DocumentSpec<PeopleDataV1> = {
  name: 'people',
  schemaVersion: 1,
  migrations: [],
  schema: peopleDataV1Schema,
  defaults: () => ({ people: [], categories: defaultCategories() }),
};
/** @deprecated The name of the foundation's single-file spec; use peopleFileV1. */
export const peopleDocument = peopleFileV1;

/**
 * People are stored as a record set: `people.json` holds the categories and the people changed
 * most recently, and `people/b-xx.json` hold everyone else in 256 buckets (about 200 people
 * each at 50,000), so saving one person never rewrites the whole directory.
 */
export const peopleRecordSet: RecordSetSpec<StoredPerson, PeopleHead> = {
  name: 'people',
  schemaVersion: 2,
  migrations: [
    // 1 → 2: every person moves out of people.json; they are folded into buckets on opening.
    (data) => {
      const v1 = z.object({ people: z.array(z.unknown()), categories: z.array(z.unknown()) }).parse(data);
      return initialHeadData({ categories: v1.categories }, v1.people);
    },
  ],
  recordSchema: storedPersonSchema,
  headSchema: peopleHeadSchema,
  defaultHead: () => ({ categories: defaultCategories() }),
  bucketCount: 256,
  repairReferences: recreateMissingCategories,
};

/**
 * After people.json was brought back from an older copy or rebuilt from a damaged one, people
 * may point at a category it no longer lists (one created after that copy was made). Each
 * such category is recreated under a name that says so, for the secretary to rename, so that
 * every person keeps a category the directory can show and filter by.
 */
export function recreateMissingCategories(head: PeopleHead, people: Iterable<StoredPerson>): { head: PeopleHead; recreated: string[] } | null {
  const known = new Set(head.categories.map((category) => category.id));
  const missing: string[] = [];
  for (const person of people) {
    if (person.categoryId !== null && !known.has(person.categoryId)) {
      known.add(person.categoryId);
      missing.push(person.categoryId);
    }
  }
  if (missing.length === 0) return null;
  const takenNames = new Set(head.categories.map((category) => category.name));
  const recreated: Array<{ id: string; name: string }> = [];
  let number = 0;
  for (const id of missing) {
    let name: string;
    do {
      number += 1;
      name = `${RECOVERED_CATEGORY_NAME} ${number}`;
    } while (takenNames.has(name));
    takenNames.add(name);
    recreated.push({ id, name });
  }
  return { head: { ...head, categories: [...head.categories, ...recreated] }, recreated: recreated.map((category) => category.name) };
}

/** The name of a category recreated for people who pointed at a lost one: "recovered category". */
export const RECOVERED_CATEGORY_NAME = 'पुनर्प्राप्त श्रेणी';

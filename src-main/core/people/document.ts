import { z } from 'zod';
import { categorySchema, personSchema } from '../contract/index.js';
import type { DocumentSpec } from '../db/types.js';

/** A person in storage: removed people stay as tombstones so "undo" can bring them back. */
export const storedPersonSchema = personSchema.extend({
  removedAt: z.string().nullable(),
});
export type StoredPerson = z.infer<typeof storedPersonSchema>;

export const peopleDataSchema = z.object({
  people: z.array(storedPersonSchema),
  categories: z.array(categorySchema),
});
export type PeopleData = z.infer<typeof peopleDataSchema>;

/** Categories every office starts with; secretaries rename or add their own. */
export const DEFAULT_CATEGORIES = [
  { id: 'cat-office-bearer', name: 'पदाधिकारी' },
  { id: 'cat-member', name: 'सदस्य' },
  { id: 'cat-guest', name: 'अतिथि' },
  { id: 'cat-staff', name: 'कर्मचारी' },
] as const;

export const peopleDocument: DocumentSpec<PeopleData> = {
  name: 'people',
  schemaVersion: 1,
  migrations: [],
  schema: peopleDataSchema,
  defaults: () => ({ people: [], categories: DEFAULT_CATEGORIES.map((category) => ({ ...category })) }),
};

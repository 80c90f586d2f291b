import { z } from 'zod';

export const NAME_MAX = 200;
export const TEXT_MAX = 200;
export const NOTES_MAX = 5000;

/**
 * What a form sends. Strings are bounded generously here so a hostile or runaway input
 * cannot flood the core; the friendly per-field limits are checked by the domain, which
 * reports them as Hindi messages beside each field.
 */
/**
 * A person's gender, asked only because Hindi agrees with it ("उपस्थित रहीं", "बैंक की
 * महाप्रबंधक"); null when not given, and a report then uses forms that need none.
 */
export const genderSchema = z.enum(['male', 'female']);
export type Gender = z.infer<typeof genderSchema>;

export const personInputSchema = z.object({
  /** श्री, श्रीमती, सुश्री, डॉ., प्रो. …: written before the name in reports, never typed into it. */
  title: z.string().max(100_000).default(''),
  name: z.string().max(100_000),
  gender: genderSchema.nullable().default(null),
  designation: z.string().max(100_000).default(''),
  organisation: z.string().max(100_000).default(''),
  categoryId: z.string().max(100).nullable().default(null),
  phone: z.string().max(100_000).default(''),
  email: z.string().max(100_000).default(''),
  notes: z.string().max(100_000).default(''),
});
export type PersonInput = z.input<typeof personInputSchema>;

export const personSchema = z.object({
  id: z.string(),
  // People saved before titles and gender existed read as having neither.
  title: z.string().default(''),
  name: z.string(),
  gender: genderSchema.nullable().default(null),
  designation: z.string(),
  organisation: z.string(),
  categoryId: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const categorySchema = z.object({
  id: z.string(),
  name: z.string(),
});
export type Category = z.infer<typeof categorySchema>;

export const peopleSearchInputSchema = z.object({
  query: z.string().max(500).default(''),
  categoryId: z.string().max(100).nullable().default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});

export const peopleSearchOutputSchema = z.object({
  total: z.number().int(),
  items: z.array(personSchema),
});

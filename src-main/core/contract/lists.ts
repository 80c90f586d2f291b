import { z } from 'zod';
import { idString, rawDate, rawText } from './limits.js';

/** The editable lists every office tailors to itself; each starts with Hindi defaults. */
export const LIST_NAMES = ['programmeKinds', 'roles', 'activities', 'feedbackCategories', 'titles'] as const;
export const listNameSchema = z.enum(LIST_NAMES);
export type ListName = z.infer<typeof listNameSchema>;

export const listEntrySchema = z.object({ id: z.string(), name: z.string() });
export type ListEntry = z.infer<typeof listEntrySchema>;

export const listsSchema = z.object({
  programmeKinds: z.array(listEntrySchema),
  roles: z.array(listEntrySchema),
  activities: z.array(listEntrySchema),
  feedbackCategories: z.array(listEntrySchema),
  /**
   * Titles offered before a person's name (श्री, श्रीमती, डॉ. …). A person keeps the title's
   * text, not its id, so removing a title from the offer never touches anyone's record.
   */
  titles: z.array(listEntrySchema),
});
export type Lists = z.infer<typeof listsSchema>;

/**
 * Replaces one list with `items`, in that order: an item with an id renames that entry, one
 * without is new, and an entry left out is removed (refused while any programme uses it).
 */
export const listsUpdateInputSchema = z
  .object({
    list: listNameSchema,
    items: z.array(z.object({ id: idString.optional(), name: rawText }).strict()).max(500),
  })
  .strict();

/** A document cited in speeches, e.g. "संकल्प संख्या 21-एनक्यू/टीडब्ल्यू, दिनांक 16 जून 2022"; shared by all programmes. */
export const citationInputSchema = z
  .object({
    kind: rawText.default(''),
    number: rawText.default(''),
    date: rawDate.nullable().default(null),
    issuedBy: rawText.default(''),
    title: rawText.default(''),
  })
  .strict();
export type CitationInput = z.input<typeof citationInputSchema>;

export const citationSchema = citationInputSchema.extend({ id: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type Citation = z.output<typeof citationSchema>;

export const citationsSearchInputSchema = z
  .object({
    query: z.string().max(500).default(''),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();

export const citationsSearchOutputSchema = z.object({ total: z.number().int(), items: z.array(citationSchema) });

/** Creates a citation (no id) or corrects one (with id); every speech citing it sees the change. */
export const citationsSaveInputSchema = z
  .object({ id: idString.optional(), citation: citationInputSchema, allowDuplicate: z.boolean().default(false) })
  .strict();

import { z } from 'zod';

export const languageSchema = z.enum(['hi', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** 'latn' = international digits (official Union use), 'deva' = Devanagari digits. */
export const digitsSchema = z.enum(['latn', 'deva']);
export type Digits = z.infer<typeof digitsSchema>;

export const settingsSchema = z.object({
  language: languageSchema,
  digits: digitsSchema,
  /** How many automatic backups of the data folder are kept; 10 when not set. */
  backupsKept: z.number().int().min(1).max(100).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();

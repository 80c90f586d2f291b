import { z } from 'zod';

export const languageSchema = z.enum(['hi', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** 'latn' = international digits (official Union use), 'deva' = Devanagari digits. */
export const digitsSchema = z.enum(['latn', 'deva']);
export type Digits = z.infer<typeof digitsSchema>;

/** Devanagari fonts a Word file may ask for: the one bundled with Sachiv, and those Windows ships. */
export const WORD_FONTS = ['Noto Sans Devanagari', 'Nirmala UI', 'Mangal', 'Kokila', 'Aparajita'] as const;
export const wordFontSchema = z.enum(WORD_FONTS);
export type WordFont = z.infer<typeof wordFontSchema>;

export const settingsSchema = z.object({
  language: languageSchema,
  digits: digitsSchema,
  /** How many automatic backups of the data folder are kept; 10 when not set. */
  backupsKept: z.number().int().min(1).max(100).optional(),
  /** The font Word files ask for; the bundled Noto Sans Devanagari when not set. */
  wordFont: wordFontSchema.optional(),
  /** Set once the welcome screen of the first start was finished or skipped. */
  firstRunDone: z.boolean().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();

import type { Language } from '../contract/index.js';
import englishExports from '../../../locales/en/exports.json' with { type: 'json' };
import hindiExports from '../../../locales/hi/exports.json' with { type: 'json' };

export type ExportStrings = typeof hindiExports;

const STRINGS: Record<Language, ExportStrings> = { hi: hindiExports, en: englishExports };

/** The wording of exported files, in the user's language, from the locale files like the screens. */
export function exportStrings(language: Language): ExportStrings {
  return STRINGS[language];
}

/** Fills `{{name}}` placeholders, as i18next does on the screens. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

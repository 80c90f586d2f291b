import englishPrint from '../../../locales/en/print.json' with { type: 'json' };
import hindiPrint from '../../../locales/hi/print.json' with { type: 'json' };

export type PrintLanguage = 'hi' | 'en';
export type PrintStrings = typeof hindiPrint;

const STRINGS: Record<PrintLanguage, PrintStrings> = { hi: hindiPrint, en: englishPrint };

/** The wording of printed documents, from the same locale files as the screens. */
export function printStrings(language: PrintLanguage): PrintStrings {
  return STRINGS[language];
}

/**
 * Fills `{{name}}` placeholders as i18next does. The values are inserted as given: callers
 * that build HTML pass values they have already escaped.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

import type { Language } from '../../contract/index.js';
import englishReportText from '../../../../locales/en/reportText.json' with { type: 'json' };
import hindiReportText from '../../../../locales/hi/reportText.json' with { type: 'json' };

export type ReportStrings = typeof hindiReportText;

const STRINGS: Record<Language, ReportStrings> = { hi: hindiReportText, en: englishReportText };

/**
 * The sentences a draft is built from. They live in the locale files, so an office can change
 * the wording of its reports without touching code.
 */
export function reportStrings(language: Language): ReportStrings {
  return STRINGS[language];
}

/**
 * Fills `{{name}}` placeholders and tidies what an empty value leaves behind: doubled spaces,
 * a space before punctuation, a sentence starting with a space. A placeholder without a value
 * becomes empty rather than staying as braces, so a missing fact never shows as "{{chair}}".
 */
export function sentence(template: string, values: Record<string, string>): string {
  return template
    .replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => values[name] ?? '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([,।.:;!?)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

/**
 * Chooses `<key>_one` or `<key>_other` for a count. Hindi's plural rules call 0 "one", but a
 * count of zero is never printed in a sentence: the generator leaves such sentences out.
 */
export function pluralKey(language: Language, count: number): 'one' | 'other' {
  return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
}

/** "A", "A और B", "A, B और C", with the joining words from the locale. */
export function joinList(items: readonly string[], strings: ReportStrings): string {
  const parts = items.map((item) => item.trim()).filter((item) => item !== '');
  const last = parts[parts.length - 1];
  if (last === undefined) return '';
  if (parts.length === 1) return last;
  if (parts.length === 2) return sentence(strings.list.pair, { first: parts[0] ?? '', last });
  return sentence(strings.list.many, { rest: parts.slice(0, -1).join(strings.list.separator), last });
}

/** True if the text already ends a sentence, so a template must not add its own ending. */
export function endsSentence(text: string): boolean {
  return /[।॥.!?:]["'”’)]*$/.test(text.trim());
}

/** A sentence's inner clause: the text without its final danda or full stop. */
export function withoutEnding(text: string): string {
  return text.trim().replace(/[।.]+$/, '').trim();
}

/** Several lines typed in one field, as one paragraph. */
export function oneLine(text: string): string {
  return text.split(/\s*\n\s*/).filter((line) => line !== '').join(' ');
}

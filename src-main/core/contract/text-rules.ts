/**
 * The one rule for every piece of text a person types or imports (names, titles, notes…). It
 * lives in the contract, with no dependency, so the renderer's forms can give the same answer
 * at once that the core gives when it saves, and the spreadsheet import gives for each cell.
 */

export interface TextRule {
  /** The most letters (code points) the field takes, after tidying. */
  max: number;
  /** Whether the field must say something. */
  required?: boolean;
  /** Keeps line breaks (a summary, notes); otherwise the text becomes one line. */
  multiline?: boolean;
}

export type TextIssueCode = 'field.required' | 'field.invisibleOnly' | 'field.brokenText' | 'field.tooLong';

export interface TextIssue {
  code: TextIssueCode;
  params?: { max: number };
}

export interface CheckedText {
  /** The text as it is stored: see tidyText. */
  value: string;
  /** What is wrong with it, or null. */
  issue: TextIssue | null;
}

/**
 * Control characters that arrive with pastes from Word, PDFs and old spreadsheets. They are
 * removed, not refused: the user cannot see them and could not find them to delete them.
 * Vertical tab and form feed are Word's manual line and page breaks, so they become line breaks.
 * C1 codes (U+0080–U+009F) are kept inside text on purpose: Kruti Dev text read as Latin-1 can
 * use them, and legacy-font text must be stored exactly as typed until it is converted.
 */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/gu;
const WORD_BREAKS = /[\u000B\u000C]/gu;

/**
 * Text that leaves nothing to read: white space, control characters (C0 and C1), zero-width
 * space, joiner and non-joiner, word joiner and byte order mark. The joiners are legitimate
 * inside a Devanagari word (क्‍ष), so only text made of nothing else is refused.
 */
const NOTHING_TO_READ = /^[\s\p{Cc}\u200B-\u200D\u2060\uFEFF]*$/u;

/**
 * Half of a UTF-16 pair without its other half: it cannot be written to a file as UTF-8 and
 * shows as a box. In a /u pattern a well-formed pair is one code point, so only a lone half matches.
 */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Canonical form for stored text: NFC (so a precomposed nukta letter ज़ and ज + ़ are one
 * string), invisible control characters removed, runs of spaces collapsed, trimmed. One line
 * unless `multiline`, which keeps (normalised) line breaks and trims each line's end.
 */
export function tidyText(raw: string, multiline = false): string {
  const text = raw.replace(WORD_BREAKS, '\n').replace(INVISIBLE_CONTROLS, '').normalize('NFC');
  if (!multiline) return text.replace(/\s+/gu, ' ').trim();
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/gu, ' ').trimEnd())
    .join('\n')
    .trim();
}

/** Tidies `raw` and says what, if anything, keeps it from being saved under `rule`. */
export function checkText(raw: string, rule: TextRule): CheckedText {
  const value = tidyText(raw, rule.multiline ?? false);
  if (LONE_SURROGATE.test(value)) return { value, issue: { code: 'field.brokenText' } };
  if (NOTHING_TO_READ.test(value)) {
    // A field left blank is "required"; one holding only invisible characters says so, since
    // the user sees something (or nothing) there and would not know why it is refused.
    if (rule.required) return { value: '', issue: { code: value === '' && raw.trim() === '' ? 'field.required' : 'field.invisibleOnly' } };
    return { value: '', issue: null };
  }
  // Count code points rather than UTF-16 units, the way a user counting letters would.
  if (value.length > rule.max && [...value].length > rule.max) return { value, issue: { code: 'field.tooLong', params: { max: rule.max } } };
  return { value, issue: null };
}

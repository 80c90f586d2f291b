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
 * Marks that never mean anything in this app's text, wherever they are: the byte order mark
 * (two files pasted together; JavaScript's \s would otherwise turn it into a space) and the
 * direction marks and embeddings (LRM, RLM, ALM, LRE…PDF, LRI…PDI) that WhatsApp and PDF
 * viewers add around names. Hindi and English are both written left to right.
 */
const MEANINGLESS_MARKS = /[\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Invisible characters at either end of a text (a zero-width space, soft hyphen or joiner left
 * over from a copy). Inside a text they are kept: a joiner between Devanagari letters (क्‍ष)
 * chooses the half form. Variation selectors and tag characters are kept at the end, because
 * there they finish the emoji before them (❤️, a flag).
 */
const LEADING_INVISIBLE = /^[\s\p{Default_Ignorable_Code_Point}]+/u;
const INVISIBLE_CHARACTER = /^[\s\p{Default_Ignorable_Code_Point}]$/u;
const EMOJI_FINISHER = /^[\uFE00-\uFE0F\u{E0000}-\u{E0FFF}]$/u;

/**
 * `text` without invisible characters at its end. A loop from the end rather than a /…+$/
 * pattern, which would rescan every run of invisible characters inside a long text.
 */
function trimInvisibleEnd(text: string): string {
  let end = text.length;
  while (end > 0) {
    const pair = end >= 2 ? text.slice(end - 2, end) : '';
    const last = [...pair].length === 1 ? pair : text.slice(end - 1, end);
    if (!INVISIBLE_CHARACTER.test(last) || EMOJI_FINISHER.test(last)) break;
    end -= last.length;
  }
  return text.slice(0, end);
}

/**
 * Text that leaves nothing to read: white space, control characters (C0 and C1), and every
 * character Unicode says is drawn as nothing (zero-width space and joiners, direction marks,
 * soft hyphen, invisible operators, variation selectors, tag characters, Hangul fillers…),
 * plus the braille blank, which looks like a space. A joiner is legitimate inside a
 * Devanagari word (क्‍ष), so only text made of nothing else is refused.
 */
const NOTHING_TO_READ = /^[\s\p{Cc}\p{Default_Ignorable_Code_Point}\u2800\u3164\uFFA0]*$/u;

/**
 * Half of a UTF-16 pair without its other half: it cannot be written to a file as UTF-8 and
 * shows as a box. In a /u pattern a well-formed pair is one code point, so only a lone half matches.
 */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Whether `text` holds half of a UTF-16 pair without its other half (see LONE_SURROGATE). */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * The part of tidying that any text gets, one line or many, typed or read from a spreadsheet:
 * Word's breaks become line breaks, other control characters (tab, line feed and carriage
 * return excepted) and meaningless marks are removed. Nothing visible changes.
 */
export function removeInvisibleNoise(raw: string): string {
  return raw.replace(WORD_BREAKS, '\n').replace(INVISIBLE_CONTROLS, '').replace(MEANINGLESS_MARKS, '');
}

/** Trims white space and invisible characters from both ends (see LEADING_INVISIBLE). */
export function trimInvisible(text: string): string {
  return trimInvisibleEnd(text.replace(LEADING_INVISIBLE, ''));
}

/**
 * Canonical form for stored text: NFC (so a precomposed nukta letter ज़ and ज + ़ are one
 * string), invisible control characters and marks removed, runs of spaces collapsed, invisible
 * characters trimmed from the ends. One line unless `multiline`, which keeps (normalised) line
 * breaks and trims each line's end.
 */
export function tidyText(raw: string, multiline = false): string {
  const text = removeInvisibleNoise(raw).normalize('NFC');
  if (!multiline) return trimInvisible(text.replace(/\s+/gu, ' '));
  return trimInvisible(
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => trimInvisibleEnd(line.replace(/[^\S\n]+/gu, ' ')))
      .join('\n'),
  );
}

/** Tidies `raw` and says what, if anything, keeps it from being saved under `rule`. */
export function checkText(raw: string, rule: TextRule): CheckedText {
  const value = tidyText(raw, rule.multiline ?? false);
  if (hasLoneSurrogate(value)) return { value, issue: { code: 'field.brokenText' } };
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

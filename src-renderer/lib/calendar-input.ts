/**
 * Reading dates and times the way a Hindi office writes them ("17.04.2024", "17 अप्रैल 2024",
 * "प्रातः 10:30") and writing stored values back in that form. The store keeps what the contract
 * checks: calendar dates as 'YYYY-MM-DD' and clock times as 'HH:MM' (24-hour). Pure: no React,
 * no i18next, so the rules are unit-tested on their own; the browser's own date and time inputs
 * are not used because they follow the system's locale, not the user's language.
 */
import type { FormatDigits } from './format.js';

export type CalendarInputProblem = 'shape' | 'noSuchDay' | 'noSuchTime' | 'periodMismatch';

/**
 * Why a typed text cannot be a stored value. A part-of-day word that does not fit the hour
 * ("सुबह 12:30") also says which word, which clock reading, and the two 24-hour times it could
 * have meant, so the message can offer both instead of guessing.
 */
export type CalendarInputFailure =
  | { ok: false; problem: 'shape' | 'noSuchDay' | 'noSuchTime' }
  | { ok: false; problem: 'periodMismatch'; word: string; clock: string; readings: readonly [string, string] };

/** What a typed text means: a stored value ('' for an empty field), or why it cannot be one. */
export type CalendarInputResult = { ok: true; value: string } | CalendarInputFailure;

/** The same limits as the core's date check, so a date accepted here is never refused on save. */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2200;

const DEVANAGARI_ZERO = 0x0966;

function toAsciiDigits(text: string): string {
  return text.replace(/[\u0966-\u096F]/g, (digit) => String(digit.charCodeAt(0) - DEVANAGARI_ZERO));
}

function toDevanagariDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(DEVANAGARI_ZERO + Number(digit)));
}

function inDigits(text: string, digits: FormatDigits): string {
  return digits === 'deva' ? toDevanagariDigits(text) : text;
}

/**
 * One spelling for comparing words: NFC, lower case, no nukta (फ़रवरी = फरवरी), ASCII digits,
 * single spaces. The nukta is dropped after decomposing, since फ़ (U+095E) does not compose.
 */
function simplified(text: string): string {
  return toAsciiDigits(text.normalize('NFD').replace(/\u093C/g, '').normalize('NFC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Month names as offices write them, in Hindi (with the common spellings) and English. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['जनवरी', 'january', 'jan'],
  ['फरवरी', 'फरबरी', 'february', 'feb'],
  ['मार्च', 'मार्च', 'march', 'mar'],
  ['अप्रैल', 'अप्रेल', 'april', 'apr'],
  ['मई', 'may'],
  ['जून', 'june', 'jun'],
  ['जुलाई', 'july', 'jul'],
  ['अगस्त', 'august', 'aug'],
  ['सितंबर', 'सितम्बर', 'september', 'sept', 'sep'],
  ['अक्टूबर', 'अक्तूबर', 'अक्टूबर', 'october', 'oct'],
  ['नवंबर', 'नवम्बर', 'november', 'nov'],
  ['दिसंबर', 'दिसम्बर', 'december', 'dec'],
].map((names) => names.map(simplified));

function monthNumber(word: string): number | null {
  const bare = word.replace(/\.$/, '');
  const index = MONTH_NAMES.findIndex((names) => names.includes(bare));
  return index === -1 ? null : index + 1;
}

/**
 * How far ahead of this year a two-digit year may reach. Dates typed here are mostly recent or
 * coming soon, but a birth date or an old order number's date is decades back: in 2026, "24" and
 * "46" are 2024 and 2046, while "47" and "97" are 1947 and 1997.
 */
const TWO_DIGIT_YEARS_AHEAD = 20;

/** A four-digit year as typed; a two-digit one in the hundred years that end 20 years after this one. */
function fullYear(text: string, thisYear: number): number {
  if (text.length !== 2) return Number(text);
  const latest = thisYear + TWO_DIGIT_YEARS_AHEAD;
  const sameCentury = Math.floor(latest / 100) * 100 + Number(text);
  return sameCentury > latest ? sameCentury - 100 : sameCentury;
}

function calendarDay(year: number, month: number, day: number): CalendarInputResult {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = month >= 1 && month <= 12 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!exists || year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, problem: 'noSuchDay' };
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day, month, year with one separator used twice: 17.04.2024, 17/4/24, 17-04-2024. */
const NUMERIC_DATE = /^(\d{1,2}) ?([./-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})$/;
/** Day, month's name, year: "17 अप्रैल 2024", "17-Apr-2024", "17 April, 2024". */
const NAMED_DATE = /^(\d{1,2})[ .,/-]*([\p{L}\p{M}]+\.?)[ .,/-]*(\d{4}|\d{2})$/u;
/** Month's name first, as English letters often have it: "April 17, 2024". */
const MONTH_FIRST_DATE = /^([\p{L}\p{M}]+\.?) (\d{1,2}),? (\d{4})$/u;

/**
 * Reads a typed date into 'YYYY-MM-DD'; an empty text is an empty value. `thisYear` places a
 * two-digit year (the field passes the current year; tests pass a fixed one).
 */
export function parseDateInput(text: string, thisYear: number): CalendarInputResult {
  const typed = simplified(text);
  if (typed === '') return { ok: true, value: '' };
  const iso = ISO_DATE.exec(typed);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_DATE.exec(typed);
  if (numeric) return calendarDay(fullYear(numeric[4] ?? '', thisYear), Number(numeric[3]), Number(numeric[1]));
  const named = NAMED_DATE.exec(typed);
  if (named) {
    const month = monthNumber(named[2] ?? '');
    if (month !== null) return calendarDay(fullYear(named[3] ?? '', thisYear), month, Number(named[1]));
  }
  const monthFirst = MONTH_FIRST_DATE.exec(typed);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? '');
    if (month !== null) return calendarDay(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  return { ok: false, problem: 'shape' };
}

const STORED_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored 'YYYY-MM-DD' as an office writes it, "17.04.2024"; anything else is left as it is. */
export function formatDateInput(value: string, digits: FormatDigits): string {
  const match = STORED_DATE.exec(value);
  if (!match) return value;
  return inDigits(`${match[3]}.${match[2]}.${match[1]}`, digits);
}

/** Whether a value is a stored calendar date (and so can be shown in long form). */
export function isStoredDate(value: string): boolean {
  return STORED_DATE.test(value);
}

export type PartOfDayWord = 'morning' | 'afternoon' | 'evening' | 'night';
type Period = PartOfDayWord | 'am' | 'pm';

/** Words that say when in the day a time is, longest first so "सायंकाल" is not read as "सायं". */
const PERIOD_WORDS: readonly (readonly [string, Period])[] = (
  [
    ['पूर्वाह्न', 'am'],
    ['अपराह्न', 'pm'],
    ['प्रातःकाल', 'morning'],
    ['प्रातः', 'morning'],
    ['प्रात:', 'morning'],
    ['प्रात', 'morning'],
    ['सुबह', 'morning'],
    ['सवेरे', 'morning'],
    ['दोपहर', 'afternoon'],
    ['सायंकाल', 'evening'],
    ['सायं', 'evening'],
    ['संध्या', 'evening'],
    ['शाम', 'evening'],
    ['रात्रि', 'night'],
    ['रात', 'night'],
    ['a.m.', 'am'],
    ['a.m', 'am'],
    ['am', 'am'],
    ['p.m.', 'pm'],
    ['p.m', 'pm'],
    ['pm', 'pm'],
  ] as const
).map(([word, period]) => [simplified(word), period] as const);

/**
 * The hours (24-hour, from inclusive, to exclusive) a period word can mean when reading a time:
 * generous at the edges, because "दोपहर 4 बजे" and "सायं 4 बजे" are both said.
 */
const READING_WINDOWS: Record<Period, readonly (readonly [number, number])[]> = {
  am: [[0, 12]],
  pm: [[12, 24]],
  morning: [[3, 12]],
  afternoon: [[11, 18]],
  evening: [[15, 22]],
  night: [
    [19, 24],
    [0, 5],
  ],
};

const CLOCK = /^(\d{1,2})(?: ?[:.] ?(\d{2}))?$/;

/** "बजे" (o'clock) adds nothing to the time itself, wherever it stands: "10 बजे सुबह", "सुबह 10 बजे". */
const O_CLOCK = / ?बजे(?= |$)/g;

function splitPeriod(typed: string): { clock: string; word: string; period: Period | null } {
  const text = typed.replace(O_CLOCK, '').replace(/\s+/g, ' ').trim();
  for (const [word, period] of PERIOD_WORDS) {
    if (text.startsWith(word)) return { clock: text.slice(word.length).trim(), word, period };
    if (text.endsWith(word)) return { clock: text.slice(0, -word.length).trim(), word, period };
  }
  return { clock: text, word: '', period: null };
}

const clockTime = (hours: number, minutes: number) => `${pad(hours)}:${pad(minutes)}`;

/** Reads a typed time into 'HH:MM' (24-hour); an empty text is an empty value. */
export function parseTimeInput(text: string): CalendarInputResult {
  const typed = simplified(text);
  if (typed === '') return { ok: true, value: '' };
  const { clock, word, period } = splitPeriod(typed);
  const match = CLOCK.exec(clock);
  if (!match) return { ok: false, problem: 'shape' };
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return { ok: false, problem: 'noSuchTime' };
  if (period === null) return { ok: true, value: clockTime(hours, minutes) };
  // A 12-hour clock reading (1–12) may be morning or evening; the period word decides.
  const candidates = hours <= 12 ? [hours % 12, (hours % 12) + 12] : [hours];
  const windows = READING_WINDOWS[period];
  const chosen = candidates.find((hour) => windows.some(([from, to]) => hour >= from && hour < to));
  if (chosen !== undefined) return { ok: true, value: clockTime(chosen, minutes) };
  // The time is real, only the word does not fit it; both 24-hour readings of the clock are
  // offered, since which one was meant cannot be told ("सुबह 12:30" may be 00:30 or 12:30).
  const morningHour = hours % 12;
  return {
    ok: false,
    problem: 'periodMismatch',
    word,
    clock: clockTime(hours, minutes),
    readings: [clockTime(morningHour, minutes), clockTime(morningHour + 12, minutes)],
  };
}

const STORED_TIME = /^(\d{2}):(\d{2})$/;

/** A stored 'HH:MM' as shown in the field, "10:30"; anything else is left as it is. */
export function formatTimeInput(value: string, digits: FormatDigits): string {
  return STORED_TIME.test(value) ? inDigits(value, digits) : value;
}

/**
 * The part of the day a stored time falls in, for the word shown beside it ("प्रातः 10:30"):
 * morning from 4, afternoon from 12, evening from 16, night from 20. Null if not a stored time.
 */
export function partOfDayWord(value: string): PartOfDayWord | null {
  const match = STORED_TIME.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  if (hours >= 4 && hours < 12) return 'morning';
  if (hours >= 12 && hours < 16) return 'afternoon';
  if (hours >= 16 && hours < 20) return 'evening';
  return 'night';
}

/** A stored date moved by whole days (ArrowUp/ArrowDown in the field), across months and years. */
export function shiftDate(value: string, days: number): string {
  const match = STORED_DATE.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A stored time moved by minutes (ArrowUp/ArrowDown in the field), round the clock. */
export function shiftTime(value: string, minutes: number): string {
  const match = STORED_TIME.exec(value);
  if (!match) return value;
  const total = (((Number(match[1]) * 60 + Number(match[2]) + minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

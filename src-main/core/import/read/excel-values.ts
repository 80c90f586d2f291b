/** How a numeric cell is shown: as a plain number, or as a date and/or time. */
export type NumberDisplay = 'number' | 'date' | 'dateTime' | 'time';

// Built-in number formats that show dates or times (ECMA-376 §18.8.30 plus the East Asian ones).
const BUILTIN_DATE = new Set([14, 15, 16, 17, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const BUILTIN_TIME = new Set([18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56]);
const BUILTIN_DATE_TIME = 22;

export function numberDisplay(formatId: number, formatCode: string | undefined): NumberDisplay {
  if (formatCode === undefined) {
    if (formatId === BUILTIN_DATE_TIME) return 'dateTime';
    if (BUILTIN_DATE.has(formatId)) return 'date';
    if (BUILTIN_TIME.has(formatId)) return 'time';
    return 'number';
  }
  // Quoted text, escaped characters, [colour]/[$-locale] parts and AM/PM markers are not date parts.
  const code = formatCode
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/AM\/PM|A\/P/gi, '')
    .replace(/General/gi, '');
  const hasTime = /[hs]/i.test(code);
  const hasDate = /[dy]/i.test(code) || (/m/i.test(code) && !hasTime);
  if (hasDate) return hasTime ? 'dateTime' : 'date';
  return hasTime ? 'time' : 'number';
}

const plainNumber = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/**
 * A number as Excel's General format shows it, never in E notation: 9876543210 → "9876543210",
 * 0.1 + 0.2 → "0.3" (Excel keeps 15 significant digits), 110001 → "110001".
 */
export function formatNumber(text: string): string {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return text;
  return value === 0 ? '0' : plainNumber.format(value);
}

const DAY_MS = 86_400_000;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/** An Excel serial day number as 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM' or 'HH:MM'. */
export function formatSerial(text: string, display: Exclude<NumberDisplay, 'number'>, date1904: boolean): string {
  const serial = Number(text);
  if (text.trim() === '' || !Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return formatNumber(text);
  const totalMinutes = Math.round(serial * 1440);
  const days = Math.floor(totalMinutes / 1440);
  const minutes = totalMinutes - days * 1440;
  const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  if (display === 'time') return time;
  const date = serialDate(days, date1904);
  return display === 'dateTime' && minutes !== 0 ? `${date} ${time}` : date;
}

function serialDate(days: number, date1904: boolean): string {
  if (date1904) return isoDate(EPOCH_1904_MS + days * DAY_MS);
  // Excel counts 29 February 1900, a day that never was (a Lotus 1-2-3 bug it keeps on purpose).
  if (days === 60) return '1900-02-29';
  return isoDate(EPOCH_1900_MS + (days < 60 ? days + 1 : days) * DAY_MS);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A cell of type "d" holds an ISO 8601 date-time; it is shown in the same shapes as a serial date. */
export function formatIsoDate(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(text.trim());
  if (match === null) return text;
  const [, date, hours, minutes] = match;
  return hours === undefined || (hours === '00' && minutes === '00') ? date! : `${date} ${hours}:${minutes}`;
}

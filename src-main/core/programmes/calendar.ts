import { toAsciiDigits } from '../text/normalize.js';

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_SHAPE = /^(\d{1,2}):(\d{2})$/;

/** 'YYYY-MM-DD' if `text` names a day that exists on the calendar (no 31 February), else null. */
export function parseCalendarDate(text: string): string | null {
  const trimmed = toAsciiDigits(text.trim());
  const match = DATE_SHAPE.exec(trimmed);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists && year >= 1800 && year <= 2200 ? trimmed : null;
}

/** 'HH:MM' (24-hour, zero-padded) if `text` is a time of day, else null. */
export function parseClockTime(text: string): string | null {
  const match = TIME_SHAPE.exec(toAsciiDigits(text.trim()));
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

import enErrors from '../../locales/en/errors.json' with { type: 'json' };
import hiErrors from '../../locales/hi/errors.json' with { type: 'json' };
import { fill } from '../core/export/output-strings.js';
import { isAppError, type AppError } from '../core/errors.js';
import type { MenuLocales } from './menu-strings.js';

export interface ErrorBoxText {
  title: string;
  content: string;
}

const LOCK_REFUSALS = { 'db.locked': 'locked', 'db.lockedElsewhere': 'lockedElsewhere', 'db.lockUnclear': 'lockUnclear' } as const;
type LockRefusal = keyof typeof LOCK_REFUSALS;

/**
 * What to tell the user when the core cannot be opened. Their language setting lives in the
 * data we failed to open, so the box says it in Hindi first and English second. A refused lock
 * says who holds the folder (a process number or a computer's name) and what to do; anything
 * else carries the error text for whoever helps.
 */
export function startupErrorText(error: unknown, locales: MenuLocales): ErrorBoxText {
  const { hi, en } = locales;
  const title = `${hi.dialogs.startupFailedTitle} / ${en.dialogs.startupFailedTitle}`;
  if (isLockRefusal(error)) return { title, content: `${lockText(error, 'hi')}\n\n${lockText(error, 'en')}` };
  const notWritable = isAppError(error) && error.code === 'db.writeFailed';
  const message = (strings: MenuLocales['hi']): string => (notWritable ? strings.dialogs.dataFolderNotWritable : strings.dialogs.startupFailed);
  const detail = notWritable ? writeFailedPath(error) : describe(error);
  return { title, content: `${message(hi)}\n\n${message(en)}\n\n${detail}` };
}

function isLockRefusal(error: unknown): error is AppError & { code: LockRefusal } {
  return isAppError(error) && Object.hasOwn(LOCK_REFUSALS, error.code);
}

function lockText(error: AppError & { code: LockRefusal }, language: 'hi' | 'en'): string {
  const strings = language === 'hi' ? hiErrors.db : enErrors.db;
  const values = Object.fromEntries(Object.entries({ path: error.details?.path, ...error.details?.params }).map(([key, value]) => [key, String(value ?? '')]));
  return fill(strings[LOCK_REFUSALS[error.code]], values);
}

function writeFailedPath(error: unknown): string {
  const path = isAppError(error) ? error.details?.path : undefined;
  return typeof path === 'string' ? path : describe(error);
}

function describe(error: unknown): string {
  if (isAppError(error)) return error.code;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

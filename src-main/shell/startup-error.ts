import { isAppError } from '../core/errors.js';
import type { MenuLocales } from './menu-strings.js';

export interface ErrorBoxText {
  title: string;
  content: string;
}

/**
 * What to tell the user when the core cannot be opened. Their language setting lives in the
 * data we failed to open, so the box says it in Hindi first and English second. A locked
 * folder needs no technical detail; anything else carries the error text for whoever helps.
 */
export function startupErrorText(error: unknown, locales: MenuLocales): ErrorBoxText {
  const locked = isAppError(error) && error.code === 'db.locked';
  const notWritable = isAppError(error) && error.code === 'db.writeFailed';
  const { hi, en } = locales;
  const message = (strings: MenuLocales['hi']): string =>
    locked ? strings.dialogs.dbLocked : notWritable ? strings.dialogs.dataFolderNotWritable : strings.dialogs.startupFailed;
  const detail = locked ? '' : `\n\n${notWritable ? writeFailedPath(error) : describe(error)}`;
  return {
    title: `${hi.dialogs.startupFailedTitle} / ${en.dialogs.startupFailedTitle}`,
    content: `${message(hi)}\n\n${message(en)}${detail}`,
  };
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

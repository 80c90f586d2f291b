import { z } from 'zod';

/**
 * Every error the core can report. Each code is also a key in locales/<lng>/errors.json,
 * so the renderer can always show it in the user's language; a test keeps the two in step.
 */
export const ERROR_CODES = [
  'validation.failed',
  'field.required',
  'field.tooLong',
  'field.invalidPhone',
  'field.invalidEmail',
  'field.invalidChoice',
  'field.invalidDate',
  'field.invalidTime',
  'field.endBeforeStart',
  'field.outsideProgrammeDays',
  'field.holderRequired',
  'field.duplicate',
  'field.tooMany',
  'field.inUse',
  'people.notFound',
  'people.duplicate',
  'categories.notFound',
  'categories.duplicate',
  'programmes.notFound',
  'feedback.notFound',
  'lists.entryInUse',
  'organisation.logoNotImage',
  'organisation.logoTooLarge',
  'citations.notFound',
  'citations.duplicate',
  'db.writeFailed',
  'db.locked',
  'db.readFailed',
  'ipc.badInput',
  'ipc.unknownChannel',
  'ipc.forbiddenSender',
  'export.unavailable',
  'export.writeFailed',
  'backup.unavailable',
  'backup.notAnArchive',
  'backup.damaged',
  'backup.newerVersion',
  'backup.readFailed',
  'backup.writeFailed',
  'backup.nothingInspected',
  'backup.changedSinceInspect',
  'backup.restoreFailed',
  'internal.unexpected',
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

import { z } from 'zod';
import { runMigrations } from './migrations.js';
import type { DocumentSpec } from './types.js';

/** What one file on disk turned out to hold, judged against the document's spec. */
export type FileVerdict<T> =
  | { kind: 'valid'; data: T; schemaVersion: number }
  /** Written by a newer build of the app: valuable, but not ours to read or overwrite. */
  | { kind: 'newer'; schemaVersion: number }
  | { kind: 'damaged'; reason: string };

/** What it takes to read one file: shared by documents and collection items. */
export type FileFormat<T> = Pick<DocumentSpec<T>, 'schemaVersion' | 'migrations' | 'schema' | 'salvage' | 'addSalvaged'>;

const envelopeSchema = z.object({
  schemaVersion: z.number().int().min(1),
  data: z.unknown(),
});

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function serializeDocument(schemaVersion: number, data: unknown): string {
  return `${JSON.stringify({ schemaVersion, data })}\n`;
}

/**
 * Decodes `{ "schemaVersion": N, "data": ... }`, migrates older versions and validates the
 * result. Editors on Windows like to add a UTF-8 byte-order mark, so one is tolerated.
 */
export function interpretDocumentBytes<T>(bytes: Uint8Array, spec: FileFormat<T>): FileVerdict<T> {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  let parsed: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'damaged', reason: `not valid UTF-8 JSON: ${String(error)}` };
  }

  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success || !Object.hasOwn(envelope.data, 'data')) {
    return { kind: 'damaged', reason: 'not a { schemaVersion, data } document' };
  }
  const { schemaVersion } = envelope.data;
  if (schemaVersion > spec.schemaVersion) return { kind: 'newer', schemaVersion };

  let migrated: unknown;
  try {
    migrated = runMigrations(envelope.data.data, schemaVersion, spec.schemaVersion, spec.migrations);
  } catch (error) {
    // A migration that cannot make sense of the data means the data is not what that version wrote.
    return { kind: 'damaged', reason: `migration from version ${schemaVersion} failed: ${String(error)}` };
  }
  const valid = spec.schema.safeParse(migrated);
  if (!valid.success) return { kind: 'damaged', reason: `data does not match the schema: ${valid.error.message}` };
  return { kind: 'valid', data: valid.data, schemaVersion };
}

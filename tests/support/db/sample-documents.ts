import { z } from 'zod';
import type { DocumentSpec } from '../../../src-main/core/db/types.js';

const notesSchema = z.object({ items: z.array(z.string()) });
export type Notes = z.infer<typeof notesSchema>;

/** A small document for behaviour tests: a list of notes. */
export const notesDocument: DocumentSpec<Notes> = {
  name: 'notes',
  schemaVersion: 1,
  migrations: [],
  schema: notesSchema,
  defaults: () => ({ items: [] }),
};

const ledgerSchema = z.object({ seq: z.number().int().nonnegative(), rows: z.array(z.string()) });
export type Ledger = z.infer<typeof ledgerSchema>;

/** A document whose sequence number tells how many saves it has seen; used by the kill -9 test. */
export const ledgerDocument: DocumentSpec<Ledger> = {
  name: 'ledger',
  schemaVersion: 1,
  migrations: [],
  schema: ledgerSchema,
  defaults: () => ({ seq: 0, rows: [] }),
};

/** About 2.2 MB of JSON with Devanagari text, so that every save takes real time. */
export function bigLedgerRows(): string[] {
  return Array.from({ length: 15_000 }, (_, index) => `पंक्ति ${index} — समिति की बैठक का विवरण ${'x'.repeat(60)}`);
}

/** The on-disk form of a notes file, as the store writes it. */
export function notesFileText(items: string[], schemaVersion = 1): string {
  return `${JSON.stringify({ schemaVersion, data: { items } })}\n`;
}

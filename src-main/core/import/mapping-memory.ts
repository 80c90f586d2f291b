import { z } from 'zod';
import { columnMappingSchema, type ColumnMapping } from '../contract/index.js';
import type { DocumentSpec, DurableDocument, Store } from '../db/types.js';
import { normaliseHeader } from './guess-mapping.js';

/** Offices reuse a handful of sheet layouts; more than this many remembered ones is noise. */
const REMEMBERED_MAX = 30;

const rememberedMappingSchema = z.object({
  /** The file's header row, normalised, so the same layout is recognised next time. */
  headersKey: z.string(),
  mapping: columnMappingSchema,
  usedAt: z.string(),
});

const importMappingsSchema = z.object({ layouts: z.array(rememberedMappingSchema) });
type ImportMappings = z.infer<typeof importMappingsSchema>;

/** `people-import-mappings.json`: how the user mapped each spreadsheet layout they imported. */
export const importMappingsDocument: DocumentSpec<ImportMappings> = {
  name: 'people-import-mappings',
  schemaVersion: 1,
  migrations: [],
  schema: importMappingsSchema,
  defaults: () => ({ layouts: [] }),
};

export function headersKey(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join('\u001f');
}

/** Remembers the column mapping chosen for a header row, most recent first. */
export class MappingMemory {
  private document: Promise<DurableDocument<ImportMappings>> | null = null;

  constructor(private readonly store: Store) {}

  /** The mapping used last time for exactly these headers, if it still fits them. */
  async recall(headers: readonly string[]): Promise<ColumnMapping | null> {
    const key = headersKey(headers);
    const layout = (await this.open()).read().layouts.find((entry) => entry.headersKey === key);
    if (!layout) return null;
    const fits = Object.values(layout.mapping).every((column) => column < headers.length);
    return fits ? { ...layout.mapping } : null;
  }

  async remember(headers: readonly string[], mapping: ColumnMapping, at: string): Promise<void> {
    const key = headersKey(headers);
    await (
      await this.open()
    ).update((draft) => {
      draft.layouts = [{ headersKey: key, mapping, usedAt: at }, ...draft.layouts.filter((entry) => entry.headersKey !== key)].slice(
        0,
        REMEMBERED_MAX,
      );
    });
  }

  private open(): Promise<DurableDocument<ImportMappings>> {
    this.document ??= this.store.open(importMappingsDocument);
    return this.document;
  }
}

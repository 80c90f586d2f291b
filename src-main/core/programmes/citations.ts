import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { TEXT_LIMITS, citationSchema, type Citation, type ChannelParsedInput } from '../contract/index.js';
import type { DocumentSpec, DurableDocument } from '../db/types.js';
import { AppError } from '../errors.js';
import { FieldChecker } from './field-checker.js';
import { searchWords } from '../text/word-prefix.js';

const citationsDataSchema = z.object({ citations: z.array(citationSchema) });
export type CitationsData = z.infer<typeof citationsDataSchema>;

/** Cited documents are few (hundreds) and shared by every programme: one small file. */
export const citationsDocument: DocumentSpec<CitationsData> = {
  name: 'citations',
  schemaVersion: 1,
  migrations: [],
  schema: citationsDataSchema,
  defaults: () => ({ citations: [] }),
};

export interface CitationsServiceOptions {
  now: () => Date;
  onChange: (citationId: string) => void;
  /** How many programmes cite the document, removed ones included (they can be restored). */
  countCiting: (citationId: string) => number;
}

/** Documents cited in speeches (resolutions, circulars, orders), reusable across programmes. */
export class CitationsService {
  constructor(
    private readonly doc: DurableDocument<CitationsData>,
    private readonly options: CitationsServiceOptions,
  ) {}

  exists(id: string): boolean {
    return this.find(id) !== undefined;
  }

  find(id: string): Citation | undefined {
    return this.doc.read().citations.find((citation) => citation.id === id);
  }

  /** Citations whose kind, number, issuer, title or date contain every word of the query; newest first. */
  search(input: ChannelParsedInput<'citations:search'>): { total: number; items: Citation[] } {
    const words = searchWords(input.query);
    const matches = this.doc
      .read()
      .citations.filter((citation) => {
        const haystack = searchableText(citation);
        return words.every((word) => haystack.includes(word));
      })
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.number.localeCompare(b.number));
    return { total: matches.length, items: matches.slice(0, input.limit) };
  }

  getMany(ids: readonly string[]): Citation[] {
    return ids.flatMap((id) => this.find(id) ?? []);
  }

  async save(input: ChannelParsedInput<'citations:save'>): Promise<Citation> {
    const existing = input.id === undefined ? undefined : this.find(input.id);
    if (input.id !== undefined && existing === undefined) throw new AppError('citations.notFound');

    const check = new FieldChecker();
    const clean = {
      kind: check.line('kind', input.citation.kind, TEXT_LIMITS.line),
      number: check.line('number', input.citation.number, TEXT_LIMITS.line),
      date: check.date('date', input.citation.date),
      issuedBy: check.line('issuedBy', input.citation.issuedBy, TEXT_LIMITS.line),
      title: check.line('title', input.citation.title, TEXT_LIMITS.title),
    };
    // A citation needs something to be cited by: its number, or its title when it has none.
    if (clean.number === '' && clean.title === '') check.add('number', 'field.required');
    check.finish();
    if (!input.allowDuplicate) this.refuseDuplicate(clean, existing?.id);

    const at = this.options.now().toISOString();
    const citation: Citation = existing
      ? { ...existing, ...clean, updatedAt: at }
      : { id: randomUUID(), ...clean, createdAt: at, updatedAt: at };
    await this.doc.update((data) => {
      data.citations = existing
        ? data.citations.map((entry) => (entry.id === citation.id ? citation : entry))
        : [...data.citations, citation];
    });
    this.options.onChange(citation.id);
    return citation;
  }

  /** Takes out a document no programme cites; false when one still does, or it is already gone. */
  async removeIfUncited(id: string): Promise<boolean> {
    if (!this.exists(id) || this.options.countCiting(id) > 0) return false;
    await this.doc.update((data) => {
      data.citations = data.citations.filter((entry) => entry.id !== id);
    });
    this.options.onChange(id);
    return true;
  }

  private refuseDuplicate(clean: { kind: string; number: string }, ignoreId: string | undefined): void {
    if (clean.number === '') return;
    const key = `${clean.kind.toLowerCase()}\u0000${clean.number.toLowerCase()}`;
    const duplicates = this.doc
      .read()
      .citations.filter((entry) => entry.id !== ignoreId && `${entry.kind.toLowerCase()}\u0000${entry.number.toLowerCase()}` === key);
    if (duplicates.length > 0) {
      throw new AppError('citations.duplicate', { duplicates: duplicates.map((entry) => ({ id: entry.id, name: entry.number })) });
    }
  }
}

function searchableText(citation: Citation): string {
  const text = [citation.kind, citation.number, citation.issuedBy, citation.title, citation.date ?? ''].join(' ');
  return searchWords(text).join(' ');
}

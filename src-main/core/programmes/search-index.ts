import type { Citation, Holder } from '../contract/index.js';
import type { StoredProgramme } from './document.js';
import { hasEveryWord, queryNeedles, wordsText } from '../text/word-prefix.js';

interface IndexedProgramme {
  title: string;
  about: string;
  people: string;
  citations: string;
  feedback: string;
}

export interface SearchLookups {
  /** The directory name of a person, or undefined if they are no longer in it. */
  personName: (id: string) => string | undefined;
  citation: (id: string) => Citation | undefined;
}

/**
 * Full-text search over active programmes: title, kind of words a secretary remembers
 * (purpose, content, occasion, outcomes, organiser, venue), everyone named in roles and
 * speeches, the documents the speeches cite, and the feedback texts. A programme matches
 * when every query word starts one of its words.
 *
 * Only each programme's distinct words are kept (see wordsText), never the programme itself:
 * ten years are 5,000 programmes and 270 MB of files, which MiniSearch's tree and the kept
 * programmes turned into 530 MB of heap at the first search.
 */
export class ProgrammeSearchIndex {
  private readonly words = new Map<string, string>();
  /** The documents each active programme cites, so that correcting one re-indexes just those. */
  private readonly citing = new Map<string, ReadonlySet<string>>();
  /** Every programme put so far, removed ones included. */
  private readonly seen = new Set<string>();

  constructor(private readonly lookups: SearchLookups) {}

  has(id: string): boolean {
    return this.seen.has(id);
  }

  put(programme: StoredProgramme): void {
    this.seen.add(programme.id);
    if (programme.removedAt !== null) {
      this.words.delete(programme.id);
      this.citing.delete(programme.id);
      return;
    }
    this.words.set(programme.id, wordsText(Object.values(this.toIndexed(programme))));
    this.citing.set(programme.id, new Set(programme.speeches.flatMap((speech) => speech.citationIds)));
  }

  /** Forgets a programme that left the collection for good. */
  drop(id: string): void {
    this.seen.delete(id);
    this.words.delete(id);
    this.citing.delete(id);
  }

  /** Takes an active programme's words as saved at an earlier close (see search-cache.ts). */
  putWords(id: string, words: string, citing: readonly string[]): void {
    this.seen.add(id);
    this.words.set(id, words);
    this.citing.set(id, new Set(citing));
  }

  /** How many active programmes are indexed. */
  get size(): number {
    return this.words.size;
  }

  /** Every active programme's words, to be saved for the next start. */
  *indexed(): Generator<{ id: string; words: string; citing: string[] }> {
    for (const [id, words] of this.words) yield { id, words, citing: [...(this.citing.get(id) ?? [])] };
  }

  /** Ids of active programmes matching every word of the query; none for a query without words. */
  search(query: string): Set<string> {
    const needles = queryNeedles(query);
    const found = new Set<string>();
    if (needles.length === 0) return found;
    for (const [id, words] of this.words) if (hasEveryWord(words, needles)) found.add(id);
    return found;
  }

  /** Active programmes whose speeches cite the document. */
  idsCiting(citationId: string): string[] {
    return [...this.citing].flatMap(([id, citations]) => (citations.has(citationId) ? [id] : []));
  }

  private toIndexed(programme: StoredProgramme): IndexedProgramme {
    const holders: Holder[] = [
      ...programme.sessions.flatMap((session) => session.roles.flatMap((role) => role.holders)),
      ...programme.speeches.map((speech) => speech.speaker),
    ];
    const citations = programme.speeches
      .flatMap((speech) => speech.citationIds)
      .flatMap((id) => this.lookups.citation(id) ?? [])
      .map((citation) => [citation.kind, citation.number, citation.issuedBy, citation.title].join(' '));
    return {
      title: programme.title,
      about: [
        programme.purpose,
        ...programme.contentPoints,
        programme.occasion,
        ...programme.outcomes,
        programme.organiser,
        programme.venue,
        programme.referenceNumber,
        ...programme.sessions.map((session) => session.name),
        ...programme.speeches.map((speech) => `${speech.designationAtTime} ${speech.summary}`),
      ].join('\n'),
      people: holders.map((holder) => this.holderText(holder)).join('\n'),
      citations: citations.join('\n'),
      feedback: programme.feedback
        .filter((entry) => entry.removedAt === null)
        .map((entry) => (entry.source.kind === 'unit' ? `${entry.source.name} ${entry.text}` : entry.text))
        .join('\n'),
    };
  }

  private holderText(holder: Holder): string {
    switch (holder.kind) {
      case 'person':
        return this.lookups.personName(holder.personId) ?? '';
      case 'typed':
        return `${holder.name} ${holder.designation}`;
      case 'body':
        return holder.name;
    }
  }
}

import MiniSearch from 'minisearch';
import type { Citation, Holder } from '../contract/index.js';
import type { StoredProgramme } from './document.js';
import { TOKEN_SEPARATOR, normaliseTerm } from './search-terms.js';

interface IndexedProgramme {
  id: string;
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
 * speeches, the documents the speeches cite, and the feedback texts.
 */
export class ProgrammeSearchIndex {
  private readonly index = new MiniSearch<IndexedProgramme>({
    fields: ['title', 'about', 'people', 'citations', 'feedback'],
    storeFields: [],
    tokenize: (text) => text.split(TOKEN_SEPARATOR),
    processTerm: normaliseTerm,
    searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 3, people: 2 } },
  });
  /** Every programme put so far, removed ones included, as last indexed. */
  private readonly known = new Map<string, StoredProgramme>();

  constructor(private readonly lookups: SearchLookups) {}

  has(id: string): boolean {
    return this.known.has(id);
  }

  put(programme: StoredProgramme): void {
    const previous = this.known.get(programme.id);
    if (previous && previous.removedAt === null) this.index.discard(programme.id);
    this.known.set(programme.id, programme);
    if (programme.removedAt === null) this.index.add(this.toIndexed(programme));
  }

  /** Ids of active programmes matching every word of the query. */
  search(query: string): Set<string> {
    return new Set(this.index.search(query.trim()).map((result) => String(result.id)));
  }

  /** Re-reads names and citations for the programmes that `affects`, after one of those changed. */
  refresh(affects: (programme: StoredProgramme) => boolean): void {
    for (const programme of [...this.known.values()]) {
      if (programme.removedAt === null && affects(programme)) this.put(programme);
    }
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
      id: programme.id,
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

import { randomUUID } from 'node:crypto';
import type { ChannelParsedInput, ChannelOutput, Lists, Programme, ProgrammeSummary } from '../contract/index.js';
import { countProgramme, emptyAttendance, type StoredProgramme } from './document.js';
import { FieldChecker } from './field-checker.js';
import type { ProgrammeRepository } from './repository.js';
import { tidyLine } from './clean-text.js';
import { personIdsIn, validateProgramme, type ParsedProgrammeInput, type ProgrammeRules } from './validate.js';

export interface ProgrammesServiceOptions {
  now: () => Date;
  lists: () => Lists;
  isActivePerson: (id: string) => boolean;
  citationExists: (id: string) => boolean;
  onChange: () => void;
}

/** Programmes (कार्यक्रम): their record, sessions, roles and speeches. Feedback has its own service. */
export class ProgrammesService {
  constructor(
    private readonly repository: ProgrammeRepository,
    private readonly options: ProgrammesServiceOptions,
  ) {}

  /** Saves the search words for the next start (see search-cache.ts); called when the core closes. */
  keepSearchWords(): Promise<void> {
    return this.repository.keepSearchWords();
  }

  /** Active programmes matching every filter, newest first (by first day, then by creation). */
  async list(input: ChannelParsedInput<'programmes:list'>): Promise<ChannelOutput<'programmes:list'>> {
    const check = new FieldChecker();
    const from = check.date('from', input.from);
    const to = check.date('to', input.to);
    check.finish();
    const matchingIds = input.query.trim() === '' ? null : await this.repository.search(input.query);
    const organiser = tidyLine(input.organiser).toLowerCase();

    const matches = [...this.repository.summaries().values()].filter(
      (summary) =>
        summary.removedAt === null &&
        (matchingIds === null || matchingIds.has(summary.id)) &&
        (input.kindId === null || summary.kindId === input.kindId) &&
        (input.status === null || summary.status === input.status) &&
        (organiser === '' || summary.organiser.toLowerCase().includes(organiser)) &&
        overlaps(summary, from, to),
    );
    matches.sort(newestFirst);
    return { total: matches.length, items: matches.slice(input.offset, input.offset + input.limit) };
  }

  async get(id: string): Promise<Programme> {
    return toProgramme(await this.repository.requireActive(id));
  }

  async create(input: ParsedProgrammeInput): Promise<Programme> {
    const content = validateProgramme(input, this.rules(new Set()));
    const at = this.options.now().toISOString();
    const programme: StoredProgramme = {
      id: randomUUID(),
      ...content,
      feedback: [],
      attendance: emptyAttendance(),
      createdAt: at,
      updatedAt: at,
      removedAt: null,
    };
    return this.committed(await this.repository.create(programme));
  }

  /** Replaces the whole record except its feedback log, in one write. */
  async update(id: string, input: ParsedProgrammeInput): Promise<Programme> {
    const existing = await this.repository.requireActive(id);
    const content = validateProgramme(input, this.rules(personIdsIn(existing)));
    const at = this.options.now().toISOString();
    return this.committed(
      await this.repository.update(id, (stored) => ({ ...stored, ...content, updatedAt: at })),
    );
  }

  /**
   * A new planned programme shaped like an old one, as a template for the next: title, kind,
   * organiser, venue, days, purpose, content, occasion and the sessions with their roles and
   * activities are kept (days too, so the copy is valid at once; the secretary changes them).
   * What only happened at the old one is left out: reference number, outcomes, attendee
   * summary, speeches, feedback, and the discussion and decision of each agenda item.
   */
  async duplicate(id: string): Promise<Programme> {
    const source = await this.repository.requireActive(id);
    const at = this.options.now().toISOString();
    const copy: StoredProgramme = {
      ...structuredClone(source),
      id: randomUUID(),
      status: 'planned',
      referenceNumber: '',
      outcomes: [],
      attendeeSummary: '',
      // The next meeting takes up the same subjects; what was said and decided belongs to the old one.
      agenda: source.agenda.map(({ subject }) => ({ subject, discussion: '', decision: '' })),
      sessions: source.sessions.map((session) => ({ ...structuredClone(session), id: randomUUID() })),
      speeches: [],
      feedback: [],
      // The old invitees are one click away ("invite everyone from a previous programme").
      attendance: emptyAttendance(),
      createdAt: at,
      updatedAt: at,
      removedAt: null,
    };
    return this.committed(await this.repository.create(copy));
  }

  /** Soft delete: the file stays, so restore() can undo it. */
  async remove(id: string): Promise<Programme> {
    await this.repository.requireActive(id);
    const at = this.options.now().toISOString();
    return this.committed(await this.repository.update(id, (stored) => ({ ...stored, removedAt: at })));
  }

  /**
   * For good, unlike remove(): only the demo's removal uses it, for a demo programme nobody
   * changed, so that no list entry or cited document stays held by a fictional programme. Says
   * whether the programme was still shown.
   */
  async discard(id: string): Promise<{ wasActive: boolean }> {
    const wasActive = this.repository.summaries().get(id)?.removedAt === null;
    await this.repository.discard(id);
    this.options.onChange();
    return { wasActive };
  }

  /** Names the programme's saved content (see DurableCollection.fileDigest), so a later change can be noticed. */
  fileDigest(id: string): Promise<string | undefined> {
    return this.repository.fileDigest(id);
  }

  async restore(id: string): Promise<Programme> {
    const programme = await this.repository.require(id);
    if (programme.removedAt === null) return toProgramme(programme);
    return this.committed(await this.repository.update(id, (stored) => ({ ...stored, removedAt: null })));
  }

  private rules(knownPersonIds: ReadonlySet<string>): ProgrammeRules {
    return {
      lists: this.options.lists(),
      isActivePerson: this.options.isActivePerson,
      citationExists: this.options.citationExists,
      knownPersonIds,
      newId: randomUUID,
    };
  }

  /** Called only after the change reached disk. */
  private committed(programme: StoredProgramme): Programme {
    this.options.onChange();
    return toProgramme(programme);
  }
}

export function toProgramme(stored: StoredProgramme): Programme {
  const { feedback: _feedback, attendance: _attendance, ...programme } = stored;
  return { ...programme, counts: countProgramme(stored) };
}

/** A programme matches a date range if any part of its span lies inside it. */
function overlaps(summary: ProgrammeSummary, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (summary.firstDate === null || summary.lastDate === null) return false;
  return (from === null || summary.lastDate >= from) && (to === null || summary.firstDate <= to);
}

function newestFirst(a: ProgrammeSummary, b: ProgrammeSummary): number {
  const byDate = (b.firstDate ?? '').localeCompare(a.firstDate ?? '');
  return byDate !== 0 ? byDate : b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

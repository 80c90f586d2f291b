import { randomUUID } from 'node:crypto';
import { FEEDBACK_BATCH_MAX, type ChannelOutput, type FeedbackEntry, type Lists } from '../contract/index.js';
import { AppError } from '../errors.js';
import { countProgramme, type StoredFeedbackEntry, type StoredProgramme } from '../programmes/document.js';
import { FieldChecker } from '../programmes/field-checker.js';
import type { ProgrammeRepository } from '../programmes/repository.js';
import { personIdsIn } from '../programmes/validate.js';
import { checkFeedbackEntry, type FeedbackRules, type ParsedFeedbackEntry } from './validate.js';

export interface FeedbackServiceOptions {
  now: () => Date;
  lists: () => Lists;
  isActivePerson: (id: string) => boolean;
  onChange: () => void;
}

type FeedbackList = ChannelOutput<'feedback:list'>;

/** A programme's feedback log (टिप्पणियाँ). It lives in the programme's own file. */
export class FeedbackService {
  constructor(
    private readonly repository: ProgrammeRepository,
    private readonly options: FeedbackServiceOptions,
  ) {}

  async list(programmeId: string): Promise<FeedbackList> {
    return toList(await this.repository.requireActive(programmeId));
  }

  async add(programmeId: string, input: ParsedFeedbackEntry): Promise<FeedbackEntry> {
    const [entry] = await this.addEntries(programmeId, [input], () => '');
    if (entry === undefined) throw new Error('A saved feedback entry went missing');
    return entry;
  }

  /** Adds every entry or none; each bad one is reported under 'entries.<index>.<field>'. */
  async addMany(programmeId: string, inputs: readonly ParsedFeedbackEntry[]): Promise<FeedbackList> {
    if (inputs.length > FEEDBACK_BATCH_MAX) {
      throw new AppError('validation.failed', { fields: [{ field: 'entries', code: 'field.tooMany', params: { max: FEEDBACK_BATCH_MAX } }] });
    }
    await this.addEntries(programmeId, inputs, (index) => `entries.${index}.`);
    return this.list(programmeId);
  }

  async update(programmeId: string, id: string, input: ParsedFeedbackEntry): Promise<FeedbackEntry> {
    const programme = await this.repository.requireActive(programmeId);
    requireEntry(programme, id);
    const check = new FieldChecker();
    const clean = checkFeedbackEntry(check, '', input, this.rules(programme));
    check.finish();
    const at = this.options.now().toISOString();
    return this.changeEntry(programmeId, id, (entry) => ({ ...entry, ...clean, updatedAt: at }));
  }

  async remove(programmeId: string, id: string): Promise<FeedbackEntry> {
    requireEntry(await this.repository.requireActive(programmeId), id);
    const at = this.options.now().toISOString();
    return this.changeEntry(programmeId, id, (entry) => ({ ...entry, removedAt: at }));
  }

  async restore(programmeId: string, id: string): Promise<FeedbackEntry> {
    const programme = await this.repository.requireActive(programmeId);
    const entry = programme.feedback.find((candidate) => candidate.id === id);
    if (!entry) throw new AppError('feedback.notFound');
    if (entry.removedAt === null) return toEntry(entry);
    return this.changeEntry(programmeId, id, (stored) => ({ ...stored, removedAt: null }));
  }

  private async addEntries(
    programmeId: string,
    inputs: readonly ParsedFeedbackEntry[],
    prefixOf: (index: number) => string,
  ): Promise<FeedbackEntry[]> {
    const programme = await this.repository.requireActive(programmeId);
    const rules = this.rules(programme);
    const check = new FieldChecker();
    const at = this.options.now().toISOString();
    const entries: StoredFeedbackEntry[] = inputs.map((input, index) => ({
      id: randomUUID(),
      ...checkFeedbackEntry(check, prefixOf(index), input, rules),
      createdAt: at,
      updatedAt: at,
      removedAt: null,
    }));
    check.finish();
    await this.repository.update(programmeId, (stored) => ({ ...stored, feedback: [...stored.feedback, ...entries] }));
    this.options.onChange();
    return entries.map(toEntry);
  }

  private async changeEntry(
    programmeId: string,
    id: string,
    change: (entry: StoredFeedbackEntry) => StoredFeedbackEntry,
  ): Promise<FeedbackEntry> {
    let changed: StoredFeedbackEntry | undefined;
    await this.repository.update(programmeId, (stored) => ({
      ...stored,
      feedback: stored.feedback.map((entry) => {
        if (entry.id !== id) return entry;
        changed = change(entry);
        return changed;
      }),
    }));
    if (!changed) throw new AppError('feedback.notFound');
    this.options.onChange();
    return toEntry(changed);
  }

  private rules(programme: StoredProgramme): FeedbackRules {
    const known = personIdsIn(programme);
    return {
      categories: this.options.lists().feedbackCategories,
      isKnownPerson: (id) => this.options.isActivePerson(id) || known.has(id),
    };
  }
}

function requireEntry(programme: StoredProgramme, id: string): StoredFeedbackEntry {
  const entry = programme.feedback.find((candidate) => candidate.id === id && candidate.removedAt === null);
  if (!entry) throw new AppError('feedback.notFound');
  return entry;
}

function toList(programme: StoredProgramme): FeedbackList {
  const counts = countProgramme(programme);
  const items = programme.feedback.filter((entry) => entry.removedAt === null).map(toEntry);
  return { items, total: counts.feedback, countsByCategory: counts.feedbackByCategory };
}

function toEntry(stored: StoredFeedbackEntry): FeedbackEntry {
  const { removedAt: _removedAt, ...entry } = stored;
  return entry;
}

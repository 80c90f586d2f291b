import { randomUUID } from 'node:crypto';
import type {
  ChannelParsedInput,
  DataBlockAttrs,
  DataBlockSource,
  Report,
  ReportDoc,
  ReportSummary,
  ReportTemplate,
  Revision,
  RevisionKind,
  RevisionSummary,
} from '../contract/index.js';
import { REPORT_TITLE_MAX, TEXT_LIMITS } from '../contract/index.js';
import type { DurableCollection } from '../db/types.js';
import { AppError } from '../errors.js';
import { FieldChecker } from '../programmes/field-checker.js';
import { cleanReportBody } from './clean-body.js';
import { buildDataBlock } from './draft/data-blocks.js';
import { draftReport } from './draft/draft-report.js';
import type { ReportFacts } from './facts.js';
import { plainText } from './plain-text.js';
import { stampSignature } from './stamp-signature.js';
import { publicReport, summarizeReport, type StoredReport, type StoredRevisions } from './store/documents.js';

/** A pause in typing longer than this ends an editing burst; the burst's text becomes a revision. */
export const EDIT_BURST_GAP_MS = 2 * 60 * 1000;
/** The largest body a save accepts (its JSON), far above a 100-page report. */
export const REPORT_BODY_MAX_BYTES = 5 * 1024 * 1024;

export interface ReportsServiceOptions {
  now: () => Date;
  /** The facts of a programme, or AppError('reports.programmeNotFound'). */
  facts: (programmeId: string) => Promise<ReportFacts>;
  /** The secretary's name and today's date as the signature block of a report in `template` prints them. */
  signature: (at: Date, template: ReportTemplate) => { name: string; date: string };
  onChange: () => void;
}

/** Reports (प्रतिवेदन): drafted from a programme's record, edited, kept in revisions, finalised. */
export class ReportsService {
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    /** Opened at the first use, so that start-up reads only what the first screen shows. */
    private readonly reports: () => Promise<DurableCollection<StoredReport, ReportSummary>>,
    /** Opened at the first use: ten years of revisions are gigabytes that start-up never needs. */
    private readonly revisions: () => Promise<DurableCollection<StoredRevisions, { count: number }>>,
    private readonly options: ReportsServiceOptions,
  ) {}

  async list(input: ChannelParsedInput<'reports:list'>): Promise<ReportSummary[]> {
    return [...(await this.reports()).summaries().values()]
      .filter((summary) => (input.includeRemoved || summary.removedAt === null) && (input.programmeId === null || summary.programmeId === input.programmeId))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  async get(id: string): Promise<Report> {
    return publicReport(await this.require(id));
  }

  async create(programmeId: string, template: ReportTemplate): Promise<Report> {
    const facts = await this.options.facts(programmeId);
    const at = this.options.now().toISOString();
    const { title, body } = draftReport(facts, template, at);
    const id = randomUUID();
    // The revisions file goes first: a report file always has its revisions file beside it.
    await (await this.revisions()).create(id, { reportId: id, revisions: [revisionOf(1, 'generated', '', at, 1, title, body)] });
    const report: StoredReport = {
      id,
      programmeId,
      template,
      title,
      body,
      status: 'draft',
      version: 1,
      createdAt: at,
      updatedAt: at,
      finalisedAt: null,
      finalRevision: null,
      removedAt: null,
      unkeptEdits: false,
      lastEditAt: null,
    };
    await (await this.reports()).create(id, report);
    this.options.onChange();
    return publicReport(report);
  }

  /**
   * An autosave. When the previous save is more than a burst's gap ago, the text it saved is
   * first kept as a revision, so each burst of editing leaves exactly one revision behind. A
   * save made from an older copy than the stored draft (a second window) still saves, but the
   * draft it replaces is kept as a revision first, so neither text is lost.
   */
  async save(input: ChannelParsedInput<'reports:save'>): Promise<{ version: number; updatedAt: string }> {
    const check = new FieldChecker();
    const title = check.line('title', input.title, REPORT_TITLE_MAX, true);
    check.finish();
    const body = cleanReportBody(input.body);
    const size = Buffer.byteLength(JSON.stringify(body));
    if (size > REPORT_BODY_MAX_BYTES) throw new AppError('reports.tooLarge', { params: { size: megabytes(size), limit: megabytes(REPORT_BODY_MAX_BYTES) } });

    return this.exclusive(input.id, async () => {
      const current = await this.requireEditable(input.id);
      const now = this.options.now();
      if (current.version !== input.baseVersion) {
        await this.keep(current, 'overwritten', '', now.toISOString());
      } else if (current.unkeptEdits && current.lastEditAt !== null && now.getTime() - Date.parse(current.lastEditAt) > EDIT_BURST_GAP_MS) {
        await this.keep(current, 'auto', '', current.lastEditAt);
      }
      const at = now.toISOString();
      const saved = await (await this.reports()).update(input.id, (report) => ({
        ...report,
        title,
        body,
        version: report.version + 1,
        updatedAt: at,
        lastEditAt: at,
        unkeptEdits: true,
      }));
      this.options.onChange();
      return { version: saved.version, updatedAt: saved.updatedAt };
    });
  }

  async revisionList(id: string): Promise<RevisionSummary[]> {
    await this.require(id);
    const stored = await (await this.revisions()).get(id);
    return stored.revisions.map(summaryOf).reverse();
  }

  async revision(id: string, number: number): Promise<Revision> {
    await this.require(id);
    const found = (await (await this.revisions()).get(id)).revisions.find((revision) => revision.number === number);
    if (found === undefined) throw new AppError('reports.revisionNotFound');
    return found;
  }

  async nameRevision(id: string, rawName: string): Promise<RevisionSummary> {
    const check = new FieldChecker();
    const name = check.line('name', rawName, TEXT_LIMITS.line, true);
    check.finish();
    return this.exclusive(id, async () => {
      const report = await this.require(id);
      const kept = await this.keep(report, 'named', name, this.options.now().toISOString());
      await (await this.reports()).update(id, (draft) => ({ ...draft, unkeptEdits: false, lastEditAt: null }));
      this.options.onChange();
      return summaryOf(kept);
    });
  }

  /** Brings back an older revision as the draft; unkept edits are kept as a revision first. */
  async restoreRevision(id: string, number: number): Promise<Report> {
    return this.exclusive(id, async () => {
      const report = await this.requireEditable(id);
      const chosen = await this.revision(id, number);
      const at = this.options.now().toISOString();
      if (report.unkeptEdits) await this.keep(report, 'beforeRestore', '', at);
      const restored = await (await this.reports()).update(id, (draft) => ({
        ...draft,
        title: chosen.title,
        body: chosen.body,
        version: draft.version + 1,
        updatedAt: at,
        unkeptEdits: false,
        lastEditAt: null,
      }));
      this.options.onChange();
      return publicReport(restored);
    });
  }

  /** Stamps the signature, keeps the text as the final revision and locks the report. */
  async finalise(id: string): Promise<Report> {
    return this.exclusive(id, async () => {
      const report = await this.requireEditable(id);
      const now = this.options.now();
      const at = now.toISOString();
      const body = stampSignature(report.body, this.options.signature(now, report.template));
      const kept = await this.keep({ ...report, body }, 'final', '', at);
      const finalised = await (await this.reports()).update(id, (draft) => ({
        ...draft,
        body,
        status: 'final' as const,
        version: draft.version + 1,
        updatedAt: at,
        finalisedAt: at,
        finalRevision: kept.number,
        unkeptEdits: false,
        lastEditAt: null,
      }));
      this.options.onChange();
      return publicReport(finalised);
    });
  }

  /** Opens a final report for further edits; they start a new revision, the final one stays. */
  async reopen(id: string): Promise<Report> {
    return this.exclusive(id, async () => {
      const report = await this.require(id);
      if (report.status !== 'final') return publicReport(report);
      const at = this.options.now().toISOString();
      const reopened = await (await this.reports()).update(id, (draft) => ({ ...draft, status: 'draft' as const, version: draft.version + 1, updatedAt: at }));
      this.options.onChange();
      return publicReport(reopened);
    });
  }

  async remove(id: string): Promise<ReportSummary> {
    return this.setRemoved(id, this.options.now().toISOString());
  }

  async restore(id: string): Promise<ReportSummary> {
    return this.setRemoved(id, null);
  }

  async dataBlock(id: string, source: DataBlockSource): Promise<DataBlockAttrs> {
    const report = await this.require(id);
    return buildDataBlock(source, await this.options.facts(report.programmeId), this.options.now().toISOString());
  }

  /** The text of the draft or of a kept revision. */
  async bodyOf(id: string, ref: 'draft' | number): Promise<{ title: string; body: ReportDoc }> {
    if (ref === 'draft') return this.require(id);
    return this.revision(id, ref);
  }

  private async setRemoved(id: string, removedAt: string | null): Promise<ReportSummary> {
    if (!(await this.reports()).has(id)) throw new AppError('reports.notFound');
    return this.exclusive(id, async () => {
      const changed = await (await this.reports()).update(id, (draft) => ({ ...draft, removedAt }));
      this.options.onChange();
      return summarizeReport(changed);
    });
  }

  /**
   * Runs one change of a report after the previous change of the same report has finished, so
   * a read, a kept revision and the write that follows it are never interleaved with another
   * change (an autosave landing between a finalise's read and its write would be overwritten).
   */
  private exclusive<T>(id: string, change: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const result = previous.then(change);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return result;
  }

  /**
   * Adds a revision of the report as it is now. If the newest revision already holds this very
   * draft version in the same kind (a step retried after its second write failed), that one is
   * returned instead of keeping the text twice.
   */
  private async keep(report: StoredReport, kind: RevisionKind, name: string, savedAt: string): Promise<Revision> {
    let kept: Revision | undefined;
    await (await this.revisions()).update(report.id, (stored) => {
      const newest = stored.revisions[stored.revisions.length - 1];
      if (newest !== undefined && newest.version === report.version && newest.kind === kind && kind !== 'named') {
        kept = newest;
        return stored;
      }
      kept = revisionOf((newest?.number ?? 0) + 1, kind, name, savedAt, report.version, report.title, report.body);
      return { ...stored, revisions: [...stored.revisions, kept] };
    });
    if (kept === undefined) throw new Error('The revision was not kept.');
    return kept;
  }

  private async require(id: string): Promise<StoredReport> {
    if (!(await this.reports()).has(id)) throw new AppError('reports.notFound');
    const report = await (await this.reports()).get(id);
    if (report.removedAt !== null) throw new AppError('reports.notFound');
    return report;
  }

  private async requireEditable(id: string): Promise<StoredReport> {
    const report = await this.require(id);
    if (report.status === 'final') throw new AppError('reports.final');
    return report;
  }
}

function revisionOf(number: number, kind: RevisionKind, name: string, savedAt: string, version: number, title: string, body: ReportDoc): Revision {
  return { number, kind, name, savedAt, letters: [...plainText(body).replace(/\s/g, '')].length, version, title, body };
}

function summaryOf(revision: Revision): RevisionSummary {
  return { number: revision.number, kind: revision.kind, name: revision.name, savedAt: revision.savedAt, letters: revision.letters };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

import type { Revision } from '../../src-main/core/contract/index.js';
import type { StoredReport, StoredRevisions } from '../../src-main/core/report/store/documents.js';
import { hindiSentence, seededRandom } from './hindi-text.js';
import { programmeId, reportId } from './ids.js';
import { programmeDay } from './generate-programme.js';
import { lettersOf, reportBody } from './report-body.js';
import { OPEN_REPORTS, type Scale } from './scale.js';

const DAY_MS = 86_400_000;
const TEMPLATES = ['narrative', 'minutes', 'brief'] as const;
/** Saves (autosaves included) between two kept revisions. */
const SAVES_PER_REVISION = 12;

export interface GeneratedReport {
  report: StoredReport;
  revisions: StoredRevisions;
}

/** A body of the scale's size (20–50 KB at one and ten years). */
export function scaledBody(random: () => number, scale: Scale, title: string) {
  return reportBody(random, scale.reportBytes.min + random() * (scale.reportBytes.max - scale.reportBytes.min), title);
}

/**
 * Report `n` of the scale, drafted after its programme: its own file (the draft) and its
 * revisions file. Older reports are final; the newest are drafts still being written, with
 * no unkept edits (the last revision holds the draft), as after a pause in typing.
 * `withRevisions: false` leaves the revisions' bodies out, for callers that only need the draft.
 */
export function generateReport(n: number, scale: Scale, withRevisions = true): GeneratedReport {
  const random = seededRandom(9_000_000 + n);
  const programmeN = Math.floor((n * scale.programmes) / scale.reports);
  const written = Date.parse(programmeDay(programmeN, scale.programmes)) + 2 * DAY_MS + n * 1_000;
  const at = (step: number) => new Date(written + step * 600_000).toISOString();
  const final = n < scale.reports - Math.max(OPEN_REPORTS, Math.ceil(scale.reports / 10));
  const title = `प्रतिवेदन: ${hindiSentence(random, 5)}`;
  const body = scaledBody(random, scale, title);
  const count = scale.revisionsPerReport;
  const version = count * SAVES_PER_REVISION;

  const revisions: Revision[] = withRevisions
    ? Array.from({ length: count }, (_, index) => {
        const last = index === count - 1;
        const revisionBody = last ? body : scaledBody(random, scale, title);
        return {
          number: index + 1,
          kind: index === 0 ? 'generated' : last && final ? 'final' : 'auto',
          name: '',
          savedAt: at(index),
          letters: lettersOf(revisionBody),
          version: index === 0 ? 1 : last ? version : (index + 1) * SAVES_PER_REVISION,
          title,
          body: revisionBody,
        };
      })
    : [];
  const id = reportId(n);
  const report: StoredReport = {
    id,
    programmeId: programmeId(programmeN),
    template: TEMPLATES[n % TEMPLATES.length] ?? 'narrative',
    title,
    body,
    status: final ? 'final' : 'draft',
    version,
    createdAt: at(0),
    updatedAt: at(count - 1),
    finalisedAt: final ? at(count - 1) : null,
    finalRevision: final ? count : null,
    removedAt: null,
    unkeptEdits: false,
    lastEditAt: null,
  };
  return { report, revisions: { reportId: id, revisions } };
}

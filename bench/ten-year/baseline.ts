import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { PROGRAMME_SCOPE, type Category, type ReportDoc } from '../../src-main/core/contract/index.js';
import { DEFAULT_CATEGORIES, type StoredPerson } from '../../src-main/core/people/document.js';
import type { StoredProgramme } from '../../src-main/core/programmes/document.js';
import type { StoredReport, StoredRevisions } from '../../src-main/core/report/store/documents.js';
import { generateDirectory } from './directory.js';
import { generateProgramme } from './generate-programme.js';
import { generateReport } from './generate-report.js';
import { hindiSentence, seededRandom } from './hindi-text.js';
import { timeCommits, type CommitSamples } from './measure.js';
import { withTypedParagraph } from './report-body.js';
import { LIVE_PROGRAMMES, OPEN_REPORTS, type Scale } from './scale.js';

/** Everything the data folder holds, in one JSON file. */
interface OneFile {
  people: StoredPerson[];
  categories: Category[];
  programmes: StoredProgramme[];
  reports: StoredReport[];
  reportRevisions: StoredRevisions[];
}

/** V8 cannot build one string much beyond 512 MB, so a one-file store cannot hold more than this. */
const ONE_STRING_LIMIT_BYTES = 450 * 2 ** 20;

export interface Baseline extends CommitSamples {
  fileMb: number;
  /** Whether report revisions fit into the one file; at ten years they cannot. */
  withRevisions: boolean;
}

/**
 * The same data and the same three commits in one JSON file through lowdb, the way the app
 * stored everything before sharding (and without the fsyncs, which only flatters it).
 */
export async function measureOneFileBaseline(dir: string, scale: Scale, rounds: number): Promise<Baseline> {
  const revisionBytes = scale.reports * scale.revisionsPerReport * ((scale.reportBytes.min + scale.reportBytes.max) / 2);
  const withRevisions = revisionBytes < ONE_STRING_LIMIT_BYTES / 2;
  const people = generateDirectory(scale.people);
  const reports = Array.from({ length: scale.reports }, (_, n) => generateReport(n, scale, withRevisions));
  const data: OneFile = {
    people,
    categories: DEFAULT_CATEGORIES.map((category) => ({ ...category })),
    programmes: Array.from({ length: scale.programmes }, (_, n) => generateProgramme(n, scale, people)),
    reports: reports.map((generated) => generated.report),
    reportRevisions: reports.map((generated) => generated.revisions),
  };
  let fileBytes = 0;
  const low = new Low<OneFile>(
    new DataFile<OneFile>(join(dir, 'baseline-db.json'), {
      parse: (text) => JSON.parse(text) as OneFile,
      stringify: (value) => {
        const text = JSON.stringify(value);
        fileBytes = Buffer.byteLength(text);
        return text;
      },
    }),
    data,
  );
  await low.write();

  const random = seededRandom(42);
  const now = () => new Date().toISOString();
  /** What each open report held before the typing began, and what has been typed into it since. */
  const editing = new Map<string, { body: ReportDoc; typed: string }>();
  const samples = await timeCommits(rounds, {
    checkIn: async (round) => {
      const programme = low.data.programmes[scale.programmes - 1 - (round % LIVE_PROGRAMMES)];
      const attendees = programme?.attendance.attendees ?? [];
      const attendee = attendees[Math.floor(round / LIVE_PROGRAMMES) % attendees.length];
      if (attendee !== undefined) attendee.marks[PROGRAMME_SCOPE] = { status: 'present', at: now(), reason: '' };
      await low.write();
    },
    personEdit: async (round) => {
      const person = low.data.people[Math.floor(random() * scale.people)];
      if (person !== undefined) Object.assign(person, { designation: `सचिव (${round})`, updatedAt: now() });
      await low.write();
    },
    reportAutosave: async (round) => {
      const report = low.data.reports[scale.reports - 1 - (round % OPEN_REPORTS)];
      if (report !== undefined) {
        const editor = editing.get(report.id) ?? { body: report.body, typed: '' };
        editor.typed = `${editor.typed} ${hindiSentence(random, 6)}`.trim();
        editing.set(report.id, editor);
        const at = now();
        Object.assign(report, { body: withTypedParagraph(editor.body, editor.typed), version: report.version + 1, updatedAt: at, lastEditAt: at, unkeptEdits: true });
      }
      await low.write();
    },
  });
  return { ...samples, fileMb: fileBytes / 2 ** 20, withRevisions };
}

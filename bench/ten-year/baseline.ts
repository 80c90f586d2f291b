import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { StoredPerson } from '../../src-main/core/people/document.js';
import { generatePeople } from '../generate-people.js';
import { generateProgramme, generateReport, reportText } from './generate.js';
import { hindiSentence, seededRandom } from './hindi-text.js';
import { timeCommits, type CommitSamples } from './measure.js';
import type { Scale } from './scale.js';
import type { BenchProgramme, BenchReport, BenchReportHistory } from './specs.js';

interface OneFile {
  people: StoredPerson[];
  programmes: BenchProgramme[];
  reports: Array<BenchReport & Pick<BenchReportHistory, 'revisions'>>;
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
  const data: OneFile = {
    people: generatePeople(scale.people),
    programmes: Array.from({ length: scale.programmes }, (_, n) => generateProgramme(n, scale)),
    reports: Array.from({ length: scale.reports }, (_, n) => {
      const { report, history } = generateReport(n, scale, withRevisions);
      return { ...report, revisions: history.revisions };
    }),
  };
  let fileBytes = 0;
  const file = join(dir, 'baseline-db.json');
  const low = new Low<OneFile>(
    new DataFile<OneFile>(file, {
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
  const texts = Array.from({ length: 4 }, () => reportText(random, scale));
  const samples = await timeCommits(rounds, {
    checkIn: async (round) => {
      low.data.programmes[scale.programmes - 1 - (round % 3)]?.attendance.push({ personId: 'p-1', sessionId: 's-1', at: new Date().toISOString() });
      await low.write();
    },
    personEdit: async (round) => {
      const person = low.data.people[Math.floor(random() * scale.people)];
      if (person !== undefined) person.designation = `सचिव (${round})`;
      await low.write();
    },
    reportAutosave: async (round) => {
      const report = low.data.reports[scale.reports - 1 - (round % 5)];
      if (report !== undefined) report.draft = `${texts[round % texts.length] ?? ''} ${hindiSentence(random, 6)}`;
      await low.write();
    },
  });
  return { ...samples, fileMb: fileBytes / 2 ** 20, withRevisions };
}

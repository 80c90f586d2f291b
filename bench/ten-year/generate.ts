import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeDocument } from '../../src-main/core/db/document-file.js';
import { mapWithLimit } from '../../src-main/core/db/map-limit.js';
import { peopleFileV1 } from '../../src-main/core/people/document.js';
import { generatePeople } from '../generate-people.js';
import { hindiProse, hindiSentence, seededRandom } from './hindi-text.js';
import type { Scale } from './scale.js';
import {
  benchProgrammes,
  benchReportHistories,
  benchReports,
  type BenchProgramme,
  type BenchReport,
  type BenchReportHistory,
} from './specs.js';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.parse('2016-04-01T00:00:00Z');

export const programmeId = (n: number) => `e-${String(n).padStart(5, '0')}`;
export const reportId = (n: number) => `r-${String(n).padStart(5, '0')}`;
export const personId = (n: number) => `p-${n}`;

export function generateProgramme(n: number, scale: Scale): BenchProgramme {
  const random = seededRandom(1_000 + n);
  const day = FIRST_DAY + Math.floor((n / scale.programmes) * 3_650) * DAY_MS;
  const sessions = Array.from({ length: scale.sessionsPerProgramme }, (_, s) => ({
    id: `s-${s + 1}`,
    title: hindiSentence(random, 4),
    startsAt: new Date(day + (10 + s * 2) * 3_600_000).toISOString(),
  }));
  const somePerson = () => personId(Math.floor(random() * scale.people));
  return {
    id: programmeId(n),
    title: hindiSentence(random, 5),
    venue: hindiSentence(random, 3),
    startsOn: new Date(day).toISOString().slice(0, 10),
    sessions,
    invitations: Array.from({ length: scale.invitationsPerProgramme }, somePerson),
    attendance: Array.from({ length: scale.marksPerProgramme }, (_, m) => ({
      personId: somePerson(),
      sessionId: sessions[m % sessions.length]?.id ?? 's-1',
      at: new Date(day + 36_000_000 + m * 60_000).toISOString(),
    })),
    feedback: Array.from({ length: scale.feedbackPerProgramme }, () => ({
      personId: somePerson(),
      rating: 1 + Math.floor(random() * 5),
      comment: hindiSentence(random, 10 + Math.floor(random() * 40)),
    })),
  };
}

export function reportText(random: () => number, scale: Scale): string {
  return hindiProse(random, scale.reportBytes.min + random() * (scale.reportBytes.max - scale.reportBytes.min));
}

/** A report and its history of revisions, generated together from one seed. */
export function generateReport(n: number, scale: Scale, withRevisions = true): { report: BenchReport; history: BenchReportHistory } {
  const random = seededRandom(9_000_000 + n);
  const at = new Date(FIRST_DAY + Math.floor((n / scale.reports) * 3_650) * DAY_MS).toISOString();
  const report: BenchReport = {
    id: reportId(n),
    programmeId: programmeId(n % scale.programmes),
    title: `प्रतिवेदन: ${hindiSentence(random, 4)}`,
    draft: reportText(random, scale),
    updatedAt: at,
    revisionCount: scale.revisionsPerReport,
  };
  const revisions = withRevisions ? Array.from({ length: scale.revisionsPerReport }, () => ({ at, text: reportText(random, scale) })) : [];
  return { report, history: { reportId: report.id, revisions } };
}

export function generateFoundationPeopleFile(scale: Scale): string {
  const data = { people: generatePeople(scale.people), categories: peopleFileV1.defaults().categories };
  return JSON.stringify({ schemaVersion: 1, data });
}

/**
 * Writes a data folder holding `scale`'s data: people in the foundation's single-file layout
 * (the first open migrates them), and one shard per programme and per report, without their
 * catalogs (the first open builds them). Every file is synced before this resolves: gigabytes
 * still waiting to be written back would otherwise slow down every fsync the commits make.
 */
export async function writeDataFolder(dir: string, scale: Scale): Promise<void> {
  await writeSynced(join(dir, 'people.json'), generateFoundationPeopleFile(scale));
  await writeShards(join(dir, benchProgrammes.name), scale.programmes, (n) => [programmeId(n), generateProgramme(n, scale)]);
  await writeShards(join(dir, benchReports.name), scale.reports, (n) => [reportId(n), generateReport(n, scale, false).report]);
  await writeShards(join(dir, benchReportHistories.name), scale.reports, (n) => [reportId(n), generateReport(n, scale).history]);
}

async function writeShards(folder: string, count: number, make: (n: number) => [string, unknown]): Promise<void> {
  await mkdir(folder, { recursive: true });
  await mapWithLimit(
    Array.from({ length: count }, (_, n) => n),
    16,
    async (n) => {
      const [id, item] = make(n);
      await writeSynced(join(folder, `${id}.json`), serializeDocument(1, item));
    },
  );
}

async function writeSynced(path: string, content: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

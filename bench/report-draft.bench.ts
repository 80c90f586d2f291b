import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROGRAMME_SCOPE, type Attendance, type Organisation, type ReportTemplate } from '../src-main/core/contract/index.js';
import { countAttendance } from '../src-main/core/attendance/counts.js';
import { serializeDocument } from '../src-main/core/db/document-file.js';
import { openCore } from '../src-main/core/index.js';
import { DEFAULT_LISTS } from '../src-main/core/lists/document.js';
import { organisationDocument } from '../src-main/core/organisation/document.js';
import { DEFAULT_CATEGORIES } from '../src-main/core/people/document.js';
import { citationsDocument } from '../src-main/core/programmes/citations.js';
import { programmesCollection, sessionIdsOf } from '../src-main/core/programmes/document.js';
import { toProgramme } from '../src-main/core/programmes/service.js';
import { draftReport } from '../src-main/core/report/draft/draft-report.js';
import { gatherReportFacts, type FactSources } from '../src-main/core/report/facts.js';
import { plainText } from '../src-main/core/report/plain-text.js';
import { DRAFT_SIZE, generateDraftRecord, type DraftRecord } from './report-draft-record.js';
import { percentile, report, timed, type Budget } from './report.js';
import { coreCall } from './ten-year/core-call.js';
import { foundationPeopleFile } from './ten-year/directory.js';

const TEMPLATES: readonly ReportTemplate[] = ['narrative', 'minutes', 'brief'];
const WARM_UP = 3;
const RUNS = 15;
/** Through the core each draft is also saved (two fsynced files), so fewer rounds keep the group quick. */
const CORE_WARM_UP = 2;
const CORE_RUNS = 10;
const LABEL = '(10 sessions, 40 speeches, 2,000 comments)';
const DRAFT_MS: Budget = { op: '<=', limit: 300 };
const AT = '2024-09-16T10:00:00.000Z';

const round1 = (value: number) => Number(value.toFixed(1));

/** What openReports hands gatherReportFacts for this record: the services' answers, built once. */
function factSources(record: DraftRecord): FactSources {
  const { programme: stored, people, citations } = record;
  const sessionIds = sessionIdsOf(stored);
  const scopes = [{ id: PROGRAMME_SCOPE, name: '' }, ...stored.sessions.map((session) => ({ id: session.id, name: session.name }))];
  const attendance: Attendance = {
    programmeId: stored.id,
    scopes,
    quorum: stored.attendance.quorum,
    attendees: stored.attendance.attendees.filter((attendee) => attendee.removedAt === null).map(({ removedAt: _removedAt, ...attendee }) => attendee),
    counts: Object.fromEntries(scopes.map((scope) => [scope.id, countAttendance(stored.attendance.attendees, scope.id, sessionIds)])),
  };
  const directory = new Map(people.map(({ removedAt: _removedAt, ...person }) => [person.id, person]));
  const cited = new Map(citations.map((citation) => [citation.id, citation]));
  return {
    language: 'hi',
    digits: 'latn',
    programme: toProgramme(stored),
    attendance,
    feedback: stored.feedback.filter((entry) => entry.removedAt === null).map(({ removedAt: _removedAt, ...entry }) => entry),
    lists: DEFAULT_LISTS,
    organisation: organisationOf(record),
    peopleCategories: DEFAULT_CATEGORIES.map((category) => ({ ...category })),
    person: (id) => directory.get(id),
    citation: (id) => cited.get(id),
  };
}

/** The office's profile as saved on first run. */
function organisationOf(record: DraftRecord): Organisation {
  return organisationDocument.schema.parse({ ...organisationDocument.defaults(), ...record.organisation, updatedAt: AT });
}

/** One draft as `reports:create` makes it, timed in two parts. */
function gatherAndDraft(sources: FactSources, template: ReportTemplate): { gatherMs: number; totalMs: number; text: string } {
  const started = performance.now();
  const facts = gatherReportFacts(sources);
  const gathered = performance.now();
  const { body } = draftReport(facts, template, AT);
  const totalMs = performance.now() - started;
  if (facts.sessions.length !== DRAFT_SIZE.sessions || facts.feedback.total !== DRAFT_SIZE.comments || facts.members.length !== DRAFT_SIZE.attendees) {
    throw new Error(`The facts hold ${facts.sessions.length} sessions, ${facts.feedback.total} comments and ${facts.members.length} members`);
  }
  return { gatherMs: gathered - started, totalMs, text: template === 'narrative' ? plainText(body) : '' };
}

/**
 * The budget: drafting a report stays under 300 ms for a programme with 10 sessions, 40
 * speeches and 2,000 comments. Measured as the core drafts (gatherReportFacts from the record,
 * then draftReport) for each template, after a warm-up; and the same through the core's channel
 * (`reports:create` on a data folder holding the record), which also reads the programme's file
 * and saves the new report and its first revision.
 */
export async function benchReportDraft(): Promise<boolean> {
  const record = generateDraftRecord();
  if (record.programme.speeches.length !== DRAFT_SIZE.speeches) throw new Error(`Generated ${record.programme.speeches.length} speeches`);
  const sources = factSources(record);

  // The first draft in a fresh process: nothing of the drafting code compiled yet.
  const cold = gatherAndDraft(sources, 'narrative');
  if (!cold.text.includes('2,000 टिप्पणियाँ प्राप्त हुईं')) throw new Error('The narrative draft does not state the 2,000 comments');
  const gatherSamples: number[] = [];
  const results: boolean[] = [];
  let worst = 0;
  for (const template of TEMPLATES) {
    for (let round = 0; round < WARM_UP; round += 1) gatherAndDraft(sources, template);
    const samples: number[] = [];
    for (let round = 0; round < RUNS; round += 1) {
      const run = gatherAndDraft(sources, template);
      samples.push(run.totalMs);
      gatherSamples.push(run.gatherMs);
    }
    const max = Math.max(...samples);
    worst = Math.max(worst, max);
    results.push(report(`report draft ${template} gather+draft median ${LABEL}`, round1(percentile(samples, 0.5)), 'ms'));
    results.push(report(`report draft ${template} gather+draft max ${LABEL}`, round1(max), 'ms'));
  }
  results.push(report(`report draft gather facts alone median ${LABEL}`, round1(percentile(gatherSamples, 0.5)), 'ms'));
  results.push(report(`report draft first draft in a fresh process, narrative ${LABEL}`, round1(cold.totalMs), 'ms'));
  results.push(report(`report draft worst case, slowest template max ${LABEL}`, round1(worst), 'ms', DRAFT_MS));
  results.push(...(await throughTheCore(record)));
  return results.every(Boolean);
}

/** `reports:create` through core.dispatch on a data folder holding the record, as the report screen asks for a draft. */
async function throughTheCore(record: DraftRecord): Promise<boolean[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sachiv-bench-report-draft-'));
  try {
    await writeFile(join(dir, 'people.json'), foundationPeopleFile(record.people));
    await writeFile(join(dir, 'citations.json'), serializeDocument(citationsDocument.schemaVersion, citationsDocument.schema.parse({ citations: record.citations })));
    await writeFile(join(dir, 'organisation.json'), serializeDocument(organisationDocument.schemaVersion, organisationOf(record)));
    await mkdir(join(dir, programmesCollection.name));
    const programme = programmesCollection.schema.parse(record.programme);
    await writeFile(join(dir, programmesCollection.name, `${programme.id}.json`), serializeDocument(programmesCollection.schemaVersion, programme));

    const core = await openCore({ dataDir: dir, appVersion: 'bench', log: () => {}, dailyBackup: false });
    try {
      const call = coreCall(core);
      const create = (template: ReportTemplate) => call('reports:create', { programmeId: programme.id, template });
      // The first asks for the programme's file; the report screen does the same when it opens.
      const first = await timed(() => create('narrative'));
      const text = plainText(first.value.body);
      if (!text.includes('2,000 टिप्पणियाँ प्राप्त हुईं')) throw new Error('The draft made through the core does not state the 2,000 comments');
      const results = [report(`report draft reports:create first after opening, narrative ${LABEL}`, round1(first.ms), 'ms')];
      for (const template of TEMPLATES) {
        for (let round = 0; round < CORE_WARM_UP; round += 1) await create(template);
        const samples: number[] = [];
        for (let round = 0; round < CORE_RUNS; round += 1) samples.push((await timed(() => create(template))).ms);
        results.push(report(`report draft reports:create ${template} median ${LABEL}`, round1(percentile(samples, 0.5)), 'ms'));
        results.push(report(`report draft reports:create ${template} max ${LABEL}`, round1(Math.max(...samples)), 'ms'));
      }
      return results;
    } finally {
      await core.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

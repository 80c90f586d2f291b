import { programmesListInputSchema, reportsListInputSchema, type DemoCounts } from '../contract/index.js';
import { AppError } from '../errors.js';
import type { DemoDeps } from './deps.js';
import { DEMO_ORGANISER } from './demo-programmes.js';
import type { DemoRecord } from './record.js';

type RemoveDeps = Pick<DemoDeps, 'people' | 'programmeServices' | 'reports'>;

/**
 * Takes back what the record names and counts what it removed. Anything already gone is
 * skipped, so running it again after a failure part-way finishes the job.
 *
 * What counts as the demo's: its people, categories, cited circular, programmes and report. Its
 * people and report go the way the user's own removals do. A demo programme nobody changed since
 * the load (its file has the digest recorded then) and no report of the user's refers to is
 * discarded for good: its file moves to the programmes' trash folder, so no list entry and no
 * cited document stays held by something fictional. One the user edited, or added feedback or
 * check-ins to, is still the demo's and goes too, but the restorable way, so nothing they typed
 * is lost. The circular goes once nothing cites it. Things the user made on their own are never
 * touched: their people (even one with a demo person's name), their programmes, their reports
 * (even one drafted from a demo programme), a circular one of their programmes cites, and any
 * demo category one of their people uses.
 *
 * `interrupted` is for a load that did not finish: a programme or report it created in the
 * moment before its id reached the record is found by what only the demo writes.
 */
export async function removeDemoData(record: DemoRecord, deps: RemoveDeps, interrupted: boolean): Promise<DemoCounts> {
  const programmes = [...record.programmes];
  // Found only by what the demo writes, so never discarded: without a digest they are removed the restorable way.
  if (interrupted) programmes.push(...(await unrecordedProgrammes(record, deps)).map((id) => ({ id, feedback: 0, attendanceMarks: 0 })));
  const programmeIds = new Set(programmes.map((programme) => programme.id));

  const reportIds = new Set(record.reportIds);
  const reports = await deps.reports.list(reportsListInputSchema.parse({ includeRemoved: true }));
  if (interrupted) for (const report of reports) if (programmeIds.has(report.programmeId)) reportIds.add(report.id);
  let reportsRemoved = 0;
  for (const report of reports) {
    if (!reportIds.has(report.id) || report.removedAt !== null) continue;
    await deps.reports.remove(report.id);
    reportsRemoved += 1;
  }

  // A report of the user's own (a removed one too, since it can be restored) keeps its programme restorable.
  const reportedOn = new Set(reports.filter((report) => !reportIds.has(report.id)).map((report) => report.programmeId));
  const counts: DemoCounts = { people: 0, programmes: 0, feedback: 0, attendanceMarks: 0, reports: reportsRemoved };
  for (const programme of programmes) {
    const untouched =
      programme.digest !== undefined && !reportedOn.has(programme.id) && (await deps.programmeServices.programmes.fileDigest(programme.id)) === programme.digest;
    if (!(await (untouched ? discardProgramme : removeProgramme)(programme.id, deps))) continue;
    counts.programmes += 1;
    counts.feedback += programme.feedback;
    counts.attendanceMarks += programme.attendanceMarks;
  }
  for (const id of record.citationIds) await deps.programmeServices.citations.removeIfUncited(id);

  if (record.personIds.length > 0) {
    const undone = await deps.people.undoImport({ at: record.peopleSavedAt ?? '', addedIds: record.personIds, previous: [] });
    counts.people = undone.removed;
  }
  await removeUnusedCategories(record.categoryIds, new Set(record.personIds), deps);
  return counts;
}

/** False when the programme was no longer shown: removed by the user, or by an earlier attempt. */
async function discardProgramme(id: string, { programmeServices }: RemoveDeps): Promise<boolean> {
  return skipIfGone(async () => (await programmeServices.programmes.discard(id)).wasActive);
}

/** The restorable removal, for a demo programme the user changed: what they typed into it comes back with programmes:restore. */
async function removeProgramme(id: string, { programmeServices }: RemoveDeps): Promise<boolean> {
  return skipIfGone(async () => {
    await programmeServices.programmes.remove(id);
    return true;
  });
}

async function skipIfGone(step: () => Promise<boolean>): Promise<boolean> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof AppError && error.code === 'programmes.notFound') return false;
    throw error;
  }
}

async function unrecordedProgrammes(record: DemoRecord, { programmeServices }: RemoveDeps): Promise<string[]> {
  if (record.startedAt === null) return [];
  const startedAt = record.startedAt;
  const known = new Set(record.programmes.map((programme) => programme.id));
  const { items } = await programmeServices.programmes.list(programmesListInputSchema.parse({ organiser: DEMO_ORGANISER, limit: 1000 }));
  return items
    .filter((item) => item.organiser === DEMO_ORGANISER && item.createdAt >= startedAt && !known.has(item.id))
    .map((item) => item.id);
}

/** A category the demo added goes only if nobody outside the demo has it, people in the bin included. */
async function removeUnusedCategories(categoryIds: readonly string[], demoPeople: ReadonlySet<string>, { people }: RemoveDeps): Promise<void> {
  const inUse = people.categoryIdsInUse(demoPeople);
  const present = new Set(people.listCategories().map((category) => category.id));
  for (const id of categoryIds) {
    if (present.has(id) && !inUse.has(id)) await people.removeCategory(id);
  }
}

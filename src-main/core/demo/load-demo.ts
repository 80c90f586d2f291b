import { randomUUID } from 'node:crypto';
import {
  PROGRAMME_SCOPE,
  citationsSaveInputSchema,
  feedbackEntryInputSchema,
  markInputSchema,
  programmeInputSchema,
  type Category,
  type Lists,
  type ProgrammeInput,
} from '../contract/index.js';
import type { DurableDocument } from '../db/types.js';
import { AppError } from '../errors.js';
import { validatePerson } from '../people/validate.js';
import type { DemoDeps } from './deps.js';
import { resolveListRef } from './list-refs.js';
import type { DemoRecord } from './record.js';
import type { DemoDataSet, DemoFeedback, DemoHolder, DemoProgramme } from './demo-types.js';

type LoadDeps = Pick<DemoDeps, 'people' | 'programmeServices' | 'reports'>;

/**
 * Adds the data set through the real services, writing each new id into the record as soon as
 * it exists, so that a failure or a crash at any step leaves a record naming all there is to
 * take back. The caller owns the record's state and the undoing.
 */
export async function loadDemoData(data: DemoDataSet, deps: LoadDeps, record: DurableDocument<DemoRecord>): Promise<void> {
  const personIds = await addPeople(data, deps, record);
  const personId = (index: number): string => {
    const id = personIds[index];
    if (id === undefined) throw new Error(`The demo names person ${index}, who is not in it`);
    return id;
  };
  const circularId = await addCircular(data, deps, record);
  for (const programme of data.programmes) {
    const id = await addProgramme(programme, { personId, circularId }, deps, record);
    if (data.programmes.indexOf(programme) === data.reportFor) {
      const report = await deps.reports.create(id, 'narrative');
      await record.update((draft) => {
        draft.reportIds.push(report.id);
      });
    }
  }
}

/**
 * All 200 people and any missing categories in one commit of the directory. The ids go into
 * the record before that commit, so no saved demo person is ever unaccounted for.
 */
async function addPeople(data: DemoDataSet, { people }: LoadDeps, record: DurableDocument<DemoRecord>): Promise<string[]> {
  const existing = people.listCategories();
  const newCategories: Category[] = [];
  const categoryIdByKey = new Map<string, string>();
  for (const category of data.categories) {
    const name = category.name.toLocaleLowerCase('hi');
    const found = existing.find((entry) => entry.name.toLocaleLowerCase('hi') === name);
    const id = found?.id ?? randomUUID();
    if (!found) newCategories.push({ id, name: category.name });
    categoryIdByKey.set(category.key, id);
  }
  const allCategories = [...existing, ...newCategories];
  const add = data.people.map((person) =>
    validatePerson(
      {
        name: person.name,
        designation: person.designation,
        organisation: person.organisation,
        categoryId: categoryIdByKey.get(person.category) ?? null,
        phone: person.phone,
        email: '',
        notes: person.notes,
      },
      allCategories,
    ),
  );
  const saved = await people.importPeople({ add, merge: [], newCategories }, async (importRecord) => {
    await record.update((draft) => {
      draft.peopleSavedAt = importRecord.at;
      draft.personIds = [...importRecord.addedIds];
      draft.categoryIds = newCategories.map((category) => category.id);
    });
  });
  return saved.addedIds;
}

/** The fictional circular one speech cites; one the user already keeps under that number is reused. */
async function addCircular(data: DemoDataSet, { programmeServices }: LoadDeps, record: DurableDocument<DemoRecord>): Promise<string> {
  try {
    const citation = await programmeServices.citations.save(citationsSaveInputSchema.parse({ citation: data.circular }));
    await record.update((draft) => {
      draft.citationIds.push(citation.id);
    });
    return citation.id;
  } catch (error) {
    const duplicate = error instanceof AppError && error.code === 'citations.duplicate' ? error.details?.duplicates?.[0] : undefined;
    if (duplicate === undefined) throw error;
    return duplicate.id;
  }
}

interface Resolved {
  personId: (index: number) => string;
  circularId: string;
}

async function addProgramme(programme: DemoProgramme, resolved: Resolved, deps: LoadDeps, record: DurableDocument<DemoRecord>): Promise<string> {
  const { programmes, attendance, feedback, lists } = deps.programmeServices;
  const created = await programmes.create(programmeInputSchema.parse(programmeInput(programme, resolved, lists.get())));
  await record.update((draft) => {
    draft.programmes.push({ id: created.id, feedback: 0, attendanceMarks: 0 });
  });

  await attendance.invite(created.id, { kind: 'people', personIds: programme.invitees.map(resolved.personId) });
  // Marked all at once, as a fast check-in desk would: the programme's file coalesces the
  // writes, so sixty marks cost a few disk writes instead of sixty. If one fails, all fail.
  await Promise.all(
    programme.marks.map((mark) =>
      attendance.mark(
        markInputSchema.parse({
          programmeId: created.id,
          scope: PROGRAMME_SCOPE,
          target: { kind: 'person', personId: resolved.personId(mark.person) },
          status: mark.status,
          reason: mark.reason,
        }),
      ),
    ),
  );
  const categories = lists.get().feedbackCategories;
  // Every entry needs a category; without the demo's own, the user's first one holds it.
  const categoryOf = (entry: DemoFeedback) => resolveListRef(categories, entry.category) ?? categories[0]?.id ?? null;
  const added = await feedback.addMany(
    created.id,
    programme.feedback.map((entry) => feedbackEntryInputSchema.parse(feedbackInput(entry, resolved, categoryOf(entry)))),
  );
  await record.update((draft) => {
    const entry = draft.programmes.find((candidate) => candidate.id === created.id);
    if (entry) {
      entry.feedback = added.total;
      entry.attendanceMarks = programme.marks.length;
    }
  });
  return created.id;
}

function programmeInput(programme: DemoProgramme, { personId, circularId }: Resolved, lists: Lists): ProgrammeInput {
  const holder = (demo: DemoHolder) => (demo.kind === 'person' ? { kind: 'person' as const, personId: personId(demo.person) } : demo);
  // Session ids are chosen here so the speeches can point at their sessions in the same request.
  const sessionIds = programme.sessions.map(() => randomUUID());
  return {
    title: programme.title,
    // A programme must have a kind; if the user has none of the demo's, their first one will do.
    kindId: resolveListRef(lists.programmeKinds, programme.kind) ?? lists.programmeKinds[0]?.id ?? null,
    organiser: programme.organiser,
    venue: programme.venue,
    days: programme.days,
    referenceNumber: programme.referenceNumber,
    purpose: programme.purpose,
    contentPoints: programme.contentPoints,
    occasion: programme.occasion,
    outcomes: programme.outcomes,
    attendeeSummary: programme.attendeeSummary,
    status: 'held',
    sessions: programme.sessions.map((session, index) => ({
      id: sessionIds[index],
      name: session.name,
      date: session.date,
      startTime: session.startTime,
      endTime: session.endTime,
      roles: session.roles.flatMap((role) => {
        const roleId = resolveListRef(lists.roles, role.role);
        return roleId === null ? [] : [{ roleId, holders: role.holders.map(holder) }];
      }),
      activities: session.activities.map((activity) => {
        const activityId = activity.activity === null ? null : resolveListRef(lists.activities, activity.activity);
        // Without its list entry an activity still says what it was.
        return { activityId, text: activityId === null && activity.text === '' ? (activity.activity?.name ?? '') : activity.text };
      }),
    })),
    speeches: programme.speeches.map((speech) => ({
      sessionId: speech.session === null ? null : (sessionIds[speech.session] ?? null),
      speaker: { kind: 'person', personId: personId(speech.speaker) },
      designationAtTime: speech.designationAtTime,
      summary: speech.summary,
      citationIds: speech.citesCircular ? [circularId] : [],
    })),
  };
}

function feedbackInput(entry: DemoFeedback, { personId }: Resolved, categoryId: string | null) {
  return {
    source: entry.source.kind === 'person' ? { kind: 'person' as const, personId: personId(entry.source.person) } : entry.source,
    categoryId,
    text: entry.text,
    channel: entry.channel,
    receivedOn: entry.receivedOn,
    followUp: entry.followUp,
  };
}

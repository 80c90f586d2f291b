import { PROGRAMME_SCOPE, type ReportDoc } from '../../src-main/core/contract/index.js';
import type { Core } from '../../src-main/core/index.js';
import { coreCall, type CoreCall } from './core-call.js';
import { hindiSentence, seededRandom } from './hindi-text.js';
import { personId } from './ids.js';
import { timeCommits, type CommitSamples } from './measure.js';
import { withTypedParagraph } from './report-body.js';
import { LIVE_PROGRAMMES, OPEN_REPORTS, type Scale } from './scale.js';

interface CheckInDesk {
  programmeId: string;
  /** Invitees to check in, those not marked yet first, as they arrive. */
  attendeeIds: string[];
}

interface OpenEditor {
  id: string;
  title: string;
  body: ReportDoc;
  /** The version the next save is based on: the last reply's, as the editor keeps it. */
  version: number;
  typed: string;
}

/**
 * The three commits of a live event, each one request through the core's dispatcher, timed
 * until its reply (which the core sends once the change is on disk): a check-in at one of the
 * newest events, an edit of someone in the directory, an autosave of a report being typed.
 */
export async function measureShardedCommits(core: Core, scale: Scale, rounds: number): Promise<CommitSamples> {
  const call = coreCall(core);
  const random = seededRandom(42);
  const desks = await openCheckInDesks(call);
  const editors = await openReportEditors(call);
  // The person dialog shows someone found in the directory before it saves them.
  const people = await Promise.all(Array.from({ length: rounds }, () => call('people:get', { id: personId(Math.floor(random() * scale.people)) })));

  return timeCommits(rounds, {
    checkIn: (round) => {
      const desk = desks[round % desks.length] as CheckInDesk;
      const attendeeId = desk.attendeeIds[Math.floor(round / desks.length) % desk.attendeeIds.length] as string;
      return call('attendance:mark', { programmeId: desk.programmeId, scope: PROGRAMME_SCOPE, target: { kind: 'attendee', attendeeId }, status: 'present', reason: '' });
    },
    personEdit: (round) => {
      const { id, name, designation, organisation, categoryId, phone, email, notes } = people[round % people.length] as (typeof people)[number];
      const person = { name, designation: `${designation.split(' (')[0] ?? ''} (${round})`, organisation, categoryId, phone, email, notes };
      return call('people:update', { id, person, allowDuplicate: false });
    },
    reportAutosave: async (round) => {
      const editor = editors[round % editors.length] as OpenEditor;
      editor.typed = `${editor.typed} ${hindiSentence(random, 6)}`.trim();
      const reply = await call('reports:save', { id: editor.id, baseVersion: editor.version, title: editor.title, body: withTypedParagraph(editor.body, editor.typed) });
      editor.version = reply.version;
    },
  });
}

/** The newest events' attendance pages, as the desk opens them. */
async function openCheckInDesks(call: CoreCall): Promise<CheckInDesk[]> {
  const newest = (await call('programmes:list', { limit: LIVE_PROGRAMMES })).items;
  return Promise.all(
    newest.map(async ({ id }) => {
      const invitees = (await call('attendance:get', { programmeId: id })).attendees.filter((attendee) => attendee.invited);
      const waiting = (marked: boolean) => invitees.filter((attendee) => (PROGRAMME_SCOPE in attendee.marks) === marked).map((attendee) => attendee.id);
      return { programmeId: id, attendeeIds: [...waiting(false), ...waiting(true)] };
    }),
  );
}

/** The newest draft reports, opened in the editor. */
async function openReportEditors(call: CoreCall): Promise<OpenEditor[]> {
  const drafts = (await call('reports:list', {})).filter((summary) => summary.status === 'draft').slice(0, OPEN_REPORTS);
  if (drafts.length === 0) throw new Error('no draft report to type into');
  return Promise.all(
    drafts.map(async ({ id }) => {
      const { title, body, version } = await call('reports:get', { id });
      return { id, title, body, version, typed: '' };
    }),
  );
}

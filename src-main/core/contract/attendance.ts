import { z } from 'zod';
import { idString, rawText } from './limits.js';
import { personInputSchema } from './people.js';

/**
 * What happened to one invitee in one scope (the whole programme, or one of its sessions).
 * 'invited' means nothing has been marked yet; late arrivals and early leavers were present.
 */
export const attendanceStatusSchema = z.enum(['invited', 'present', 'absent', 'excused', 'late', 'leftEarly']);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const PRESENT_STATUSES: readonly AttendanceStatus[] = ['present', 'late', 'leftEarly'];
export const ABSENT_STATUSES: readonly AttendanceStatus[] = ['absent', 'excused'];

/** The scope of a mark: 'programme' for the whole event, otherwise a session's id. */
export const PROGRAMME_SCOPE = 'programme';
export const scopeSchema = idString;

export const attendanceMarkSchema = z.object({
  status: attendanceStatusSchema,
  /** When the mark was made (ISO time); the check-in time for present marks. */
  at: z.string(),
  /** Why someone was absent with notice, or a note on a late arrival / early departure. */
  reason: z.string(),
});
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;

/**
 * One invitee or walk-in. The details are a copy of the directory's at the time of the
 * invitation or the latest mark, so an old event's register keeps the designation a person
 * held then, and walk-ins who were not added to the directory still have a name.
 */
export const attendeeSchema = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  /** The title written before the name (श्री, श्रीमती …); attendees listed before titles existed have none. */
  title: z.string().default(''),
  name: z.string(),
  designation: z.string(),
  organisation: z.string(),
  categoryId: z.string().nullable(),
  phone: z.string(),
  /** False for walk-ins and for people checked in without an invitation. */
  invited: z.boolean(),
  addedAt: z.string(),
  /** Keyed by scope; a missing key means 'invited' (nothing marked yet). */
  marks: z.record(z.string(), attendanceMarkSchema),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const attendanceGroupCountSchema = z.object({
  /** A category id or an organisation name; '' for people with none. */
  key: z.string(),
  invited: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
});
export type AttendanceGroupCount = z.infer<typeof attendanceGroupCountSchema>;

export const attendanceCountsSchema = z.object({
  /** Everyone on the list: invitees and walk-ins. */
  total: z.number().int(),
  invited: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  /** Invitees with nothing marked yet. */
  pending: z.number().int(),
  walkIns: z.number().int(),
  byCategory: z.array(attendanceGroupCountSchema),
  byOrganisation: z.array(attendanceGroupCountSchema),
});
export type AttendanceCounts = z.infer<typeof attendanceCountsSchema>;

export const attendanceSchema = z.object({
  programmeId: z.string(),
  /** 'programme' first, then the programme's sessions in order. */
  scopes: z.array(z.object({ id: z.string(), name: z.string() })),
  quorum: z.number().int().nullable(),
  attendees: z.array(attendeeSchema),
  counts: z.record(z.string(), attendanceCountsSchema),
});
export type Attendance = z.infer<typeof attendanceSchema>;

export const QUORUM_MAX = 100_000;

/** Who to invite: chosen people, a whole category, everyone of an organisation, or another programme's invitees. */
export const inviteSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('people'), personIds: z.array(idString).min(1).max(50_000) }).strict(),
  z.object({ kind: z.literal('category'), categoryId: idString }).strict(),
  z.object({ kind: z.literal('organisation'), organisation: z.string().max(1_000) }).strict(),
  z.object({ kind: z.literal('programme'), programmeId: idString }).strict(),
]);
export type InviteSelection = z.infer<typeof inviteSelectionSchema>;

export const inviteOutputSchema = z.object({
  added: z.number().int(),
  alreadyInvited: z.number().int(),
  /** Ids of the attendees this call added, so "undo" can remove exactly them. */
  addedIds: z.array(z.string()),
});

/** Whom a check-in or mark is about: someone on the list, or a directory person not yet on it. */
export const markTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('attendee'), attendeeId: idString }).strict(),
  z.object({ kind: z.literal('person'), personId: idString }).strict(),
]);

export const markInputSchema = z
  .object({
    programmeId: idString,
    scope: scopeSchema,
    target: markTargetSchema,
    status: attendanceStatusSchema,
    reason: rawText.default(''),
  })
  .strict();

export const markOutputSchema = z.object({
  attendee: attendeeSchema,
  /** The mark this call replaced (null if none), for undo. */
  previous: attendanceMarkSchema.nullable(),
  /** True when the target was not on the list and was added by this call; undo removes them. */
  addedToList: z.boolean(),
});

export const undoMarkInputSchema = z
  .object({
    programmeId: idString,
    scope: scopeSchema,
    attendeeId: idString,
    previous: attendanceMarkSchema.nullable(),
    removeFromList: z.boolean().default(false),
  })
  .strict();

export const walkInInputSchema = z
  .object({
    programmeId: idString,
    scope: scopeSchema,
    person: personInputSchema.strict(),
    addToDirectory: z.boolean().default(false),
    allowDuplicate: z.boolean().default(false),
  })
  .strict();

export const ATTENDANCE_SEARCH_LIMIT_MAX = 200;

export const attendanceSearchInputSchema = z
  .object({
    programmeId: idString,
    query: z.string().max(500),
    limit: z.number().int().min(1).max(ATTENDANCE_SEARCH_LIMIT_MAX).default(50),
    /** Directory people who are not on the list, shown under the list's own matches. */
    othersLimit: z.number().int().min(0).max(ATTENDANCE_SEARCH_LIMIT_MAX).default(5),
  })
  .strict();

export const attendanceSearchOutputSchema = z.object({
  /** Ids of attendees matching the query, best first (all of them, in list order, when the query is empty). */
  attendeeIds: z.array(z.string()),
  totalAttendees: z.number().int(),
  /** Directory people matching the query who are not on the list. */
  others: z.array(
    z.object({ id: z.string(), name: z.string(), designation: z.string(), organisation: z.string(), phone: z.string() }),
  ),
});

export const attendanceExportInputSchema = z
  .object({
    programmeId: idString,
    list: z.enum(['register', 'invitations']),
    format: z.enum(['xlsx', 'csv']),
  })
  .strict();

export const attendancePrintInputSchema = z
  .object({
    programmeId: idString,
    document: z.enum(['signInSheet', 'certificates', 'invitations']),
    scope: scopeSchema.default(PROGRAMME_SCOPE),
    /** Empty rows after the names on a sign-in sheet, for walk-ins. */
    blankRows: z.number().int().min(0).max(500).default(15),
  })
  .strict();

export const organisationNamesOutputSchema = z.array(z.object({ name: z.string(), count: z.number().int() }));

import { z } from 'zod';
import { idString, rawDate, rawText, rawTime } from './limits.js';
import { genderSchema } from './people.js';

/**
 * Who holds a role or gives a speech: someone in the directory, someone typed on the spot
 * (the renderer may later add them with people:create and replace the holder), or a body
 * such as "प्रांतीय पार्टी समिति की स्थायी समिति".
 */
export const holderSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: idString }).strict(),
  z
    .object({
      kind: z.literal('typed'),
      title: rawText.default(''),
      name: rawText,
      gender: genderSchema.nullable().default(null),
      designation: rawText.default(''),
      organisation: rawText.default(''),
    })
    .strict(),
  z.object({ kind: z.literal('body'), name: rawText }).strict(),
]);
export type HolderInput = z.input<typeof holderSchema>;
export type Holder = z.output<typeof holderSchema>;

export const partOfDaySchema = z.enum(['morning', 'afternoon', 'evening']);
export type PartOfDay = z.infer<typeof partOfDaySchema>;

export const programmeDaySchema = z
  .object({
    date: rawDate,
    partOfDay: partOfDaySchema.nullable().default(null),
    startTime: rawTime,
    endTime: rawTime,
  })
  .strict();
export type ProgrammeDay = z.output<typeof programmeDaySchema>;

export const sessionRoleSchema = z
  .object({ roleId: idString, holders: z.array(holderSchema).max(50).default([]) })
  .strict();

/**
 * An activity or ritual from the editable list, or free text (or both: the list entry plus a
 * note). Its id is optional on input like a session's; the core gives one to anything new, so
 * the session's order of proceedings can name it.
 */
export const sessionActivitySchema = z
  .object({ id: idString.optional(), activityId: idString.nullable().default(null), text: rawText.default('') })
  .strict();

/**
 * Ids of sessions and speeches are optional on input: the core assigns one to anything new.
 * A speech that must point at a session created in the same request needs the renderer to
 * choose that session's id itself (any unique string, e.g. crypto.randomUUID()).
 */
export const sessionInputSchema = z
  .object({
    id: idString.optional(),
    name: rawText,
    date: rawDate,
    startTime: rawTime,
    endTime: rawTime,
    roles: z.array(sessionRoleSchema).max(50).default([]),
    activities: z.array(sessionActivitySchema).max(50).default([]),
    /**
     * The order in which the session's proceedings happened, as keys (see proceedings.ts):
     * rituals and activities, the roles that are part of the proceedings, speeches. Anything
     * not listed takes its place by the default order, so an empty list means "as usual".
     */
    proceedings: z.array(z.string().max(200)).max(400).default([]),
  })
  .strict();

/**
 * How a speech's summary was written, which decides its sentence: what the speaker did
 * ("… ने … पर प्रकाश डाला"), what they said ("… ने कहा कि …"), or their words ("… ने कहा,
 * "…""). 'auto' lets the draft tell from the summary's last word.
 */
export const summaryStyleSchema = z.enum(['auto', 'did', 'said', 'quote']);
export type SummaryStyle = z.infer<typeof summaryStyleSchema>;

export const speechInputSchema = z
  .object({
    id: idString.optional(),
    sessionId: idString.nullable().default(null),
    speaker: holderSchema,
    designationAtTime: rawText.default(''),
    /** The speaker's organisation as it was then, for "नाबार्ड के जिला विकास प्रबंधक …". */
    organisationAtTime: rawText.default(''),
    summary: rawText.default(''),
    summaryStyle: summaryStyleSchema.default('auto'),
    citationIds: z.array(idString).max(20).default([]),
  })
  .strict();

export const programmeStatusSchema = z.enum(['planned', 'held', 'reportFinal']);

/** How the sponsor stands to the programme: "के तत्वावधान में" (aegis) or "के सहयोग से" (support). */
export const sponsorRelationSchema = z.enum(['aegis', 'support']);
export type SponsorRelation = z.infer<typeof sponsorRelationSchema>;

/** One item of a meeting's agenda (कार्यसूची), with what was discussed and what was decided. */
export const agendaItemSchema = z
  .object({ subject: rawText, discussion: rawText.default(''), decision: rawText.default('') })
  .strict();
export type AgendaItem = z.output<typeof agendaItemSchema>;
export type ProgrammeStatus = z.infer<typeof programmeStatusSchema>;

/** Everything a programme form sends: the whole record except its feedback log. */
export const programmeInputSchema = z
  .object({
    title: rawText,
    kindId: idString.nullable().default(null),
    organiser: rawText.default(''),
    /** The organiser's short form ("बैंक", "समिति"), used after it has been named in full once. */
    organiserShort: rawText.default(''),
    sponsor: rawText.default(''),
    sponsorRelation: sponsorRelationSchema.default('aegis'),
    venue: rawText.default(''),
    /** The venue's town, for the news brief's dateline ("सीहोर, 9 अगस्त।") and the signature's place. */
    city: rawText.default(''),
    days: z.array(programmeDaySchema).max(60).default([]),
    referenceNumber: rawText.default(''),
    purpose: rawText.default(''),
    contentPoints: z.array(rawText).max(200).default([]),
    occasion: rawText.default(''),
    outcomes: z.array(rawText).max(200).default([]),
    attendeeSummary: rawText.default(''),
    agenda: z.array(agendaItemSchema).max(100).default([]),
    status: programmeStatusSchema.default('planned'),
    sessions: z.array(sessionInputSchema).max(50).default([]),
    speeches: z.array(speechInputSchema).max(200).default([]),
  })
  .strict();
export type ProgrammeInput = z.input<typeof programmeInputSchema>;

export const sessionSchema = sessionInputSchema.extend({
  id: z.string(),
  activities: z.array(sessionActivitySchema.extend({ id: z.string() })),
});
export type Session = z.output<typeof sessionSchema>;

/** order is 1-based within the speech's session (or among speeches with no session); set by the core. */
export const speechSchema = speechInputSchema.extend({ id: z.string(), order: z.number().int() });
export type Speech = z.output<typeof speechSchema>;

export const programmeCountsSchema = z.object({
  sessions: z.number().int(),
  speakers: z.number().int(),
  feedback: z.number().int(),
  /** Active feedback entries per category id. */
  feedbackByCategory: z.record(z.string(), z.number().int()),
  /** People on the attendance list who were invited, and everyone present (walk-ins too) for the whole programme. */
  invited: z.number().int(),
  present: z.number().int(),
});
export type ProgrammeCounts = z.infer<typeof programmeCountsSchema>;

export const programmeSchema = programmeInputSchema.extend({
  id: z.string(),
  sessions: z.array(sessionSchema),
  speeches: z.array(speechSchema),
  counts: programmeCountsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  removedAt: z.string().nullable(),
});
export type Programme = z.output<typeof programmeSchema>;

/** What a list row needs; kept in the catalog so listing never opens a programme's file. */
export const programmeSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kindId: z.string().nullable(),
  organiser: z.string(),
  venue: z.string(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  /**
   * Every day in date order, with its part of day and times, so a row can say "17 अप्रैल 2024,
   * सुबह" without opening the programme. A catalog written before this field existed fails this
   * schema and is rebuilt from the programmes' own files when the collection opens.
   */
  days: z.array(
    z.object({
      date: z.string(),
      partOfDay: partOfDaySchema.nullable(),
      startTime: z.string().nullable(),
      endTime: z.string().nullable(),
    }),
  ),
  status: programmeStatusSchema,
  counts: programmeCountsSchema,
  /** Which list entries the programme uses, so removing a list entry can be checked cheaply. */
  roleIds: z.array(z.string()),
  activityIds: z.array(z.string()),
  citationIds: z.array(z.string()),
  /** Categories of all feedback, removed entries included, since those can be restored. */
  feedbackCategoryIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  removedAt: z.string().nullable(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const programmesListInputSchema = z
  .object({
    query: z.string().max(500).default(''),
    kindId: idString.nullable().default(null),
    /** Matches organisers containing this text (case and spacing ignored). */
    organiser: z.string().max(500).default(''),
    status: programmeStatusSchema.nullable().default(null),
    /** Inclusive 'YYYY-MM-DD' bounds; a programme matches if any part of its span (first to last day) lies inside. */
    from: z.string().max(20).nullable().default(null),
    to: z.string().max(20).nullable().default(null),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();

export const programmesListOutputSchema = z.object({
  total: z.number().int(),
  items: z.array(programmeSummarySchema),
});

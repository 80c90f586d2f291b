import { z } from 'zod';
import { appInfoSchema, screenCommandsInputSchema } from './app.js';
import {
  attendanceExportInputSchema,
  attendancePrintInputSchema,
  attendanceSchema,
  attendanceSearchInputSchema,
  attendanceSearchOutputSchema,
  attendeeSchema,
  inviteOutputSchema,
  inviteSelectionSchema,
  markInputSchema,
  markOutputSchema,
  organisationNamesOutputSchema,
  undoMarkInputSchema,
  walkInInputSchema,
} from './attendance.js';
import { backupCreateOutputSchema, backupListOutputSchema, backupPreviewSchema, backupRestoreOutputSchema } from './backup.js';
import {
  categorySchema,
  peopleSearchInputSchema,
  peopleSearchOutputSchema,
  personInputSchema,
  personSchema,
} from './people.js';
import {
  importAnalysisSchema,
  importCommitInputSchema,
  importCommitOutputSchema,
  importPlanInputSchema,
  importPreviewSchema,
  importUndoOutputSchema,
} from './people-import.js';
import { settingsPatchSchema, settingsSchema } from './settings.js';
import {
  FEEDBACK_BATCH_MAX,
  feedbackEntryInputSchema,
  feedbackEntrySchema,
  feedbackListOutputSchema,
  feedbackRefSchema,
} from './feedback.js';
import { idString } from './limits.js';
import {
  citationSchema,
  citationsSaveInputSchema,
  citationsSearchInputSchema,
  citationsSearchOutputSchema,
  listsSchema,
  listsUpdateInputSchema,
} from './lists.js';
import { organisationInputSchema, organisationLogoSchema, organisationSchema, organisationSetLogoInputSchema } from './organisation.js';
import {
  programmeInputSchema,
  programmeSchema,
  programmesListInputSchema,
  programmesListOutputSchema,
} from './programmes.js';
import {
  dataBlockAttrsSchema,
  dataBlockInputSchema,
  reportCompareSchema,
  reportExportInputSchema,
  reportExportOutputSchema,
  reportPreviewSchema,
  reportSaveInputSchema,
  reportSaveOutputSchema,
  reportSchema,
  reportsListInputSchema,
  reportSummarySchema,
  reportTemplateSchema,
  revisionRefSchema,
  revisionSchema,
  revisionSummarySchema,
} from './reports.js';
import { demoCountsSchema, demoStatusSchema } from './demo.js';
import type { ChannelName } from './names.js';

type ChannelSpec = { input: z.ZodType; output: z.ZodType };

const none = z.object({}).strict().default({});
const byId = z.object({ id: z.string().min(1).max(100) }).strict();

/**
 * The one channel map between renderer and main. Handler types, the preload's allow-list
 * and the renderer's typed call() are all derived from it, so a channel without a handler
 * does not compile.
 */
export const channels = {
  'app:info': { input: none, output: appInfoSchema },
  'app:dismissNotice': { input: byId, output: z.null() },
  /** The window's answer to app:saveEdits: every edit it held is saved (or its save failed). */
  'app:editsSaved': { input: z.object({ allSaved: z.boolean() }).strict(), output: z.null() },
  /** The open screen's File-menu commands (save, print, export), so the menu offers only those. */
  'app:screenCommands': { input: screenCommandsInputSchema, output: z.null() },

  'settings:get': { input: none, output: settingsSchema },
  'settings:update': { input: settingsPatchSchema.strict(), output: settingsSchema },

  'people:search': { input: peopleSearchInputSchema.strict(), output: peopleSearchOutputSchema },
  'people:get': { input: byId, output: personSchema },
  'people:create': {
    input: z.object({ person: personInputSchema.strict(), allowDuplicate: z.boolean().default(false) }).strict(),
    output: personSchema,
  },
  'people:update': {
    input: z
      .object({ id: z.string().min(1).max(100), person: personInputSchema.strict(), allowDuplicate: z.boolean().default(false) })
      .strict(),
    output: personSchema,
  },
  'people:remove': { input: byId, output: personSchema },
  'people:restore': { input: byId, output: personSchema },
  /** Every organisation named in the directory, with how many active people belong to it. */
  'people:organisations': { input: none, output: organisationNamesOutputSchema },

  'categories:list': { input: none, output: z.array(categorySchema) },
  'categories:create': { input: z.object({ name: z.string().max(100_000) }).strict(), output: categorySchema },
  'categories:rename': { input: z.object({ id: z.string().min(1).max(100), name: z.string().max(100_000) }).strict(), output: categorySchema },
  'categories:remove': { input: byId, output: categorySchema },

  'programmes:list': { input: programmesListInputSchema, output: programmesListOutputSchema },
  'programmes:get': { input: byId, output: programmeSchema },
  'programmes:create': { input: z.object({ programme: programmeInputSchema }).strict(), output: programmeSchema },
  'programmes:update': { input: z.object({ id: idString, programme: programmeInputSchema }).strict(), output: programmeSchema },
  'programmes:duplicate': { input: byId, output: programmeSchema },
  'programmes:remove': { input: byId, output: programmeSchema },
  'programmes:restore': { input: byId, output: programmeSchema },

  'feedback:list': { input: z.object({ programmeId: idString }).strict(), output: feedbackListOutputSchema },
  'feedback:add': { input: z.object({ programmeId: idString, entry: feedbackEntryInputSchema }).strict(), output: feedbackEntrySchema },
  'feedback:addMany': {
    // The boundary allows more than the limit so the domain can answer with a Hindi message.
    input: z.object({ programmeId: idString, entries: z.array(feedbackEntryInputSchema).max(FEEDBACK_BATCH_MAX * 5) }).strict(),
    output: feedbackListOutputSchema,
  },
  'feedback:update': {
    input: z.object({ programmeId: idString, id: idString, entry: feedbackEntryInputSchema }).strict(),
    output: feedbackEntrySchema,
  },
  'feedback:remove': { input: feedbackRefSchema, output: feedbackEntrySchema },
  'feedback:restore': { input: feedbackRefSchema, output: feedbackEntrySchema },
  'feedback:export': {
    input: z.object({ programmeId: idString, format: z.enum(['xlsx', 'csv']) }).strict(),
    /** null when the user closed the save dialog without choosing a file. */
    output: z.object({ path: z.string() }).nullable(),
  },

  'lists:get': { input: none, output: listsSchema },
  'lists:update': { input: listsUpdateInputSchema, output: listsSchema },

  'citations:search': { input: citationsSearchInputSchema, output: citationsSearchOutputSchema },
  'citations:get': { input: z.object({ ids: z.array(idString).max(1000) }).strict(), output: z.array(citationSchema) },
  'citations:save': { input: citationsSaveInputSchema, output: citationSchema },

  'organisation:get': { input: none, output: organisationSchema },
  'organisation:update': { input: z.object({ organisation: organisationInputSchema }).strict(), output: organisationSchema },
  'organisation:logo': { input: none, output: organisationLogoSchema },
  'organisation:setLogo': { input: organisationSetLogoInputSchema, output: organisationLogoSchema },
  'organisation:clearLogo': { input: none, output: organisationLogoSchema },

  'backup:create': { input: none, output: backupCreateOutputSchema },
  /** Asks for an archive, verifies it and previews it; null when the user cancelled. */
  'backup:inspect': { input: none, output: backupPreviewSchema.nullable() },
  /** Restores the archive last inspected (never a path from the renderer). */
  'backup:restore': { input: none, output: backupRestoreOutputSchema },
  'backup:list': { input: none, output: backupListOutputSchema },
  /** Verifies and previews a backup the user opened from outside the app (double click); null when there is none. */
  'backup:inspectOpened': { input: none, output: backupPreviewSchema.nullable() },

  'attendance:get': { input: z.object({ programmeId: idString }).strict(), output: attendanceSchema },
  'attendance:search': { input: attendanceSearchInputSchema, output: attendanceSearchOutputSchema },
  'attendance:invite': { input: z.object({ programmeId: idString, selection: inviteSelectionSchema }).strict(), output: inviteOutputSchema },
  /** Takes people off the list (their marks too); attendance:restoreInvitees undoes it. */
  'attendance:uninvite': {
    input: z.object({ programmeId: idString, attendeeIds: z.array(idString).min(1).max(50_000) }).strict(),
    output: z.object({ removed: z.number().int() }),
  },
  'attendance:restoreInvitees': {
    input: z.object({ programmeId: idString, attendeeIds: z.array(idString).min(1).max(50_000) }).strict(),
    output: z.object({ restored: z.number().int() }),
  },
  'attendance:mark': { input: markInputSchema, output: markOutputSchema },
  'attendance:undoMark': { input: undoMarkInputSchema, output: attendeeSchema.nullable() },
  'attendance:walkIn': { input: walkInInputSchema, output: markOutputSchema },
  'attendance:setQuorum': {
    // Any whole number passes here, so the core can answer one above QUORUM_MAX in Hindi with the limit.
    input: z.object({ programmeId: idString, quorum: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable() }).strict(),
    output: z.null(),
  },
  /** null when the user closed the save dialog without choosing a file. */
  'attendance:export': { input: attendanceExportInputSchema, output: z.object({ path: z.string() }).nullable() },
  /** Asks for a spreadsheet, reads it and previews it; null when the user cancelled. Saves nothing. */
  'import:open': { input: none, output: importPreviewSchema.nullable() },
  'import:analyse': { input: importPlanInputSchema, output: importAnalysisSchema },
  /** Saves the whole import in one write, or nothing. */
  'import:commit': { input: importCommitInputSchema, output: importCommitOutputSchema },
  'import:undo': { input: z.object({ batchId: idString }).strict(), output: importUndoOutputSchema },
  'import:discard': { input: z.object({ importId: idString }).strict(), output: z.null() },
  /** Whether pasted text looks typed in the Kruti Dev font, and its Unicode conversion. */
  'text:krutiDev': {
    input: z.object({ text: z.string().max(100_000) }).strict(),
    output: z.object({ likely: z.boolean(), converted: z.string() }),
  },
  'attendance:print': { input: attendancePrintInputSchema, output: z.object({ path: z.string(), pages: z.number().int() }).nullable() },

  'reports:list': { input: reportsListInputSchema, output: z.array(reportSummarySchema) },
  'reports:get': { input: byId, output: reportSchema },
  /** Drafts a new report of a programme from its record, in the chosen template. */
  'reports:create': { input: z.object({ programmeId: idString, template: reportTemplateSchema }).strict(), output: reportSchema },
  /** Autosave: refused while the report is final, or when the draft changed since baseVersion. */
  'reports:save': { input: reportSaveInputSchema, output: reportSaveOutputSchema },
  'reports:remove': { input: byId, output: reportSummarySchema },
  'reports:restore': { input: byId, output: reportSummarySchema },
  'reports:revisions': { input: byId, output: z.array(revisionSummarySchema) },
  'reports:revision': { input: z.object({ id: idString, number: z.number().int().min(1) }).strict(), output: revisionSchema },
  /** Keeps the current draft as a revision under a name. */
  'reports:nameRevision': { input: z.object({ id: idString, name: z.string().max(100_000) }).strict(), output: revisionSummarySchema },
  /** Makes an older revision the draft again; the draft it replaces is kept as a revision first. */
  'reports:restoreRevision': { input: z.object({ id: idString, number: z.number().int().min(1) }).strict(), output: reportSchema },
  'reports:compare': {
    input: z.object({ id: idString, left: revisionRefSchema, right: revisionRefSchema }).strict(),
    output: reportCompareSchema,
  },
  /** Locks the report: stamps the date and the secretary's name and keeps it as the final revision. */
  'reports:finalise': { input: byId, output: reportSchema },
  /** Unlocks a final report for a new round of edits; the final revision stays as it was. */
  'reports:reopen': { input: byId, output: reportSchema },
  /** A data block's table freshly taken from the programme's record. */
  'reports:dataBlock': { input: dataBlockInputSchema, output: dataBlockAttrsSchema },
  'reports:preview': { input: byId, output: reportPreviewSchema },
  /** null when the user closed the save dialog without choosing a file. */
  'reports:export': { input: reportExportInputSchema, output: reportExportOutputSchema },
  /** Opens the system print dialog with the print page; false if the user cancelled it. */
  'reports:print': { input: byId, output: z.object({ printed: z.boolean() }) },

  'demo:status': { input: none, output: demoStatusSchema },
  /** Adds the fictional demo data set in one step (refused if it is already there); undone whole on failure. */
  'demo:load': { input: none, output: demoCountsSchema },
  /** Removes exactly what demo:load added, and nothing the user entered. */
  'demo:remove': { input: none, output: demoCountsSchema },
} as const satisfies { [K in ChannelName]: ChannelSpec };

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>;


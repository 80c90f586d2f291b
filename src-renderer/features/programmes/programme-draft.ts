import type {
  AgendaItem,
  Holder,
  PartOfDay,
  Programme,
  ProgrammeInput,
  ProgrammeStatus,
  SponsorRelation,
  SummaryStyle,
} from '../../../src-main/core/contract/index.js';

/*
 * The editor's working copy of a programme. Inputs hold strings ('' for "not chosen"), so the
 * draft converts to and from the contract's shape only at load and save.
 */

export interface DayDraft {
  date: string;
  partOfDay: PartOfDay | '';
  startTime: string;
  endTime: string;
}

export interface RoleDraft {
  roleId: string;
  holders: Holder[];
}

export interface ActivityDraft {
  /** Chosen here for new activities too, so the session's order of proceedings can name them before the first save. */
  id: string;
  activityId: string;
  text: string;
}

export interface SessionDraft {
  /** Chosen here for new sessions too, so a speech can point at a session saved in the same request. */
  id: string;
  name: string;
  date: string;
  startTime: string;
  endTime: string;
  roles: RoleDraft[];
  activities: ActivityDraft[];
  /** Keys of the session's proceedings in the order they happened (see contract/proceedings.ts). */
  proceedings: string[];
}

export interface SpeechDraft {
  id: string;
  sessionId: string;
  speaker: Holder;
  designationAtTime: string;
  organisationAtTime: string;
  summary: string;
  summaryStyle: SummaryStyle;
  citationIds: string[];
}

export interface ProgrammeDraft {
  title: string;
  kindId: string;
  organiser: string;
  organiserShort: string;
  sponsor: string;
  sponsorRelation: SponsorRelation;
  venue: string;
  city: string;
  referenceNumber: string;
  status: ProgrammeStatus;
  days: DayDraft[];
  purpose: string;
  contentPoints: string[];
  occasion: string;
  outcomes: string[];
  attendeeSummary: string;
  agenda: AgendaItem[];
  sessions: SessionDraft[];
  speeches: SpeechDraft[];
}

export const PROGRAMME_STATUSES: readonly ProgrammeStatus[] = ['planned', 'held', 'reportFinal'];
export const PARTS_OF_DAY: readonly PartOfDay[] = ['morning', 'afternoon', 'evening'];
export const SUMMARY_STYLES: readonly SummaryStyle[] = ['auto', 'did', 'said', 'quote'];
export const SPONSOR_RELATIONS: readonly SponsorRelation[] = ['aegis', 'support'];

export const emptyAgendaItem = (): AgendaItem => ({ subject: '', discussion: '', decision: '' });

export const emptyDay = (): DayDraft => ({ date: '', partOfDay: '', startTime: '', endTime: '' });

export function emptyDraft(defaultOrganiser: string): ProgrammeDraft {
  return {
    title: '',
    kindId: '',
    organiser: defaultOrganiser,
    organiserShort: '',
    sponsor: '',
    sponsorRelation: 'aegis',
    venue: '',
    city: '',
    referenceNumber: '',
    status: 'planned',
    days: [emptyDay()],
    purpose: '',
    contentPoints: [''],
    occasion: '',
    outcomes: [],
    attendeeSummary: '',
    agenda: [],
    sessions: [],
    speeches: [],
  };
}

export function newSession(date: string): SessionDraft {
  return { id: crypto.randomUUID(), name: '', date, startTime: '', endTime: '', roles: [], activities: [], proceedings: [] };
}

export function newActivity(): ActivityDraft {
  return { id: crypto.randomUUID(), activityId: '', text: '' };
}

/** Someone named on the spot, with nothing known yet but what the secretary types. */
export function newTypedHolder(): Holder {
  return { kind: 'typed', title: '', name: '', gender: null, designation: '', organisation: '' };
}

export function newSpeech(sessionId: string): SpeechDraft {
  return {
    id: crypto.randomUUID(),
    sessionId,
    speaker: newTypedHolder(),
    designationAtTime: '',
    organisationAtTime: '',
    summary: '',
    summaryStyle: 'auto',
    citationIds: [],
  };
}

export function draftFromProgramme(programme: Programme): ProgrammeDraft {
  return {
    title: programme.title,
    kindId: programme.kindId ?? '',
    organiser: programme.organiser,
    organiserShort: programme.organiserShort,
    sponsor: programme.sponsor,
    sponsorRelation: programme.sponsorRelation,
    venue: programme.venue,
    city: programme.city,
    referenceNumber: programme.referenceNumber,
    status: programme.status,
    days: programme.days.map((day) => ({
      date: day.date,
      partOfDay: day.partOfDay ?? '',
      startTime: day.startTime ?? '',
      endTime: day.endTime ?? '',
    })),
    purpose: programme.purpose,
    contentPoints: programme.contentPoints.length > 0 ? [...programme.contentPoints] : [''],
    occasion: programme.occasion,
    outcomes: [...programme.outcomes],
    attendeeSummary: programme.attendeeSummary,
    agenda: programme.agenda.map((item) => ({ ...item })),
    sessions: programme.sessions.map((session) => ({
      id: session.id,
      name: session.name,
      date: session.date,
      startTime: session.startTime ?? '',
      endTime: session.endTime ?? '',
      roles: session.roles.map((role) => ({ roleId: role.roleId, holders: [...role.holders] })),
      activities: session.activities.map((activity) => ({ id: activity.id, activityId: activity.activityId ?? '', text: activity.text })),
      proceedings: [...session.proceedings],
    })),
    speeches: [...programme.speeches]
      .sort((a, b) => a.order - b.order)
      .map((speech) => ({
        id: speech.id,
        sessionId: speech.sessionId ?? '',
        speaker: speech.speaker,
        designationAtTime: speech.designationAtTime,
        organisationAtTime: speech.organisationAtTime,
        summary: speech.summary,
        summaryStyle: speech.summaryStyle,
        citationIds: [...speech.citationIds],
      })),
  };
}

const orNull = (value: string): string | null => (value === '' ? null : value);

/** Blank content points and outcomes are sent as they are: the core drops them, and paths stay aligned with the form. */
export function inputFromDraft(draft: ProgrammeDraft): ProgrammeInput {
  return {
    ...draft,
    kindId: orNull(draft.kindId),
    days: draft.days.map((day) => ({
      date: day.date,
      partOfDay: day.partOfDay === '' ? null : day.partOfDay,
      startTime: orNull(day.startTime),
      endTime: orNull(day.endTime),
    })),
    sessions: draft.sessions.map((session) => ({
      ...session,
      startTime: orNull(session.startTime),
      endTime: orNull(session.endTime),
      activities: session.activities.map((activity) => ({ id: activity.id, activityId: orNull(activity.activityId), text: activity.text })),
    })),
    speeches: draft.speeches.map((speech) => ({ ...speech, sessionId: orNull(speech.sessionId) })),
  };
}

/** The id of the input that edits the field at `path` ('days.0.date' → 'pf-days-0-date'). */
export function inputIdFor(path: string): string {
  return `pf-${path.replaceAll('.', '-')}`;
}

/** Moves one item of a list up (-1) or down (+1); a move past either end leaves the list as it is. */
export function moved<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

/** Moves the item at `from` to position `to` (where it is dropped); positions outside the list leave it as it is. */
export function movedTo<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function replaced<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, at) => (at === index ? item : current));
}

export function without<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, at) => at !== index);
}

import {
  PROGRAMME_SCOPE,
  type Attendance,
  type AttendanceStatus,
  type Citation,
  type Digits,
  type FeedbackEntry,
  type Holder,
  type Language,
  type Lists,
  type Organisation,
  type PartOfDay,
  type Programme,
} from '../contract/index.js';
import { isPresent, statusIn } from '../attendance/counts.js';
import { compareHindi } from '../text/normalize.js';

/** A person or body as a report names them. */
export interface NamedHolder {
  name: string;
  designation: string;
  personId: string | null;
}

export interface SessionFacts {
  name: string;
  roles: Array<{ roleId: string; roleName: string; holders: NamedHolder[] }>;
  activities: string[];
}

export interface SpeechFacts {
  /** Index into sessions, or null for a speech outside any session. */
  sessionIndex: number | null;
  speaker: NamedHolder;
  summary: string;
  citations: Citation[];
}

export interface MemberFacts {
  name: string;
  designation: string;
  unit: string;
  categoryId: string | null;
  status: AttendanceStatus;
  reason: string;
  invited: boolean;
}

/**
 * Everything a report says, resolved from the record: names instead of ids, list entries by
 * name, attendance already reduced to the whole programme. Drafting works on this alone, so
 * it is a pure function that the grammar tests can feed directly.
 */
export interface ReportFacts {
  language: Language;
  digits: Digits;
  organisation: { name: string; secretaryName: string; secretaryDesignation: string };
  title: string;
  kindName: string;
  organiser: string;
  venue: string;
  dates: string[];
  partOfDay: PartOfDay | null;
  referenceNumber: string;
  purpose: string;
  contentPoints: string[];
  occasion: string;
  outcomes: string[];
  attendeeSummary: string;
  sessions: SessionFacts[];
  speeches: SpeechFacts[];
  members: MemberFacts[];
  categories: Array<{ id: string; name: string }>;
  feedback: { total: number; categories: Array<{ id: string | null; name: string; texts: string[] }> };
}

export interface FactSources {
  language: Language;
  digits: Digits;
  programme: Programme;
  attendance: Attendance;
  feedback: readonly FeedbackEntry[];
  lists: Lists;
  organisation: Organisation;
  peopleCategories: ReadonlyArray<{ id: string; name: string }>;
  person: (id: string) => { name: string; designation: string } | undefined;
  citation: (id: string) => Citation | undefined;
}

export function gatherReportFacts(sources: FactSources): ReportFacts {
  const { programme, lists, language } = sources;
  const nameIn = (entries: ReadonlyArray<{ id: string; name: string }>, id: string | null) =>
    entries.find((entry) => entry.id === id)?.name ?? '';
  const holder = (value: Holder): NamedHolder => {
    if (value.kind === 'person') {
      const person = sources.person(value.personId);
      return { name: person?.name ?? '', designation: person?.designation ?? '', personId: value.personId };
    }
    if (value.kind === 'typed') return { name: value.name, designation: value.designation, personId: null };
    return { name: value.name, designation: '', personId: null };
  };
  const named = (holders: readonly NamedHolder[]) => holders.filter((entry) => entry.name.trim() !== '');

  const sessions: SessionFacts[] = programme.sessions.map((session) => ({
    name: session.name,
    roles: session.roles
      .map((role) => ({ roleId: role.roleId, roleName: nameIn(lists.roles, role.roleId), holders: named(role.holders.map(holder)) }))
      .filter((role) => role.holders.length > 0),
    activities: session.activities
      .map((activity) => [nameIn(lists.activities, activity.activityId), activity.text.trim()].filter((part) => part !== '').join(' — '))
      .filter((text) => text !== ''),
  }));

  const sessionIndex = new Map(programme.sessions.map((session, index) => [session.id, index]));
  const speeches: SpeechFacts[] = [...programme.speeches]
    .sort((a, b) => (sessionIndex.get(a.sessionId ?? '') ?? -1) - (sessionIndex.get(b.sessionId ?? '') ?? -1) || a.order - b.order)
    .map((speech) => {
      const speaker = holder(speech.speaker);
      const designation = speech.designationAtTime.trim() || speaker.designation;
      return {
        sessionIndex: speech.sessionId === null ? null : (sessionIndex.get(speech.sessionId) ?? null),
        speaker: { ...speaker, designation },
        summary: speech.summary.trim(),
        citations: speech.citationIds.flatMap((id) => sources.citation(id) ?? []),
      };
    })
    .filter((speech) => speech.speaker.name.trim() !== '');

  const sessionIds = new Set(programme.sessions.map((session) => session.id));
  const members: MemberFacts[] = sources.attendance.attendees
    .map((attendee) => {
      const status = statusIn(attendee, PROGRAMME_SCOPE, sessionIds);
      const reason = Object.values(attendee.marks).find((mark) => mark.status === status)?.reason ?? '';
      return {
        name: attendee.name,
        designation: attendee.designation,
        unit: attendee.organisation,
        categoryId: attendee.categoryId,
        status,
        reason,
        invited: attendee.invited,
      };
    })
    .sort((a, b) => compareHindi(a.name, b.name));

  const feedbackGroups = new Map<string | null, string[]>();
  for (const entry of sources.feedback) {
    const texts = feedbackGroups.get(entry.categoryId) ?? [];
    texts.push(entry.text.trim());
    feedbackGroups.set(entry.categoryId, texts);
  }
  const categoryOrder = [...lists.feedbackCategories.map((entry) => entry.id), null];
  const feedbackCategories = [...feedbackGroups.entries()]
    .sort(([a], [b]) => rank(categoryOrder, a) - rank(categoryOrder, b))
    .map(([id, texts]) => ({ id, name: nameIn(lists.feedbackCategories, id), texts }));

  const organisation = sources.organisation;
  return {
    language,
    digits: sources.digits,
    organisation: {
      name: (language === 'en' ? organisation.nameEn || organisation.nameHi : organisation.nameHi || organisation.nameEn).trim(),
      secretaryName: organisation.secretaryName.trim(),
      secretaryDesignation: organisation.secretaryDesignation.trim(),
    },
    title: programme.title.trim(),
    kindName: nameIn(lists.programmeKinds, programme.kindId),
    organiser: programme.organiser.trim(),
    venue: programme.venue.trim(),
    dates: programme.days.map((day) => day.date).sort(),
    partOfDay: programme.days.length === 1 ? (programme.days[0]?.partOfDay ?? null) : null,
    referenceNumber: programme.referenceNumber.trim(),
    purpose: programme.purpose.trim(),
    contentPoints: programme.contentPoints.map((point) => point.trim()).filter((point) => point !== ''),
    occasion: programme.occasion.trim(),
    outcomes: programme.outcomes.map((outcome) => outcome.trim()).filter((outcome) => outcome !== ''),
    attendeeSummary: programme.attendeeSummary.trim(),
    sessions,
    speeches,
    members,
    categories: [...sources.peopleCategories],
    feedback: { total: sources.feedback.length, categories: feedbackCategories },
  };
}

function rank(order: ReadonlyArray<string | null>, id: string | null): number {
  const position = order.indexOf(id);
  return position === -1 ? order.length - 1 : position;
}

export function isPresentMember(member: MemberFacts): boolean {
  return isPresent(member.status);
}

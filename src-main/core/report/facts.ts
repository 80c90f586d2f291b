import {
  PRESIDING_ROLE_IDS,
  PROGRAMME_SCOPE,
  activityKey,
  commentsQuotedInReport,
  isPresidingRole,
  orderedProceedings,
  roleKey,
  speechKey,
  type AgendaItem,
  type Attendance,
  type AttendanceStatus,
  type Citation,
  type Digits,
  type FeedbackEntry,
  type Gender,
  type Holder,
  type Language,
  type Lists,
  type Organisation,
  type PartOfDay,
  type Programme,
  type SponsorRelation,
  type SummaryStyle,
} from '../contract/index.js';
import { isPresent, statusIn } from '../attendance/counts.js';
import { isTypedInKrutiDev, krutiDevToUnicode } from '../text/kruti-dev/index.js';
import { compareHindi } from '../text/normalize.js';
import { genderOf, knownTitles, splitTitle, type PersonFacts } from './grammar/people-text.js';
import { reportStrings } from './text/report-strings.js';

export type { PersonFacts } from './grammar/people-text.js';

/** A role in a session and who held it. */
export interface RoleFacts {
  roleId: string;
  roleName: string;
  holders: PersonFacts[];
}

/** One thing that happened in a session, in the order the secretary gave (or the usual one). */
export type ProceedingFacts =
  | { kind: 'role'; role: RoleFacts }
  | { kind: 'activity'; activityId: string | null; name: string; text: string }
  | { kind: 'speech'; speech: SpeechFacts };

export interface SessionFacts {
  name: string;
  /** 'YYYY-MM-DD', or '' when the session has no date. */
  date: string;
  startTime: string | null;
  endTime: string | null;
  /** Every role with a holder, presiding ones included, in the order recorded. */
  roles: RoleFacts[];
  /** Chair, chief guest, special guest, key speaker: the roles that frame the session. */
  presiding: RoleFacts[];
  proceedings: ProceedingFacts[];
}

export interface SpeechFacts {
  /** Index into sessions, or null for a speech outside any session. */
  sessionIndex: number | null;
  speaker: PersonFacts;
  summary: string;
  style: SummaryStyle;
  citations: Citation[];
}

export interface MemberFacts {
  /** Who this is, matching PersonFacts.key for people of the directory. */
  key: string;
  title: string;
  name: string;
  designation: string;
  unit: string;
  categoryId: string | null;
  status: AttendanceStatus;
  reason: string;
  invited: boolean;
}

export interface FeedbackCategoryFacts {
  id: string | null;
  name: string;
  /** How many comments the category has. */
  count: number;
  /** The comments the report quotes, in the order they were recorded. */
  quoted: string[];
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
  kindId: string | null;
  kindName: string;
  organiser: string;
  organiserShort: string;
  sponsor: string;
  sponsorRelation: SponsorRelation;
  venue: string;
  city: string;
  dates: string[];
  partOfDay: PartOfDay | null;
  /** The first day's start and the last day's end, when recorded: the minutes' times. */
  startTime: string | null;
  endTime: string | null;
  referenceNumber: string;
  purpose: string;
  contentPoints: string[];
  occasion: string;
  outcomes: string[];
  attendeeSummary: string;
  agenda: AgendaItem[];
  sessions: SessionFacts[];
  speeches: SpeechFacts[];
  members: MemberFacts[];
  categories: Array<{ id: string; name: string }>;
  feedback: { total: number; categories: FeedbackCategoryFacts[] };
  /** Titles the office uses, so a title typed into an old record's name can be recognised. */
  titles: string[];
}

interface DirectoryPerson {
  title: string;
  name: string;
  gender: Gender | null;
  designation: string;
  organisation: string;
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
  person: (id: string) => DirectoryPerson | undefined;
  citation: (id: string) => Citation | undefined;
}

export function gatherReportFacts(sources: FactSources): ReportFacts {
  const { programme, lists, language } = sources;
  const strings = reportStrings(language);
  const titles = [...new Set([...lists.titles.map((title) => title.name), ...knownTitles(strings)])];
  const nameIn = (entries: ReadonlyArray<{ id: string; name: string }>, id: string | null) =>
    entries.find((entry) => entry.id === id)?.name ?? '';
  const personFacts = (value: Holder, designationAtTime = '', organisationAtTime = ''): PersonFacts => {
    const base = holderDetails(value, sources);
    const { title, name } = splitTitle(base.title, base.name, titles);
    return {
      key: base.key,
      kind: value.kind,
      title,
      name,
      gender: genderOf(base.gender, title, strings),
      designation: designationAtTime.trim() || base.designation,
      organisation: organisationAtTime.trim() || base.organisation,
    };
  };
  const named = (holders: readonly PersonFacts[]) => holders.filter((entry) => entry.name !== '');
  const roleFacts = (role: { roleId: string; holders: Holder[] }): RoleFacts => ({
    roleId: role.roleId,
    roleName: nameIn(lists.roles, role.roleId),
    holders: named(role.holders.map((holder) => personFacts(holder))),
  });

  const sessionIndex = new Map(programme.sessions.map((session, index) => [session.id, index]));
  // With a single session, a speech recorded outside it happened in it: the report tells it before the vote of thanks.
  const only = programme.sessions.length === 1 ? programme.sessions[0]?.id : undefined;
  const speechFacts = new Map(
    programme.speeches.map((speech) => [
      speech.id,
      {
        sessionIndex: speech.sessionId === null ? (only === undefined ? null : 0) : (sessionIndex.get(speech.sessionId) ?? null),
        speaker: personFacts(speech.speaker, speech.designationAtTime, speech.organisationAtTime),
        summary: asUnicode(speech.summary.trim()),
        style: speech.summaryStyle,
        citations: speech.citationIds.flatMap((id) => sources.citation(id) ?? []),
      } satisfies SpeechFacts,
    ]),
  );
  const speechesOf = (sessionId: string | null) =>
    programme.speeches
      .filter((speech) => speech.sessionId === sessionId || (sessionId !== null && sessionId === only && speech.sessionId === null))
      .sort((a, b) => Number(a.sessionId === null) - Number(b.sessionId === null) || a.order - b.order);

  const sessions: SessionFacts[] = programme.sessions.map((session) => {
    const roles = session.roles.map(roleFacts).filter((role) => role.holders.length > 0);
    const byKey = new Map<string, ProceedingFacts>();
    for (const role of roles) if (!isPresidingRole(role.roleId)) byKey.set(roleKey(role.roleId), { kind: 'role', role });
    for (const activity of session.activities) {
      const name = nameIn(lists.activities, activity.activityId);
      if (name === '' && activity.text.trim() === '') continue;
      byKey.set(activityKey(activity.id), { kind: 'activity', activityId: activity.activityId, name, text: activity.text.trim() });
    }
    const ownSpeeches = speechesOf(session.id);
    for (const speech of ownSpeeches) {
      const facts = speechFacts.get(speech.id);
      if (facts !== undefined && facts.speaker.name !== '') byKey.set(speechKey(speech.id), { kind: 'speech', speech: facts });
    }
    const order = orderedProceedings(session, ownSpeeches.map((speech) => speech.id), (id) => nameIn(lists.activities, id));
    return {
      name: session.name.trim(),
      date: session.date,
      startTime: session.startTime,
      endTime: session.endTime,
      roles,
      presiding: PRESIDING_ROLE_IDS.flatMap((id) => roles.filter((role) => role.roleId === id)),
      proceedings: order.flatMap((key) => byKey.get(key) ?? []),
    };
  });

  const speeches: SpeechFacts[] = [
    ...programme.sessions.flatMap((session) => speechesOf(session.id)),
    ...(only === undefined ? speechesOf(null) : []),
  ].flatMap((speech) => {
    const facts = speechFacts.get(speech.id);
    return facts === undefined || facts.speaker.name === '' ? [] : [facts];
  });

  const sessionIds = new Set(programme.sessions.map((session) => session.id));
  const members: MemberFacts[] = sources.attendance.attendees
    .map((attendee) => {
      const status = statusIn(attendee, PROGRAMME_SCOPE, sessionIds);
      const reason = Object.values(attendee.marks).find((mark) => mark.status === status)?.reason ?? '';
      const directory = attendee.personId === null ? undefined : sources.person(attendee.personId);
      const { title, name } = splitTitle(attendee.title || directory?.title || '', attendee.name, titles);
      return {
        key: attendee.personId === null ? `typed:${attendee.name.trim().toLowerCase()}` : `person:${attendee.personId}`,
        title,
        name,
        designation: attendee.designation,
        unit: attendee.organisation,
        categoryId: attendee.categoryId,
        status,
        reason,
        invited: attendee.invited,
      };
    })
    .sort((a, b) => compareHindi(a.name, b.name));

  const quoted = commentsQuotedInReport(sources.feedback);
  const feedbackGroups = new Map<string | null, { count: number; quoted: string[] }>();
  for (const entry of sources.feedback) {
    const group = feedbackGroups.get(entry.categoryId) ?? { count: 0, quoted: [] };
    group.count += 1;
    if (quoted.has(entry.id) && entry.text.trim() !== '') group.quoted.push(asUnicode(entry.text.trim()));
    feedbackGroups.set(entry.categoryId, group);
  }
  const categoryOrder = [...lists.feedbackCategories.map((entry) => entry.id), null];
  const feedbackCategories = [...feedbackGroups.entries()]
    .sort(([a], [b]) => rank(categoryOrder, a) - rank(categoryOrder, b))
    .map(([id, group]) => ({ id, name: nameIn(lists.feedbackCategories, id), ...group }));

  const organisation = sources.organisation;
  const days = [...programme.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    language,
    digits: sources.digits,
    organisation: {
      name: (language === 'en' ? organisation.nameEn || organisation.nameHi : organisation.nameHi || organisation.nameEn).trim(),
      secretaryName: organisation.secretaryName.trim(),
      secretaryDesignation: organisation.secretaryDesignation.trim(),
    },
    title: programme.title.trim(),
    kindId: programme.kindId,
    kindName: nameIn(lists.programmeKinds, programme.kindId),
    organiser: programme.organiser.trim(),
    organiserShort: programme.organiserShort.trim(),
    sponsor: programme.sponsor.trim(),
    sponsorRelation: programme.sponsorRelation,
    venue: programme.venue.trim(),
    city: programme.city.trim(),
    dates: days.map((day) => day.date),
    partOfDay: days.length === 1 ? (days[0]?.partOfDay ?? null) : null,
    startTime: days[0]?.startTime ?? null,
    endTime: days[days.length - 1]?.endTime ?? null,
    referenceNumber: programme.referenceNumber.trim(),
    purpose: programme.purpose.trim(),
    contentPoints: programme.contentPoints.map((point) => point.trim()).filter((point) => point !== ''),
    occasion: programme.occasion.trim(),
    outcomes: programme.outcomes.map((outcome) => outcome.trim()).filter((outcome) => outcome !== ''),
    attendeeSummary: programme.attendeeSummary.trim(),
    agenda: programme.agenda.map((item) => ({ subject: item.subject.trim(), discussion: item.discussion.trim(), decision: item.decision.trim() })),
    sessions,
    speeches,
    members,
    categories: [...sources.peopleCategories],
    feedback: { total: sources.feedback.length, categories: feedbackCategories },
    titles,
  };
}

/**
 * Text typed in the legacy Kruti Dev font ("dk;Z'kkyk") reads as garbage in a Unicode report;
 * a report quotes it converted, as the paste offer would have. Nobody is asked first, so only text
 * that is Kruti Dev beyond doubt is converted: typed English ("flag", "DSO Gadkari") must never be.
 */
function asUnicode(text: string): string {
  return text !== '' && isTypedInKrutiDev(text) ? krutiDevToUnicode(text) : text;
}

/** A holder's own details: the directory's for a person, what was typed otherwise. */
function holderDetails(value: Holder, sources: FactSources): DirectoryPerson & { key: string } {
  switch (value.kind) {
    case 'person': {
      const person = sources.person(value.personId);
      return {
        key: `person:${value.personId}`,
        title: person?.title ?? '',
        name: person?.name.trim() ?? '',
        gender: person?.gender ?? null,
        designation: person?.designation.trim() ?? '',
        organisation: person?.organisation.trim() ?? '',
      };
    }
    case 'typed':
      return {
        key: `typed:${value.name.trim().toLowerCase()}`,
        title: value.title,
        name: value.name.trim(),
        gender: value.gender,
        designation: value.designation.trim(),
        organisation: value.organisation.trim(),
      };
    case 'body':
      return { key: `body:${value.name.trim().toLowerCase()}`, title: '', name: value.name.trim(), gender: null, designation: '', organisation: '' };
  }
}

function rank(order: ReadonlyArray<string | null>, id: string | null): number {
  const position = order.indexOf(id);
  return position === -1 ? order.length - 1 : position;
}

export function isPresentMember(member: MemberFacts): boolean {
  return isPresent(member.status);
}

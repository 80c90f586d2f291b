import type { AttendanceMark } from '../../src-main/core/contract/index.js';
import type { StoredPerson } from '../../src-main/core/people/document.js';
import type { StoredAttendee, StoredFeedbackEntry, StoredProgramme } from '../../src-main/core/programmes/document.js';
import { hindiSentence, seededRandom } from './hindi-text.js';
import { programmeId, uuidFrom } from './ids.js';
import { LIVE_PROGRAMMES, type Scale } from './scale.js';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.parse('2016-04-01T00:00:00Z');
const KINDS = ['kind-workshop', 'kind-meeting', 'kind-training', 'kind-conference'];
const SESSION_NAMES = ['उद्घाटन सत्र', 'तकनीकी सत्र', 'समूह चर्चा सत्र', 'समापन सत्र'];
const FEEDBACK_CATEGORIES = ['feedback-affirmation', 'feedback-achievements', 'feedback-difficulties', 'feedback-shortcomings', 'feedback-proposals'];
const ROLE_IDS = ['role-chair', 'role-chief-guest', 'role-key-speaker', 'role-vote-of-thanks'];

/** The day programme `n` of `count` took place: spread evenly over ten years, oldest first. */
export function programmeDay(n: number, count: number): string {
  return new Date(FIRST_DAY + Math.floor((n / count) * 3_650) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Programme `n` of the scale as its own file holds it: sessions with roles, activities and
 * speeches, the invitation list with one attendance mark on most invitees, and the feedback log.
 * The newest programmes are still planned: the live events of the commit measurements. Older
 * ones were held, and all but the last tenth have their final report.
 */
export function generateProgramme(n: number, scale: Scale, people: readonly StoredPerson[]): StoredProgramme {
  const random = seededRandom(1_000 + n);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const somePerson = () => people[Math.floor(random() * people.length)] as StoredPerson;
  const date = programmeDay(n, scale.programmes);
  const at = (hour: number, minute = 0) => `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;

  const sessions = Array.from({ length: scale.sessionsPerProgramme }, (_, s) => {
    const id = uuidFrom(random);
    return {
      id,
      name: SESSION_NAMES[s % SESSION_NAMES.length] ?? 'सत्र',
      date,
      startTime: `${10 + s * 2}:00`,
      endTime: `${11 + s * 2}:30`,
      roles: ROLE_IDS.map((roleId) => ({ roleId, holders: [{ kind: 'person' as const, personId: somePerson().id }] })),
      // The activity's id comes from its session's, so the random sequence (and every later figure) stays as it was.
      activities: [{ id: `${id}-activity-1`, activityId: s === 0 ? 'activity-lamp' : null, text: hindiSentence(random, 4) }],
      proceedings: [],
    };
  });
  const speeches = sessions.flatMap((session) =>
    [1, 2].map((order) => {
      const speaker = somePerson();
      return {
        id: uuidFrom(random),
        sessionId: session.id,
        speaker: { kind: 'person' as const, personId: speaker.id },
        designationAtTime: speaker.designation,
        organisationAtTime: '',
        summary: hindiSentence(random, 20 + Math.floor(random() * 20)),
        summaryStyle: 'auto' as const,
        citationIds: [],
        order,
      };
    }),
  );
  const scopes = ['programme', ...sessions.map((session) => session.id)];
  const attendees = inviteesOf(random, people, scale.invitationsPerProgramme).map((person, position): StoredAttendee => {
    const marks: Record<string, AttendanceMark> = {};
    if (position < scale.marksPerProgramme) marks[pick(scopes)] = markOf(random, at(10, position % 60));
    const { title, name, designation, organisation, categoryId, phone } = person;
    return { id: uuidFrom(random), personId: person.id, title, name, designation, organisation, categoryId, phone, invited: true, addedAt: at(0), marks, removedAt: null };
  });
  const feedback = Array.from({ length: scale.feedbackPerProgramme }, (): StoredFeedbackEntry => ({
    id: uuidFrom(random),
    source: random() < 0.7 ? { kind: 'person', personId: somePerson().id } : random() < 0.5 ? { kind: 'unit', name: hindiSentence(random, 2) } : { kind: 'anonymous' },
    categoryId: pick(FEEDBACK_CATEGORIES),
    text: hindiSentence(random, 10 + Math.floor(random() * 40)),
    channel: random() < 0.8 ? 'written' : 'oral',
    receivedOn: date,
    followUp: random() < 0.3 ? { status: 'done', response: hindiSentence(random, 12) } : { status: 'open', response: '' },
    inReport: null,
    createdAt: at(18),
    updatedAt: at(18),
    removedAt: null,
  }));
  const live = n >= scale.programmes - LIVE_PROGRAMMES;
  return {
    id: programmeId(n),
    title: `${hindiSentence(random, 5)} (${n + 1})`,
    kindId: pick(KINDS),
    organiser: hindiSentence(random, 3),
    organiserShort: '',
    sponsor: '',
    sponsorRelation: 'aegis',
    venue: hindiSentence(random, 3),
    city: '',
    days: [{ date, partOfDay: 'morning', startTime: '10:00', endTime: '17:00' }],
    referenceNumber: `रा.भा./${2016 + Math.floor(n / Math.max(1, scale.programmes / 10))}/${n + 1}`,
    purpose: hindiSentence(random, 30),
    contentPoints: Array.from({ length: 4 }, () => hindiSentence(random, 12)),
    occasion: hindiSentence(random, 6),
    outcomes: live ? [] : Array.from({ length: 3 }, () => hindiSentence(random, 12)),
    attendeeSummary: live ? '' : hindiSentence(random, 15),
    agenda: [],
    status: live ? 'planned' : n >= scale.programmes * 0.9 ? 'held' : 'reportFinal',
    sessions,
    speeches,
    feedback,
    attendance: { quorum: random() < 0.5 ? null : Math.floor(scale.invitationsPerProgramme / 2), attendees },
    createdAt: `${date}T00:00:00.000Z`,
    updatedAt: at(19),
    removedAt: null,
  };
}

/** `count` different people, as an invitation never lists anyone twice. */
function inviteesOf(random: () => number, people: readonly StoredPerson[], count: number): StoredPerson[] {
  const chosen = new Map<string, StoredPerson>();
  while (chosen.size < Math.min(count, people.length)) {
    const person = people[Math.floor(random() * people.length)] as StoredPerson;
    chosen.set(person.id, person);
  }
  return [...chosen.values()];
}

function markOf(random: () => number, at: string): AttendanceMark {
  const roll = random();
  if (roll < 0.8) return { status: 'present', at, reason: '' };
  if (roll < 0.88) return { status: 'late', at, reason: 'यातायात में देरी।' };
  if (roll < 0.95) return { status: 'absent', at, reason: '' };
  return { status: 'excused', at, reason: 'पारिवारिक कारण से अनुपस्थित।' };
}

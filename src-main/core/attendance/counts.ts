import {
  ABSENT_STATUSES,
  PRESENT_STATUSES,
  PROGRAMME_SCOPE,
  type AttendanceCounts,
  type AttendanceGroupCount,
  type AttendanceStatus,
} from '../contract/index.js';
import type { StoredAttendee } from '../programmes/document.js';

export function isPresent(status: AttendanceStatus): boolean {
  return PRESENT_STATUSES.includes(status);
}

export function isAbsent(status: AttendanceStatus): boolean {
  return ABSENT_STATUSES.includes(status);
}

/**
 * An attendee's status in one scope. For the whole programme, a mark made for the programme
 * itself wins; without one, the sessions decide: present at any session means present at the
 * programme (a desk that checks people in per session must not have to mark them twice), and
 * otherwise an absence marked at a session counts. Marks of sessions that were since removed
 * from the programme stay in the file but no longer count.
 */
export function statusIn(attendee: Pick<StoredAttendee, 'marks'>, scope: string, sessionIds: ReadonlySet<string>): AttendanceStatus {
  const own = attendee.marks[scope];
  if (own !== undefined) return own.status;
  if (scope !== PROGRAMME_SCOPE) return 'invited';
  const sessionStatuses = Object.entries(attendee.marks).flatMap(([session, mark]) => (sessionIds.has(session) ? [mark.status] : []));
  return sessionStatuses.find(isPresent) ?? sessionStatuses.find(isAbsent) ?? 'invited';
}

interface Tally {
  invited: number;
  present: number;
  absent: number;
}

/** Counts the active attendees of one scope, in total, by category and by organisation. */
export function countAttendance(attendees: readonly StoredAttendee[], scope: string, sessionIds: ReadonlySet<string>): AttendanceCounts {
  const counts: AttendanceCounts = {
    total: 0,
    invited: 0,
    present: 0,
    absent: 0,
    pending: 0,
    walkIns: 0,
    byCategory: [],
    byOrganisation: [],
  };
  const byCategory = new Map<string, Tally>();
  const byOrganisation = new Map<string, Tally>();
  for (const attendee of attendees) {
    if (attendee.removedAt !== null) continue;
    const status = statusIn(attendee, scope, sessionIds);
    const present = isPresent(status);
    const absent = isAbsent(status);
    counts.total += 1;
    if (attendee.invited) counts.invited += 1;
    if (present) counts.present += 1;
    if (absent) counts.absent += 1;
    if (attendee.invited && status === 'invited') counts.pending += 1;
    if (!attendee.invited && present) counts.walkIns += 1;
    for (const [groups, key] of [
      [byCategory, attendee.categoryId ?? ''],
      [byOrganisation, attendee.organisation],
    ] as const) {
      const tally = groups.get(key) ?? { invited: 0, present: 0, absent: 0 };
      if (attendee.invited) tally.invited += 1;
      if (present) tally.present += 1;
      if (absent) tally.absent += 1;
      groups.set(key, tally);
    }
  }
  counts.byCategory = toGroupCounts(byCategory);
  counts.byOrganisation = toGroupCounts(byOrganisation);
  return counts;
}

/** Largest groups first, so the counts a report leads with are at the top. */
function toGroupCounts(groups: ReadonlyMap<string, Tally>): AttendanceGroupCount[] {
  return [...groups]
    .map(([key, tally]) => ({ key, ...tally }))
    .sort((a, b) => b.present - a.present || b.invited - a.invited || a.key.localeCompare(b.key, 'hi'));
}

import { PRESENT_STATUSES, type Attendee, type ChannelOutput } from '../../../src-main/core/contract/index.js';

export type CheckInTarget = { kind: 'attendee'; attendeeId: string; name: string } | { kind: 'person'; personId: string; name: string };

type SearchResult = ChannelOutput<'attendance:search'>;

/** What Enter should do with the matches of a search. */
export type CheckInChoice =
  | { kind: 'checkIn'; target: CheckInTarget }
  /** Every match on the list has already arrived in the scope (present, late, left early): nothing is saved. */
  | { kind: 'alreadyPresent'; name: string; at: string }
  /** Every match that is not present yet is already waiting in the queue. */
  | { kind: 'waiting'; name: string }
  | { kind: 'none' };

/**
 * Whom Enter checks in: the first row not yet present in the scope (and not `skipped`), else
 * the first directory match. With two "अनिल शर्मा" on the list, the second Enter reaches the
 * second one instead of overwriting the first one's arrival time.
 */
export function chooseCheckIn(
  result: Pick<SearchResult, 'attendeeIds' | 'others'>,
  attendeeOf: (attendeeId: string) => Attendee | undefined,
  scope: string,
  skipped: (target: CheckInTarget) => boolean = () => false,
): CheckInChoice {
  let present: { name: string; at: string } | null = null;
  let waiting: string | null = null;
  for (const attendeeId of result.attendeeIds) {
    const attendee = attendeeOf(attendeeId);
    const mark = attendee?.marks[scope];
    // Someone who came late or left early has arrived too: Enter must not overwrite that mark.
    if (attendee && mark !== undefined && PRESENT_STATUSES.includes(mark.status)) {
      present ??= { name: attendee.name, at: mark.at };
      continue;
    }
    const target: CheckInTarget = { kind: 'attendee', attendeeId, name: attendee?.name ?? '' };
    if (skipped(target)) {
      waiting ??= target.name;
      continue;
    }
    return { kind: 'checkIn', target };
  }
  const person = result.others.find((other) => !skipped({ kind: 'person', personId: other.id, name: other.name }));
  if (person) return { kind: 'checkIn', target: { kind: 'person', personId: person.id, name: person.name } };
  if (present) return { kind: 'alreadyPresent', ...present };
  if (waiting !== null) return { kind: 'waiting', name: waiting };
  return { kind: 'none' };
}

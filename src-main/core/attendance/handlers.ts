import type { Handlers } from '../handlers.js';
import type { PeopleService } from '../people/service.js';
import type { AttendanceService } from './service.js';

type AttendanceChannel = Exclude<Extract<keyof Handlers, `attendance:${string}`>, 'attendance:export' | 'attendance:print'>;

/** The channels of invitations, check-in and marks; exports and printing are wired with their ports. */
export function createAttendanceHandlers(attendance: AttendanceService, people: PeopleService): Pick<Handlers, AttendanceChannel | 'people:organisations'> {
  return {
    'people:organisations': () => people.organisationNames(),
    'attendance:get': ({ programmeId }) => attendance.get(programmeId),
    'attendance:search': (input) => attendance.search(input),
    'attendance:invite': ({ programmeId, selection }) => attendance.invite(programmeId, selection),
    'attendance:uninvite': ({ programmeId, attendeeIds }) => attendance.uninvite(programmeId, attendeeIds),
    'attendance:restoreInvitees': ({ programmeId, attendeeIds }) => attendance.restoreInvitees(programmeId, attendeeIds),
    'attendance:mark': (input) => attendance.mark(input),
    'attendance:undoMark': (input) => attendance.undoMark(input),
    'attendance:walkIn': (input) => attendance.walkIn(input),
    'attendance:setQuorum': ({ programmeId, quorum }) => attendance.setQuorum(programmeId, quorum),
  };
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendanceMark } from '../../../src-main/core/contract/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
let programmeId: string;
let attendeeId: string;

beforeEach(async () => {
  h = await openHarness();
  programmeId = (await h.ok('programmes:create', { programme: { title: 'बैठक', kindId: 'kind-meeting', days: [{ date: '2024-04-17' }] } })).id;
  const person = await h.ok('people:create', { person: { name: 'सुनीता वर्मा' } });
  attendeeId = (await h.ok('attendance:invite', { programmeId, selection: { kind: 'people', personIds: [person.id] } })).addedIds[0] ?? '';
});
afterEach(async () => {
  await h.cleanup();
});

async function marks() {
  return (await h.ok('attendance:get', { programmeId })).attendees[0]?.marks;
}

describe('undoing a check-in', () => {
  it('puts back the mark the check-in replaced', async () => {
    await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId }, status: 'late', reason: 'बस देर से आई' });
    const checkIn = await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId }, status: 'present' });
    await h.ok('attendance:undoMark', { programmeId, scope: 'programme', attendeeId, previous: checkIn.previous });
    expect(await marks()).toEqual({ programme: checkIn.previous });
  });

  const damaged: Array<[string, Partial<AttendanceMark>]> = [
    ['a time that is not a time', { at: 'not-a-time' }],
    ['a day that is not on the calendar', { at: '2024-02-31T10:00:00.000Z' }],
    ['a time written another way than the core writes it', { at: 'Tue, 05 Nov 2024 10:32:00 GMT' }],
    ['a reason longer than any reason can be', { reason: 'क'.repeat(2_001) }],
    ['a reason that is a broken character', { reason: '\uD800' }],
    ['the status "invited", which means no mark and is never stored', { status: 'invited' }],
    ['an absence with notice but no reason, which a check-in would refuse', { status: 'excused', reason: '' }],
    ['an absence with notice whose reason is only invisible characters', { status: 'excused', reason: '\u200B\u200E' }],
  ];

  it('puts back an absence with notice together with its reason', async () => {
    await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId }, status: 'excused', reason: 'बीमार हैं' });
    const checkIn = await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId }, status: 'present' });
    await h.ok('attendance:undoMark', { programmeId, scope: 'programme', attendeeId, previous: checkIn.previous });
    expect(await marks()).toEqual({ programme: expect.objectContaining({ status: 'excused', reason: 'बीमार हैं' }) });
  });

  it.each(damaged)('refuses to restore a mark with %s, and changes nothing', async (_what, change) => {
    const checkIn = await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId }, status: 'present' });
    const before = await marks();
    const previous = { status: 'absent' as const, at: '2024-04-17T04:30:00.000Z', reason: '', ...change };
    expect(checkIn.attendee.marks.programme?.status).toBe('present');
    expect(await h.call('attendance:undoMark', { programmeId, scope: 'programme', attendeeId, previous })).toEqual({
      ok: false,
      error: { code: 'attendance.invalidPreviousMark' },
    });
    await h.reopen();
    expect(await marks()).toEqual(before);
  });
});

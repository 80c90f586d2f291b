import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonInput } from '../../../src-main/core/contract/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
let programmeId: string;

const LEADERS = 'cat-office-bearer';
const MEMBERS = 'cat-member';

async function addPerson(person: PersonInput): Promise<string> {
  return (await h.ok('people:create', { person, allowDuplicate: true })).id;
}

beforeEach(async () => {
  h = await openHarness();
  programmeId = (
    await h.ok('programmes:create', {
      programme: {
        title: 'कार्यशाला',
        kindId: 'kind-workshop',
        days: [{ date: '2024-04-17' }],
        sessions: [
          { id: 'opening', name: 'उद्घाटन सत्र', date: '2024-04-17' },
          { id: 'main', name: 'मुख्य सत्र', date: '2024-04-17' },
        ],
      },
    })
  ).id;
});
afterEach(async () => {
  await h.cleanup();
});

async function seedDirectory(): Promise<Record<string, string>> {
  return {
    sharma: await addPerson({ name: 'रमेश शर्मा', designation: 'सचिव', organisation: 'शाखा क', categoryId: LEADERS, phone: '98765 43210' }),
    verma: await addPerson({ name: 'सुनीता वर्मा', designation: 'उप सचिव', organisation: 'शाखा क', categoryId: MEMBERS }),
    yadav: await addPerson({ name: 'अनिल यादव', designation: 'सदस्य', organisation: 'शाखा ख', categoryId: MEMBERS }),
    gupta: await addPerson({ name: 'पूजा गुप्ता', designation: 'सदस्य', organisation: 'शाखा ख', categoryId: null }),
  };
}

describe('invitations', () => {
  it('invites by category, by organisation, by person and from another programme, never twice', async () => {
    const ids = await seedDirectory();
    expect(await h.ok('attendance:invite', { programmeId, selection: { kind: 'category', categoryId: MEMBERS } })).toMatchObject({ added: 2, alreadyInvited: 0 });
    expect(await h.ok('attendance:invite', { programmeId, selection: { kind: 'organisation', organisation: 'शाखा ख' } })).toMatchObject({ added: 1, alreadyInvited: 1 });
    expect(await h.ok('attendance:invite', { programmeId, selection: { kind: 'people', personIds: [ids.sharma ?? ''] } })).toMatchObject({ added: 1 });

    const attendance = await h.ok('attendance:get', { programmeId });
    expect(attendance.attendees.map((attendee) => attendee.name).sort()).toEqual(['अनिल यादव', 'पूजा गुप्ता', 'रमेश शर्मा', 'सुनीता वर्मा'].sort());
    expect(attendance.counts.programme).toMatchObject({ total: 4, invited: 4, present: 0, pending: 4 });
    expect(attendance.scopes.map((scope) => scope.id)).toEqual(['programme', 'opening', 'main']);

    const next = (await h.ok('programmes:create', { programme: { title: 'अगली बैठक', kindId: 'kind-meeting', days: [{ date: '2024-05-01' }] } })).id;
    expect(await h.ok('attendance:invite', { programmeId: next, selection: { kind: 'programme', programmeId } })).toMatchObject({ added: 4 });
  });

  it('takes people off the list and brings them back with their marks (undo)', async () => {
    const ids = await seedDirectory();
    const { addedIds } = await h.ok('attendance:invite', { programmeId, selection: { kind: 'people', personIds: [ids.sharma ?? '', ids.verma ?? ''] } });
    await h.ok('attendance:mark', { programmeId, scope: 'main', target: { kind: 'attendee', attendeeId: addedIds[0] ?? '' }, status: 'present' });
    expect(await h.ok('attendance:uninvite', { programmeId, attendeeIds: addedIds })).toEqual({ removed: 2 });
    expect((await h.ok('attendance:get', { programmeId })).attendees).toEqual([]);

    expect(await h.ok('attendance:restoreInvitees', { programmeId, attendeeIds: addedIds })).toEqual({ restored: 2 });
    const back = await h.ok('attendance:get', { programmeId });
    expect(back.counts.main).toMatchObject({ invited: 2, present: 1 });
  });

  it('refuses an unknown category and an unknown person, and changes nothing', async () => {
    const unknownCategory = await h.call('attendance:invite', { programmeId, selection: { kind: 'category', categoryId: 'nope' } });
    expect(unknownCategory).toMatchObject({ ok: false, error: { code: 'categories.notFound' } });
    const unknownPerson = await h.call('attendance:invite', { programmeId, selection: { kind: 'people', personIds: ['nobody'] } });
    expect(unknownPerson).toMatchObject({ ok: false, error: { code: 'people.notFound' } });
    expect((await h.ok('attendance:get', { programmeId })).attendees).toEqual([]);
  });
});

describe('check-in and marks', () => {
  it('marks present with a time, counts per session and for the programme, and undoes the mark', async () => {
    const ids = await seedDirectory();
    await h.ok('attendance:invite', { programmeId, selection: { kind: 'people', personIds: Object.values(ids) } });
    const list = await h.ok('attendance:get', { programmeId });
    const idOf = (name: string) => list.attendees.find((attendee) => attendee.name === name)?.id ?? '';

    const checkIn = await h.ok('attendance:mark', { programmeId, scope: 'opening', target: { kind: 'attendee', attendeeId: idOf('रमेश शर्मा') }, status: 'present' });
    expect(checkIn.previous).toBeNull();
    expect(checkIn.attendee.marks.opening?.status).toBe('present');
    expect(Date.parse(checkIn.attendee.marks.opening?.at ?? '')).not.toBeNaN();
    await h.ok('attendance:mark', { programmeId, scope: 'opening', target: { kind: 'attendee', attendeeId: idOf('सुनीता वर्मा') }, status: 'late', reason: 'बस देर से आई' });
    await h.ok('attendance:mark', { programmeId, scope: 'opening', target: { kind: 'attendee', attendeeId: idOf('अनिल यादव') }, status: 'excused', reason: 'बीमार' });
    await h.ok('attendance:mark', { programmeId, scope: 'main', target: { kind: 'attendee', attendeeId: idOf('पूजा गुप्ता') }, status: 'absent' });

    const counts = (await h.ok('attendance:get', { programmeId })).counts;
    expect(counts.opening).toMatchObject({ invited: 4, present: 2, absent: 1, pending: 1 });
    expect(counts.main).toMatchObject({ present: 0, absent: 1, pending: 3 });
    // Present at any session is present at the programme.
    expect(counts.programme).toMatchObject({ present: 2, absent: 2, pending: 0 });
    expect(counts.programme?.byCategory).toEqual([
      { key: MEMBERS, invited: 2, present: 1, absent: 1 },
      { key: LEADERS, invited: 1, present: 1, absent: 0 },
      { key: '', invited: 1, present: 0, absent: 1 },
    ]);
    expect(counts.programme?.byOrganisation).toEqual([
      { key: 'शाखा क', invited: 2, present: 2, absent: 0 },
      { key: 'शाखा ख', invited: 2, present: 0, absent: 2 },
    ]);
    const [row] = (await h.ok('programmes:list', {})).items;
    expect(row?.counts).toMatchObject({ invited: 4, present: 2 });

    const again = await h.ok('attendance:mark', { programmeId, scope: 'opening', target: { kind: 'attendee', attendeeId: idOf('रमेश शर्मा') }, status: 'leftEarly', reason: '' });
    expect(again.previous?.status).toBe('present');
    await h.ok('attendance:undoMark', { programmeId, scope: 'opening', attendeeId: idOf('रमेश शर्मा'), previous: again.previous });
    await h.ok('attendance:undoMark', { programmeId, scope: 'opening', attendeeId: idOf('रमेश शर्मा'), previous: null });

    await h.reopen();
    const after = await h.ok('attendance:get', { programmeId });
    expect(after.attendees.find((attendee) => attendee.name === 'रमेश शर्मा')?.marks).toEqual({});
    expect(after.attendees.find((attendee) => attendee.name === 'सुनीता वर्मा')?.marks.opening).toMatchObject({ status: 'late', reason: 'बस देर से आई' });
    expect(after.counts.opening).toMatchObject({ present: 1, absent: 1, pending: 2 });
  });

  it('asks for a reason when someone is absent with notice, and refuses unknown sessions and people not on the list', async () => {
    const ids = await seedDirectory();
    const { addedIds } = await h.ok('attendance:invite', { programmeId, selection: { kind: 'people', personIds: [ids.sharma ?? ''] } });
    const attendeeId = addedIds[0] ?? '';
    const noReason = await h.call('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId }, status: 'excused', reason: '  ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'validation.failed', details: { fields: [{ field: 'reason', code: 'field.required' }] } } });
    const badScope = await h.call('attendance:mark', { programmeId, scope: 'no-such-session', target: { kind: 'attendee', attendeeId }, status: 'present' });
    expect(badScope).toMatchObject({ ok: false, error: { code: 'attendance.unknownSession' } });
    const notOnList = await h.call('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId: 'x' }, status: 'present' });
    expect(notOnList).toMatchObject({ ok: false, error: { code: 'attendance.notOnList' } });
    expect((await h.ok('attendance:get', { programmeId })).counts.programme).toMatchObject({ present: 0, absent: 0, pending: 1 });
  });

  it('checks in a directory person who was not invited, and undo takes them off the list again', async () => {
    const ids = await seedDirectory();
    const result = await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'person', personId: ids.gupta ?? '' }, status: 'present' });
    expect(result).toMatchObject({ addedToList: true, attendee: { name: 'पूजा गुप्ता', invited: false } });
    expect((await h.ok('attendance:get', { programmeId })).counts.programme).toMatchObject({ total: 1, invited: 0, present: 1, walkIns: 1 });
    await h.ok('attendance:undoMark', { programmeId, scope: 'programme', attendeeId: result.attendee.id, previous: null, removeFromList: true });
    expect((await h.ok('attendance:get', { programmeId })).attendees).toEqual([]);
  });

  it('adds walk-ins on the spot, to the directory only when asked', async () => {
    await seedDirectory();
    const typed = await h.ok('attendance:walkIn', { programmeId, scope: 'main', person: { name: 'मोहन लाल', designation: 'अतिथि' } });
    expect(typed.attendee).toMatchObject({ personId: null, name: 'मोहन लाल', invited: false, marks: { main: { status: 'present' } } });
    const listed = await h.ok('attendance:walkIn', { programmeId, scope: 'main', person: { name: 'कविता सिंह', phone: '९८७६५४३२१०' }, addToDirectory: true });
    expect(listed.attendee.personId).not.toBeNull();
    expect((await h.ok('people:search', { query: 'कविता' })).items.map((person) => person.phone)).toEqual(['9876543210']);
    expect((await h.ok('people:search', { query: 'मोहन' })).total).toBe(0);
    const nameless = await h.call('attendance:walkIn', { programmeId, scope: 'main', person: { name: '' } });
    expect(nameless).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    expect((await h.ok('attendance:get', { programmeId })).counts.main).toMatchObject({ present: 2, walkIns: 2 });
  });

  it('stops counting the marks of a session that was removed from the programme', async () => {
    const ids = await seedDirectory();
    const { addedIds } = await h.ok('attendance:invite', { programmeId, selection: { kind: 'people', personIds: [ids.sharma ?? ''] } });
    await h.ok('attendance:mark', { programmeId, scope: 'opening', target: { kind: 'attendee', attendeeId: addedIds[0] ?? '' }, status: 'present' });
    expect((await h.ok('attendance:get', { programmeId })).counts.programme).toMatchObject({ present: 1 });
    await h.ok('programmes:update', {
      id: programmeId,
      programme: { title: 'कार्यशाला', kindId: 'kind-workshop', days: [{ date: '2024-04-17' }], sessions: [{ id: 'main', name: 'मुख्य सत्र', date: '2024-04-17' }] },
    });
    const after = await h.ok('attendance:get', { programmeId });
    expect(after.scopes.map((scope) => scope.id)).toEqual(['programme', 'main']);
    expect(after.counts.programme).toMatchObject({ present: 0, pending: 1 });
    expect((await h.ok('programmes:list', {})).items[0]?.counts.present).toBe(0);
  });

  it('keeps a quorum threshold', async () => {
    await h.ok('attendance:setQuorum', { programmeId, quorum: 12 });
    expect((await h.ok('attendance:get', { programmeId })).quorum).toBe(12);
    await h.ok('attendance:setQuorum', { programmeId, quorum: null });
    expect((await h.ok('attendance:get', { programmeId })).quorum).toBeNull();
  });
});

describe('check-in search', () => {
  it('finds invitees by Hindi, part of a name, phone and Roman spelling, and suggests directory people not on the list', async () => {
    const ids = await seedDirectory();
    await h.ok('attendance:invite', { programmeId, selection: { kind: 'people', personIds: [ids.sharma ?? '', ids.verma ?? '', ids.yadav ?? ''] } });
    const names = async (query: string) => {
      const result = await h.ok('attendance:search', { programmeId, query });
      const attendees = (await h.ok('attendance:get', { programmeId })).attendees;
      return { list: result.attendeeIds.map((id) => attendees.find((attendee) => attendee.id === id)?.name), others: result.others.map((person) => person.name) };
    };
    expect((await names('')).list).toHaveLength(3);
    expect((await names('शर्मा')).list).toEqual(['रमेश शर्मा']);
    expect((await names('sharma')).list).toEqual(['रमेश शर्मा']);
    expect((await names('sunita')).list).toEqual(['सुनीता वर्मा']);
    expect((await names('98765')).list).toEqual(['रमेश शर्मा']);
    expect(await names('puja')).toEqual({ list: [], others: ['पूजा गुप्ता'] });
  });
});

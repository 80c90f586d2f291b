import { describe, expect, it } from 'vitest';
import type { Attendee } from '../../../src-main/core/contract/index.js';
import { chooseCheckIn, type CheckInTarget } from '../../../src-renderer/features/attendance/check-in-choice.js';

const attendee = (id: string, name: string, marks: Attendee['marks'] = {}): Attendee => ({
  id,
  personId: null,
  title: '',
  name,
  designation: '',
  organisation: '',
  categoryId: null,
  phone: '',
  invited: true,
  addedAt: '2024-04-17T09:00:00.000Z',
  marks,
});
const present = (at: string) => ({ status: 'present' as const, at, reason: '' });

const first = attendee('a1', 'अनिल शर्मा', { programme: present('2024-04-17T10:05:00.000Z') });
const second = attendee('a2', 'अनिल शर्मा');
const byId = new Map([first, second].map((entry) => [entry.id, entry]));
const attendeeOf = (id: string) => byId.get(id);
const namesakes = { attendeeIds: ['a1', 'a2'], others: [] };

describe('chooseCheckIn', () => {
  it('passes over a namesake already present in the scope', () => {
    expect(chooseCheckIn(namesakes, attendeeOf, 'programme')).toEqual({ kind: 'checkIn', target: { kind: 'attendee', attendeeId: 'a2', name: 'अनिल शर्मा' } });
  });

  it('passes over someone marked late or as leaving early, whose mark Enter must not overwrite', () => {
    for (const status of ['late', 'leftEarly'] as const) {
      const marked = attendee('a1', 'अनिल शर्मा', { programme: { status, at: '2024-04-17T10:40:00.000Z', reason: '' } });
      const lookUp = (id: string) => (id === 'a1' ? marked : attendeeOf(id));
      expect(chooseCheckIn(namesakes, lookUp, 'programme'), status).toMatchObject({ kind: 'checkIn', target: { attendeeId: 'a2' } });
    }
  });

  it('counts presence per scope: present in the programme is not present in a session', () => {
    expect(chooseCheckIn(namesakes, attendeeOf, 'session-1')).toMatchObject({ kind: 'checkIn', target: { attendeeId: 'a1' } });
  });

  it('names the first present person and their time when everyone matched is present', () => {
    const both = (id: string) => (id === 'a2' ? attendee('a2', 'अनिल शर्मा', { programme: present('2024-04-17T10:09:00.000Z') }) : attendeeOf(id));
    expect(chooseCheckIn(namesakes, both, 'programme')).toEqual({ kind: 'alreadyPresent', name: 'अनिल शर्मा', at: '2024-04-17T10:05:00.000Z' });
  });

  it('passes over someone already waiting in the queue, and says so when no one else is left', () => {
    const waiting = (target: CheckInTarget) => target.kind === 'attendee' && target.attendeeId === 'a2';
    expect(chooseCheckIn({ attendeeIds: ['a2'], others: [] }, attendeeOf, 'programme', waiting)).toEqual({ kind: 'waiting', name: 'अनिल शर्मा' });
    expect(chooseCheckIn(namesakes, attendeeOf, 'programme', waiting)).toEqual({ kind: 'alreadyPresent', name: 'अनिल शर्मा', at: '2024-04-17T10:05:00.000Z' });
  });

  it('falls back to a directory match, and to nothing', () => {
    const others = [{ id: 'p9', name: 'सुनीता वर्मा', designation: '', organisation: '', phone: '' }];
    expect(chooseCheckIn({ attendeeIds: ['a1'], others }, attendeeOf, 'programme')).toEqual({ kind: 'checkIn', target: { kind: 'person', personId: 'p9', name: 'सुनीता वर्मा' } });
    expect(chooseCheckIn({ attendeeIds: [], others: [] }, attendeeOf, 'programme')).toEqual({ kind: 'none' });
  });
});

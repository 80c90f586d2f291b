import { describe, expect, it } from 'vitest';
import { describeProceedings, holderName } from '../../../src-renderer/features/programmes/proceedings-view.js';
import { movedTo, type SessionDraft, type SpeechDraft } from '../../../src-renderer/features/programmes/programme-draft.js';

const lists = {
  roles: [
    { id: 'role-chair', name: 'अध्यक्षता' },
    { id: 'role-welcome', name: 'स्वागत भाषण' },
    { id: 'role-vote-of-thanks', name: 'धन्यवाद ज्ञापन' },
  ],
  activities: [
    { id: 'activity-lamp', name: 'दीप प्रज्वलन' },
    { id: 'activity-quiz', name: 'प्रश्नोत्तरी' },
  ],
};

const session: SessionDraft = {
  id: 's1',
  name: 'उद्घाटन सत्र',
  date: '2024-08-08',
  startTime: '',
  endTime: '',
  roles: [
    { roleId: 'role-chair', holders: [{ kind: 'person', personId: 'p-chair' }] },
    { roleId: 'role-vote-of-thanks', holders: [{ kind: 'typed', title: 'श्री', name: 'दिनेश पटेल', gender: 'male', designation: '', organisation: '' }] },
    { roleId: 'role-welcome', holders: [{ kind: 'person', personId: 'p-welcome' }, { kind: 'body', name: 'बैंक परिवार' }] },
  ],
  activities: [
    { id: 'a-quiz', activityId: 'activity-quiz', text: '' },
    { id: 'a-lamp', activityId: 'activity-lamp', text: 'मुख्य अतिथि द्वारा' },
    { id: 'a-free', activityId: '', text: 'सरस्वती वंदना' },
  ],
  proceedings: [],
};

const speech: SpeechDraft = {
  id: 'sp1',
  sessionId: 's1',
  speaker: { kind: 'typed', title: 'सुश्री', name: 'कविता राजपूत', gender: 'female', designation: '', organisation: '' },
  designationAtTime: '',
  organisationAtTime: '',
  summary: '',
  summaryStyle: 'auto',
  citationIds: [],
};

const names = new Map([['p-welcome', 'श्री अशोक जैन']]);
const personName = (id: string) => names.get(id);

describe('a session’s proceedings as the screen lists them', () => {
  it('lists everything but the presiding roles in the usual order, each described by what it is and who', () => {
    const items = describeProceedings(session, [speech], lists, personName);
    expect(items.map((item) => item.key)).toEqual([
      'activity:a-lamp',
      // A free-text ritual is recognised by its words and opens the session too.
      'activity:a-free',
      'role:role-welcome',
      'speech:sp1',
      'activity:a-quiz',
      'role:role-vote-of-thanks',
    ]);
    expect(items.map((item) => item.description)).toEqual([
      { kind: 'activity', name: 'दीप प्रज्वलन', text: 'मुख्य अतिथि द्वारा' },
      { kind: 'activity', name: '', text: 'सरस्वती वंदना' },
      { kind: 'role', roleName: 'स्वागत भाषण', holders: ['श्री अशोक जैन', 'बैंक परिवार'] },
      { kind: 'speech', speaker: 'सुश्री कविता राजपूत' },
      { kind: 'activity', name: 'प्रश्नोत्तरी', text: '' },
      { kind: 'role', roleName: 'धन्यवाद ज्ञापन', holders: ['श्री दिनेश पटेल'] },
    ]);
  });

  it('follows the saved order, and a moved item written back gives the same order again', () => {
    const keys = describeProceedings(session, [speech], lists, personName).map((item) => item.key);
    const reordered = movedTo(keys, 3, 0);
    expect(reordered[0]).toBe('speech:sp1');
    const again = describeProceedings({ ...session, proceedings: reordered }, [speech], lists, personName);
    expect(again.map((item) => item.key)).toEqual(reordered);
  });

  it('leaves out a person whose name has not arrived yet rather than showing a blank', () => {
    const items = describeProceedings(session, [speech], lists, () => undefined);
    expect(items.find((item) => item.key === 'role:role-welcome')?.description).toEqual({
      kind: 'role',
      roleName: 'स्वागत भाषण',
      holders: ['बैंक परिवार'],
    });
    expect(holderName({ kind: 'person', personId: 'x' }, () => undefined)).toBe('');
  });
});

describe('movedTo', () => {
  it('puts the item where it was dropped and ignores moves outside the list', () => {
    expect(movedTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(movedTo(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(movedTo(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
    expect(movedTo(['a', 'b'], -1, 0)).toEqual(['a', 'b']);
  });
});

import { afterEach, beforeEach, expect, it } from 'vitest';
import { plainText } from '../../../src-main/core/report/plain-text.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

/** Paths by which what a secretary typed reaches a report, or must not. */
let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

const meeting = {
  title: 'समिति की मासिक बैठक',
  kindId: 'kind-meeting',
  organiser: 'विद्यालय प्रबंधन समिति',
  days: [{ date: '2024-11-05' }],
  agenda: [{ subject: 'पिछली बैठक की पुष्टि', discussion: 'सदस्यों ने चर्चा की', decision: 'कार्यवृत्त पुष्ट किया गया' }],
  sessions: [
    {
      id: 'only',
      name: 'बैठक',
      date: '2024-11-05',
      roles: [
        { roleId: 'role-chair', holders: [{ kind: 'typed' as const, title: 'श्री', name: 'मोहन लाल', gender: 'male' as const, designation: 'अध्यक्ष' }] },
        { roleId: 'role-vote-of-thanks', holders: [{ kind: 'typed' as const, title: 'श्रीमती', name: 'रेखा तिवारी', gender: 'female' as const, designation: 'सदस्य सचिव' }] },
      ],
    },
  ],
};

it('keeps a walk-in’s title for the minutes though the walk-in is not added to the directory', async () => {
  const programme = await h.ok('programmes:create', { programme: meeting });
  await h.ok('attendance:walkIn', { programmeId: programme.id, scope: 'programme', person: { title: 'श्रीमती', name: 'कमला बाई', gender: 'female' } });
  const minutes = plainText((await h.ok('reports:create', { programmeId: programme.id, template: 'minutes' })).body);
  expect(minutes).toMatch(/1 \| श्रीमती कमला बाई \|/u);
});

it('starts a duplicated meeting with the old agenda’s subjects but none of its discussion or decisions', async () => {
  const programme = await h.ok('programmes:create', { programme: meeting });
  const copy = await h.ok('programmes:duplicate', { id: programme.id });
  expect(copy.agenda).toEqual([{ subject: 'पिछली बैठक की पुष्टि', discussion: '', decision: '' }]);
});

it('tells a speech recorded outside the only session within it, before the vote of thanks', async () => {
  const programme = await h.ok('programmes:create', {
    programme: { ...meeting, speeches: [{ sessionId: null, speaker: { kind: 'typed', title: 'श्री', name: 'राम प्रसाद', designation: 'हिंदी अधिकारी' }, summary: 'राजभाषा नियमों की जानकारी दी' }] },
  });
  const narrative = plainText((await h.ok('reports:create', { programmeId: programme.id, template: 'narrative' })).body);
  const speech = narrative.indexOf('हिंदी अधिकारी श्री राम प्रसाद ने राजभाषा नियमों की जानकारी दी।');
  expect(speech).toBeGreaterThan(0);
  expect(speech).toBeLessThan(narrative.indexOf('धन्यवाद ज्ञापित किया।'));
});

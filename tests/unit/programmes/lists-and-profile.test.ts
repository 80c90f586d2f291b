import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';
import { seedResolution } from './seed-workshop.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

describe('editable lists', () => {
  it('start with the Hindi defaults', async () => {
    const lists = await h.ok('lists:get', {});
    expect(lists.programmeKinds.map((entry) => entry.name)).toEqual(['कार्यशाला', 'बैठक', 'प्रशिक्षण', 'सम्मेलन']);
    expect(lists.roles.map((entry) => entry.name)).toEqual([
      'अध्यक्षता', 'मुख्य अतिथि', 'विशिष्ट अतिथि', 'मुख्य वक्ता', 'वक्ता', 'संचालन', 'संयोजक', 'स्वागत भाषण', 'अतिथि परिचय', 'विषय प्रवर्तन', 'धन्यवाद ज्ञापन',
    ]);
    expect(lists.activities.map((entry) => entry.name)).toEqual(['दीप प्रज्वलन', 'सरस्वती वंदना', 'प्रश्नोत्तरी', 'समूह चर्चा', 'प्रमाण-पत्र वितरण']);
    expect(lists.feedbackCategories.map((entry) => entry.name)).toEqual(['पुष्टि/समर्थन', 'उपलब्धियाँ', 'कठिनाइयाँ', 'कमियाँ और सीमाएँ', 'प्रस्ताव और समाधान']);
  });

  it('renames, adds, reorders and removes entries, and keeps them after a restart', async () => {
    const { programmeKinds } = await h.ok('lists:get', {});
    const [workshop, meeting, , conference] = programmeKinds;
    if (!workshop || !meeting || !conference) throw new Error('defaults changed');
    await h.ok('lists:update', {
      list: 'programmeKinds',
      items: [{ id: meeting.id, name: 'समिति की बैठक' }, { name: 'संगोष्ठी' }, { id: workshop.id, name: workshop.name }, { id: conference.id, name: conference.name }],
    });
    await h.reopen();
    expect((await h.ok('lists:get', {})).programmeKinds.map((entry) => entry.name)).toEqual(['समिति की बैठक', 'संगोष्ठी', 'कार्यशाला', 'सम्मेलन']);
  });

  it('refuses to remove an entry still in use, saying how many programmes use it', async () => {
    await h.ok('programmes:create', {
      programme: {
        title: 'बैठक',
        kindId: 'kind-meeting',
        days: [{ date: '2024-01-05' }],
        sessions: [{ name: 'सत्र', date: '2024-01-05', roles: [{ roleId: 'role-chair', holders: [{ kind: 'typed', name: 'अ' }] }] }],
      },
    });
    const removed = await h.ok('programmes:create', { programme: { title: 'दूसरी', kindId: 'kind-meeting', days: [{ date: '2024-02-05' }] } });
    await h.ok('programmes:remove', { id: removed.id });

    const { programmeKinds, roles } = await h.ok('lists:get', {});
    const withoutMeeting = programmeKinds.filter((entry) => entry.id !== 'kind-meeting');
    expect(await h.call('lists:update', { list: 'programmeKinds', items: withoutMeeting })).toEqual({
      ok: false,
      error: { code: 'lists.entryInUse', details: { fields: [{ field: 'items', code: 'field.inUse', params: { name: 'बैठक', count: 2 } }] } },
    });
    const withoutChair = roles.filter((entry) => entry.id !== 'role-chair');
    expect(await h.call('lists:update', { list: 'roles', items: withoutChair })).toMatchObject({ ok: false, error: { code: 'lists.entryInUse' } });
    expect((await h.ok('lists:get', {})).programmeKinds).toEqual(programmeKinds);

    // A removed comment can be restored, so its category stays in use too.
    const meeting = (await h.ok('programmes:list', {})).items[0];
    const [comment] = (await h.ok('feedback:addMany', { programmeId: meeting?.id ?? '', entries: [{ text: 'अ', categoryId: 'feedback-difficulties' }] })).items;
    await h.ok('feedback:remove', { programmeId: meeting?.id ?? '', id: comment?.id ?? '' });
    const { feedbackCategories } = await h.ok('lists:get', {});
    expect(
      await h.call('lists:update', { list: 'feedbackCategories', items: feedbackCategories.filter((entry) => entry.id !== 'feedback-difficulties') }),
    ).toMatchObject({ ok: false, error: { details: { fields: [{ params: { name: 'कठिनाइयाँ', count: 1 } }] } } });

    const withoutQuiz = (await h.ok('lists:get', {})).activities.filter((entry) => entry.id !== 'activity-quiz');
    expect((await h.ok('lists:update', { list: 'activities', items: withoutQuiz })).activities).toHaveLength(4);
  });

  it('refuses blank, repeated and unknown entries', async () => {
    const reply = await h.call('lists:update', {
      list: 'feedbackCategories',
      items: [{ name: ' ' }, { name: 'सुझाव' }, { name: 'सुझाव ' }, { id: 'nope', name: 'क' }],
    });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'validation.failed',
        details: {
          fields: [
            { field: 'items.0.name', code: 'field.required' },
            { field: 'items.2.name', code: 'field.duplicate' },
            { field: 'items.3.id', code: 'field.invalidChoice' },
          ],
        },
      },
    });
  });
});

describe('cited documents', () => {
  it('are saved once, found by number or words, corrected, and refused when repeated', async () => {
    const saved = await h.ok('citations:save', { citation: seedResolution });
    await h.ok('citations:save', { citation: { kind: 'परिपत्र', number: '12/2023', date: '2023-03-01', issuedBy: 'राजभाषा विभाग' } });

    const numbers = async (query: string) => (await h.ok('citations:search', { query })).items.map((item) => item.number);
    expect(await numbers('21-एनक्यू')).toEqual(['21-एनक्यू/टीडब्ल्यू']);
    expect(await numbers('टीडब्ल्यू')).toEqual(['21-एनक्यू/टीडब्ल्यू']);
    expect(await numbers('राजभाषा')).toEqual(['12/2023']);
    expect(await numbers('')).toEqual(['12/2023', '21-एनक्यू/टीडब्ल्यू']);

    expect(await h.call('citations:save', { citation: { ...seedResolution, title: '' } })).toEqual({
      ok: false,
      error: { code: 'citations.duplicate', details: { duplicates: [{ id: saved.id, name: '21-एनक्यू/टीडब्ल्यू' }] } },
    });
    const corrected = await h.ok('citations:save', { id: saved.id, citation: { ...seedResolution, date: '2022-06-17' } });
    expect(corrected).toMatchObject({ id: saved.id, date: '2022-06-17', createdAt: saved.createdAt });

    expect(await h.call('citations:save', { citation: { kind: 'आदेश', date: '2022-13-01' } })).toEqual({
      ok: false,
      error: {
        code: 'validation.failed',
        details: { fields: [{ field: 'date', code: 'field.invalidDate' }, { field: 'number', code: 'field.required' }] },
      },
    });
    expect(await h.call('citations:save', { id: 'missing', citation: seedResolution })).toEqual({ ok: false, error: { code: 'citations.notFound' } });
    await h.reopen();
    expect(await h.ok('citations:get', { ids: [saved.id, 'missing'] })).toEqual([corrected]);
  });
});

describe('the organisation profile', () => {
  it('is empty until first saved, needs a Hindi name, and persists', async () => {
    expect(await h.ok('organisation:get', {})).toMatchObject({ nameHi: '', updatedAt: null, logoFileName: null });
    expect(await h.call('organisation:update', { organisation: { nameEn: 'District Committee' } })).toEqual({
      ok: false,
      error: { code: 'validation.failed', details: { fields: [{ field: 'nameHi', code: 'field.required' }] } },
    });
    const seen: unknown[] = [];
    h.core.onEvent((event, payload) => seen.push([event, payload]));
    const saved = await h.ok('organisation:update', {
      organisation: {
        nameHi: 'जिला राजभाषा कार्यान्वयन समिति',
        nameEn: 'District Official Language Implementation Committee',
        address: 'कलेक्ट्रेट परिसर\nजयपुर',
        secretaryName: 'सुनीता देवी',
        secretaryDesignation: 'सदस्य सचिव',
        defaultOrganiser: 'जिला राजभाषा कार्यान्वयन समिति',
      },
    });
    expect(saved.updatedAt).not.toBeNull();
    expect(seen).toEqual([['data:changed', { domain: 'organisation' }]]);
    await h.reopen();
    expect(await h.ok('organisation:get', {})).toEqual(saved);
  });
});

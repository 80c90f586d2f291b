import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedbackEntryToInput, type FeedbackEntryInput } from '../../../src-main/core/contract/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
let programmeId: string;
beforeEach(async () => {
  h = await openHarness();
  programmeId = (await h.ok('programmes:create', { programme: { title: 'कार्यशाला', kindId: 'kind-workshop', days: [{ date: '2024-04-17' }] } })).id;
});
afterEach(async () => {
  await h.cleanup();
});

const CATEGORIES = ['feedback-affirmation', 'feedback-achievements', 'feedback-difficulties', 'feedback-shortcomings', 'feedback-proposals'];

/** What the renderer sends after the secretary pastes lines and picks their category. */
function pastedLines(count: number, categoryOf: (index: number) => string): FeedbackEntryInput[] {
  return Array.from({ length: count }, (_, index) => ({ text: `पंक्ति ${index + 1}: सुझाव`, categoryId: categoryOf(index) }));
}

describe('the feedback log', () => {
  it('adds 200 pasted lines at once, in order, with correct counts per category, and keeps them after a restart', async () => {
    const result = await h.ok('feedback:addMany', {
      programmeId,
      entries: pastedLines(200, (index) => CATEGORIES[index % 5] ?? ''),
    });
    expect(result.total).toBe(200);
    expect(result.countsByCategory).toEqual(Object.fromEntries(CATEGORIES.map((id) => [id, 40])));

    await h.reopen();
    const list = await h.ok('feedback:list', { programmeId });
    expect(list.items).toHaveLength(200);
    expect(list.items[0]).toMatchObject({ text: 'पंक्ति 1: सुझाव', channel: 'written', source: { kind: 'anonymous' }, followUp: { status: 'open', response: '' } });
    expect(list.items[199]?.text).toBe('पंक्ति 200: सुझाव');
    const [row] = (await h.ok('programmes:list', {})).items;
    expect(row?.counts.feedback).toBe(200);
    expect(row?.counts.feedbackByCategory['feedback-proposals']).toBe(40);
  });

  it('refuses the whole paste if any line is bad, naming each bad line by its index', async () => {
    const entries = pastedLines(10, () => 'feedback-proposals');
    entries[3] = { text: '   ', categoryId: 'feedback-proposals' };
    entries[7] = { text: 'ठीक', categoryId: 'no-such-category', receivedOn: '2024-02-30' };
    const reply = await h.call('feedback:addMany', { programmeId, entries });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'validation.failed',
        details: {
          fields: [
            { field: 'entries.3.text', code: 'field.required' },
            { field: 'entries.7.categoryId', code: 'field.invalidChoice' },
            { field: 'entries.7.receivedOn', code: 'field.invalidDate' },
          ],
        },
      },
    });
    expect((await h.ok('feedback:list', { programmeId })).total).toBe(0);
  });

  it('takes at most 1000 lines per call and says so', async () => {
    const reply = await h.call('feedback:addMany', { programmeId, entries: pastedLines(1001, () => 'feedback-proposals') });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'validation.failed', details: { fields: [{ field: 'entries', code: 'field.tooMany', params: { max: 1000 } }] } },
    });
    expect((await h.ok('feedback:addMany', { programmeId, entries: pastedLines(1000, () => 'feedback-proposals') })).total).toBe(1000);
  });

  it('refuses a 1 MB comment with its limit', async () => {
    const reply = await h.call('feedback:add', { programmeId, entry: { text: 'a'.repeat(1_000_000), categoryId: 'feedback-proposals' } });
    expect(reply).toMatchObject({
      ok: false,
      error: { details: { fields: [{ field: 'text', code: 'field.tooLong', params: { max: 20_000 } }] } },
    });
  });

  it('records source, channel, date and follow-up, and edits them', async () => {
    const person = await h.ok('people:create', { person: { name: 'सीमा वर्मा' } });
    const entry = await h.ok('feedback:add', {
      programmeId,
      entry: {
        source: { kind: 'person', personId: person.id },
        categoryId: 'feedback-difficulties',
        text: 'प्रशिक्षण सामग्री देर से मिली।\nअगली बार पहले भेजें।',
        channel: 'oral',
        receivedOn: '2024-04-17',
      },
    });
    expect(entry.text.split('\n')).toHaveLength(2);
    const unitSource = await h.call('feedback:add', { programmeId, entry: { source: { kind: 'unit', name: ' ' }, text: 'अ', categoryId: 'feedback-affirmation' } });
    expect(unitSource).toMatchObject({ ok: false, error: { details: { fields: [{ field: 'source.name', code: 'field.required' }] } } });

    const updated = await h.ok('feedback:update', {
      programmeId,
      id: entry.id,
      entry: { ...feedbackEntryToInput(entry), followUp: { status: 'done', response: 'सामग्री एक सप्ताह पहले भेजी जाएगी।' } },
    });
    expect(updated).toMatchObject({ id: entry.id, createdAt: entry.createdAt, followUp: { status: 'done' } });

    // The person leaves the directory; the comment can still be edited.
    await h.ok('people:remove', { id: person.id });
    await h.ok('feedback:update', { programmeId, id: entry.id, entry: { source: { kind: 'person', personId: person.id }, text: 'बदला', categoryId: 'feedback-difficulties' } });
    const stranger = await h.call('feedback:add', { programmeId, entry: { source: { kind: 'person', personId: 'ghost' }, text: 'अ', categoryId: 'feedback-affirmation' } });
    expect(stranger).toMatchObject({ ok: false, error: { details: { fields: [{ field: 'source.personId', code: 'field.invalidChoice' }] } } });
  });

  it('removes a comment, updates the counts, and brings it back on undo', async () => {
    const [first, second] = (await h.ok('feedback:addMany', { programmeId, entries: pastedLines(2, () => 'feedback-achievements') })).items;
    if (!first || !second) throw new Error('entries missing');
    await h.ok('feedback:remove', { programmeId, id: first.id });
    expect(await h.ok('feedback:list', { programmeId })).toMatchObject({ total: 1, countsByCategory: { 'feedback-achievements': 1 } });
    expect(await h.call('feedback:update', { programmeId, id: first.id, entry: { text: 'x', categoryId: 'feedback-achievements' } })).toEqual({
      ok: false,
      error: { code: 'feedback.notFound' },
    });

    await h.reopen();
    expect(await h.ok('feedback:restore', { programmeId, id: first.id })).toEqual(first);
    const list = await h.ok('feedback:list', { programmeId });
    expect(list.items.map((entry) => entry.id)).toEqual([first.id, second.id]);
    expect(list.countsByCategory).toEqual({ 'feedback-achievements': 2 });
  });

  it('refuses feedback for a programme that is missing or removed', async () => {
    expect(await h.call('feedback:list', { programmeId: 'missing' })).toEqual({ ok: false, error: { code: 'programmes.notFound' } });
    await h.ok('programmes:remove', { id: programmeId });
    expect(await h.call('feedback:add', { programmeId, entry: { text: 'अ', categoryId: 'feedback-affirmation' } })).toEqual({
      ok: false,
      error: { code: 'programmes.notFound' },
    });
  });
});

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { programmeToInput, type ProgrammeInput } from '../../../src-main/core/contract/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';
import {
  SEED_CHAIR,
  SEED_FEEDBACK_PER_CATEGORY,
  SEED_OCCASION,
  SEED_ORGANISER,
  SEED_SPEAKER,
  seedFeedback,
  seedResolution,
  seedWorkshop,
} from './seed-workshop.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

const minimal = (overrides: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
  title: 'मासिक बैठक',
  kindId: 'kind-meeting',
  days: [{ date: '2024-05-02' }],
  ...overrides,
});

async function fieldsOf(reply: Promise<{ ok: boolean; error?: { code: string; details?: { fields?: unknown } } }>) {
  const result = await reply;
  expect(result.ok).toBe(false);
  return { code: result.error?.code, fields: result.error?.details?.fields };
}

describe('the seed workshop', () => {
  it('is recorded completely and reads back identically after the core restarts', async () => {
    const resolution = await h.ok('citations:save', { citation: seedResolution });
    const created = await h.ok('programmes:create', { programme: seedWorkshop(resolution.id) });
    const added = await h.ok('feedback:addMany', { programmeId: created.id, entries: seedFeedback() });
    expect(added.total).toBe(20);

    await h.reopen();
    const programme = await h.ok('programmes:get', { id: created.id });
    expect(programme).toMatchObject({
      organiser: SEED_ORGANISER,
      kindId: 'kind-workshop',
      status: 'held',
      days: [{ date: '2024-04-17', partOfDay: 'morning', startTime: null, endTime: null }],
      occasion: SEED_OCCASION,
      counts: { sessions: 1, speakers: 1, feedback: 20, feedbackByCategory: SEED_FEEDBACK_PER_CATEGORY },
    });
    expect(programme.purpose).toContain('\nताकि संकल्प संख्या 21-एनक्यू/टीडब्ल्यू');
    expect(programme.contentPoints).toHaveLength(3);
    expect(programme.attendeeSummary).toContain('सचिव/उप सचिव');
    expect(programme.sessions[0]?.roles).toEqual([{ roleId: 'role-chair', holders: [{ kind: 'body', name: SEED_CHAIR }] }]);
    const [speech] = programme.speeches;
    expect(speech).toMatchObject({
      sessionId: 'session-main',
      order: 1,
      speaker: { kind: 'typed', name: SEED_SPEAKER, designation: 'सचिव' },
      designationAtTime: 'प्रांतीय एजेंसियों - उद्यम ब्लॉक की पार्टी समिति के सचिव',
      citationIds: [resolution.id],
    });
    expect(speech?.summary.split('\n')).toHaveLength(2);
    expect(await h.ok('citations:get', { ids: speech?.citationIds ?? [] })).toEqual([resolution]);
    expect(resolution).toMatchObject({ number: '21-एनक्यू/टीडब्ल्यू', date: '2022-06-16', kind: 'संकल्प' });

    const feedback = await h.ok('feedback:list', { programmeId: created.id });
    expect(feedback.total).toBe(20);
    expect(feedback.countsByCategory).toEqual(SEED_FEEDBACK_PER_CATEGORY);
    expect(feedback.items.map((entry) => entry.text)).toEqual(seedFeedback().map((entry) => entry.text));

    const listed = await h.ok('programmes:list', {});
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({ firstDate: '2024-04-17', counts: { feedback: 20, speakers: 1 } });
  });

  it('keeps the programme in a file of its own, with its feedback', async () => {
    const created = await h.ok('programmes:create', { programme: minimal() });
    await h.ok('feedback:add', { programmeId: created.id, entry: { text: 'अच्छी बैठक', categoryId: 'feedback-affirmation' } });
    await h.core.flush();
    const files = await readdir(join(h.dataDir, 'programmes'));
    const shard = files.find((file) => file.startsWith(created.id));
    expect(shard).toBeDefined();
    expect(await readFile(join(h.dataDir, 'programmes', shard ?? ''), 'utf8')).toContain('अच्छी बैठक');

    // Editing the record leaves its feedback log alone.
    await h.ok('programmes:update', { id: created.id, programme: minimal({ venue: 'सभागार' }) });
    expect((await h.ok('feedback:list', { programmeId: created.id })).items.map((entry) => entry.text)).toEqual(['अच्छी बैठक']);
  });
});

describe('a two-day programme with several sessions', () => {
  const twoDays = (): ProgrammeInput => ({
    title: 'राजभाषा प्रशिक्षण',
    kindId: 'kind-training',
    organiser: 'जिला राजभाषा समिति',
    venue: 'सभागार, जिला कार्यालय',
    days: [
      { date: '2024-09-15', startTime: '10:00', endTime: '17:00' },
      { date: '2024-09-14', partOfDay: 'afternoon' },
    ],
    sessions: [
      {
        id: 'opening',
        name: 'उद्घाटन सत्र',
        date: '2024-09-14',
        startTime: '14:00',
        endTime: '15:30',
        roles: [
          { roleId: 'role-chief-guest', holders: [{ kind: 'typed', name: 'डॉ. अनिता शर्मा', designation: 'जिलाधिकारी' }] },
          { roleId: 'role-compere', holders: [{ kind: 'typed', name: 'रमेश यादव' }] },
        ],
        activities: [{ activityId: 'activity-lamp' }, { activityId: 'activity-saraswati-vandana' }],
      },
      { id: 'technical', name: 'तकनीकी सत्र 1', date: '2024-09-15', startTime: '10:00', endTime: '13:00' },
      {
        id: 'closing',
        name: 'समापन सत्र',
        date: '2024-09-15',
        roles: [{ roleId: 'role-vote-of-thanks', holders: [{ kind: 'typed', name: 'सुनीता देवी', designation: 'संयोजक' }] }],
        activities: [{ activityId: null, text: 'प्रमाण-पत्र वितरण' }],
      },
    ],
    speeches: [
      { sessionId: 'opening', speaker: { kind: 'typed', name: 'डॉ. अनिता शर्मा' }, summary: 'राजभाषा के प्रयोग पर बल' },
      { sessionId: 'technical', speaker: { kind: 'typed', name: 'प्रो. विजय' }, summary: 'यूनिकोड टंकण' },
      { sessionId: 'technical', speaker: { kind: 'typed', name: 'रमेश यादव' }, summary: 'शब्दावली' },
    ],
  });

  it('is saved with days in order and speeches numbered per session, then edited and reloaded after a restart', async () => {
    const compere = await h.ok('people:create', { person: { name: 'रमेश यादव', designation: 'अनुवादक' } });
    const created = await h.ok('programmes:create', { programme: twoDays() });
    expect(created.days.map((day) => day.date)).toEqual(['2024-09-14', '2024-09-15']);
    expect(created.speeches.map((speech) => [speech.sessionId, speech.order])).toEqual([
      ['opening', 1],
      ['technical', 1],
      ['technical', 2],
    ]);
    expect(created.counts).toMatchObject({ sessions: 3, speakers: 3 });

    const edited = twoDays();
    edited.status = 'held';
    edited.outcomes = ['सभी विभाग यूनिकोड अपनाएँगे', '  ', 'अगला प्रशिक्षण दिसंबर में'];
    const opening = edited.sessions?.[0];
    if (!opening?.roles?.[1]) throw new Error('fixture changed');
    opening.roles[1].holders = [{ kind: 'person', personId: compere.id }];
    opening.roles.push({ roleId: 'role-special-guest', holders: [{ kind: 'body', name: 'केंद्रीय हिंदी प्रशिक्षण संस्थान' }, { kind: 'typed', name: 'श्री मोहन' }] });
    const updated = await h.ok('programmes:update', { id: created.id, programme: edited });
    expect(updated.createdAt).toBe(created.createdAt);

    await h.reopen();
    const reloaded = await h.ok('programmes:get', { id: created.id });
    expect(reloaded.status).toBe('held');
    expect(reloaded.outcomes).toEqual(['सभी विभाग यूनिकोड अपनाएँगे', 'अगला प्रशिक्षण दिसंबर में']);
    expect(reloaded.sessions.map((session) => session.name)).toEqual(['उद्घाटन सत्र', 'तकनीकी सत्र 1', 'समापन सत्र']);
    expect(reloaded.sessions[0]?.roles.map((role) => role.roleId)).toEqual(['role-chief-guest', 'role-compere', 'role-special-guest']);
    expect(reloaded.sessions[0]?.roles[1]?.holders).toEqual([{ kind: 'person', personId: compere.id }]);
    expect(reloaded.sessions[0]?.roles[2]?.holders).toHaveLength(2);
    expect(reloaded.sessions[2]?.roles[0]).toEqual({
      roleId: 'role-vote-of-thanks',
      holders: [{ kind: 'typed', title: '', name: 'सुनीता देवी', gender: null, designation: 'संयोजक', organisation: '' }],
    });
    expect(reloaded.sessions[2]?.activities).toEqual([{ id: expect.any(String), activityId: null, text: 'प्रमाण-पत्र वितरण' }]);
    expect(reloaded).toEqual(updated);

    // Saving what was loaded, unchanged, changes nothing but the time of the edit.
    const resaved = await h.ok('programmes:update', { id: created.id, programme: programmeToInput(reloaded) });
    expect({ ...resaved, updatedAt: '' }).toEqual({ ...reloaded, updatedAt: '' });
  });

  it('finds the programme by the name of a directory person who holds a role', async () => {
    const compere = await h.ok('people:create', { person: { name: 'कमलेश पांडेय' } });
    const programme = twoDays();
    const role = programme.sessions?.[0]?.roles?.[1];
    if (!role) throw new Error('fixture changed');
    role.holders = [{ kind: 'person', personId: compere.id }];
    await h.ok('programmes:create', { programme });
    expect((await h.ok('programmes:list', { query: 'कमले' })).total).toBe(1);
  });
});

describe('validation', () => {
  it('names every bad field by its path, and saves nothing', async () => {
    const reply = h.call('programmes:create', {
      programme: {
        title: ' ',
        kindId: 'no-such-kind',
        days: [{ date: '2025-02-31' }, { date: '2024-04-17', startTime: '11:00', endTime: '10:00' }, { date: '2024-04-17' }],
        sessions: [
          { name: 'उद्घाटन', date: '2024-04-17', startTime: '25:00' },
          { name: 'समापन', date: '2024-04-18', roles: [{ roleId: 'role-chair', holders: [] }] },
        ],
        speeches: [{ sessionId: 'nowhere', speaker: { kind: 'body', name: 'समिति' }, citationIds: ['missing'] }],
      },
    });
    const { code, fields } = await fieldsOf(reply);
    expect(code).toBe('validation.failed');
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'field.required' },
        { field: 'kindId', code: 'field.invalidChoice' },
        { field: 'days.0.date', code: 'field.invalidDate' },
        { field: 'days.1.endTime', code: 'field.endBeforeStart' },
        { field: 'days.2.date', code: 'field.duplicate' },
        { field: 'sessions.0.startTime', code: 'field.invalidTime' },
        { field: 'sessions.1.date', code: 'field.outsideProgrammeDays' },
        { field: 'sessions.1.roles.0.holders', code: 'field.holderRequired' },
        { field: 'speeches.0.sessionId', code: 'field.invalidChoice' },
        { field: 'speeches.0.speaker', code: 'field.invalidChoice' },
        { field: 'speeches.0.citationIds.0', code: 'field.invalidChoice' },
      ]),
    );
    expect((fields as unknown[]).length).toBe(11);
    expect(await h.ok('programmes:list', {})).toEqual({ total: 0, items: [] });
  });

  it('refuses a programme without a day, and a holder who is not in the directory', async () => {
    const { fields } = await fieldsOf(
      h.call('programmes:create', {
        programme: minimal({
          days: [],
          sessions: [],
          speeches: [{ speaker: { kind: 'person', personId: 'ghost' } }],
        }),
      }),
    );
    expect(fields).toEqual([
      { field: 'days', code: 'field.required' },
      { field: 'speeches.0.speaker.personId', code: 'field.invalidChoice' },
    ]);
  });

  it('refuses a 1 MB paste with the field and its limit, leaving the saved record as it was', async () => {
    const saved = await h.ok('programmes:create', { programme: minimal({ purpose: 'पहला उद्देश्य' }) });
    const megabyte = 'क'.repeat(350_000); // about 1 MB in UTF-8
    const { code, fields } = await fieldsOf(h.call('programmes:update', { id: saved.id, programme: minimal({ purpose: megabyte }) }));
    expect(code).toBe('validation.failed');
    expect(fields).toEqual([{ field: 'purpose', code: 'field.tooLong', params: { max: 20_000 } }]);
    await h.reopen();
    expect((await h.ok('programmes:get', { id: saved.id })).purpose).toBe('पहला उद्देश्य');
  });

  it('strips invisible control characters, keeps line breaks, and stores Kruti Dev text exactly as typed', async () => {
    const krutiDev = "dk;Z'kkyk ¼lfefr dh cSBd½";
    const created = await h.ok('programmes:create', {
      programme: minimal({
        title: 'बैठक\u0000 का\u0007 विषय',
        purpose: 'पहली पंक्ति\r\nदूसरी\u000Bतीसरी\u001F',
        venue: krutiDev,
      }),
    });
    expect(created.title).toBe('बैठक का विषय');
    expect(created.purpose).toBe('पहली पंक्ति\nदूसरी\nतीसरी');
    expect(created.venue).toBe(krutiDev);
  });

  it('refuses malformed requests at the boundary', async () => {
    expect(await h.call('programmes:create', { programme: { ...minimal(), status: 'cancelled' } } as never)).toMatchObject({
      ok: false,
      error: { code: 'ipc.badInput' },
    });
    expect(await h.call('programmes:get', { id: 'missing' })).toEqual({ ok: false, error: { code: 'programmes.notFound' } });
  });
});

describe('listing and search', () => {
  async function createThree() {
    const resolution = await h.ok('citations:save', { citation: seedResolution });
    const seed = await h.ok('programmes:create', { programme: seedWorkshop(resolution.id) });
    const meeting = await h.ok('programmes:create', {
      programme: minimal({ organiser: 'ब्लॉक समिति', days: [{ date: '2024-06-01' }], status: 'planned', purpose: 'बजट पर चर्चा' }),
    });
    const training = await h.ok('programmes:create', {
      programme: minimal({ title: 'कंप्यूटर प्रशिक्षण', kindId: 'kind-training', days: [{ date: '2023-12-20' }, { date: '2023-12-21' }] }),
    });
    return { resolution, seed, meeting, training };
  }

  it('lists newest first and filters by kind, organiser, status and date range', async () => {
    const { seed, meeting, training } = await createThree();
    const ids = async (input: Parameters<CoreHarness['ok']>[1]) =>
      (await h.ok('programmes:list', input as never)).items.map((item) => item.id);

    expect(await ids({})).toEqual([meeting.id, seed.id, training.id]);
    expect(await ids({ kindId: 'kind-training' })).toEqual([training.id]);
    expect(await ids({ organiser: 'ब्लॉक' })).toEqual([meeting.id]);
    expect(await ids({ status: 'held' })).toEqual([seed.id]);
    expect(await ids({ from: '2023-12-21', to: '2024-04-17' })).toEqual([seed.id, training.id]);
    expect(await ids({ offset: 1, limit: 1 })).toEqual([seed.id]);
    const { fields } = await fieldsOf(h.call('programmes:list', { from: '2024-02-30' }));
    expect(fields).toEqual([{ field: 'from', code: 'field.invalidDate' }]);
  });

  it('searches titles, purpose, speakers, cited documents and feedback, Hindi-aware', async () => {
    const { seed, meeting, training, resolution } = await createThree();
    await h.ok('feedback:add', {
      programmeId: training.id,
      entry: { text: 'टंकण अभ्यास के लिए और समय चाहिए', categoryId: 'feedback-proposals' },
    });
    const found = async (query: string) => (await h.ok('programmes:list', { query })).items.map((item) => item.id);

    expect(await found('कंप्यू')).toEqual([training.id]);
    expect(await found('बजट')).toEqual([meeting.id]);
    expect(await found('गुयेन')).toEqual([seed.id]);
    expect(await found('21-एनक्यू/टीडब्ल्यू')).toEqual([seed.id]);
    expect(await found('टंकण अभ्यास')).toEqual([training.id]);
    expect(await found('समिति स्थायी')).toEqual([seed.id]);

    // Kept in step after the index was built: new feedback, a corrected citation, a removal.
    await h.ok('feedback:add', { programmeId: meeting.id, entry: { text: 'ज़िला स्तर पर भी हो', categoryId: 'feedback-proposals' } });
    expect(await found('\u091C\u093Cिला')).toEqual([meeting.id]);
    await h.ok('citations:save', { id: resolution.id, citation: { ...seedResolution, title: 'आधारभूत संगठनों का सुदृढ़ीकरण' } });
    expect(await found('सुदृढ़ीकरण')).toEqual([seed.id]);
    await h.ok('programmes:remove', { id: seed.id });
    expect(await found('गुयेन')).toEqual([]);
  });
});

describe('duplicate, remove and undo', () => {
  it('duplicates as a planned template without what only happened at the original', async () => {
    const resolution = await h.ok('citations:save', { citation: seedResolution });
    const seed = await h.ok('programmes:create', { programme: { ...seedWorkshop(resolution.id), referenceNumber: 'क्र. 12/2024', outcomes: ['निर्णय'] } });
    await h.ok('feedback:addMany', { programmeId: seed.id, entries: seedFeedback() });

    const copy = await h.ok('programmes:duplicate', { id: seed.id });
    expect(copy.id).not.toBe(seed.id);
    expect(copy).toMatchObject({
      title: seed.title,
      organiser: SEED_ORGANISER,
      days: seed.days,
      purpose: seed.purpose,
      occasion: SEED_OCCASION,
      status: 'planned',
      referenceNumber: '',
      outcomes: [],
      speeches: [],
      counts: { sessions: 1, speakers: 0, feedback: 0, feedbackByCategory: {} },
    });
    expect(copy.sessions[0]?.id).not.toBe(seed.sessions[0]?.id);
    expect(copy.sessions[0]?.roles).toEqual(seed.sessions[0]?.roles);
    expect((await h.ok('feedback:list', { programmeId: copy.id })).total).toBe(0);
    expect((await h.ok('feedback:list', { programmeId: seed.id })).total).toBe(20);
  });

  it('removes a programme and brings it back on undo, even after a restart', async () => {
    const created = await h.ok('programmes:create', { programme: minimal() });
    const removed = await h.ok('programmes:remove', { id: created.id });
    expect(removed.removedAt).not.toBeNull();
    expect((await h.ok('programmes:list', {})).total).toBe(0);
    expect(await h.call('programmes:get', { id: created.id })).toEqual({ ok: false, error: { code: 'programmes.notFound' } });
    expect(await h.call('programmes:update', { id: created.id, programme: minimal() })).toMatchObject({ ok: false });

    await h.reopen();
    const restored = await h.ok('programmes:restore', { id: created.id });
    expect(restored).toEqual({ ...created, removedAt: null });
    expect((await h.ok('programmes:list', {})).items.map((item) => item.id)).toEqual([created.id]);
  });

  it('announces changes only after they are saved', async () => {
    const seen: string[] = [];
    h.core.onEvent((event, payload) => seen.push(`${event}:${JSON.stringify(payload)}`));
    await h.call('programmes:create', { programme: minimal({ title: '' }) });
    expect(seen).toEqual([]);
    const created = await h.ok('programmes:create', { programme: minimal() });
    expect(seen).toEqual(['data:changed:{"domain":"programmes"}']);
    await h.ok('feedback:add', { programmeId: created.id, entry: { text: 'ठीक', categoryId: 'feedback-affirmation' } });
    expect(seen.slice(1)).toEqual(['data:changed:{"domain":"feedback"}', 'data:changed:{"domain":"programmes"}']);
  });
});

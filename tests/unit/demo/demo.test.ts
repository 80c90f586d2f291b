import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TRASH_FOLDER_NAME } from '../../../src-main/core/db/file-names.js';
import type { FeedbackService } from '../../../src-main/core/feedback/service.js';
import type { ProgrammesService } from '../../../src-main/core/programmes/service.js';
import { demoDataSet } from '../../../src-main/core/demo/demo-data.js';
import { DEFAULT_CATEGORIES } from '../../../src-main/core/people/document.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';
import { openDemoHarness, type WrapDeps } from './demo-harness.js';

type DemoHarness = Pick<CoreHarness, 'call' | 'ok' | 'reopen' | 'cleanup' | 'dataDir'>;

let h: DemoHarness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

/** The real core; with `wrap`, one whose demo is given services that misbehave on purpose. */
async function open(wrap?: WrapDeps): Promise<DemoHarness> {
  h = wrap ? await openDemoHarness({ wrap }) : await openHarness({ dailyBackup: false });
  return h;
}

const NO_DEMO = { people: 0, programmes: 0, feedback: 0, attendanceMarks: 0, reports: 0 };
const data = demoDataSet();
const demoPersonName = data.people[7]?.name ?? '';

async function everything(harness: DemoHarness) {
  const people = await harness.ok('people:search', { limit: 1000 });
  const programmes = await harness.ok('programmes:list', { limit: 1000 });
  const reports = await harness.ok('reports:list', {});
  const categories = await harness.ok('categories:list', {});
  return { people, programmes, reports, categories };
}

describe('the fictional demo data set', () => {
  it('is the same on every call: 200 different fictional people, three programmes of 2025', () => {
    expect(demoDataSet()).toEqual(data);
    expect(data.people).toHaveLength(200);
    expect(new Set(data.people.map((person) => person.name)).size).toBe(200);
    for (const person of data.people) expect(person.phone).toMatch(/^90000\d{5}$/);
    expect(data.programmes.map((programme) => programme.days[0]?.date.slice(0, 4))).toEqual(['2025', '2025', '2025']);
    expect(data.programmes.map((programme) => programme.sessions.length)).toEqual([1, 1, 3]);
    for (const programme of data.programmes) {
      expect(programme.organiser).toContain('(नमूना)');
      expect(programme.invitees.length).toBe(60);
      expect(programme.feedback.length).toBeGreaterThanOrEqual(10);
      expect(programme.feedback.length).toBeLessThanOrEqual(25);
      const statuses = new Set(programme.marks.map((mark) => mark.status));
      expect([...statuses].sort()).toEqual(['absent', 'excused', 'late', 'present']);
      for (const mark of programme.marks) if (mark.status === 'excused') expect(mark.reason).not.toBe('');
    }
  });
});

describe('demo:load and demo:remove through the real services', () => {
  it('loads people, programmes with marks and feedback, and one drafted report in one step', async () => {
    const harness = await open();
    expect(await harness.ok('demo:status', {})).toEqual({ loaded: false, counts: NO_DEMO });

    const started = performance.now();
    const counts = await harness.ok('demo:load', {});
    const elapsed = performance.now() - started;
    console.info(`demo:load took ${Math.round(elapsed)} ms`);

    const expectedFeedback = data.programmes.reduce((sum, programme) => sum + programme.feedback.length, 0);
    expect(counts).toEqual({ people: 200, programmes: 3, feedback: expectedFeedback, attendanceMarks: 180, reports: 1 });
    expect(await harness.ok('demo:status', {})).toEqual({ loaded: true, counts });

    const { people, programmes, reports, categories } = await everything(harness);
    expect(people.total).toBe(200);
    expect(programmes.total).toBe(3);
    expect(reports).toHaveLength(1);
    expect(categories.map((category) => category.name)).toEqual(
      expect.arrayContaining(['पदाधिकारी', 'कार्यकारिणी सदस्य', 'शाखा सचिव', 'आमंत्रित अतिथि']),
    );
    // The default पदाधिकारी category is used, not doubled.
    expect(categories.filter((category) => category.name === 'पदाधिकारी')).toHaveLength(1);

    const training = programmes.items.find((item) => item.kindId === 'kind-training');
    expect(training).toBeDefined();
    const full = await harness.ok('programmes:get', { id: training?.id ?? '' });
    expect(full.sessions.map((session) => session.name)).toEqual(['उद्घाटन सत्र', 'तकनीकी सत्र', 'समापन सत्र']);
    expect(full.counts.invited).toBe(60);
    expect(full.counts.present).toBeGreaterThan(40);
    expect(Object.keys(full.counts.feedbackByCategory).sort()).toEqual([
      'feedback-achievements',
      'feedback-affirmation',
      'feedback-difficulties',
      'feedback-proposals',
      'feedback-shortcomings',
    ]);
    const cited = full.speeches.flatMap((speech) => speech.citationIds);
    expect(await harness.ok('citations:get', { ids: cited })).toMatchObject([{ kind: 'परिपत्र', number: 'रा.भा.स./नमूना/12/2025' }]);
    const attendance = await harness.ok('attendance:get', { programmeId: full.id });
    const excused = attendance.attendees.filter((attendee) => attendee.marks.programme?.status === 'excused');
    expect(excused.length).toBeGreaterThan(0);
    for (const attendee of excused) expect(attendee.marks.programme?.reason).not.toBe('');
    expect(reports[0]?.programmeId).toBe(full.id);
  });

  it('refuses a second load, even two at once, and doubles nothing', async () => {
    const harness = await open();
    const [first, second] = await Promise.all([harness.call('demo:load', {}), harness.call('demo:load', {})]);
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, error: { code: 'demo.alreadyLoaded' } });
    expect(await harness.call('demo:load', {})).toEqual({ ok: false, error: { code: 'demo.alreadyLoaded' } });

    const { people, programmes, reports } = await everything(harness);
    expect([people.total, programmes.total, reports.length]).toEqual([200, 3, 1]);
  });

  it('removes only the demo: the user’s people, programmes, feedback and reports stay as they were', async () => {
    const harness = await open();
    const earlyPerson = await harness.ok('people:create', { person: { name: 'सीमा वर्मा', designation: 'सचिव', phone: '98765 43210' } });
    const realProgramme = await harness.ok('programmes:create', {
      programme: { title: 'वार्षिक आम सभा', kindId: 'kind-meeting', days: [{ date: '2025-04-10', startTime: null, endTime: null }] },
    });
    await harness.ok('feedback:add', { programmeId: realProgramme.id, entry: { text: 'सभा समय पर शुरू हुई।', categoryId: 'feedback-affirmation' } });
    const loaded = await harness.ok('demo:load', {});

    // Added after loading: a namesake of a demo person, someone in a category the demo added, and a report.
    const namesake = await harness.ok('people:create', { person: { name: demoPersonName, phone: '98111 22233' }, allowDuplicate: true });
    const demoCategory = (await harness.ok('categories:list', {})).find((category) => category.name === 'शाखा सचिव');
    const inDemoCategory = await harness.ok('people:create', { person: { name: 'अमित जोशी', categoryId: demoCategory?.id ?? null } });
    const realReport = await harness.ok('reports:create', { programmeId: realProgramme.id, template: 'narrative' });
    const before = await everything(harness);
    const demoMeeting = before.programmes.items.find((item) => item.kindId === 'kind-meeting' && item.id !== realProgramme.id);
    const typedIntoDemo = await harness.ok('feedback:add', {
      programmeId: demoMeeting?.id ?? '',
      entry: { text: 'मेरी अपनी टिप्पणी', categoryId: 'feedback-proposals' },
    });

    const circular = await harness.ok('citations:search', { query: data.circular.number });
    expect(circular.total).toBe(1);
    // Before: the demo programmes hold the default workshop kind, so it cannot be taken off the list.
    const kinds = (await harness.ok('lists:get', {})).programmeKinds;
    const withoutWorkshop = { list: 'programmeKinds' as const, items: kinds.filter((entry) => entry.id !== 'kind-workshop') };
    expect(await harness.call('lists:update', withoutWorkshop)).toMatchObject({ ok: false, error: { code: 'lists.entryInUse' } });

    const removed = await harness.ok('demo:remove', {});
    expect(removed).toEqual(loaded);
    expect(await harness.ok('demo:status', {})).toEqual({ loaded: false, counts: NO_DEMO });

    const after = await everything(harness);
    const realPeople = [earlyPerson, namesake, inDemoCategory];
    expect(after.people.items.map((person) => person.id).sort()).toEqual(realPeople.map((person) => person.id).sort());
    for (const person of realPeople) expect(after.people.items).toContainEqual(before.people.items.find((item) => item.id === person.id));
    expect(after.programmes.items).toEqual(before.programmes.items.filter((item) => item.id === realProgramme.id));
    expect((await harness.ok('feedback:list', { programmeId: realProgramme.id })).total).toBe(1);
    expect(after.reports.map((report) => report.id)).toEqual([realReport.id]);
    // The demo programme the user typed into goes the restorable way, and what they typed comes back with it.
    await harness.ok('programmes:restore', { id: demoMeeting?.id ?? '' });
    expect((await harness.ok('feedback:list', { programmeId: demoMeeting?.id ?? '' })).items).toContainEqual(typedIntoDemo);
    // The two nobody changed are gone for good, their files kept in the programmes' trash folder, and nothing fictional
    // is left holding a list entry or a cited document.
    const trashed = await readdir(join(harness.dataDir, 'programmes', TRASH_FOLDER_NAME));
    expect(trashed.map((name) => name.split('.')[0]).sort()).toEqual(
      before.programmes.items.filter((item) => item.id !== realProgramme.id && item.id !== demoMeeting?.id).map((item) => item.id).sort(),
    );
    expect(await harness.call('lists:update', withoutWorkshop)).toMatchObject({ ok: true });
    expect(await harness.ok('citations:search', { query: data.circular.number })).toEqual({ total: 0, items: [] });
    // Categories the demo added go, except one a real person is in; the user's own defaults stay.
    expect(after.categories.map((category) => category.name).sort()).toEqual(
      [...DEFAULT_CATEGORIES.map((category) => category.name), 'शाखा सचिव'].sort(),
    );
  });

  it('keeps its circular when one of the user\'s own programmes cites it', async () => {
    const harness = await open();
    await harness.ok('demo:load', {});
    const [circular] = (await harness.ok('citations:search', { query: data.circular.number })).items;
    const real = await harness.ok('programmes:create', {
      programme: {
        title: 'वार्षिक आम सभा',
        kindId: 'kind-meeting',
        days: [{ date: '2025-04-10', startTime: null, endTime: null }],
        speeches: [{ speaker: { kind: 'typed', name: 'सीमा वर्मा' }, summary: 'परिपत्र पढ़ा गया।', citationIds: [circular?.id ?? ''] }],
      },
    });
    await harness.ok('demo:remove', {});
    expect(await harness.ok('citations:get', { ids: [circular?.id ?? ''] })).toEqual([circular]);
    expect((await harness.ok('programmes:get', { id: real.id })).speeches[0]?.citationIds).toEqual([circular?.id]);
  });

  it('removes a demo programme a report of the user\'s was drafted from the restorable way, with the circular it cites', async () => {
    const harness = await open();
    await harness.ok('demo:load', {});
    const workshop = (await harness.ok('programmes:list', { kindId: 'kind-workshop' })).items[0];
    const ownReport = await harness.ok('reports:create', { programmeId: workshop?.id ?? '', template: 'brief' });
    await harness.ok('demo:remove', {});

    expect((await harness.ok('reports:list', {})).map((report) => report.id)).toEqual([ownReport.id]);
    await harness.ok('programmes:restore', { id: workshop?.id ?? '' });
    const cited = (await harness.ok('programmes:get', { id: workshop?.id ?? '' })).speeches.flatMap((speech) => speech.citationIds);
    expect(await harness.ok('citations:get', { ids: cited })).toMatchObject([{ number: data.circular.number }]);
  });

  it('finishes the job when run again after failing part-way', async () => {
    const harness = await open(failFirstDiscard);
    const loaded = await harness.ok('demo:load', {});
    expect(await harness.call('demo:remove', {})).toMatchObject({ ok: false });
    expect((await harness.ok('demo:status', {})).loaded).toBe(true);

    const removed = await harness.ok('demo:remove', {});
    expect(removed.people).toBe(loaded.people);
    expect(await harness.ok('demo:status', {})).toEqual({ loaded: false, counts: NO_DEMO });
    const { people, programmes, reports } = await everything(harness);
    expect([people.total, programmes.total, reports.length]).toEqual([0, 0, 0]);
    expect(await harness.ok('citations:search', { query: data.circular.number })).toEqual({ total: 0, items: [] });
  });

  it('says there is nothing to remove the second time', async () => {
    const harness = await open();
    expect(await harness.call('demo:remove', {})).toEqual({ ok: false, error: { code: 'demo.notLoaded' } });
    await harness.ok('demo:load', {});
    await harness.ok('demo:remove', {});
    expect(await harness.call('demo:remove', {})).toEqual({ ok: false, error: { code: 'demo.notLoaded' } });
  });

  it('remembers the demo across a restart and still removes exactly it', async () => {
    const harness = await open();
    const real = await harness.ok('people:create', { person: { name: 'सीमा वर्मा' } });
    const counts = await harness.ok('demo:load', {});
    await harness.reopen();

    expect(await harness.ok('demo:status', {})).toEqual({ loaded: true, counts });
    expect(await harness.call('demo:load', {})).toEqual({ ok: false, error: { code: 'demo.alreadyLoaded' } });
    expect(await harness.ok('demo:remove', {})).toEqual(counts);
    await harness.reopen();

    const { people, programmes, reports } = await everything(harness);
    expect(people.items.map((person) => person.id)).toEqual([real.id]);
    expect([programmes.total, reports.length]).toEqual([0, 0]);
    // Loading again after a removal works like the first time.
    expect(await harness.ok('demo:load', {})).toEqual(counts);
  });

  it('takes back everything when a step fails half-way, and says why in the error', async () => {
    const harness = await open(failSecondFeedbackBatch);
    const real = await harness.ok('people:create', { person: { name: 'सीमा वर्मा' } });

    const reply = await harness.call('demo:load', {});
    expect(reply).toEqual({ ok: false, error: { code: 'demo.loadFailed', details: { params: { message: 'डिस्क भर गई (परीक्षण)' } } } });
    expect(await harness.ok('demo:status', {})).toEqual({ loaded: false, counts: NO_DEMO });
    const { people, programmes, reports, categories } = await everything(harness);
    expect(people.items.map((person) => person.id)).toEqual([real.id]);
    expect(await harness.ok('people:search', { query: demoPersonName })).toMatchObject({ total: 0 });
    expect([programmes.total, reports.length]).toEqual([0, 0]);
    expect(categories).toEqual(DEFAULT_CATEGORIES.map((category) => ({ ...category })));

    await harness.reopen();
    expect((await harness.ok('demo:load', {})).people).toBe(200);
  });

  it('after a crash in the middle of loading, the next start leaves nothing of it behind', async () => {
    // The second programme is saved, then the app "dies" before its id can reach demo.json.
    const hang = hangAfterSecondProgramme();
    const harness = await open(hang.wrap);
    const real = await harness.ok('programmes:create', {
      programme: { title: 'वार्षिक आम सभा', kindId: 'kind-meeting', days: [{ date: '2025-04-10', startTime: null, endTime: null }] },
    });
    void harness.call('demo:load', {});
    await hang.reached;
    expect((await harness.ok('programmes:list', {})).total).toBe(3);

    await harness.reopen();
    expect(await harness.ok('demo:status', {})).toEqual({ loaded: false, counts: NO_DEMO });
    const { people, programmes, reports } = await everything(harness);
    expect(people.total).toBe(0);
    expect(programmes.items.map((item) => item.id)).toEqual([real.id]);
    expect(reports).toEqual([]);
  });
});

/** The second programme's discard fails once, as a full disk would; the first is already gone by then. */
const failFirstDiscard: WrapDeps = (deps) => {
  let discards = 0;
  const programmes = replaceMethod(deps.programmeServices.programmes, 'discard', (original) => async (id) => {
    discards += 1;
    if (discards === 2) throw new Error('डिस्क भर गई (परीक्षण)');
    return original(id);
  });
  return { ...deps, programmeServices: { ...deps.programmeServices, programmes } };
};

const failSecondFeedbackBatch: WrapDeps = (deps) => {
  let batches = 0;
  const feedback = replaceMethod(deps.programmeServices.feedback, 'addMany', (original) => async (programmeId, entries) => {
    batches += 1;
    if (batches === 2) throw new Error('डिस्क भर गई (परीक्षण)');
    return original(programmeId, entries);
  });
  return { ...deps, programmeServices: { ...deps.programmeServices, feedback } };
};

/** Saves the second programme and then never returns, as if the app had died right there. */
function hangAfterSecondProgramme(): { wrap: WrapDeps; reached: Promise<void> } {
  let markReached = () => undefined as void;
  const reached = new Promise<void>((resolve) => {
    markReached = resolve;
  });
  const wrap: WrapDeps = (deps) => {
    let created = 0;
    const programmes = replaceMethod(deps.programmeServices.programmes, 'create', (original) => async (input) => {
      const programme = await original(input);
      created += 1;
      if (created === 2) {
        markReached();
        await new Promise<never>(() => undefined);
      }
      return programme;
    });
    return { ...deps, programmeServices: { ...deps.programmeServices, programmes } };
  };
  return { wrap, reached };
}

type MethodOf<T, K extends keyof T> = T[K] extends (...args: infer A) => infer R ? (...args: A) => R : never;

/** The service with one method replaced; every other member is the real one. */
function replaceMethod<T extends FeedbackService | ProgrammesService, K extends keyof T>(
  service: T,
  name: K,
  replacement: (original: MethodOf<T, K>) => MethodOf<T, K>,
): T {
  const original = (service[name] as MethodOf<T, K>).bind(service) as MethodOf<T, K>;
  const replaced = replacement(original);
  return new Proxy(service, {
    get(target, property, receiver) {
      if (property === name) return replaced;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

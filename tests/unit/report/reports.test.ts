import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportDoc } from '../../../src-main/core/contract/index.js';
import { plainText } from '../../../src-main/core/report/plain-text.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';
import { readDocxParts } from './docx/docx-parts.js';
import { SEED_CHAIR, seedFeedback, seedResolution, seedWorkshop } from '../programmes/seed-workshop.js';

let h: CoreHarness;
let clock: Date;
let programmeId: string;

const MINUTE = 60_000;
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

function withParagraph(body: ReportDoc, text: string): ReportDoc {
  return { ...body, content: [...body.content, { type: 'paragraph', content: [{ type: 'text', text }] }] };
}

beforeEach(async () => {
  clock = new Date('2024-04-18T10:00:00.000Z');
  h = await openHarness({
    now: () => clock,
    pickSaveFile: async ({ suggestedName }) => join(h.dataDir, suggestedName),
  });
  await h.ok('organisation:update', { organisation: { nameHi: 'प्रांतीय समिति', secretaryName: 'सुनीता वर्मा', secretaryDesignation: 'सचिव' } });
  const resolution = await h.ok('citations:save', { citation: seedResolution });
  programmeId = (await h.ok('programmes:create', { programme: seedWorkshop(resolution.id) })).id;
  await h.ok('feedback:addMany', { programmeId, entries: seedFeedback() });
});
afterEach(async () => {
  await h.cleanup();
});

describe('drafting a report from a programme', () => {
  it('drafts each template from the record and lists the reports of the programme', async () => {
    const narrative = await h.ok('reports:create', { programmeId, template: 'narrative' });
    expect(narrative).toMatchObject({ status: 'draft', version: 1, template: 'narrative', title: `प्रतिवेदन: ${seedWorkshop('x').title}` });
    const text = plainText(narrative.body);
    expect(text).toContain(`कार्यशाला की अध्यक्षता ${SEED_CHAIR} ने की।`);
    expect(text).toContain('के संबंध में प्रतिभागियों से 20 टिप्पणियाँ प्राप्त हुईं।');
    expect(text).toContain('संकल्प संख्या 21-एनक्यू/टीडब्ल्यू, दिनांक 16 जून 2022');

    const minutes = await h.ok('reports:create', { programmeId, template: 'minutes' });
    // Minutes are headed by the programme's own organiser, not the office profile's name.
    expect(plainText(minutes.body).split('\n')[0]).toBe(seedWorkshop('x').organiser);
    const list = await h.ok('reports:list', { programmeId });
    expect(list.map((report) => report.id).sort()).toEqual([narrative.id, minutes.id].sort());
    expect(await h.ok('reports:list', { programmeId: 'another' })).toEqual([]);
  });

  it('refuses a programme that does not exist, and keeps nothing', async () => {
    const reply = await h.call('reports:create', { programmeId: 'missing', template: 'narrative' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'reports.programmeNotFound' } });
    expect(await h.ok('reports:list', {})).toEqual([]);
  });
});

describe('autosave and revisions', () => {
  it('saves every change durably and survives a restart; a save from an older copy keeps the newer draft as a revision', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'brief' });
    const body = withParagraph(report.body, 'नमस्ते, यह नया अनुच्छेद है।');
    const saved = await h.ok('reports:save', { id: report.id, baseVersion: 1, title: report.title, body });
    expect(saved.version).toBe(2);
    // A second window still holding version 1 saves; the text it replaces is not lost.
    const older = await h.ok('reports:save', { id: report.id, baseVersion: 1, title: report.title, body: withParagraph(report.body, 'दूसरी खिड़की') });
    expect(older.version).toBe(3);
    const [overwritten] = await h.ok('reports:revisions', { id: report.id });
    expect(overwritten).toMatchObject({ kind: 'overwritten', number: 2 });
    expect(plainText((await h.ok('reports:revision', { id: report.id, number: 2 })).body)).toContain('नमस्ते, यह नया अनुच्छेद है।');
    await h.ok('reports:save', { id: report.id, baseVersion: 3, title: report.title, body });

    await h.reopen();
    const reopened = await h.ok('reports:get', { id: report.id });
    expect(reopened.version).toBe(4);
    expect(plainText(reopened.body)).toContain('नमस्ते, यह नया अनुच्छेद है।');
    // The draft lives in its own small file; the revisions in another.
    const draftFile = JSON.parse(await readFile(join(h.dataDir, 'reports', `${report.id}.json`), 'utf8')) as { data: { body: ReportDoc } };
    expect(plainText(draftFile.data.body)).toContain('नया अनुच्छेद');
    expect(await readdir(join(h.dataDir, 'report-revisions'))).toContain(`${report.id}.json`);
  });

  it('keeps one revision per burst of editing, plus named ones, newest first', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'brief' });
    let version = report.version;
    let body = report.body;
    const type = async (text: string) => {
      body = withParagraph(body, text);
      version = (await h.ok('reports:save', { id: report.id, baseVersion: version, title: report.title, body })).version;
    };
    // First burst: three autosaves seconds apart.
    for (const word of ['एक', 'दो', 'तीन']) {
      advance(5_000);
      await type(word);
    }
    expect((await h.ok('reports:revisions', { id: report.id })).map((revision) => revision.kind)).toEqual(['generated']);
    // A pause ends the burst: the next save first keeps what the burst left.
    advance(10 * MINUTE);
    await type('चार');
    const revisions = await h.ok('reports:revisions', { id: report.id });
    expect(revisions.map((revision) => revision.kind)).toEqual(['auto', 'generated']);
    const burst = await h.ok('reports:revision', { id: report.id, number: 2 });
    expect(plainText(burst.body)).toContain('तीन');
    expect(plainText(burst.body)).not.toContain('चार');

    const named = await h.ok('reports:nameRevision', { id: report.id, name: 'अध्यक्ष को भेजा गया' });
    expect(named).toMatchObject({ number: 3, kind: 'named', name: 'अध्यक्ष को भेजा गया' });
    const emptyName = await h.call('reports:nameRevision', { id: report.id, name: '   ' });
    expect(emptyName).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });

  it('restores an older revision, keeping the replaced draft as a revision first, and compares them word by word', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'brief' });
    const edited = withParagraph(report.body, 'बैठक में सभी सदस्य उपस्थित रहे।');
    await h.ok('reports:save', { id: report.id, baseVersion: 1, title: report.title, body: edited });

    const compare = await h.ok('reports:compare', { id: report.id, left: 1, right: 'draft' });
    expect(compare.changedRows).toBe(1);
    const added = compare.rows.find((row) => row.changed);
    expect(added?.left).toEqual([]);
    expect(added?.right).toEqual([{ change: 'added', text: 'बैठक में सभी सदस्य उपस्थित रहे।' }]);

    const restored = await h.ok('reports:restoreRevision', { id: report.id, number: 1 });
    expect(plainText(restored.body)).not.toContain('सभी सदस्य');
    const revisions = await h.ok('reports:revisions', { id: report.id });
    expect(revisions[0]).toMatchObject({ number: 2, kind: 'beforeRestore' });
    expect(plainText((await h.ok('reports:revision', { id: report.id, number: 2 })).body)).toContain('सभी सदस्य');
  });

  it('marks changed words inside a changed paragraph, keeping Hindi words whole', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'brief' });
    const before = withParagraph(report.body, 'बैठक में सभी सदस्य उपस्थित रहे।');
    await h.ok('reports:save', { id: report.id, baseVersion: 1, title: report.title, body: before });
    await h.ok('reports:nameRevision', { id: report.id, name: 'पहला' });
    const after = withParagraph(report.body, 'बैठक में अधिकांश सदस्य उपस्थित रहे।');
    await h.ok('reports:save', { id: report.id, baseVersion: 2, title: report.title, body: after });
    const compare = await h.ok('reports:compare', { id: report.id, left: 2, right: 'draft' });
    const row = compare.rows.find((candidate) => candidate.changed);
    expect(row?.left.filter((piece) => piece.change === 'removed').map((piece) => piece.text.trim())).toEqual(['सभी']);
    expect(row?.right.filter((piece) => piece.change === 'added').map((piece) => piece.text.trim())).toEqual(['अधिकांश']);
  });
});

describe('finalising', () => {
  it('stamps the secretary and the date, locks the report, and opens a new round on request', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'narrative' });
    advance(24 * 60 * MINUTE);
    const final = await h.ok('reports:finalise', { id: report.id });
    expect(final.status).toBe('final');
    const signature = final.body.content.find((block) => block.type === 'signatureBlock');
    expect(signature).toMatchObject({ attrs: { name: 'सुनीता वर्मा', designation: 'सचिव', date: '19 अप्रैल 2024' } });

    const locked = await h.call('reports:save', { id: report.id, baseVersion: final.version, title: final.title, body: report.body });
    expect(locked).toMatchObject({ ok: false, error: { code: 'reports.final' } });
    expect(await h.call('reports:restoreRevision', { id: report.id, number: 1 })).toMatchObject({ ok: false, error: { code: 'reports.final' } });
    expect((await h.ok('reports:revisions', { id: report.id }))[0]).toMatchObject({ kind: 'final', number: final.finalRevision });

    const reopened = await h.ok('reports:reopen', { id: report.id });
    expect(reopened.status).toBe('draft');
    await h.ok('reports:save', { id: report.id, baseVersion: reopened.version, title: reopened.title, body: withParagraph(reopened.body, 'संशोधन') });
    const finalRevision = await h.ok('reports:revision', { id: report.id, number: final.finalRevision ?? 0 });
    expect(plainText(finalRevision.body)).not.toContain('संशोधन');
  });
});

describe('changes that meet', () => {
  it('finalises with every save acknowledged before it, and a second finalise is refused', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'brief' });
    const saving = h.ok('reports:save', { id: report.id, baseVersion: 1, title: report.title, body: withParagraph(report.body, 'अंतिम से ठीक पहले') });
    const finalising = h.ok('reports:finalise', { id: report.id });
    const again = h.call('reports:finalise', { id: report.id });
    await saving;
    const final = await finalising;
    expect(plainText(final.body)).toContain('अंतिम से ठीक पहले');
    expect(await again).toMatchObject({ ok: false, error: { code: 'reports.final' } });
    const revisions = await h.ok('reports:revisions', { id: report.id });
    expect(revisions.filter((revision) => revision.kind === 'final')).toHaveLength(1);
    expect(plainText((await h.ok('reports:revision', { id: report.id, number: final.finalRevision ?? 0 })).body)).toContain('अंतिम से ठीक पहले');
  });

  it('leaves a draft as it is when asked to reopen it', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'brief' });
    expect(await h.ok('reports:reopen', { id: report.id })).toMatchObject({ status: 'draft', version: 1 });
  });

  it('cuts a generated title to the editor\'s limit, so the first save succeeds', async () => {
    const long = await h.ok('programmes:create', { programme: { title: 'क'.repeat(300), kindId: 'kind-meeting', days: [{ date: '2024-04-17' }] } });
    const report = await h.ok('reports:create', { programmeId: long.id, template: 'narrative' });
    expect([...report.title].length).toBe(300);
    await h.ok('reports:save', { id: report.id, baseVersion: 1, title: report.title, body: report.body });
  });
});

describe('data blocks, removal and bad input', () => {
  it('refreshes a data block from the record as it is now', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'narrative' });
    const before = await h.ok('reports:dataBlock', { id: report.id, source: 'feedbackByCategory' });
    expect(before.rows.at(-1)).toEqual(['कुल', '20']);
    await h.ok('feedback:add', { programmeId, entry: { text: 'एक और सुझाव', categoryId: 'feedback-proposals' } });
    const after = await h.ok('reports:dataBlock', { id: report.id, source: 'feedbackByCategory' });
    expect(after.rows.at(-1)).toEqual(['कुल', '21']);
  });

  it('removes a report with undo', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'brief' });
    await h.ok('reports:remove', { id: report.id });
    expect(await h.ok('reports:list', {})).toEqual([]);
    expect(await h.call('reports:get', { id: report.id })).toMatchObject({ ok: false, error: { code: 'reports.notFound' } });
    await h.ok('reports:restore', { id: report.id });
    expect((await h.ok('reports:list', {})).map((summary) => summary.id)).toEqual([report.id]);
  });

  it('refuses a body with an unknown kind of block or a script tag as a node, and changes nothing', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'brief' });
    const bad = { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] };
    const reply = await h.call('reports:save', { id: report.id, baseVersion: 1, title: report.title, body: bad as unknown as ReportDoc });
    expect(reply).toMatchObject({ ok: false, error: { code: 'ipc.badInput' } });
    expect((await h.ok('reports:get', { id: report.id })).version).toBe(1);
  });
});

describe('Word export', () => {
  it('uses the font chosen in settings on every run, under a safe name made from the title', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'brief' });
    await h.ok('reports:save', { id: report.id, baseVersion: 1, title: 'समाचार: बैठक 17/04 "विशेष" CON', body: report.body });
    await h.ok('settings:update', { wordFont: 'Mangal' });
    const saved = await h.ok('reports:export', { id: report.id, format: 'docx' });
    expect(saved).toEqual({ path: join(h.dataDir, 'समाचार बैठक 17 04 विशेष CON.docx'), pages: null });
    const parts = await readDocxParts(await readFile(saved?.path ?? ''));
    expect(parts.document).toContain('w:cs="Mangal"');
    expect(parts.document).not.toContain('w:cs="Noto Sans Devanagari"');
  });
});

describe('a body nested beyond reason', () => {
  it('is refused without harm, and the report stays as it was', async () => {
    const report = await h.ok('reports:create', { programmeId, template: 'brief' });
    let block: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'गहरा' }] };
    for (let depth = 0; depth < 5_000; depth += 1) block = { type: 'blockquote', content: [block] };
    const reply = await h.call('reports:save', { id: report.id, baseVersion: 1, title: report.title, body: { type: 'doc', content: [block] } as ReportDoc });
    expect(reply).toMatchObject({ ok: false, error: { code: 'ipc.badInput' } });
    expect((await h.ok('reports:get', { id: report.id })).version).toBe(1);
  });
});

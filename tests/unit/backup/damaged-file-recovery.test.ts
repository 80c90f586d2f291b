import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../../src-main/core/contract/index.js';
import { openCore, type Core } from '../../../src-main/core/index.js';
import { describeDataFile } from '../../../src-main/core/backup/data-files.js';
import type { ManifestFile } from '../../../src-main/core/backup/manifest.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { jsonEntry, jsonOf, readArchiveEntries, writeArchiveEntries } from './archive-fixture.js';

/**
 * A damaged file of the real app is brought back from the newest automatic backup that holds
 * it (verified by its checksum), a damaged backup is passed over and named, and the notice
 * names the programme or report by its title and the date the data comes from.
 */

let dataDir: string;
let cleanup: () => Promise<void>;
let clock: Date;
let core: Core | null;

const DAY_MS = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await makeTempDir());
  clock = new Date('2026-12-07T10:00:00.000Z');
  core = null;
});
afterEach(async () => {
  await core?.close();
  await cleanup();
});

async function open(): Promise<Core> {
  await core?.close();
  core = await openCore({ dataDir, appVersion: 'test', log: () => {}, now: () => clock, dailyBackup: false });
  return core;
}

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const reply = await core!.dispatch(channel as never, input as never);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

async function notices(): Promise<Notice[]> {
  return (await ok<{ notices: Notice[] }>('app:info', {})).notices;
}

/** A programme with one person invited and present, and one comment: what the issue saw disappear. */
async function recordProgramme(title: string): Promise<string> {
  const personId = (await ok<{ id: string }>('people:create', { person: { name: 'रमेश शर्मा', categoryId: 'cat-member' }, allowDuplicate: true })).id;
  const programmeId = (await ok<{ id: string }>('programmes:create', { programme: { title, kindId: 'kind-meeting', days: [{ date: '2026-12-05' }] } })).id;
  const { addedIds } = await ok<{ addedIds: string[] }>('attendance:invite', { programmeId, selection: { kind: 'people', personIds: [personId] } });
  await ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId: addedIds[0] }, status: 'present' });
  await ok('feedback:add', { programmeId, entry: { text: 'बैठक उपयोगी रही', categoryId: 'feedback-affirmation' } });
  return programmeId;
}

/** Quits as the app does (an automatic backup on quit), then lets a day pass. */
async function quitWithBackup(): Promise<void> {
  await core!.backupOnQuit();
  await core!.close();
  core = null;
  clock = new Date(clock.getTime() + DAY_MS);
}

async function archives(): Promise<string[]> {
  const dir = join(dataDir, 'backups', 'archives');
  return (await readdir(dir)).filter((name) => name.endsWith('.sachiv-backup')).sort().map((name) => join(dir, name));
}

async function damage(path: string, keepBytes: number): Promise<Buffer> {
  const damaged = (await readFile(path)).subarray(0, keepBytes);
  await writeFile(path, damaged);
  return damaged;
}

async function movedAsideFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.includes('.damaged-')).map((name) => join(dir, name));
}

describe('a damaged programme file', () => {
  it('is brought back with its attendance and feedback from the newest automatic backup, and the notice names it and the date', async () => {
    await open();
    const programmeId = await recordProgramme('जिला समिति की बैठक');
    await quitWithBackup();
    const [archive] = await archives();
    const shard = join(dataDir, 'programmes', `${programmeId}.json`);
    const damaged = await damage(shard, 60);

    await open();

    expect((await ok<{ title: string }>('programmes:get', { id: programmeId })).title).toBe('जिला समिति की बैठक');
    const attendance = await ok<{ attendees: Array<{ marks: Record<string, unknown> }> }>('attendance:get', { programmeId });
    expect(attendance.attendees).toHaveLength(1);
    expect(JSON.stringify(attendance.attendees[0])).toContain('present');
    expect((await ok<{ items: Array<{ text: string }> }>('feedback:list', { programmeId })).items.map((item) => item.text)).toEqual(['बैठक उपयोगी रही']);
    expect(await notices()).toEqual([
      expect.objectContaining({
        kind: 'damagedFileRecovered',
        subject: 'programmes',
        title: 'जिला समिति की बैठक',
        source: 'archive',
        dataFrom: '2026-12-07T10:00:00.000Z',
        restoredFrom: archive,
        file: shard,
      }),
    ]);
    const [movedAside] = await movedAsideFiles(join(dataDir, 'programmes'));
    expect(await readFile(movedAside!)).toEqual(damaged);
  });

  it('passes over a damaged newer backup, names it, leaves it as it was, and uses the one before', async () => {
    await open();
    const programmeId = await recordProgramme('प्रशिक्षण शिविर');
    await quitWithBackup();
    await open();
    await ok('people:create', { person: { name: 'सीता वर्मा' } });
    await quitWithBackup();
    const [older, newer] = await archives();
    const newerBytes = await readFile(newer!);
    const broken = Buffer.from(newerBytes);
    broken.fill(0x41, Math.floor(broken.length / 3), Math.floor(broken.length / 3) + 64);
    await writeFile(newer!, broken);
    await damage(join(dataDir, 'programmes', `${programmeId}.json`), 10);

    await open();

    expect((await ok<{ items: unknown[] }>('feedback:list', { programmeId })).items).toHaveLength(1);
    expect(await notices()).toEqual([
      expect.objectContaining({ kind: 'damagedFileRecovered', title: 'प्रशिक्षण शिविर', source: 'archive', restoredFrom: older, damagedArchives: [newer] }),
    ]);
    expect(await readFile(newer!)).toEqual(broken);
  });

  it('with every backup damaged and nothing whole in it: says so in its title, and keeps the damaged file and the backup untouched', async () => {
    await open();
    const programmeId = await recordProgramme('वार्षिक आम सभा');
    await quitWithBackup();
    const [archive] = await archives();
    const broken = (await readFile(archive!)).subarray(0, 200);
    await writeFile(archive!, broken);
    const damaged = await damage(join(dataDir, 'programmes', `${programmeId}.json`), 10);

    await open();

    expect(await notices()).toEqual([
      expect.objectContaining({ kind: 'damagedFileReset', subject: 'programmes', title: 'वार्षिक आम सभा', damagedArchives: [archive] }),
    ]);
    expect(await readFile(archive!)).toEqual(broken);
    const [movedAside] = await movedAsideFiles(join(dataDir, 'programmes'));
    expect(await readFile(movedAside!)).toEqual(damaged);
    // No automatic backup replaces the good ones with this state.
    await quitWithBackup();
    expect(await archives()).toEqual([archive]);
  });
});

describe('a damaged programme file that no backup holds', () => {
  it('keeps its title and every comment written whole, and says the rest is in the moved-aside file', async () => {
    await open();
    const programmeId = await recordProgramme('खंड स्तरीय बैठक');
    for (const text of ['दूसरी टिप्पणी', 'तीसरी टिप्पणी', 'चौथी टिप्पणी']) {
      await ok('feedback:add', { programmeId, entry: { text, categoryId: 'feedback-affirmation' } });
    }
    await core!.close();
    core = null;
    const shard = join(dataDir, 'programmes', `${programmeId}.json`);
    const text = await readFile(shard, 'utf8');
    // Cut inside the fourth comment: its attendance, written after the comments, is lost with it.
    await writeFile(shard, text.slice(0, text.indexOf('चौथी टिप्पणी')));

    await open();

    expect((await ok<{ title: string }>('programmes:get', { id: programmeId })).title).toBe('खंड स्तरीय बैठक');
    expect((await ok<{ items: Array<{ text: string }> }>('feedback:list', { programmeId })).items.map((item) => item.text)).toEqual([
      'बैठक उपयोगी रही',
      'दूसरी टिप्पणी',
      'तीसरी टिप्पणी',
    ]);
    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileSalvaged', subject: 'programmes', title: 'खंड स्तरीय बैठक' })]);
    const [movedAside] = await movedAsideFiles(join(dataDir, 'programmes'));
    expect(await readFile(movedAside!, 'utf8')).toBe(text.slice(0, text.indexOf('चौथी टिप्पणी')));
  });
});

describe('a damaged report file', () => {
  it('is brought back from the automatic backup, named by its title', async () => {
    await open();
    const programmeId = await recordProgramme('ग्राम सभा');
    const report = await ok<{ id: string; title: string }>('reports:create', { programmeId, template: 'minutes' });
    await quitWithBackup();
    await damage(join(dataDir, 'reports', `${report.id}.json`), 30);

    await open();

    expect((await ok<{ title: string }>('reports:get', { id: report.id })).title).toBe(report.title);
    expect(await notices()).toEqual([
      expect.objectContaining({ kind: 'damagedFileRecovered', subject: 'reports', title: report.title, source: 'archive', dataFrom: '2026-12-07T10:00:00.000Z' }),
    ]);
  });
});

describe('a damaged settings file', () => {
  it('is brought back from the automatic backup made on quit, which is newer than its own backup from before the session’s changes', async () => {
    await open();
    await ok('settings:update', { digits: 'deva' });
    await quitWithBackup();
    await open();
    await ok('settings:update', { backupsKept: 7 });
    clock = new Date(clock.getTime() + 60 * 60 * 1000);
    await quitWithBackup();
    // The document's own backup, taken at this session's first save, holds the state from before it; only the archive has the change.
    expect(await readdir(join(dataDir, 'backups', 'settings'))).not.toEqual([]);
    await writeFile(join(dataDir, 'settings.json'), '{"schemaVersion":1,"data":{"lang');

    await open();

    expect(await ok('settings:get', {})).toMatchObject({ digits: 'deva', backupsKept: 7 });
    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileRecovered', subject: 'settings', source: 'archive' })]);
  });
});

describe('the automatic backups as a source of copies', () => {
  it('pass over a backup removed while they are listed (a dangling entry), and still bring the file back', async () => {
    await open();
    const programmeId = await recordProgramme('जिला समिति की बैठक');
    await quitWithBackup();
    const [archive] = await archives();
    await symlink(join(dataDir, 'backups', 'archives', 'gone.sachiv-backup'), join(dataDir, 'backups', 'archives', '2026-12-07T23-00-00-000Z.sachiv-backup'));
    await damage(join(dataDir, 'programmes', `${programmeId}.json`), 60);

    await open();

    expect((await ok<{ title: string }>('programmes:get', { id: programmeId })).title).toBe('जिला समिति की बैठक');
    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileRecovered', source: 'archive', restoredFrom: archive })]);
    expect((await notices())[0]).not.toHaveProperty('damagedArchives');
  });

  it('do not call a backup that cannot be opened damaged', async () => {
    await open();
    const programmeId = await recordProgramme('जिला समिति की बैठक');
    await quitWithBackup();
    const [archive] = await archives();
    // Not a file one can read (as one the user has no right to open): a disk error, not damage.
    await mkdir(join(dataDir, 'backups', 'archives', '2026-12-07T23-00-00-000Z.sachiv-backup'));
    await damage(join(dataDir, 'programmes', `${programmeId}.json`), 60);

    await open();

    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileRecovered', source: 'archive', restoredFrom: archive })]);
    expect((await notices())[0]).not.toHaveProperty('damagedArchives');
  });

  it('bring a programme back from a backup in which another file was written by a newer app', async () => {
    await open();
    const programmeId = await recordProgramme('जिला समिति की बैठक');
    await quitWithBackup();
    const [archive] = await archives();
    const entries = await readArchiveEntries(archive!);
    const people = entries.find((entry) => entry.name === 'data/people.json')!;
    people.bytes = Buffer.from(JSON.stringify({ ...jsonOf(people), schemaVersion: 99 }), 'utf8');
    const { files } = jsonOf(entries.at(-1)) as { files: ManifestFile[] };
    const manifest = jsonEntry('manifest.json', { files: files.map((file) => (file.path === 'people.json' ? describeDataFile(file.path, people.bytes) : file)) });
    await writeArchiveEntries(archive!, [...entries.slice(0, -1), manifest]);
    await damage(join(dataDir, 'programmes', `${programmeId}.json`), 60);

    await open();

    expect((await ok<{ title: string }>('programmes:get', { id: programmeId })).title).toBe('जिला समिति की बैठक');
    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileRecovered', source: 'archive', restoredFrom: archive })]);
  });
});

describe('a damaged lists file that nothing could bring back', () => {
  it('gets back, under names that say so, the kind and feedback category a programme still uses, with a notice', async () => {
    await open();
    const before = await ok<{ programmeKinds: Array<{ id?: string; name: string }>; feedbackCategories: Array<{ id?: string; name: string }> }>('lists:get', {});
    const lists = await ok<{ programmeKinds: Array<{ id: string; name: string }>; feedbackCategories: Array<{ id: string; name: string }> }>('lists:update', {
      list: 'programmeKinds',
      items: [...before.programmeKinds, { name: 'संगोष्ठी' }],
    });
    const seminar = lists.programmeKinds.find((entry) => entry.name === 'संगोष्ठी')!;
    const withCategory = await ok<{ feedbackCategories: Array<{ id: string; name: string }> }>('lists:update', {
      list: 'feedbackCategories',
      items: [...before.feedbackCategories, { name: 'सुझाव' }],
    });
    const suggestion = withCategory.feedbackCategories.find((entry) => entry.name === 'सुझाव')!;
    const programmeId = (await ok<{ id: string }>('programmes:create', { programme: { title: 'राजभाषा संगोष्ठी', kindId: seminar.id, days: [{ date: '2026-12-05' }] } })).id;
    await ok('feedback:add', { programmeId, entry: { text: 'और समय मिले', categoryId: suggestion.id } });
    await core!.close();
    core = null;
    await writeFile(join(dataDir, 'lists.json'), Buffer.alloc(2048, 0));
    await rm(join(dataDir, 'backups', 'lists'), { recursive: true, force: true });

    await open();

    const repaired = await ok<{ programmeKinds: Array<{ id: string; name: string }>; feedbackCategories: Array<{ id: string; name: string }> }>('lists:get', {});
    expect(repaired.programmeKinds).toContainEqual({ id: seminar.id, name: 'पुनर्प्राप्त प्रकार 1' });
    expect(repaired.feedbackCategories).toContainEqual({ id: suggestion.id, name: 'पुनर्प्राप्त टिप्पणी श्रेणी 1' });
    expect(await notices()).toEqual([
      expect.objectContaining({ kind: 'damagedFileReset', subject: 'lists' }),
      expect.objectContaining({ kind: 'missingListEntriesRecreated', recreated: ['पुनर्प्राप्त प्रकार 1', 'पुनर्प्राप्त टिप्पणी श्रेणी 1'] }),
    ]);

    await open();
    expect(await notices()).toEqual([]);
  });
});

describe('a damaged programmes catalog', () => {
  it('is rebuilt from the programme files: every programme is still listed', async () => {
    await open();
    await recordProgramme('पहली बैठक');
    await recordProgramme('दूसरी बैठक');
    await core!.close();
    core = null;
    await writeFile(join(dataDir, 'programmes', 'catalog.json'), '{"schemaVersion":1,"data":{"itemSchemaVersion":3,"items":{"x');

    await open();

    const list = await ok<{ total: number; items: Array<{ title: string }> }>('programmes:list', {});
    expect(list.items.map((item) => item.title).sort()).toEqual(['दूसरी बैठक', 'पहली बैठक']);
    expect(await notices()).toEqual([]);
  });
});

import { mkdir, readdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../src-main/core/contract/index.js';
import { newestDataChange } from '../../../src-main/core/backup/data-changes.js';
import { openCore, type Core, type OpenCoreOptions } from '../../../src-main/core/index.js';
import { makeTempDir } from '../../support/temp-dir.js';

const HOUR_MS = 60 * 60 * 1000;

let dataDir: string;
let cleanup: () => Promise<void>;
let clock: Date;
let core: Core | null;

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await makeTempDir());
  clock = new Date('2026-01-15T09:00:00.000Z');
  core = null;
});
afterEach(async () => {
  await core?.close();
  await cleanup();
});

async function open(): Promise<Core> {
  await core?.close();
  core = await openCore({ dataDir, appVersion: 'test', log: () => {}, now: () => clock });
  return core;
}

async function list(opened: Core): Promise<ChannelOutput<'backup:list'>> {
  const reply = await opened.dispatch('backup:list', {});
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as ChannelOutput<'backup:list'>;
}

function advance(ms: number): void {
  clock = new Date(clock.getTime() + ms);
}

describe('automatic backups', () => {
  it('takes one on the first open, then again only once a day has passed', async () => {
    let opened = await open();
    await opened.close();
    opened = await open();
    expect((await list(opened)).items.map((item) => item.createdAt)).toEqual(['2026-01-15T09:00:00.000Z']);

    advance(23 * HOUR_MS);
    opened = await open();
    await opened.close();
    advance(2 * HOUR_MS);
    opened = await open();
    await opened.close();
    opened = await open();
    expect((await list(opened)).items.map((item) => item.createdAt)).toEqual(['2026-01-16T10:00:00.000Z', '2026-01-15T09:00:00.000Z']);
  });

  it('keeps the newest ten on quit, or as many as the settings say', async () => {
    const opened = await open();
    for (let quit = 0; quit < 12; quit += 1) {
      advance(HOUR_MS);
      await opened.backupOnQuit();
    }
    const afterTwelve = await list(opened);
    expect(afterTwelve.kept).toBe(10);
    expect(afterTwelve.items).toHaveLength(10);
    expect(afterTwelve.items[0]?.createdAt).toBe(clock.toISOString());
    expect(afterTwelve.items.every((item) => item.sizeBytes > 0)).toBe(true);
    expect(await readdir(join(dataDir, 'backups', 'archives'))).toHaveLength(10);

    const updated = await opened.dispatch('settings:update', { backupsKept: 3 });
    expect(updated.ok).toBe(true);
    advance(HOUR_MS);
    await opened.backupOnQuit();
    const afterSetting = await list(opened);
    expect(afterSetting.kept).toBe(3);
    expect(afterSetting.items.map((item) => item.createdAt)).toEqual([
      clock.toISOString(),
      afterTwelve.items[0]?.createdAt,
      afterTwelve.items[1]?.createdAt,
    ]);
  });

  it('takes no automatic backup in a session that started from a reset damaged file', async () => {
    let opened = await open();
    await opened.close();
    const [goodBackup] = (await list(await open())).items;
    expect(goodBackup).toBeDefined();
    await core?.close();
    core = null;

    await writeFile(join(dataDir, 'settings.json'), '{"schemaVersion":1,"data":{"lang', 'utf8');
    advance(48 * HOUR_MS);
    opened = await open();
    const info = await opened.dispatch('app:info', {});
    if (!info.ok) throw new Error(JSON.stringify(info.error));
    const { notices } = info.value as ChannelOutput<'app:info'>;
    expect(notices.map((notice) => notice.kind)).toContain('damagedFileReset');
    // Dismissing the notice does not make the reset state good enough to rotate a backup out.
    for (const notice of notices) await opened.dispatch('app:dismissNotice', { id: notice.id });
    advance(HOUR_MS);
    await opened.backupOnQuit();
    await opened.close();
    core = null;
    expect(await readdir(join(dataDir, 'backups', 'archives'))).toEqual([goodBackup?.fileName]);
  });
});

describe('the backup on quit, by the real clock', () => {
  async function openNow(extra: Partial<OpenCoreOptions> = {}): Promise<Core> {
    await core?.close();
    core = await openCore({ dataDir, appVersion: 'test', log: () => {}, dailyBackup: false, ...extra });
    return core;
  }
  const count = async (opened: Core) => (await list(opened)).items.length;

  /** As if the data's files were last written a minute ago, in an earlier session. */
  async function ageDataFiles(): Promise<void> {
    const minuteAgo = new Date(Date.now() - 60_000);
    for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (!path.includes(`${sep}backups`)) await utimes(path, minuteAgo, minuteAgo);
    }
  }

  it('is skipped after a session that changed nothing, and taken after any change or a restore', async () => {
    let opened = await openNow();
    await opened.dispatch('people:create', { person: { name: 'सुनीता देवी' } });
    opened = await openNow();
    await ageDataFiles();
    await opened.backupOnQuit();
    expect(await count(opened)).toBe(1);
    // The window's place is saved at every close; that alone is no change.
    await opened.saveWindowBounds({ width: 1200, height: 800, maximized: false });
    await opened.backupOnQuit();
    expect(await count(opened), 'nothing changed since the last backup').toBe(1);

    await opened.dispatch('people:create', { person: { name: 'रामेश्वर प्रसाद' } });
    await opened.backupOnQuit();
    expect(await count(opened)).toBe(2);
    await opened.dispatch('settings:update', { digits: 'deva' });
    await opened.backupOnQuit();
    expect(await count(opened), 'a changed setting').toBe(3);

    // A restore puts files in place whose times need not be newer than the last backup; the
    // first quit after it must keep them all the same, even if the app stopped before it.
    const [newest] = (await list(opened)).items;
    opened = await openNow({ pickOpenFile: async () => join(dataDir, 'backups', 'archives', newest?.fileName ?? 'missing') });
    expect((await opened.dispatch('backup:inspect', {})).ok).toBe(true);
    expect((await opened.dispatch('backup:restore', {})).ok).toBe(true);
    expect(await count(opened)).toBe(4);
    opened = await openNow();
    await ageDataFiles();
    opened = await openNow();
    await opened.backupOnQuit();
    expect(await count(opened)).toBe(5);
    await opened.backupOnQuit();
    expect(await count(opened)).toBe(5);
  });

  it('is never skipped because of a backup dated in the future', async () => {
    const opened = await openNow();
    await opened.backupOnQuit();
    // A backup taken while the clock was a year ahead.
    const archives = join(dataDir, 'backups', 'archives');
    const [only] = await readdir(archives);
    await rename(join(archives, only ?? 'missing'), join(archives, '2027-12-01T10-00-00-000Z.sachiv-backup'));
    await ageDataFiles();
    await opened.backupOnQuit();
    expect(await count(opened)).toBe(2);
  });
});

describe('when the data last changed', () => {
  it('counts data files and their folders, including a removal, and nothing else', async () => {
    const long = new Date('2020-01-01T00:00:00Z');
    await mkdir(join(dataDir, 'programmes'));
    await writeFile(join(dataDir, 'programmes', 'p-1.json'), '{}');
    await writeFile(join(dataDir, 'settings.json'), '{}');
    for (const path of ['programmes/p-1.json', 'programmes', 'settings.json']) await utimes(join(dataDir, path), long, long);
    expect(await newestDataChange(dataDir)).toBe(long.getTime());

    // The lock file, backups and exports are not data.
    await mkdir(join(dataDir, 'backups'));
    await writeFile(join(dataDir, 'backups', 'old.sachiv-backup'), 'x');
    await writeFile(join(dataDir, '.sachiv.lock'), 'x');
    expect(await newestDataChange(dataDir)).toBe(long.getTime());

    await rm(join(dataDir, 'programmes', 'p-1.json'));
    expect(await newestDataChange(dataDir)).toBeGreaterThan(long.getTime());
  });
});


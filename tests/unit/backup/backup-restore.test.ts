import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeDataFile, readDataFiles } from '../../../src-main/core/backup/data-files.js';
import type { ManifestFile } from '../../../src-main/core/backup/manifest.js';
import { MARKER, PREVIOUS, STAGING } from '../../../src-main/core/backup/pending-restore.js';
import type { OpenFileRequest, SaveFileRequest } from '../../../src-main/core/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';
import { jsonEntry, jsonOf, readArchiveEntries, writeArchiveEntries, type ArchiveEntry } from './archive-fixture.js';
import { makeZip } from './zip-fixture.js';

let h: CoreHarness;
let saveRequests: SaveFileRequest[];
let openRequests: OpenFileRequest[];
let fileToOpen: string | null;
let restartsRequested: number;

beforeEach(async () => {
  saveRequests = [];
  openRequests = [];
  fileToOpen = null;
  restartsRequested = 0;
  h = await openHarness({
    dailyBackup: false,
    pickSaveFile: async (request) => {
      saveRequests.push(request);
      return join(h.dataDir, 'exports', 'मेरा बैकअप');
    },
    pickOpenFile: async (request) => {
      openRequests.push(request);
      return fileToOpen;
    },
    onRestartRequired: () => {
      restartsRequested += 1;
    },
  });
  await mkdir(join(h.dataDir, 'exports'));
  await addSomeData('पहला');
});
afterEach(async () => {
  await h.cleanup();
});

async function addSomeData(label: string): Promise<void> {
  await h.ok('people:create', { person: { name: `${label} रामेश्वर प्रसाद` } });
  await h.ok('people:create', { person: { name: `${label} सुनीता देवी` } });
  await h.ok('programmes:create', { programme: { title: `${label} प्रांतीय कार्यशाला`, kindId: 'kind-workshop', days: [{ date: '2024-04-17' }] } });
  await h.ok('settings:update', { digits: 'deva' });
}

/**
 * Every data file's text by path, after making sure everything acknowledged is on disk. A
 * catalog records its shards' modification times, which a restore necessarily renews (and the
 * store then re-reads those shards), so only that field is blanked; all else must match exactly.
 */
async function dataSnapshot(): Promise<Map<string, string>> {
  await h.core.flush();
  const { contents } = await readDataFiles(h.dataDir);
  return new Map(
    [...contents].map(([path, bytes]) => {
      if (!path.endsWith('.json')) return [path, bytes.toString('base64')];
      const text = bytes.toString('utf8');
      return [path, path.endsWith('/catalog.json') ? text.replace(/"mtimeMs":[0-9.]+/g, '"mtimeMs":0') : text];
    }),
  );
}

async function backUp(): Promise<string> {
  const result = await h.ok('backup:create', {});
  if (result === null) throw new Error('backup:create was cancelled');
  return result.path;
}

async function expectRefused(file: string, code: string): Promise<void> {
  const before = await dataSnapshot();
  const backupsBefore = (await h.ok('backup:list', {})).items;
  fileToOpen = file;
  const inspected = await h.call('backup:inspect', {});
  expect(inspected).toMatchObject({ ok: false, error: { code } });
  // Nothing was inspected successfully, so a restore has nothing to act on either.
  expect(await h.call('backup:restore', {})).toMatchObject({ ok: false, error: { code: 'backup.nothingInspected' } });
  expect(await dataSnapshot()).toEqual(before);
  expect((await h.ok('backup:list', {})).items).toEqual(backupsBefore);
  expect(restartsRequested).toBe(0);
}

const gzipAsync = promisify(gzip);

describe('बैकअप लें and पुनर्स्थापित करें', () => {
  it('restores exactly the data that was backed up, after backing up what was there', async () => {
    // The organisation's logo is an image file beside the JSON files; it is data too.
    const logoName = 'logo-0b3f4c8e-4f2a-4c1d-9a7e-2d5b6c7d8e9f.png';
    await writeFile(join(h.dataDir, logoName), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255]));
    const original = await dataSnapshot();
    expect(original.has(logoName)).toBe(true);
    const archivePath = await backUp();
    expect(saveRequests).toEqual([{ suggestedName: expect.stringMatching(/^sachiv-backup-\d{4}-\d\d-\d\d\.sachiv-backup$/), format: 'sachiv-backup' }]);
    expect(archivePath).toBe(join(h.dataDir, 'exports', 'मेरा बैकअप.sachiv-backup'));

    await addSomeData('दूसरा');
    await rm(join(h.dataDir, logoName));
    const changed = await dataSnapshot();
    expect(changed).not.toEqual(original);

    fileToOpen = archivePath;
    const preview = await h.ok('backup:inspect', {});
    expect(openRequests).toEqual([{ format: 'sachiv-backup' }]);
    expect(preview).toMatchObject({ fileName: 'मेरा बैकअप.sachiv-backup', appVersion: 'test', counts: { people: 2, programmes: 1 }, fileCount: original.size });

    // Something in the data folder that is not data (a moved-aside damaged file) is left alone.
    const damagedCopy = join(h.dataDir, 'people.damaged-2026-01-01T00-00-00-000Z.json');
    await writeFile(damagedCopy, '{"schemaVersion":2,"da');

    const restored = await h.ok('backup:restore', {});
    expect(restored.restartRequired).toBe(true);
    expect(restartsRequested).toBe(1);
    const [previous] = (await h.ok('backup:list', {})).items;
    expect(restored.previousDataBackup).toBe(join(h.dataDir, 'backups', 'archives', previous?.fileName ?? 'missing'));

    await h.reopen();
    expect(await dataSnapshot()).toEqual(original);
    expect(await readFile(damagedCopy, 'utf8')).toBe('{"schemaVersion":2,"da');
    const people = await h.ok('people:search', {});
    expect(people.items.map((person) => person.name).sort()).toEqual(['पहला रामेश्वर प्रसाद', 'पहला सुनीता देवी']);
    expect((await h.ok('settings:get', {})).digits).toBe('deva');

    // The data from before the restore is itself restorable from the automatic backup.
    fileToOpen = restored.previousDataBackup;
    expect(await h.ok('backup:inspect', {})).toMatchObject({ counts: { people: 4, programmes: 2 } });
    await h.ok('backup:restore', {});
    await h.reopen();
    expect(await dataSnapshot()).toEqual(changed);
  });

  it('refuses a truncated archive and changes nothing', async () => {
    const archive = await readFile(await backUp());
    const truncated = join(h.dataDir, 'exports', 'अधूरा.sachiv-backup');
    await writeFile(truncated, archive.subarray(0, Math.floor(archive.length * 0.6)));
    await expectRefused(truncated, 'backup.damaged');
  });

  it('refuses an archive whose content does not match its checksums', async () => {
    const entries = await readArchiveEntries(await backUp());
    const settings = entries.find((entry) => entry.name === 'data/settings.json');
    if (settings === undefined) throw new Error('settings.json is not in the archive');
    // One character of the settings file altered, the tar itself still well formed.
    const text = settings.bytes.toString('utf8');
    expect(text).toContain('"digits":"deva"');
    settings.bytes = Buffer.from(text.replace('"digits":"deva"', '"digits":"latn"'), 'utf8');
    const tampered = join(h.dataDir, 'exports', 'बदला हुआ.sachiv-backup');
    await writeArchiveEntries(tampered, entries);
    await expectRefused(tampered, 'backup.damaged');
  });

  it('refuses an archive from a newer schema, and one in a newer archive layout', async () => {
    const entries = await readArchiveEntries(await backUp());
    // A newer build would write settings.json as version 7 and record it so in the manifest.
    const settings = entries.find((entry) => entry.name === 'data/settings.json');
    if (settings === undefined) throw new Error('settings.json is not in the archive');
    settings.bytes = Buffer.from(JSON.stringify({ ...jsonOf(settings), schemaVersion: 7 }), 'utf8');
    const manifest = entries.at(-1);
    const { files } = jsonOf(manifest) as { files: ManifestFile[] };
    const newerFiles = files.map((file) => (file.path === 'settings.json' ? describeDataFile(file.path, settings.bytes) : file));
    expect(newerFiles.find((file) => file.path === 'settings.json')?.schemaVersion).toBe(7);
    const newerSchema = join(h.dataDir, 'exports', 'नया.sachiv-backup');
    await writeArchiveEntries(newerSchema, [...entries.slice(0, -1), jsonEntry('manifest.json', { files: newerFiles })]);
    await expectRefused(newerSchema, 'backup.newerVersion');

    const original = await readArchiveEntries(await backUp());
    const newerLayout = join(h.dataDir, 'exports', 'नया ढाँचा.sachiv-backup');
    await writeArchiveEntries(newerLayout, [jsonEntry('sachiv-backup.json', { ...jsonOf(original[0]), formatVersion: 3 }), ...original.slice(1)]);
    await expectRefused(newerLayout, 'backup.newerVersion');
  });

  it('refuses an archive with a file outside the data, an extra or doubled file, a link, or no manifest', async () => {
    const entries = await readArchiveEntries(await backUp());
    const [header, ...rest] = entries;
    if (header === undefined) throw new Error('empty archive');
    const settings = rest.find((entry) => entry.name === 'data/settings.json');
    if (settings === undefined) throw new Error('settings.json is not in the archive');
    const [manifest] = rest.slice(-1);
    const dataEntries = rest.slice(0, -1);
    const variants: Record<string, ArchiveEntry[]> = {
      'बाहर.sachiv-backup': [header, { name: 'data/../settings.json', bytes: Buffer.from('{"schemaVersion":1,"data":{}}') }, ...rest],
      'अतिरिक्त.sachiv-backup': [...entries, jsonEntry('data/extra.json', { schemaVersion: 1, data: {} })],
      'सूची से बाहर.sachiv-backup': [header, ...dataEntries, jsonEntry('data/extra.json', { schemaVersion: 1, data: {} }), manifest ?? settings],
      'दोहरा.sachiv-backup': [header, settings, ...dataEntries, manifest ?? settings],
      'कड़ी.sachiv-backup': [header, { name: 'data/people.json', bytes: Buffer.alloc(0), link: { type: 'symlink', target: '/etc/passwd' } }, ...rest],
      'जोड़.sachiv-backup': [header, { name: 'data/people.json', bytes: Buffer.alloc(0), link: { type: 'link', target: 'data/settings.json' } }, ...rest],
      'सूची दो बार.sachiv-backup': [header, { name: 'data/manifest.json', bytes: manifest?.bytes ?? Buffer.alloc(0) }, ...rest],
      'सूची नहीं.sachiv-backup': entries.slice(0, -1),
    };
    for (const [name, variant] of Object.entries(variants)) {
      const file = join(h.dataDir, 'exports', name);
      await writeArchiveEntries(file, variant);
      await expectRefused(file, 'backup.damaged');
    }
  });

  it('writes a standard gzipped tar that any archive tool opens: the header first, every data file, the manifest last', async () => {
    const archive = await backUp();
    const listing = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n');
    const { entries } = await readDataFiles(h.dataDir);
    expect(listing).toEqual(['sachiv-backup.json', ...entries.map((entry) => `data/${entry.path}`), 'manifest.json']);
    const settings = execFileSync('tar', ['-xzOf', archive, 'data/settings.json'], { encoding: 'utf8' });
    expect(settings).toBe(await readFile(join(h.dataDir, 'settings.json'), 'utf8'));
  });

  it('refuses a PDF and a zip of photos as not being a backup', async () => {
    const pdf = join(h.dataDir, 'exports', 'सूचना.pdf');
    await writeFile(pdf, Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'));
    await expectRefused(pdf, 'backup.notAnArchive');

    const zip = join(h.dataDir, 'exports', 'फ़ोटो.zip');
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7), Buffer.from([0xff, 0xd9])]);
    await writeFile(zip, makeZip([{ name: 'IMG_0001.jpg', bytes: jpeg }, { name: 'IMG_0002.jpg', bytes: jpeg }]));
    await expectRefused(zip, 'backup.notAnArchive');

    const photosTar = join(h.dataDir, 'exports', 'फ़ोटो.tar.gz');
    await writeArchiveEntries(photosTar, [{ name: 'IMG_0001.jpg', bytes: jpeg }, { name: 'IMG_0002.jpg', bytes: jpeg }]);
    await expectRefused(photosTar, 'backup.notAnArchive');

    // A gzip file that is not ours (say, a compressed log) is refused the same way.
    const foreignGzip = join(h.dataDir, 'exports', 'log.gz');
    await writeFile(foreignGzip, await gzipAsync(Buffer.from('2024-04-17 सब ठीक\n')));
    await expectRefused(foreignGzip, 'backup.notAnArchive');
  });

  it('refuses to restore an archive that changed after its preview, and changes nothing', async () => {
    fileToOpen = await backUp();
    await h.ok('backup:inspect', {});
    // Before the user confirms, another valid backup lands at the same path (a sync tool, a second save).
    await addSomeData('दूसरा');
    await backUp();
    const current = await dataSnapshot();
    const backupsBefore = (await h.ok('backup:list', {})).items;

    expect(await h.call('backup:restore', {})).toMatchObject({ ok: false, error: { code: 'backup.changedSinceInspect' } });
    expect(restartsRequested).toBe(0);
    expect((await h.ok('backup:list', {})).items).toEqual(backupsBefore);
    expect((await readdir(h.dataDir)).filter((name) => name.startsWith('.restore'))).toEqual([]);
    await h.reopen();
    expect(await dataSnapshot()).toEqual(current);
  });

  it('lets a second restore chosen before the restart replace the first', async () => {
    const older = join(h.dataDir, 'exports', 'पुराना.sachiv-backup');
    await copyFile(await backUp(), older);
    await addSomeData('दूसरा');
    const newerData = await dataSnapshot();
    const newer = await backUp();

    fileToOpen = older;
    await h.ok('backup:inspect', {});
    await h.ok('backup:restore', {});
    fileToOpen = newer;
    expect(await h.ok('backup:inspect', {})).toMatchObject({ counts: { people: 4, programmes: 2 } });
    await h.ok('backup:restore', {});
    await h.reopen();
    expect(await dataSnapshot()).toEqual(newerData);
  });

  it('tells the window how far the backup, the check and the restore have come', async () => {
    // Enough files that progress has steps to report.
    for (let n = 0; n < 12; n += 1) {
      await h.ok('programmes:create', { programme: { title: `कार्यशाला ${n + 1}`, kindId: 'kind-workshop', days: [{ date: '2024-04-17' }] } });
    }
    const seen: Array<{ phase: string; fraction: number }> = [];
    const unsubscribe = h.core.onEvent((event, payload) => {
      if (event === 'backup:progress') seen.push(payload as { phase: string; fraction: number });
    });
    const phasesOf = () => seen.map((progress) => progress.phase);
    try {
      fileToOpen = await backUp();
      const archiving = seen.filter((progress) => progress.phase === 'archiving').map((progress) => progress.fraction);
      expect(archiving.length).toBeGreaterThan(5);
      expect(archiving).toEqual([...archiving].sort((a, b) => a - b));
      seen.length = 0;
      await h.ok('backup:inspect', {});
      expect(new Set(phasesOf())).toEqual(new Set(['checking']));
      expect(seen.at(-1)?.fraction).toBe(1);
      seen.length = 0;
      await h.ok('backup:restore', {});
      // Unpacking the chosen archive, then backing up the data it replaces.
      expect(phasesOf().indexOf('archiving')).toBeGreaterThan(phasesOf().lastIndexOf('checking'));
    } finally {
      unsubscribe();
    }
  });

  it('keeps a restore already chosen when a second one is refused', async () => {
    const chosen = join(h.dataDir, 'exports', 'चुना हुआ.sachiv-backup');
    await copyFile(await backUp(), chosen);
    const chosenData = await dataSnapshot();
    await addSomeData('दूसरा');
    fileToOpen = chosen;
    await h.ok('backup:inspect', {});
    await h.ok('backup:restore', {});

    // The second archive is previewed, then changes on disk before the user confirms.
    const second = await backUp();
    fileToOpen = second;
    await h.ok('backup:inspect', {});
    await writeFile(second, (await readFile(second)).subarray(0, 100));
    expect(await h.call('backup:restore', {})).toMatchObject({ ok: false });
    await h.reopen();
    expect(await dataSnapshot()).toEqual(chosenData);
  });

  it('backs up everything readable when a data file does not parse, and names what it left out', async () => {
    await writeFile(join(h.dataDir, 'पुराना नोट.json'), '{"schemaVersion":1,"data":{"अधूरा');
    const archive = await backUp();
    const entries = await readArchiveEntries(archive);
    expect(entries.map((entry) => entry.name)).not.toContain('data/पुराना नोट.json');
    expect(jsonOf(entries.at(-1))).toMatchObject({ skipped: ['पुराना नोट.json'] });
    fileToOpen = archive;
    expect(await h.ok('backup:inspect', {})).toMatchObject({ counts: { people: 2, programmes: 1 } });
  });

  it('finishes a swap that was cut short by a crash, on the next start', async () => {
    const original = await dataSnapshot();
    fileToOpen = await backUp();
    await addSomeData('दूसरा');
    await h.ok('backup:inspect', {});
    await h.ok('backup:restore', {});
    await h.core.close();

    // The state a power cut leaves half-way: the old data moved out, one restored file moved in.
    await mkdir(join(h.dataDir, PREVIOUS));
    for (const name of await readdir(h.dataDir)) {
      const isData = name.endsWith('.json') || !(name.startsWith('.') || name.includes('.') || name === 'backups' || name === 'exports');
      if (isData) await rename(join(h.dataDir, name), join(h.dataDir, PREVIOUS, name));
    }
    await rename(join(h.dataDir, STAGING, 'settings.json'), join(h.dataDir, 'settings.json'));
    await writeFile(join(h.dataDir, MARKER), JSON.stringify({ phase: 'movingIn' }));

    await h.reopen();
    expect(await dataSnapshot()).toEqual(original);
    expect((await readdir(h.dataDir)).filter((name) => name.startsWith('.restore'))).toEqual([]);
  });

  it('drops a staging that never completed and keeps the current data', async () => {
    const current = await dataSnapshot();
    await mkdir(join(h.dataDir, STAGING));
    await writeFile(join(h.dataDir, STAGING, 'settings.json'), '{"schemaVersion":1,"data":{"lan');
    await h.reopen();
    expect(await dataSnapshot()).toEqual(current);
    expect((await readdir(h.dataDir)).filter((name) => name.startsWith('.restore'))).toEqual([]);
  });

  it('reports a cancelled dialog as null and leaves everything alone', async () => {
    fileToOpen = null;
    expect(await h.ok('backup:inspect', {})).toBeNull();
    expect(await h.call('backup:restore', {})).toMatchObject({ ok: false, error: { code: 'backup.nothingInspected' } });
  });
});

import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../src-main/core/backup/data-files.js';
import { MARKER, PREVIOUS, STAGING } from '../../../src-main/core/backup/pending-restore.js';
import type { OpenFileRequest, SaveFileRequest } from '../../../src-main/core/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';
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

const gunzipAsync = promisify(gunzip);
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
    const payload = await gunzipAsync(await readFile(await backUp()));
    // Alter one character of the settings file inside the archive, keeping the gzip stream valid.
    const text = payload.toString('utf8').replace('"digits":"deva"', '"digits":"latn"');
    expect(text).not.toBe(payload.toString('utf8'));
    const tampered = join(h.dataDir, 'exports', 'बदला हुआ.sachiv-backup');
    await writeFile(tampered, await gzipAsync(Buffer.from(text, 'utf8')));
    await expectRefused(tampered, 'backup.damaged');
  });

  it('refuses an archive from a newer schema', async () => {
    const payload = (await gunzipAsync(await readFile(await backUp()))).toString('utf8');
    // A newer build would write settings.json as version 2 and record it so in the manifest.
    const newer = payload.replace('{"schemaVersion":1,"data":{"language"', '{"schemaVersion":7,"data":{"language"');
    expect(newer).not.toBe(payload);
    const tampered = await rewriteManifest(newer, 'settings.json', 7);
    const file = join(h.dataDir, 'exports', 'नया.sachiv-backup');
    await writeFile(file, await gzipAsync(Buffer.from(tampered, 'utf8')));
    await expectRefused(file, 'backup.newerVersion');
  });

  it('refuses a PDF and a zip of photos as not being a backup', async () => {
    const pdf = join(h.dataDir, 'exports', 'सूचना.pdf');
    await writeFile(pdf, Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'));
    await expectRefused(pdf, 'backup.notAnArchive');

    const zip = join(h.dataDir, 'exports', 'फ़ोटो.zip');
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7), Buffer.from([0xff, 0xd9])]);
    await writeFile(zip, makeZip([{ name: 'IMG_0001.jpg', bytes: jpeg }, { name: 'IMG_0002.jpg', bytes: jpeg }]));
    await expectRefused(zip, 'backup.notAnArchive');

    // A gzip file that is not ours (say, a compressed log) is refused the same way.
    const foreignGzip = join(h.dataDir, 'exports', 'log.gz');
    await writeFile(foreignGzip, await gzipAsync(Buffer.from('2024-04-17 सब ठीक\n')));
    await expectRefused(foreignGzip, 'backup.notAnArchive');
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

/** Sets one file's schema version in the manifest and recomputes its checksum, as a newer build's archive would have. */
async function rewriteManifest(payload: string, path: string, schemaVersion: number): Promise<string> {
  const { createHash } = await import('node:crypto');
  const [magic, lengthLine, ...rest] = payload.split('\n');
  const body = rest.join('\n');
  const manifestLength = Number(lengthLine);
  const bodyBytes = Buffer.from(body, 'utf8');
  const manifest = JSON.parse(bodyBytes.subarray(0, manifestLength).toString('utf8')) as {
    files: Array<{ path: string; size: number; sha256: string; schemaVersion: number | null }>;
  };
  const filesBytes = bodyBytes.subarray(manifestLength);
  let offset = 0;
  for (const file of manifest.files) {
    const bytes = filesBytes.subarray(offset, offset + file.size);
    offset += file.size;
    if (file.path === path) {
      file.schemaVersion = schemaVersion;
      file.sha256 = createHash('sha256').update(bytes).digest('hex');
    }
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  return `${magic}\n${manifestBytes.length}\n${manifestBytes.toString('utf8')}${filesBytes.toString('utf8')}`;
}

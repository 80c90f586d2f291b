import { mkdir, readdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RenameFn } from '../../../src-main/core/db/atomic-write.js';
import { openStore, type ArchiveSource, type Store } from '../../../src-main/core/db/index.js';
import { notesDocument, notesFileText } from '../../support/db/sample-documents.js';
import { makeTempDir } from '../../support/temp-dir.js';

const FIXED_NOW = new Date('2025-03-04T05:06:07.089Z');
const MOVED_ASIDE_NAME = 'notes.damaged-2025-03-04T05-06-07-089Z.json';

const goodFile = notesFileText(['पहला', 'दूसरा']);
const damagedFiles: Record<string, Buffer> = {
  'truncated JSON': Buffer.from(goodFile.slice(0, goodFile.length / 2)),
  'an empty file': Buffer.alloc(0),
  '4096 NUL bytes': Buffer.alloc(4096, 0),
  'null': Buffer.from('null'),
  'an empty array': Buffer.from('[]'),
  'trailing garbage': Buffer.from(`${goodFile}}garbage`),
  'data of the wrong shape': Buffer.from(JSON.stringify({ schemaVersion: 1, data: { items: 'नहीं' } })),
  'no envelope': Buffer.from(JSON.stringify({ items: ['पहला'] })),
  'invalid UTF-8': Buffer.concat([Buffer.from('{"schemaVersion":1,"data":{"items":["'), Buffer.from([0xff, 0xfe]), Buffer.from('"]}}')]),
  'schemaVersion 0': Buffer.from(JSON.stringify({ schemaVersion: 0, data: { items: [] } })),
};

/** What is still whole in each damaged file, where anything is: kept when no copy exists. */
const salvageable: Record<string, { items: string[] }> = {
  'trailing garbage': { items: ['पहला', 'दूसरा'] },
  // The list itself is whole, but its one note held bytes that are not text.
  'invalid UTF-8': { items: [] },
};

describe('a damaged main file', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store | undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await cleanup();
  });

  const open = async () => {
    store = await openStore(dir, { now: () => FIXED_NOW });
    return store.open(notesDocument);
  };

  describe.each(Object.entries(damagedFiles))('holding %s', (label, damaged) => {
    it('is moved aside byte for byte and replaced by the newest good backup, with a notice', async () => {
      const backupDir = join(dir, 'backups', 'notes');
      await mkdir(backupDir, { recursive: true });
      await writeFile(join(backupDir, '2025-01-01T00-00-00-000Z.json'), notesFileText(['पुराना']));
      await writeFile(join(backupDir, '2025-02-01T00-00-00-000Z.json'), notesFileText(['बैकअप']));
      await writeFile(join(dir, 'notes.json'), damaged);

      const notes = await open();

      expect(notes.read()).toEqual({ items: ['बैकअप'] });
      expect(await readFile(join(dir, MOVED_ASIDE_NAME))).toEqual(damaged);
      expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe(notesFileText(['बैकअप']));
      expect(store!.notices()).toEqual([
        {
          id: expect.any(String),
          kind: 'damagedFileRecovered',
          file: join(dir, 'notes.json'),
          movedTo: join(dir, MOVED_ASIDE_NAME),
          restoredFrom: join(backupDir, '2025-02-01T00-00-00-000Z.json'),
          at: FIXED_NOW.toISOString(),
          subject: 'notes',
          source: 'backup',
          dataFrom: '2025-02-01T00:00:00.000Z',
        },
      ]);
    });

    it('with no good copy anywhere, is moved aside and what is whole in it is kept, or the document starts empty, with a notice', async () => {
      await writeFile(join(dir, 'notes.json'), damaged);

      const notes = await open();

      const salvaged = salvageable[label];
      expect(notes.read()).toEqual(salvaged ?? notesDocument.defaults());
      expect(await readFile(join(dir, MOVED_ASIDE_NAME))).toEqual(damaged);
      expect(store!.notices()).toEqual([
        {
          id: expect.any(String),
          kind: salvaged === undefined ? 'damagedFileReset' : 'damagedFileSalvaged',
          file: join(dir, 'notes.json'),
          movedTo: join(dir, MOVED_ASIDE_NAME),
          at: FIXED_NOW.toISOString(),
          subject: 'notes',
        },
      ]);
      // The next save writes a fresh file and leaves the moved-aside one alone.
      await notes.update((draft) => {
        draft.items.push('नया');
      });
      expect(await readFile(join(dir, MOVED_ASIDE_NAME))).toEqual(damaged);
    });
  });

  it('prefers a complete leftover temp file over the backups', async () => {
    const backupDir = join(dir, 'backups', 'notes');
    await mkdir(backupDir, { recursive: true });
    await writeFile(join(backupDir, '2025-02-01T00-00-00-000Z.json'), notesFileText(['बैकअप']));
    await writeFile(join(dir, '.notes.json.4242.abcdef.tmp'), notesFileText(['अधूरी बचत']));
    await writeFile(join(dir, 'notes.json'), damagedFiles['truncated JSON']!);

    const notes = await open();

    expect(notes.read()).toEqual({ items: ['अधूरी बचत'] });
    expect(store!.notices()).toMatchObject([
      { kind: 'damagedFileRecovered', restoredFrom: join(dir, '.notes.json.4242.abcdef.tmp') },
    ]);
  });

  it('skips a damaged newer backup and restores the newest good one', async () => {
    const backupDir = join(dir, 'backups', 'notes');
    await mkdir(backupDir, { recursive: true });
    await writeFile(join(backupDir, '2025-01-01T00-00-00-000Z.json'), notesFileText(['अच्छा']));
    await writeFile(join(backupDir, '2025-02-01T00-00-00-000Z.json'), '{"schemaVersion":1,"da');
    await writeFile(join(dir, '.notes.json.4242.abcdef.tmp'), '{"schemaVersion":1,"data":{"ite');
    await writeFile(join(dir, 'notes.json'), 'null');

    const notes = await open();

    expect(notes.read()).toEqual({ items: ['अच्छा'] });
    expect(store!.notices()).toMatchObject([
      { kind: 'damagedFileRecovered', restoredFrom: join(backupDir, '2025-01-01T00-00-00-000Z.json') },
    ]);
  });

  it('never overwrites an earlier moved-aside file with the same timestamp', async () => {
    await writeFile(join(dir, MOVED_ASIDE_NAME), 'earlier damage');
    await writeFile(join(dir, 'notes.json'), 'later damage');

    await open();

    expect(await readFile(join(dir, MOVED_ASIDE_NAME), 'utf8')).toBe('earlier damage');
    expect(await readFile(join(dir, 'notes.damaged-2025-03-04T05-06-07-089Z-1.json'), 'utf8')).toBe('later damage');
  });
});

describe('a recovery that fails part way', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(async () => cleanup());

  const withBackup = async () => {
    const backupDir = join(dir, 'backups', 'notes');
    await mkdir(backupDir, { recursive: true });
    await writeFile(join(backupDir, '2025-02-01T00-00-00-000Z.json'), notesFileText(['बैकअप']));
  };

  it('when the good copy cannot be written (disk full), leaves the damaged file in its place and fails the open; the next open recovers it', async () => {
    await withBackup();
    const damaged = damagedFiles['truncated JSON']!;
    await writeFile(join(dir, 'notes.json'), damaged);
    const diskFull: RenameFn = async (from, to) => {
      if (to === join(dir, 'notes.json')) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await rename(from, to);
    };

    const failing = await openStore(dir, { now: () => FIXED_NOW, rename: diskFull });
    await expect(failing.open(notesDocument)).rejects.toMatchObject({ code: 'db.writeFailed' });
    await failing.close();

    // Never a folder without notes.json, which the next start would take for a first run.
    expect(await readFile(join(dir, 'notes.json'))).toEqual(damaged);
    const store = await openStore(dir, { now: () => FIXED_NOW });
    try {
      expect((await store.open(notesDocument)).read()).toEqual({ items: ['बैकअप'] });
    } finally {
      await store.close();
    }
  });

  it('when the automatic backups cannot be listed, leaves the damaged file in its place and fails the open', async () => {
    await writeFile(join(dir, 'notes.json'), damagedFiles['truncated JSON']!);
    const unreadable: ArchiveSource = {
      copiesOf: () => ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) }),
      }),
    };

    const store = await openStore(dir, { now: () => FIXED_NOW, archives: unreadable });
    try {
      await expect(store.open(notesDocument)).rejects.toMatchObject({ code: 'db.readFailed' });
    } finally {
      await store.close();
    }

    expect(await readFile(join(dir, 'notes.json'))).toEqual(damagedFiles['truncated JSON']);
    expect((await readdir(dir)).filter((name) => name.includes('.damaged-'))).toEqual([]);
  });

  it('left by an earlier version with the damaged file moved aside and no file in its place: recovers it instead of starting empty', async () => {
    await withBackup();
    const damaged = Buffer.from(`${notesFileText(['बैकअप', 'बाद का'])}}garbage`);
    await writeFile(join(dir, 'notes.damaged-2025-03-01T00-00-00-000Z.json'), damaged);

    const store = await openStore(dir, { now: () => FIXED_NOW });
    try {
      expect((await store.open(notesDocument)).read()).toEqual({ items: ['बैकअप'] });
      expect(store.notices()).toMatchObject([{ kind: 'damagedFileRecovered', source: 'backup', movedTo: join(dir, 'notes.damaged-2025-03-01T00-00-00-000Z.json') }]);
    } finally {
      await store.close();
    }
    expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe(notesFileText(['बैकअप']));
    expect(await readFile(join(dir, 'notes.damaged-2025-03-01T00-00-00-000Z.json'))).toEqual(damaged);
    expect((await readdir(dir)).filter((name) => name.includes('.damaged-'))).toHaveLength(1);
  });

  it('with nothing to recover it from: starts from the defaults once, and the next start finds a good file and says nothing', async () => {
    await writeFile(join(dir, 'notes.json'), Buffer.alloc(4096, 0));
    const first = await openStore(dir, { now: () => FIXED_NOW });
    try {
      expect((await first.open(notesDocument)).read()).toEqual({ items: [] });
      expect(first.notices()).toMatchObject([{ kind: 'damagedFileReset' }]);
    } finally {
      await first.close();
    }

    const second = await openStore(dir, { now: () => FIXED_NOW });
    try {
      expect((await second.open(notesDocument)).read()).toEqual({ items: [] });
      expect(second.notices()).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('takes an automatic backup made after the file’s own newest backup', async () => {
    await withBackup();
    await writeFile(join(dir, 'notes.json'), damagedFiles['truncated JSON']!);
    const archive = join(dir, 'backups', 'archives', '2025-03-01T00-00-00-000Z.sachiv-backup');
    const newer: ArchiveSource = {
      async *copiesOf(path) {
        if (path === 'notes.json') yield { kind: 'found', bytes: Buffer.from(notesFileText(['बैकअप', 'बाद का'])), archiveFile: archive, createdAt: '2025-03-01T00:00:00.000Z' };
      },
    };

    const store = await openStore(dir, { now: () => FIXED_NOW, archives: newer });
    try {
      expect((await store.open(notesDocument)).read()).toEqual({ items: ['बैकअप', 'बाद का'] });
      expect(store.notices()).toMatchObject([{ kind: 'damagedFileRecovered', source: 'archive', restoredFrom: archive, dataFrom: '2025-03-01T00:00:00.000Z' }]);
    } finally {
      await store.close();
    }
  });

  it('keeps the file’s own backup when the automatic backup is older', async () => {
    await withBackup();
    await writeFile(join(dir, 'notes.json'), damagedFiles['truncated JSON']!);
    const older: ArchiveSource = {
      async *copiesOf() {
        yield { kind: 'found', bytes: Buffer.from(notesFileText(['पुराना'])), archiveFile: 'old.sachiv-backup', createdAt: '2025-01-01T00:00:00.000Z' };
      },
    };

    const store = await openStore(dir, { now: () => FIXED_NOW, archives: older });
    try {
      expect((await store.open(notesDocument)).read()).toEqual({ items: ['बैकअप'] });
      expect(store.notices()).toMatchObject([{ source: 'backup' }]);
    } finally {
      await store.close();
    }
  });
});

describe('a main file that is fine', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store | undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await cleanup();
  });

  it('loads with a UTF-8 byte-order mark in front, with no notice and nothing moved', async () => {
    await writeFile(join(dir, 'notes.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(goodFile)]));
    store = await openStore(dir);
    expect((await store.open(notesDocument)).read()).toEqual({ items: ['पहला', 'दूसरा'] });
    expect(store.notices()).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(['notes.json', 'sachiv.lock']);
  });

  it('has its leftover temp files removed at open', async () => {
    await writeFile(join(dir, 'notes.json'), goodFile);
    await writeFile(join(dir, '.notes.json.4242.abcdef.tmp'), '{"schemaVersion":1,"da');
    await writeFile(join(dir, '.notes.json.4243.123456.tmp'), notesFileText(['x']));
    await writeFile(join(dir, '.other.json.4243.123456.tmp'), 'not ours');
    store = await openStore(dir);
    expect((await store.open(notesDocument)).read()).toEqual({ items: ['पहला', 'दूसरा'] });
    expect(store.notices()).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(['.other.json.4243.123456.tmp', 'notes.json', 'sachiv.lock']);
  });
});

describe('a missing main file', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store | undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await cleanup();
  });

  it('with a complete temp file left by an unfinished save: loads it, writes it as the main file, and says so', async () => {
    const temp = join(dir, '.notes.json.4242.abcdef.tmp');
    const tempText = notesFileText(['बचा हुआ']);
    await writeFile(temp, tempText);
    store = await openStore(dir, { now: () => FIXED_NOW });
    const notes = await store.open(notesDocument);
    expect(notes.read()).toEqual({ items: ['बचा हुआ'] });
    expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe(tempText);
    expect(store.notices()).toEqual([
      {
        id: expect.any(String),
        kind: 'unfinishedSaveRecovered',
        file: join(dir, 'notes.json'),
        restoredFrom: temp,
        at: FIXED_NOW.toISOString(),
      },
    ]);
  });

  it('takes the newest of several complete temp files', async () => {
    await writeFile(join(dir, '.notes.json.1.aaaaaa.tmp'), notesFileText(['पुराना']));
    await writeFile(join(dir, '.notes.json.2.bbbbbb.tmp'), notesFileText(['नया']));
    await utimes(join(dir, '.notes.json.1.aaaaaa.tmp'), new Date('2025-01-01'), new Date('2025-01-01'));
    store = await openStore(dir);
    expect((await store.open(notesDocument)).read()).toEqual({ items: ['नया'] });
  });

  it('with only a truncated temp file: starts from the defaults, as on a first run', async () => {
    await writeFile(join(dir, '.notes.json.4242.abcdef.tmp'), '{"schemaVersion":1,"da');
    store = await openStore(dir);
    expect((await store.open(notesDocument)).read()).toEqual({ items: [] });
    expect(store.notices()).toEqual([]);
  });

  it('dismissed notices are no longer reported', async () => {
    await writeFile(join(dir, '.notes.json.4242.abcdef.tmp'), notesFileText(['x']));
    store = await openStore(dir);
    await store.open(notesDocument);
    const [notice] = store.notices();
    store.dismissNotice(notice!.id);
    expect(store.notices()).toEqual([]);
  });
});

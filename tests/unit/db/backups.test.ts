import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, openStore } from '../../../src-main/core/db/index.js';
import { notesDocument, notesFileText } from '../../support/db/sample-documents.js';
import { makeTempDir } from '../../support/temp-dir.js';

describe('backups', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  /** One app session: open, make `edits` saves, close. */
  async function session(at: Date, edits: string[]) {
    const store = await openStore(dir, { now: () => at });
    const notes = await store.open(notesDocument);
    for (const edit of edits) {
      await notes.update((draft) => {
        draft.items.push(edit);
      });
    }
    await store.close();
  }

  const backupDir = () => join(dir, 'backups', 'notes');

  it('copies the file as it was before the first save of a session, once per session', async () => {
    await session(new Date('2025-01-01T10:00:00.000Z'), ['a', 'b']);
    await expect(readdir(backupDir())).rejects.toMatchObject({ code: 'ENOENT' });

    await session(new Date('2025-01-02T10:00:00.000Z'), ['c', 'd']);
    expect(await readdir(backupDir())).toEqual(['2025-01-02T10-00-00-000Z.json']);
    expect(await readFile(join(backupDir(), '2025-01-02T10-00-00-000Z.json'), 'utf8')).toBe(notesFileText(['a', 'b']));
  });

  it('takes no backup in a session that saves nothing', async () => {
    await session(new Date('2025-01-01T10:00:00.000Z'), ['a']);
    await session(new Date('2025-01-02T10:00:00.000Z'), []);
    await expect(readdir(backupDir())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it(`keeps only the newest ${BACKUPS_KEPT}`, async () => {
    for (let day = 1; day <= 8; day += 1) {
      await session(new Date(Date.UTC(2025, 0, day, 10)), [`day ${day}`]);
    }
    const kept = (await readdir(backupDir())).sort();
    expect(kept).toEqual([4, 5, 6, 7, 8].map((day) => `2025-01-0${day}T10-00-00-000Z.json`));
    const newest = JSON.parse(await readFile(join(backupDir(), kept.at(-1)!), 'utf8'));
    expect(newest.data.items).toEqual(['day 1', 'day 2', 'day 3', 'day 4', 'day 5', 'day 6', 'day 7']);
  });

  it('two sessions at the same instant keep both backups', async () => {
    const at = new Date('2025-01-01T10:00:00.000Z');
    await session(at, ['a']);
    await session(at, ['b']);
    await session(at, ['c']);
    expect((await readdir(backupDir())).sort()).toEqual(['2025-01-01T10-00-00-000Z-1.json', '2025-01-01T10-00-00-000Z.json']);
    const newest = JSON.parse(await readFile(join(backupDir(), '2025-01-01T10-00-00-000Z-1.json'), 'utf8'));
    expect(newest.data.items).toEqual(['a', 'b']);
  });
});

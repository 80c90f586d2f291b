import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/index.js';
import { makeFolderReadOnly } from '../../support/db/read-only-folder.js';
import { makeTempDir } from '../../support/temp-dir.js';

let dataDir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await makeTempDir());
});
afterEach(async () => {
  await cleanup();
});

describe('a data folder on a drive that has become read-only', () => {
  it('is refused at start with the write error the window shows in Hindi, and every file stays as it was', async (context) => {
    const core = await openCore({ dataDir, appVersion: 'test', log: () => {}, dailyBackup: false });
    expect((await core.dispatch('people:create', { person: { name: 'सीमा वर्मा' } })).ok).toBe(true);
    await core.close();
    const before = await readFile(join(dataDir, 'people.json'));
    const names = await readdir(dataDir);

    const undo = await makeFolderReadOnly(dataDir);
    if (undo === null) return context.skip('this machine cannot make a folder read-only for the current user');
    try {
      await expect(openCore({ dataDir, appVersion: 'test', log: () => {}, dailyBackup: false })).rejects.toMatchObject({
        name: 'AppError',
        code: 'db.writeFailed',
      });
    } finally {
      await undo();
    }
    expect(await readFile(join(dataDir, 'people.json'))).toEqual(before);
    expect(await readdir(dataDir)).toEqual(names);
  });
});

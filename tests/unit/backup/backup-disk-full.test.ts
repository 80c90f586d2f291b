import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';
import { fillDisk, mountSmallDisk, type SmallDisk } from '../../support/small-disk.js';

let usb: SmallDisk;
let h: CoreHarness;

// A USB drive with no room left: a real 2 MB tmpfs, or a one-line skip where mounting is refused.
beforeEach(async () => {
  usb = await mountSmallDisk('sachiv-usb-');
  if (usb.refused) console.log(`backup-to-a-full-drive test skipped: cannot mount a tmpfs here (${usb.refused})`);
  h = await openHarness({
    dailyBackup: false,
    pickSaveFile: async () => join(usb.dir, 'कार्यालय बैकअप'),
    pickOpenFile: async () => join(usb.dir, 'कार्यालय बैकअप.sachiv-backup'),
  });
});
afterEach(async () => {
  await h.cleanup();
  await usb.cleanup();
});

describe('बैकअप लें to a drive that fills up', () => {
  it('reports the failure, keeps the earlier backup on the drive intact and leaves no partial file', async (context) => {
    if (usb.refused) context.skip();
    await h.ok('people:create', { person: { name: 'रामेश्वर प्रसाद' } });
    const first = await h.ok('backup:create', {});
    const earlier = await readFile(first?.path ?? 'missing');

    await h.ok('people:create', { person: { name: 'सुनीता देवी', notes: 'बैठक की टिप्पणी '.repeat(300) } });
    await fillDisk(join(usb.dir, 'भरा हुआ'));
    const failed = await h.call('backup:create', {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'backup.writeFailed' } });
    expect((await readdir(usb.dir)).sort()).toEqual(['कार्यालय बैकअप.sachiv-backup', 'भरा हुआ'].sort());
    expect(await readFile(first?.path ?? 'missing')).toEqual(earlier);

    await rm(join(usb.dir, 'भरा हुआ'));
    await h.ok('backup:create', {});
    expect(await h.ok('backup:inspect', {})).toMatchObject({ counts: { people: 2 } });
  });

  it('refuses a backup that fits only in part, leaving no partial file', async (context) => {
    if (usb.refused) context.skip();
    // Notes of varied letters, so the archive does not shrink below the room left.
    let seed = 7;
    const letter = () => String.fromCodePoint(0x0915 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 36));
    for (let n = 0; n < 30; n += 1) {
      await h.ok('people:create', { person: { name: `व्यक्ति ${n}`, notes: Array.from({ length: 1500 }, letter).join('') } });
    }
    await writeFile(join(usb.dir, 'थोड़ी जगह'), Buffer.alloc(16 * 1024));
    await fillDisk(join(usb.dir, 'भरा हुआ'));
    await rm(join(usb.dir, 'थोड़ी जगह'));

    const failed = await h.call('backup:create', {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'backup.writeFailed' } });
    expect(await readdir(usb.dir)).toEqual(['भरा हुआ']);
  });
});

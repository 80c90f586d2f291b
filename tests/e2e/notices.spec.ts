import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openCore } from '../../src-main/core/index.js';
import { expect, test } from './support/fixtures.js';
import { saveScreenshot } from './support/screenshot.js';

test.describe('a damaged people file with no copy anywhere', () => {
  test.use({
    // A people file that is not JSON at all, as a power cut mid-write on a plain writeFile would leave.
    prepareDataDir: async ({}, use) => {
      await use((dataDir) => writeFile(join(dataDir, 'people.json'), '{"schemaVersion": 1, "data": {"peo'));
    },
  });

  test('is reported in Hindi with where the damaged copy was kept, and can be dismissed', async ({ page, sachiv }) => {
    const [notice] = (await sachiv.ok('app:info', {})).notices;
    expect(notice?.movedTo, 'the core moved the damaged file aside').toBeTruthy();

    await page.goto('./');
    const banner = page.getByRole('region', { name: 'ज़रूरी सूचनाएँ' });
    await expect(banner).toContainText('लोगों की सूची की फ़ाइल');
    await expect(banner).toContainText('ख़राब मिली थी');
    await expect(banner).toContainText(`ख़राब प्रति मिटाई नहीं गई है; वह यहाँ रखी है: ${notice?.movedTo}`);

    await saveScreenshot(page, 'hi-notice-damaged-file');

    await banner.getByRole('button', { name: 'ठीक है, छिपाएँ' }).click();
    await expect(banner).toHaveCount(0);
    expect((await sachiv.ok('app:info', {})).notices).toEqual([]);
  });
});

test.describe('a damaged programme file that an older automatic backup holds, the newer one damaged too', () => {
  test.use({
    // Yesterday's session recorded the programme and quit with its automatic backup; then its file was damaged.
    prepareDataDir: async ({}, use) => {
      await use(async (dataDir) => {
        const yesterday = await openCore({ dataDir, appVersion: 'test', log: () => {}, now: () => new Date('2026-12-07T10:00:00.000Z'), dailyBackup: false });
        const reply = await yesterday.dispatch('programmes:create', { programme: { title: 'ज़िला समिति की बैठक', kindId: 'kind-meeting', days: [{ date: '2026-12-07' }] } });
        if (!reply.ok) throw new Error(JSON.stringify(reply.error));
        await yesterday.backupOnQuit();
        await yesterday.close();
        // A later session's backup was damaged on the disk afterwards: it is passed over, not used.
        const later = await openCore({ dataDir, appVersion: 'test', log: () => {}, now: () => new Date('2026-12-07T16:00:00.000Z'), dailyBackup: false });
        await later.dispatch('people:create', { person: { name: 'सीता वर्मा' } });
        await later.backupOnQuit();
        await later.close();
        const newerArchive = join(dataDir, 'backups', 'archives', '2026-12-07T16-00-00-000Z.sachiv-backup');
        const archiveBytes = await readFile(newerArchive);
        archiveBytes.fill(0x41, Math.floor(archiveBytes.length / 3), Math.floor(archiveBytes.length / 3) + 64);
        await writeFile(newerArchive, archiveBytes);
        const [shard] = (await readdir(join(dataDir, 'programmes'))).filter((name) => name !== 'catalog.json');
        const path = join(dataDir, 'programmes', shard!);
        await writeFile(path, (await readFile(path)).subarray(0, 40));
      });
    },
  });

  test('is brought back from the newest good backup, and the notice names the programme, the date and the damaged backup passed over', async ({ page, sachiv }) => {
    const list = await sachiv.ok('programmes:list', {});
    expect(list.items.map((item) => item.title)).toEqual(['ज़िला समिति की बैठक']);

    await page.goto('./');
    const banner = page.getByRole('region', { name: 'ज़रूरी सूचनाएँ' });
    await expect(banner).toContainText('कार्यक्रम «ज़िला समिति की बैठक» की फ़ाइल ख़राब मिली थी। उसे 7 दिसंबर 2026 के स्वचालित बैकअप से वापस लाया गया है');
    await expect(banner).toContainText('यह स्वचालित बैकअप भी ख़राब निकला, इसलिए उसे छोड़ दिया गया (उसे न बदला गया, न मिटाया गया)');
    await expect(banner).toContainText('2026-12-07T16-00-00-000Z.sachiv-backup');

    await saveScreenshot(page, 'hi-notice-programme-recovered');
  });
});

test.describe('a damaged people file whose start was overwritten', () => {
  test.use({
    // Thirty people folded into their buckets, then a new category and ten people in it still only in people.json
    // (whose backup, taken before that session's first save, has neither).
    prepareDataDir: async ({}, use) => {
      await use(async (dataDir) => {
        const call = async (core: Awaited<ReturnType<typeof openCore>>, channel: Parameters<typeof core.dispatch>[0], input: unknown) => {
          const reply = await core.dispatch(channel, input as never);
          if (!reply.ok) throw new Error(JSON.stringify(reply.error));
          return reply.value as { id: string };
        };
        const first = await openCore({ dataDir, appVersion: 'test', log: () => {}, dailyBackup: false });
        for (let index = 1; index <= 30; index += 1) await call(first, 'people:create', { person: { name: `सदस्य ${index}`, categoryId: 'cat-member' }, allowDuplicate: true });
        await first.close();
        const second = await openCore({ dataDir, appVersion: 'test', log: () => {}, dailyBackup: false });
        const category = await call(second, 'categories:create', { name: 'ज़िला प्रतिनिधि' });
        for (let index = 1; index <= 10; index += 1) await call(second, 'people:create', { person: { name: `प्रतिनिधि ${index}`, categoryId: category.id }, allowDuplicate: true });
        await second.close();
        const path = join(dataDir, 'people.json');
        const damaged = await readFile(path);
        damaged.fill(0, 0, 120);
        await writeFile(path, damaged);
      });
    },
  });

  test('brings back its backup with the ten newer people, recreates the lost category under a name that says so, and says so in Hindi', async ({ page, sachiv }) => {
    expect((await sachiv.ok('people:search', { query: '', offset: 0, limit: 100 })).total).toBe(40);

    await page.goto('./');
    const banner = page.getByRole('region', { name: 'ज़रूरी सूचनाएँ' });
    await expect(banner).toContainText('लोगों की सूची की फ़ाइल');
    // The session's first save kept a backup of people.json from before the category existed.
    await expect(banner).toContainText('के बैकअप से वापस लाया गया है');
    await expect(banner).toContainText('उस बैकअप के बाद बदले गए 10 रिकॉर्ड ख़राब फ़ाइल में पूरे मिले; उन्हें भी जोड़ दिया गया है।');
    await expect(banner).toContainText('उनके लिए ये श्रेणियाँ फिर से बनाई गई हैं: पुनर्प्राप्त श्रेणी 1।');

    await saveScreenshot(page, 'hi-notice-people-salvaged');
  });
});

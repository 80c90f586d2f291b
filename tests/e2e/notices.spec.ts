import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures.js';
import { saveScreenshot } from './support/screenshot.js';

test.use({
  // A people file that is not JSON at all, as a power cut mid-write on a plain writeFile would leave.
  prepareDataDir: async ({}, use) => {
    await use((dataDir) => writeFile(join(dataDir, 'people.json'), '{"schemaVersion": 1, "data": {"peo'));
  },
});

test('a damaged data file is reported in Hindi with where the damaged copy was kept, and can be dismissed', async ({ page, sachiv }) => {
  const [notice] = (await sachiv.ok('app:info', {})).notices;
  expect(notice?.movedTo, 'the core moved the damaged file aside').toBeTruthy();

  await page.goto('./');
  const banner = page.getByRole('region', { name: 'ज़रूरी सूचनाएँ' });
  await expect(banner).toContainText('डेटा फ़ाइल');
  await expect(banner).toContainText('ख़राब मिली थी');
  await expect(banner).toContainText(`ख़राब प्रति मिटाई नहीं गई है; वह यहाँ रखी है: ${notice?.movedTo}`);

  await saveScreenshot(page, 'hi-notice-damaged-file');

  await banner.getByRole('button', { name: 'ठीक है, छिपाएँ' }).click();
  await expect(banner).toHaveCount(0);
  expect((await sachiv.ok('app:info', {})).notices).toEqual([]);
});

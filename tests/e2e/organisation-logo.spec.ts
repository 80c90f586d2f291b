import { writeFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures.js';
import { makePng } from './support/png.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

test('the organisation logo is chosen, survives a restart, refuses a non-image and a 40 MB file, and is removed', async ({ page, sachiv }, testInfo) => {
  test.setTimeout(60_000);
  await page.goto('./#/settings');
  const logo = page.getByRole('group', { name: 'लोगो' });
  await expect(logo).toContainText('अभी कोई लोगो नहीं है।');

  const png = makePng(160, 100);
  await logo.getByLabel('लोगो चुनें').setInputFiles({ name: 'प्रतीक.png', mimeType: 'image/png', buffer: png });
  const image = logo.getByRole('img', { name: 'संगठन का लोगो' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => [element.naturalWidth, element.naturalHeight])).toEqual([160, 100]);
  const stored = await sachiv.ok('organisation:get', {});
  expect(stored.logoFileName).toMatch(/\.png$/);

  // As if the app were quit and started again: the logo is read back from the data folder.
  await sachiv.restart();
  await page.reload();
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(160);
  await logo.scrollIntoViewIfNeeded();
  await shoot(page, 'organisation-logo');
  const shownSource = await image.getAttribute('src');
  expect(shownSource).toBe(`data:image/png;base64,${png.toString('base64')}`);

  // A text file named like an image is judged by its bytes and refused.
  await logo.getByLabel('दूसरा लोगो चुनें').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('यह चित्र नहीं, एक पत्र है।') });
  await expect(logo.getByRole('alert')).toHaveText(
    'यह फ़ाइल PNG या JPEG चित्र नहीं है, इसलिए लोगो नहीं बन सकती। लोगो के लिए PNG या JPEG चित्र चुनें। कुछ भी बदला नहीं गया।',
  );
  await shoot(page, 'organisation-logo-not-image');
  await expect(image).toHaveAttribute('src', shownSource ?? '');
  expect(await sachiv.ok('organisation:get', {})).toEqual(stored);

  // Picked from disk, as a scanner's output would be; a 40 MB buffer sent through the protocol is needlessly slow.
  const huge = testInfo.outputPath('स्कैन.png');
  await writeFile(huge, Buffer.concat([png, Buffer.alloc(40 * 1024 * 1024)]));
  await logo.getByLabel('दूसरा लोगो चुनें').setInputFiles(huge);
  await expect(logo.getByRole('alert')).toHaveText('यह चित्र बहुत बड़ा है: लोगो 2 MB तक का ही हो सकता है। छोटा चित्र चुनें। कुछ भी बदला नहीं गया।');
  await expect(image).toHaveAttribute('src', shownSource ?? '');
  expect(await sachiv.ok('organisation:get', {})).toEqual(stored);

  await logo.getByRole('button', { name: 'लोगो हटाएँ' }).click();
  await expect(logo).toContainText('अभी कोई लोगो नहीं है।');
  await expect(logo.getByRole('alert')).toHaveCount(0);
  expect(await sachiv.ok('organisation:logo', {})).toEqual({ dataUrl: null });
});

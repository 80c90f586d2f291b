import { expect, test } from './support/fixtures.js';

test('switching to English and back changes the labels and survives a reload', async ({ page, sachiv }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { name: 'सेटिंग्स', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');

  await page.getByRole('radio', { name: 'English (अंग्रेज़ी)' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'People' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(sachiv.core.settings().language).toBe('en');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('button', { name: 'Add person' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'हिन्दी (Hindi)' }).click();
  await expect(page.getByRole('link', { name: 'लोग' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'सेटिंग्स', level: 1 })).toBeVisible();
  expect(sachiv.core.settings().language).toBe('hi');
});

test('Devanagari digits apply to counts and the setting shows where the data lives', async ({ page, sachiv }) => {
  for (const name of ['अमित', 'बबीता', 'चंदन']) await sachiv.ok('people:create', { person: { name } });
  await page.goto('./#/settings');
  await expect(page.getByText(sachiv.dataDir)).toBeVisible();
  await expect(page.getByText('उदाहरण: 12,34,567 और 17 अप्रैल 2024')).toBeVisible();

  await page.getByRole('radio', { name: 'देवनागरी १ २ ३' }).click();
  await expect(page.getByText('उदाहरण: १२,३४,५६७ और १७ अप्रैल २०२४')).toBeVisible();
  await page.getByRole('link', { name: 'लोग' }).click();
  await expect(page.getByText('३ व्यक्ति')).toBeVisible();
  expect(sachiv.core.settings().digits).toBe('deva');
});

test('the bundled Noto Sans Devanagari regular and bold faces are the ones in use', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'लोग', level: 1 })).toBeVisible();
  const loadedFaces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .map((face) => `${face.family.replaceAll('"', '')} ${face.weight}`);
  });
  expect(new Set(loadedFaces)).toEqual(new Set(['Noto Sans Devanagari 400', 'Noto Sans Devanagari 700']));
  const family = await page.getByRole('heading', { name: 'लोग', level: 1 }).evaluate((element) => getComputedStyle(element).fontFamily);
  expect(family).toContain('Noto Sans Devanagari');
});

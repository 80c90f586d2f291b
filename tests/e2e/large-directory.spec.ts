import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePeople } from '../../bench/generate-people.js';
import { peopleDocument } from '../../src-main/core/people/document.js';
import { expect, test } from './support/fixtures.js';

const PEOPLE = 50_000;

test.use({
  // Ten years of one office: the directory is written straight to disk before the core opens it.
  prepareDataDir: async ({}, use) => {
    await use((dataDir) =>
      writeFile(
        join(dataDir, 'people.json'),
        JSON.stringify({ schemaVersion: 1, data: { people: generatePeople(PEOPLE), categories: peopleDocument.defaults().categories } }),
      ),
    );
  },
});

test('50,000 people: only the rows on screen are in the page, and the last person is one scroll away', async ({ page, sachiv }) => {
  // Opening 50,000 people and building their search index is slow on a busy 2-core machine.
  test.setTimeout(60_000);
  const [lastPerson] = (await sachiv.ok('people:search', { offset: PEOPLE - 1, limit: 1 })).items;
  await page.goto('./#/people');
  await expect(page.getByText('50,000 व्यक्ति')).toBeVisible();

  const table = page.getByRole('table', { name: 'लोग' });
  const bodyRows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(bodyRows.first()).not.toContainText('लोड');
  expect(await bodyRows.count(), 'a virtual list keeps only what is on screen (plus overscan) in the page').toBeLessThan(60);

  await table.evaluate((element) => {
    const scroller = [...element.querySelectorAll<HTMLElement>('*')].find((node) => node.scrollHeight > node.clientHeight + 1);
    scroller?.scrollTo({ top: scroller.scrollHeight });
  });
  await expect(table.getByRole('row', { name: new RegExp(lastPerson?.name ?? 'missing') })).toBeVisible();
  expect(await bodyRows.count()).toBeLessThan(60);

  await page.getByRole('searchbox', { name: 'खोजें' }).fill(lastPerson?.name ?? '');
  await expect(table.getByRole('cell', { name: lastPerson?.name ?? 'missing', exact: true })).toBeVisible();
});

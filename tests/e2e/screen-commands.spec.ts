import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ScreenCommandId } from '../../src-main/core/contract/index.js';
import { SCREEN_MENU_COMMANDS } from '../../src-main/shell/menu-commands.js';
import { seedFeedback, seedResolution, seedWorkshop } from '../unit/programmes/seed-workshop.js';
import { todayInPage } from './support/clock.js';
import { expect, test, type CoreClient } from './support/fixtures.js';

async function seed(sachiv: CoreClient, date: string) {
  const resolution = await sachiv.ok('citations:save', { citation: seedResolution });
  const workshop = seedWorkshop(resolution.id);
  const sessions = workshop.sessions?.map((session) => ({ ...session, date }));
  const programme = await sachiv.ok('programmes:create', { programme: { ...workshop, days: [{ date, partOfDay: 'morning' }], sessions } });
  await sachiv.ok('feedback:addMany', { programmeId: programme.id, entries: seedFeedback() });
  const person = await sachiv.ok('people:create', { person: { name: 'रमेश कुमार', designation: 'शाखा सचिव' } });
  await sachiv.ok('attendance:invite', { programmeId: programme.id, selection: { kind: 'people', personIds: [person.id] } });
  const report = await sachiv.ok('reports:create', { programmeId: programme.id, template: 'narrative' });
  return { programme, report, resolutionId: resolution.id };
}

/** Files the "user" saved into the exports folder (the test's stand-in for the save dialog). */
async function exported(sachiv: CoreClient): Promise<string[]> {
  return readdir(join(sachiv.dataDir, 'exports')).catch(() => []);
}

/** Runs a screen command both ways, each time from an empty exports folder, and checks what it made. */
async function runBothWays(page: Page, sachiv: CoreClient, id: ScreenCommandId, check: () => Promise<void>) {
  const keys = SCREEN_MENU_COMMANDS.find((command) => command.id === id)?.keys ?? '';
  for (const how of ['pressed', 'menu'] as const) {
    await rm(join(sachiv.dataDir, 'exports'), { recursive: true, force: true });
    if (how === 'pressed') await page.keyboard.press(keys);
    else sachiv.core.menuCommand({ keys });
    await check();
  }
}

function offered(sachiv: CoreClient) {
  return expect.poll(() => sachiv.core.screenCommands());
}

test('save, print and export act on the open screen, pressed or chosen from the File menu, and are greyed out elsewhere', async ({ page, sachiv }) => {
  test.setTimeout(90_000);
  const { programme, report } = await seed(sachiv, '2024-04-17');

  // Where nothing can be saved, printed or exported, the menu greys all three out.
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { name: 'सेटिंग्स', level: 1 })).toBeVisible();
  await offered(sachiv).toEqual([]);

  // The programme editor saves.
  await page.goto(`./#/programmes/${programme.id}`);
  const title = page.getByRole('textbox', { name: 'शीर्षक / विषय' });
  await expect(title).toBeVisible();
  await offered(sachiv).toEqual(['save']);
  await expect(page.getByRole('button', { name: 'सहेजें' })).toHaveAttribute('title', 'सहेजें — शॉर्टकट Ctrl+S');
  for (const [how, suffix] of [['pressed', ' (1)'], ['menu', ' (2)']] as const) {
    await title.fill(`${programme.title}${suffix}`);
    if (how === 'pressed') await page.keyboard.press('Control+S');
    else sachiv.core.menuCommand({ keys: 'Control+S' });
    await expect.poll(async () => (await sachiv.ok('programmes:get', { id: programme.id })).title, how).toBe(`${programme.title}${suffix}`);
    await expect(page.getByText('बदलाव अभी सहेजे नहीं गए')).toBeHidden();
  }

  // The feedback log exports to Excel.
  await page.goto(`./#/programmes/${programme.id}/feedback`);
  await offered(sachiv).toEqual(['export']);
  await runBothWays(page, sachiv, 'export', async () => {
    await expect.poll(() => exported(sachiv)).toEqual([expect.stringMatching(/\.xlsx$/)]);
  });

  // The attendance desk prints the sign-in sheet and exports the register.
  await page.goto(`./#/programmes/${programme.id}/attendance`);
  await offered(sachiv).toEqual(['print', 'export']);
  await expect(page.getByRole('button', { name: 'हस्ताक्षर पत्रक (PDF)' })).toHaveAttribute('aria-keyshortcuts', 'Control+P');
  await runBothWays(page, sachiv, 'print', async () => {
    await expect.poll(() => exported(sachiv), { timeout: 20_000 }).toEqual([expect.stringMatching(/\.pdf$/)]);
  });
  await runBothWays(page, sachiv, 'export', async () => {
    await expect.poll(() => exported(sachiv)).toEqual([expect.stringMatching(/\.xlsx$/)]);
  });

  // A dialog above the desk keeps the keys to itself: nothing behind it prints, and the menu greys everything out.
  await rm(join(sachiv.dataDir, 'exports'), { recursive: true, force: true });
  await page.getByRole('button', { name: 'बिना आमंत्रण आए व्यक्ति को जोड़ें' }).click();
  const walkIn = page.getByRole('dialog', { name: 'बिना आमंत्रण आए व्यक्ति', exact: true });
  await expect(walkIn).toBeVisible();
  await offered(sachiv).toEqual([]);
  await page.keyboard.press('Control+P');
  await page.keyboard.press('Control+Shift+A');
  await expect(walkIn).toBeVisible();
  await walkIn.press('Escape');
  await offered(sachiv).toEqual(['print', 'export']);
  // Had Ctrl+P started the sign-in sheet, Ctrl+E would do nothing while it is made (one output at a time), or the PDF would be here too.
  await page.keyboard.press('Control+E');
  await expect.poll(() => exported(sachiv)).toEqual([expect.stringMatching(/\.xlsx$/)]);

  // A report saves at once, opens its print preview, and exports a PDF.
  await page.goto(`./#/reports/${report.id}`);
  await expect(page.getByRole('textbox', { name: 'प्रतिवेदन का पाठ' })).toBeVisible();
  await offered(sachiv).toEqual(['save', 'print', 'export']);
  await runBothWays(page, sachiv, 'print', async () => {
    const preview = page.getByRole('dialog', { name: /पूर्वावलोकन/ });
    await expect(preview).toBeVisible();
    await preview.press('Escape');
    await expect(preview).toBeHidden();
  });
  await runBothWays(page, sachiv, 'export', async () => {
    await expect.poll(() => exported(sachiv), { timeout: 20_000 }).toEqual([expect.stringMatching(/\.pdf$/)]);
  });

  // Leaving the report takes its commands off the menu again.
  await page.goto('./#/people');
  await offered(sachiv).toEqual([]);
});

test('Ctrl+Shift+A opens the check-in desk of the programme on screen, or of today\'s programme, with the search box ready', async ({ page, sachiv }) => {
  const searchBox = page.getByRole('searchbox', { name: /नाम, फ़ोन या रोमन अक्षरों में खोजें/ });

  // No programme today: the list to pick one from, its search box ready.
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { name: 'सेटिंग्स', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+Shift+A');
  await expect(page).toHaveURL(/#\/attendance$/);
  await expect(page.getByRole('searchbox', { name: 'कार्यक्रम खोजें' })).toBeFocused();

  // One programme today: its desk, from anywhere, also through the menu.
  const { programme: held, resolutionId } = await seed(sachiv, await todayInPage(page));
  for (const how of ['pressed', 'menu'] as const) {
    await page.goto('./#/people');
    await expect(page.getByRole('heading', { name: 'लोग', level: 1 })).toBeVisible();
    if (how === 'pressed') await page.keyboard.press('Control+Shift+A');
    else sachiv.core.menuCommand({ keys: 'Control+Shift+A' });
    await expect(page, how).toHaveURL(new RegExp(`#/programmes/${held.id}/attendance$`));
    await expect(searchBox).toBeFocused();
  }

  // On another programme's screen, that programme's desk; pressed again at the desk, the search box takes the focus back.
  const other = await sachiv.ok('programmes:create', { programme: { ...seedWorkshop(resolutionId), title: 'पिछली बैठक', days: [{ date: '2024-04-17', partOfDay: 'morning' }] } });
  await page.goto(`./#/programmes/${other.id}/feedback`);
  await expect(page.getByRole('heading', { name: 'टिप्पणियाँ', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+Shift+A');
  await expect(page).toHaveURL(new RegExp(`#/programmes/${other.id}/attendance$`));
  await expect(searchBox).toBeFocused();
  await page.getByRole('button', { name: 'आमंत्रित करें' }).focus();
  await page.keyboard.press('Control+Shift+A');
  await expect(searchBox).toBeFocused();
});

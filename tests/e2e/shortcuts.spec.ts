import type { Page } from '@playwright/test';
import { AREA_COMMANDS, FILE_COMMANDS, HELP_COMMAND, LANGUAGE_COMMAND, SCREEN_MENU_COMMANDS } from '../../src-main/shell/menu-commands.js';
import { expect, test } from './support/fixtures.js';
import { saveScreenshot } from './support/screenshot.js';

type Check = (page: Page) => Promise<void>;

/** What each app-wide shortcut must visibly do (areas are checked by the address they open). */
const CHECKS: Record<string, Check> = {
  searchPeople: async (page) => {
    await expect(page.getByRole('searchbox', { name: 'खोजें' })).toBeFocused();
  },
  newProgramme: async (page) => {
    await expect(page).toHaveURL(/#\/programmes\/new$/);
  },
  newPerson: async (page) => {
    const dialog = page.getByRole('dialog', { name: 'व्यक्ति जोड़ें' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  },
  switchLanguage: async (page) => {
    await expect(page.getByRole('link', { name: 'People' })).toBeVisible();
    await page.keyboard.press('Control+Shift+L');
    await expect(page.getByRole('link', { name: 'लोग' })).toBeVisible();
  },
  checkInDesk: async (page) => {
    // With no programme today, the list to pick one from; screen-commands.spec.ts follows it further.
    await expect(page).toHaveURL(/#\/attendance$/);
    await expect(page.getByRole('searchbox', { name: 'कार्यक्रम खोजें' })).toBeFocused();
  },
  help: async (page) => {
    await expect(page.getByRole('dialog', { name: 'कीबोर्ड शॉर्टकट' })).toBeVisible();
    await page.keyboard.press('Escape');
  },
};

/** Screen shortcuts are pressed where they work, by those screens' own tests (save, print and export in screen-commands.spec.ts). */
const PRESSED_ELSEWHERE = ['save', 'print', 'export', 'checkIn', 'undoCheckIn', 'closeDialog'];

test('every shortcut on the F1 sheet does what the sheet says, pressed or chosen from the menu', async ({ page, sachiv }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { name: 'सेटिंग्स', level: 1 })).toBeVisible();
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'कीबोर्ड शॉर्टकट' });
  const rows = sheet.getByRole('table', { name: 'शॉर्टकट की सूची' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await saveScreenshot(page, 'hi-help-shortcuts');
  const listed = await rows.evaluateAll((elements) =>
    elements.map((row) => ({
      keys: (row.querySelector('kbd')?.textContent ?? '').replace('Ctrl', 'Control'),
      id: row.getAttribute('data-shortcut') ?? '',
      scope: row.getAttribute('data-scope') ?? '',
      path: row.getAttribute('data-path'),
    })),
  );
  await sheet.getByRole('button', { name: 'ठीक है, छिपाएँ' }).click();
  expect(listed.filter((row) => row.scope === 'global').length).toBeGreaterThanOrEqual(12);
  for (const row of listed.filter((entry) => entry.scope === 'screen')) expect(PRESSED_ELSEWHERE, row.id).toContain(row.id);

  // The app menu shows the same shortcuts as the sheet, no more and no fewer.
  const inMenus = [...FILE_COMMANDS, LANGUAGE_COMMAND, ...AREA_COMMANDS, HELP_COMMAND].map((command) => command.keys).sort();
  expect(listed.filter((row) => row.scope === 'global').map((row) => row.keys).sort()).toEqual(inMenus);
  const screenRows = listed.filter((row) => SCREEN_MENU_COMMANDS.some((command) => command.id === row.id));
  expect(screenRows.map((row) => [row.id, row.keys])).toEqual(SCREEN_MENU_COMMANDS.map((command) => [command.id, command.keys]));

  for (const row of listed.filter((entry) => entry.scope === 'global')) {
    for (const how of ['pressed', 'menu'] as const) {
      // Each key starts from a screen where it changes something visible.
      await page.goto('./#/settings');
      await expect(page.getByRole('heading', { name: 'सेटिंग्स', level: 1 })).toBeVisible();
      if (how === 'pressed') await page.keyboard.press(row.keys);
      else sachiv.core.menuCommand({ keys: row.keys });
      if (row.path !== null) {
        await expect(page, `${row.keys} ${how}`).toHaveURL(new RegExp(`#${row.path}$`));
      } else {
        const check = CHECKS[row.id];
        expect(check, `no check for the listed shortcut ${row.id}`).toBeDefined();
        await check?.(page);
      }
    }
  }
});

test('Help → "सचिव के बारे में" and the F1 sheet open the About screen: version, data folder and licences', async ({ page, sachiv }) => {
  await page.goto('./#/people');
  await expect(page.getByRole('heading', { name: 'लोग', level: 1 })).toBeVisible();
  // Not while a dialog is open: what is typed there would be lost.
  await page.keyboard.press('Control+Shift+N');
  const form = page.getByRole('dialog', { name: 'व्यक्ति जोड़ें' });
  await expect(form).toBeVisible();
  sachiv.core.menuCommand({ open: 'about' });
  sachiv.core.menuCommand({ keys: 'Alt+6' });
  await expect(form).toBeVisible();
  await expect(page).toHaveURL(/#\/people$/);
  await form.press('Escape');
  await expect(form).toBeHidden();
  sachiv.core.menuCommand({ open: 'about' });
  await expect(page.getByRole('heading', { name: 'सचिव के बारे में', level: 1 })).toBeVisible();
  await expect(page.getByText(sachiv.dataDir)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'लाइसेंस' })).toBeVisible();
  await saveScreenshot(page, 'hi-about');

  await page.goto('./#/people');
  await page.keyboard.press('F1');
  await page.getByRole('dialog', { name: 'कीबोर्ड शॉर्टकट' }).getByRole('link', { name: /सचिव के बारे में/ }).click();
  await expect(page.getByRole('dialog', { name: 'कीबोर्ड शॉर्टकट' })).toBeHidden();
  await expect(page).toHaveURL(/#\/about$/);
});

test('the sidebar switches the language and opens the help sheet, and its tooltips name the keys', async ({ page }) => {
  await page.goto('./#/people');
  const toEnglish = page.getByRole('button', { name: 'भाषा बदलें: English' });
  await expect(toEnglish).toHaveAttribute('title', 'भाषा बदलें — शॉर्टकट Ctrl+Shift+L');
  await toEnglish.click();
  await expect(page.getByRole('link', { name: 'People' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch language: हिन्दी' }).click();
  await expect(page.getByRole('link', { name: 'लोग' })).toBeVisible();

  const help = page.getByRole('button', { name: 'सहायता' });
  await expect(help).toHaveAttribute('title', 'कीबोर्ड शॉर्टकट और सहायता — शॉर्टकट F1');
  await help.click();
  await expect(page.getByRole('dialog', { name: 'कीबोर्ड शॉर्टकट' })).toBeVisible();
});

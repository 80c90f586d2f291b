import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures.js';

/**
 * axe-core over every main screen and dialog, in Hindi, with the demo data in them so that
 * tables, cards and lists are full. Every rule stays on, colour contrast included.
 */
async function audit(page: Page, where: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) => `${violation.id} (${violation.impact ?? '?'}): ${violation.help}\n    ${violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join('\n    ')}`,
  );
  expect.soft(found, where).toEqual([]);
}

/** Opens each screen by its address once its heading is there and nothing is loading, and audits it. */
async function auditScreens(page: Page, paths: string[]): Promise<void> {
  for (const path of paths) {
    await page.goto(`./#${path}`);
    await expect(page.locator('#page-title')).toBeAttached();
    await expect(page.getByRole('status').filter({ hasText: 'लोड' })).toHaveCount(0);
    await audit(page, path);
  }
}

// axe takes several seconds over a full screen on a busy machine, hence the long limits.
test('the list screens with the demo data', async ({ page, sachiv }) => {
  test.setTimeout(240_000);
  await sachiv.ok('demo:load', {});
  await auditScreens(page, ['/people', '/programmes', '/attendance', '/feedback', '/reports', '/settings', '/about']);
});

test('a programme, its check-in desk and comments, and a report, with the demo data', async ({ page, sachiv }) => {
  test.setTimeout(240_000);
  await sachiv.ok('demo:load', {});
  const programme = (await sachiv.ok('programmes:list', {})).items[0]?.id ?? '';
  const report = (await sachiv.ok('reports:list', {}))[0]?.id ?? '';
  await auditScreens(page, [
    '/programmes/new',
    `/programmes/${programme}`,
    `/programmes/${programme}/attendance`,
    `/programmes/${programme}/feedback`,
    `/reports/${report}`,
  ]);
});

test('the dialogs of people, programmes and the check-in desk', async ({ page, sachiv, context }, testInfo) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await sachiv.ok('demo:load', {});

  await page.goto('./#/people');
  await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
  const personDialog = page.getByRole('dialog', { name: 'व्यक्ति जोड़ें' });
  // Text pasted in Kruti Dev brings the offer to convert it, inside the dialog.
  await page.evaluate(() => navigator.clipboard.writeText('{ks=h; izfrfuf/k'));
  await personDialog.getByRole('textbox', { name: 'पद' }).focus();
  await page.keyboard.press('Control+V');
  await expect(personDialog.getByRole('group', { name: 'Kruti Dev पाठ को यूनिकोड में बदलें' })).toBeVisible();
  await audit(page, 'person dialog with the Kruti Dev offer');
  await page.keyboard.press('Escape');

  // A list with a Kruti Dev column, a bad phone number and a duplicate fills every part of the import preview.
  const list = testInfo.outputPath('सदस्य.csv');
  await writeFile(list, '\uFEFFनाम,पद,मोबाइल\r\nसुनीता वर्मा,lnL;,98765 43210\r\nरमेश यादव,lnL;,12ab\r\nरमेश यादव,lnL;,12ab\r\n');
  sachiv.fileToOpen = list;
  await page.getByRole('button', { name: 'फ़ाइल से आयात करें' }).click();
  const importDialog = page.getByRole('dialog', { name: 'फ़ाइल से लोग जोड़ें' });
  await expect(importDialog.getByRole('combobox', { name: 'नाम' })).toBeVisible();
  await audit(page, 'import dialog with its preview');
  await page.keyboard.press('Escape');

  const firstRemove = page.getByRole('row').getByRole('button', { name: /हटाएँ$/ }).first();
  await firstRemove.click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await audit(page, 'remove a person');
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'कीबोर्ड शॉर्टकट' })).toBeVisible();
  await audit(page, 'F1 shortcuts');
  await page.keyboard.press('Escape');

  await page.goto('./#/programmes');
  await page.getByRole('button', { name: / हटाएँ$/ }).first().click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await audit(page, 'remove a programme');
  await page.keyboard.press('Escape');

  // The editor asks before leaving unsaved changes.
  const programme = (await sachiv.ok('programmes:list', {})).items[0];
  await page.goto(`./#/programmes/${programme?.id ?? ''}`);
  await page.getByRole('textbox', { name: 'शीर्षक / विषय' }).fill('बदला हुआ शीर्षक');
  await page.getByRole('link', { name: 'लोग' }).click();
  await expect(page.getByRole('alertdialog', { name: 'बदलाव सहेजे नहीं गए हैं' })).toBeVisible();
  await audit(page, 'leave with unsaved changes');
  await page.keyboard.press('Escape');

  await page.goto(`./#/programmes/${programme?.id ?? ''}/attendance`);
  await page.getByRole('button', { name: 'आमंत्रित करें', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'लोगों को आमंत्रित करें' })).toBeVisible();
  await audit(page, 'invite dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'बिना आमंत्रण आए व्यक्ति को जोड़ें' }).click();
  await expect(page.getByRole('dialog', { name: 'बिना आमंत्रण आए व्यक्ति', exact: true })).toBeVisible();
  await audit(page, 'walk-in dialog');
  await page.keyboard.press('Escape');

  // A person's status menu, open.
  await page.getByRole('button', { name: /की स्थिति बदलें \(अभी: / }).first().click();
  const statusMenu = page.getByRole('menu', { name: / की स्थिति$/ });
  await expect(statusMenu.getByRole('menuitemradio').first()).toBeVisible();
  await audit(page, 'status menu open');
  await statusMenu.getByRole('menuitemradio', { name: 'सूचना सहित अनुपस्थित' }).click();
  await expect(page.getByRole('dialog', { name: /: सूचना सहित अनुपस्थित$/ })).toBeVisible();
  await audit(page, 'reason dialog');
  await page.keyboard.press('Escape');

  // A check-in the core could not save, kept under the search box with its buttons.
  const programmeFile = join(sachiv.dataDir, 'programmes', `${programme?.id ?? ''}.json`);
  await rename(programmeFile, `${programmeFile}.kept`);
  await mkdir(programmeFile);
  try {
    const attendance = await sachiv.ok('attendance:get', { programmeId: programme?.id ?? '' });
    const notHereYet = attendance.attendees.find((attendee) => attendee.marks.programme?.status !== 'present');
    if (!notHereYet) throw new Error('the demo programme needs someone not yet present');
    const search = page.getByRole('searchbox', { name: /नाम, फ़ोन या रोमन अक्षरों में खोजें/ });
    await search.pressSequentially(notHereYet.name, { delay: 30 });
    await search.press('Enter');
    await expect(page.getByRole('region', { name: 'जो उपस्थिति दर्ज नहीं हो सकी' }).getByRole('alert')).toBeVisible();
    await audit(page, 'a failed check-in');
  } finally {
    await rm(programmeFile, { recursive: true });
    await rename(`${programmeFile}.kept`, programmeFile);
  }
});

test('the dialogs of reports, feedback and backup', async ({ page, sachiv }, testInfo) => {
  test.setTimeout(240_000);
  await sachiv.ok('demo:load', {});
  const programme = (await sachiv.ok('programmes:list', {})).items[0];

  await page.goto('./#/reports');
  await page.getByRole('button', { name: 'नया प्रतिवेदन' }).click();
  await expect(page.getByRole('dialog', { name: 'प्रतिवेदन बनाएँ' })).toBeVisible();
  await audit(page, 'new report');
  await page.keyboard.press('Escape');

  const report = (await sachiv.ok('reports:list', {}))[0];
  await page.goto(`./#/reports/${report?.id ?? ''}`);
  await page.getByRole('button', { name: 'पूर्वावलोकन' }).click();
  const preview = page.getByRole('dialog', { name: /पूर्वावलोकन/ });
  await expect(preview.getByRole('img', { name: /^पृष्ठ 1 \// })).toBeVisible({ timeout: 30_000 });
  await audit(page, 'report preview');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'संस्करण सहेजें' }).click();
  const naming = page.getByRole('dialog', { name: 'यह संस्करण सहेजें' });
  await expect(naming).toBeVisible();
  await audit(page, 'name a version');
  await naming.getByRole('textbox', { name: 'संस्करण का नाम' }).fill('अध्यक्ष को भेजा गया');
  await naming.getByRole('button', { name: 'सहेजें' }).click();
  await expect(naming).toBeHidden();

  await page.getByRole('button', { name: 'संस्करण', exact: true }).click();
  const versions = page.getByRole('list', { name: 'संस्करण' });
  await expect(versions.getByRole('listitem').first()).toBeVisible();
  await audit(page, 'the versions beside the report');
  await versions.getByRole('button', { name: /की वर्तमान मसौदे से तुलना करें$/ }).first().click();
  await expect(page.getByRole('dialog', { name: /और वर्तमान मसौदा$/ })).toBeVisible();
  await audit(page, 'a version compared with the draft');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'अंतिम करें' }).click();
  await expect(page.getByRole('alertdialog', { name: 'प्रतिवेदन अंतिम करें?' })).toBeVisible();
  await audit(page, 'finalise a report');
  await page.keyboard.press('Escape');

  await page.goto(`./#/programmes/${programme?.id ?? ''}/feedback`);
  await page.getByRole('button', { name: 'कई टिप्पणियाँ एक साथ चिपकाएँ' }).click();
  const paste = page.getByRole('dialog', { name: 'कई टिप्पणियाँ एक साथ जोड़ें' });
  await paste.getByRole('textbox').first().fill('प्रशिक्षण उपयोगी रहा।\nसमय कम था।');
  await audit(page, 'paste many comments');
  await page.keyboard.press('Escape');

  const followUp = page.getByRole('button', { name: /^टिप्पणी \d+ की अनुवर्ती कार्रवाई$/ }).first();
  await followUp.click();
  await expect(page.getByRole('dialog', { name: /अनुवर्ती कार्रवाई$/ })).toBeVisible();
  await audit(page, 'follow-up of a comment');
  await page.keyboard.press('Escape');

  // A backup taken now, then picked for a restore, shows what it holds before anything is replaced.
  await page.goto('./#/settings');
  const backup = page.getByRole('region', { name: 'बैकअप' });
  await backup.getByRole('button', { name: 'बैकअप लें' }).click();
  await expect(backup.getByRole('status').first()).toContainText('बैकअप सहेजा गया:');
  sachiv.fileToOpen = (await backup.getByRole('status').first().textContent())?.match(/(\/[^()]+\.sachiv-backup)/)?.[1] ?? null;
  await backup.getByRole('button', { name: 'बैकअप से पुनर्स्थापित करें' }).click();
  await expect(page.getByRole('alertdialog', { name: 'इस बैकअप से पुनर्स्थापित करें?' })).toBeVisible();
  await audit(page, 'restore a backup');
  await page.keyboard.press('Escape');

  // A file that is no backup, opened from outside the app (a double click), is refused in the same dialog.
  const foreign = testInfo.outputPath('नकली.sachiv-backup');
  await writeFile(foreign, 'not a backup');
  sachiv.core.offerBackupFile(foreign);
  const refused = page.getByRole('alertdialog', { name: 'इस बैकअप से पुनर्स्थापित करें?' });
  await expect(refused.getByRole('alert')).toContainText('यह फ़ाइल सचिव का बैकअप नहीं है');
  await audit(page, 'a backup opened from outside, refused');
  await refused.getByRole('button', { name: 'ठीक है, छिपाएँ' }).click();
});

test.describe('on the first start', () => {
  test.use({ firstRun: true });

  test('the welcome screen, before and after the demo data', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'सचिव में आपका स्वागत है', level: 1 })).toBeVisible();
    await audit(page, 'welcome');
    await page.getByRole('button', { name: 'नमूना डेटा जोड़ें' }).click();
    await expect(page.getByText(/नमूना डेटा जुड़ा हुआ है/)).toBeVisible({ timeout: 30_000 });
    await audit(page, 'welcome with the demo data');
  });
});

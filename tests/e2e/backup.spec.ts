import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures.js';
import { saveScreenshot } from './support/screenshot.js';

const HINDI_MONTH = /(जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्तूबर|अक्टूबर|नवंबर|दिसंबर)/;

test('a backup is taken, previewed and restored from the settings screen, in Hindi', async ({ page, sachiv }) => {
  await sachiv.ok('people:create', { person: { name: 'रामेश्वर प्रसाद' } });
  await page.goto('./#/settings');
  const section = page.getByRole('region', { name: 'बैकअप' });

  // Opening the data folder took the day's automatic backup; it is listed with a Hindi date and size.
  const automatic = section.getByRole('table', { name: 'स्वचालित बैकअप' });
  await expect(automatic.getByRole('row')).toHaveCount(2);
  await expect(automatic.getByRole('row').nth(1)).toContainText(HINDI_MONTH);
  await expect(automatic.getByRole('row').nth(1)).toContainText('केबी');

  await section.getByRole('button', { name: 'बैकअप लें' }).click();
  await expect(section.getByRole('status').first()).toContainText('बैकअप सहेजा गया:');
  await expect(section.getByRole('status').first()).toContainText('1 लोग');

  // After the backup, someone is added; the restore must bring back the state without them.
  await sachiv.ok('people:create', { person: { name: 'सुनीता देवी' } });
  const backupFile = (await section.getByRole('status').first().textContent())?.match(/(\/[^()]+\.sachiv-backup)/)?.[1];
  expect(backupFile?.startsWith(join(sachiv.dataDir, 'exports'))).toBe(true);
  sachiv.fileToOpen = backupFile ?? null;

  await section.getByRole('button', { name: 'बैकअप से पुनर्स्थापित करें' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'इस बैकअप से पुनर्स्थापित करें?' });
  await expect(dialog).toContainText('लोग1');
  await expect(dialog).toContainText(HINDI_MONTH);
  await expect(dialog).toContainText('बदलने से पहले अभी के डेटा का एक स्वचालित बैकअप');
  await saveScreenshot(page, 'hi-backup-restore-preview');

  await dialog.getByRole('button', { name: 'हाँ, पुनर्स्थापित करें' }).click();
  await expect(dialog).toContainText('सचिव अब फिर से शुरू हो रहा है');

  // What the shell does with app.relaunch(): close the core and open the data folder again.
  await sachiv.restart();
  await page.reload();
  await page.goto('./#/people');
  await expect(page.getByText('रामेश्वर प्रसाद')).toBeVisible();
  await expect(page.getByText('सुनीता देवी')).toHaveCount(0);
  const people = await sachiv.ok('people:search', {});
  expect(people.items.map((person) => person.name)).toEqual(['रामेश्वर प्रसाद']);
});

test('a file that is not a backup is refused with a Hindi message and nothing changes', async ({ page, sachiv }) => {
  await sachiv.ok('people:create', { person: { name: 'रामेश्वर प्रसाद' } });
  const pdf = join(sachiv.dataDir, 'सूचना.pdf');
  await writeFile(pdf, '%PDF-1.4\n%%EOF\n', 'latin1');
  sachiv.fileToOpen = pdf;

  await page.goto('./#/settings');
  const section = page.getByRole('region', { name: 'बैकअप' });
  await section.getByRole('button', { name: 'बैकअप से पुनर्स्थापित करें' }).click();
  await expect(section.getByRole('alert')).toContainText('यह फ़ाइल सचिव का बैकअप नहीं है');
  await expect(section.getByRole('alert')).toContainText('आपका मौजूदा डेटा जैसा था वैसा ही है');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await saveScreenshot(page, 'hi-backup-refused');
  expect((await sachiv.ok('people:search', {})).total).toBe(1);
});

test('a backup file opened from outside the app (double click) is previewed and restored; a foreign one is refused', async ({ page, sachiv }) => {
  await sachiv.ok('people:create', { person: { name: 'रामेश्वर प्रसाद' } });
  const backup = await sachiv.ok('backup:create', {});
  await sachiv.ok('people:create', { person: { name: 'सुनीता देवी' } });
  await page.goto('./#/people');
  await expect(page.getByText('सुनीता देवी')).toBeVisible();

  // What the shell does with the path Windows or Linux passes to the running copy.
  const foreign = join(sachiv.dataDir, 'नकली.sachiv-backup');
  await writeFile(foreign, 'not a backup');
  sachiv.core.offerBackupFile(foreign);
  const refused = page.getByRole('alertdialog', { name: 'इस बैकअप से पुनर्स्थापित करें?' });
  await expect(refused.getByRole('alert')).toContainText('यह फ़ाइल सचिव का बैकअप नहीं है');
  await refused.getByRole('button', { name: 'ठीक है, छिपाएँ' }).click();
  await expect(refused).toBeHidden();

  sachiv.core.offerBackupFile(backup?.path ?? '');
  const dialog = page.getByRole('alertdialog', { name: 'इस बैकअप से पुनर्स्थापित करें?' });
  await expect(dialog).toContainText('लोग1');
  await dialog.getByRole('button', { name: 'हाँ, पुनर्स्थापित करें' }).click();
  await expect(dialog).toContainText('सचिव अब फिर से शुरू हो रहा है');
  await sachiv.restart();
  expect((await sachiv.ok('people:search', {})).items.map((person) => person.name)).toEqual(['रामेश्वर प्रसाद']);
});

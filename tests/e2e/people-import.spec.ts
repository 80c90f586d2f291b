import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { krutiDevToUnicode } from '../../src-main/core/text/kruti-dev/index.js';
import { expect, test } from './support/fixtures.js';
import { saveScreenshot } from './support/screenshot.js';

const ROWS = 500;
/** Designations as an office typed them in the Kruti Dev font, and what they are in Unicode. */
const KRUTI_DEV_DESIGNATIONS = [
  ['lfpo', 'सचिव'],
  ['v/;{k', 'अध्यक्ष'],
  ['lnL;', 'सदस्य'],
] as const;
const FIRST_NAMES = ['सुनीता', 'रमेश', 'अनीता', 'मोहन', 'ज़ैनब', 'प्रदीप', 'कविता', 'अर्जुन', 'शबनम', 'विकास'];
const LAST_NAMES = ['वर्मा', 'यादव', 'शर्मा', 'ख़ान', 'पटेल', 'सिंह', 'मिश्रा', 'गुप्ता', 'कुमारी', 'चौहान'];

async function writeMemberList(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('सदस्य');
  sheet.addRow(['क्रम', 'नाम', 'पद', 'संगठन/इकाई', 'मोबाइल नंबर']);
  for (let index = 0; index < ROWS; index += 1) {
    const name = `${FIRST_NAMES[index % 10]} ${LAST_NAMES[Math.floor(index / 10) % 10]} ${index + 1}`;
    sheet.addRow([index + 1, name, KRUTI_DEV_DESIGNATIONS[index % 3]![0], `ग्राम पंचायत ${(index % 25) + 1}`, `9${String(800000000 + index)}`]);
  }
  await workbook.xlsx.writeFile(path);
}

test.describe('फ़ाइल से आयात (importing people from a spreadsheet)', () => {
  test('imports 500 people from an XLSX with a Kruti Dev column, then undoes it', async ({ page, sachiv }, testInfo) => {
    // Writing, reading, saving and undoing 500 people takes a while on a busy 2-core machine.
    test.setTimeout(90_000);
    for (const [typed, unicode] of KRUTI_DEV_DESIGNATIONS) expect(krutiDevToUnicode(typed)).toBe(unicode);
    const path = testInfo.outputPath('सदस्य-सूची.xlsx');
    await writeMemberList(path);
    sachiv.fileToOpen = path;

    await page.goto('./');
    await page.getByRole('button', { name: 'फ़ाइल से आयात करें' }).click();
    const dialog = page.getByRole('dialog', { name: 'फ़ाइल से लोग जोड़ें' });
    await expect(dialog.getByText('सदस्य-सूची.xlsx')).toBeVisible();
    await expect(dialog.getByText('Excel कार्यपुस्तिका (.xlsx)')).toBeVisible();
    await expect(dialog.getByText('500 पंक्तियाँ', { exact: true })).toBeVisible();

    // The mapping was guessed from the Hindi headers.
    await expect(dialog.getByRole('combobox', { name: 'नाम' }).locator('option:checked')).toHaveText('B — नाम');
    await expect(dialog.getByRole('combobox', { name: 'पद' }).locator('option:checked')).toHaveText('C — पद');
    await expect(dialog.getByRole('combobox', { name: 'फ़ोन' }).locator('option:checked')).toHaveText('E — मोबाइल नंबर');
    await expect(dialog.getByRole('combobox', { name: 'ईमेल' }).locator('option:checked')).toHaveText('— कोई स्तंभ नहीं —');

    // The Kruti Dev column is found and its conversion offered, checked.
    const convert = dialog.getByRole('checkbox', { name: 'स्तंभ C (पद): Kruti Dev से यूनिकोड में बदलें' });
    await expect(convert).toBeChecked();
    await expect(dialog.getByText('पूरा स्तंभ Kruti Dev जैसा है, इसलिए बदलना पहले से चुना गया है।')).toBeVisible();
    // The first cells are shown as they are in the file, next to what they become.
    const samples = dialog.getByRole('table', { name: 'स्तंभ C के पहले खाने, बदलने से पहले और बाद' });
    await expect(samples.getByRole('columnheader')).toHaveText(['फ़ाइल में', 'यूनिकोड में बदलकर']);
    await expect(samples.getByRole('row').nth(1).getByRole('cell')).toHaveText(['lfpo', 'सचिव']);
    await expect(samples.getByRole('row').nth(2).getByRole('cell')).toHaveText(['v/;{k', 'अध्यक्ष']);

    const preview = dialog.getByRole('table', { name: 'पहली पंक्तियाँ, जैसी वे सहेजी जाएँगी' });
    await expect(preview.getByRole('row').nth(1).getByRole('cell')).toHaveText(['सुनीता वर्मा 1', 'सचिव', 'ग्राम पंचायत 1', '', '9800000000', '']);
    await expect(dialog.getByText('500 पंक्तियाँ जोड़ने के लिए तैयार')).toBeVisible();
    await saveScreenshot(page, 'people-import-mapping');

    // Unchecking shows the text as typed; checking again converts it.
    await convert.uncheck();
    await expect(preview.getByRole('row').nth(2).getByRole('cell').nth(1)).toHaveText('v/;{k');
    await convert.check();
    await expect(preview.getByRole('row').nth(2).getByRole('cell').nth(1)).toHaveText('अध्यक्ष');

    await dialog.getByRole('button', { name: '500 लोग जोड़ें' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText('500 लोग जोड़े गए');
    await expect(page.getByText('500 व्यक्ति')).toBeVisible();
    const saved = await sachiv.ok('people:search', { query: 'अध्यक्ष' });
    expect(saved.total).toBe(167);
    await saveScreenshot(page, 'people-import-done');

    await page.getByRole('status').getByRole('button', { name: 'पूर्ववत करें' }).click();
    await expect(page.getByRole('status')).toContainText('आयात पूर्ववत किया गया: 500 लोग हटाए गए');
    await expect(page.getByText('अभी कोई व्यक्ति नहीं है।')).toBeVisible();
    expect((await sachiv.ok('people:search', {})).total).toBe(0);
  });

  test('a Windows-1252 CSV of accented Latin names is not offered for Kruti Dev conversion and imports the names as written', async ({ page, sachiv }, testInfo) => {
    const path = testInfo.outputPath('contacts.csv');
    const people = [
      ['José Müller', 'Directeur général', 'Société Générale'],
      ['Renée Façade', 'Chargée de mission', 'Comité régional'],
      ['Jürgen Groß', 'Geschäftsführer', 'Stadtwerke München'],
      ['Begoña Ibáñez', 'Técnica', 'Ayuntamiento de Cádiz'],
    ];
    // Excel on an English Windows saves "CSV" in Windows-1252: é is the single byte E9.
    await writeFile(path, Buffer.from(['Name,Designation,Organisation', ...people.map((row) => row.join(','))].join('\r\n'), 'latin1'));
    sachiv.fileToOpen = path;

    await page.goto('./');
    await page.getByRole('button', { name: 'फ़ाइल से आयात करें' }).click();
    const dialog = page.getByRole('dialog', { name: 'फ़ाइल से लोग जोड़ें' });
    await expect(dialog.getByText('4 पंक्तियाँ', { exact: true })).toBeVisible();
    await expect(dialog.getByText('Windows-1252 (पुराना ANSI)')).toBeVisible();
    const preview = dialog.getByRole('table', { name: 'पहली पंक्तियाँ, जैसी वे सहेजी जाएँगी' });
    await expect(preview.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('José Müller');
    await expect(preview.getByRole('row').nth(2).getByRole('cell').first()).toHaveText('Renée Façade');
    await expect(dialog.getByRole('heading', { name: 'Kruti Dev में टाइप किए स्तंभ' })).toHaveCount(0);
    await expect(dialog.getByRole('checkbox', { name: /Kruti Dev से यूनिकोड में बदलें/ })).toHaveCount(0);

    await dialog.getByRole('button', { name: '4 लोग जोड़ें' }).click();
    await expect(dialog).toBeHidden();
    const saved = (await sachiv.ok('people:search', { limit: 10 })).items;
    expect(saved.map((person) => [person.name, person.designation]).sort()).toEqual(people.map(([name, designation]) => [name, designation]).sort());
  });

  test('a Kruti Dev column with an English cell in it is offered unticked, with the reason', async ({ page, sachiv }, testInfo) => {
    const path = testInfo.outputPath('mixed.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('सदस्य');
    sheet.addRow(['नाम', 'पद']);
    for (const [index, designation] of ['lfpo', 'fyfid', 'lnL;', 'ys[kkdkj', 'José Müller'].entries()) sheet.addRow([`व्यक्ति ${index + 1}`, designation]);
    await workbook.xlsx.writeFile(path);
    sachiv.fileToOpen = path;

    await page.goto('./');
    await page.getByRole('button', { name: 'फ़ाइल से आयात करें' }).click();
    const dialog = page.getByRole('dialog', { name: 'फ़ाइल से लोग जोड़ें' });
    const convert = dialog.getByRole('checkbox', { name: 'स्तंभ B (पद): Kruti Dev से यूनिकोड में बदलें' });
    await expect(convert).not.toBeChecked();
    await expect(dialog.getByText('यह पक्का नहीं है, इसलिए बदलना चुना नहीं गया है। नमूने देखकर स्वयं चुनें:')).toBeVisible();
    await expect(dialog.getByText('1 खाने में é, ü जैसे रोमन अक्षर हैं जो Kruti Dev में नहीं होते: “José Müller”')).toBeVisible();
    const samples = dialog.getByRole('table', { name: 'स्तंभ B के पहले खाने, बदलने से पहले और बाद' });
    await expect(samples.getByRole('row').nth(2).getByRole('cell')).toHaveText(['fyfid', 'लिपिक']);
    await saveScreenshot(page, 'people-import-kruti-dev-unsure');

    const preview = dialog.getByRole('table', { name: 'पहली पंक्तियाँ, जैसी वे सहेजी जाएँगी' });
    await expect(preview.getByRole('row').nth(2).getByRole('cell').nth(1)).toHaveText('fyfid');
    await convert.check();
    await expect(preview.getByRole('row').nth(2).getByRole('cell').nth(1)).toHaveText('लिपिक');
    // Ticking the column converts only its Kruti Dev cells; the English one is kept and named.
    await expect(preview.getByRole('row').nth(5).getByRole('cell').nth(1)).toHaveText('José Müller');
    const kept = dialog.getByRole('group', { name: 'Kruti Dev से न बदले गए खाने' });
    await expect(kept.getByRole('listitem')).toHaveText(['पंक्ति 6, स्तंभ «पद»: Kruti Dev जैसा नहीं लगा, जैसा था वैसा रखा गया']);

    await dialog.getByRole('button', { name: '5 लोग जोड़ें' }).click();
    await expect(dialog).toBeHidden();
    const saved = (await sachiv.ok('people:search', { limit: 10 })).items;
    expect(saved.map((person) => person.designation).sort()).toEqual(['José Müller', 'लिपिक', 'लेखाकार', 'सचिव', 'सदस्य'].sort());
  });

  test('lists bad rows and duplicates, and imports only when the user says what to do with them', async ({ page, sachiv }, testInfo) => {
    await sachiv.ok('people:create', { person: { name: 'सुनीता वर्मा', phone: '98765 43210' } });
    const path = testInfo.outputPath('list.csv');
    await writeFile(
      path,
      ['नाम,पद,फ़ोन', 'सुनीता वर्मा,सचिव,+91 98765 43210', 'रमेश यादव,सदस्य,12ab', 'अनीता,सदस्य,९८७६५४३२११', 'अनीता,,98765-43211'].join('\r\n'),
    );
    sachiv.fileToOpen = path;

    await page.goto('./');
    await page.getByRole('button', { name: 'फ़ाइल से आयात करें' }).click();
    const dialog = page.getByRole('dialog', { name: 'फ़ाइल से लोग जोड़ें' });
    await expect(dialog.getByText('CSV तालिका')).toBeVisible();
    await expect(dialog.getByText('UTF-8', { exact: true })).toBeVisible();
    await expect(dialog.getByText(/^पंक्ति 3, स्तंभ C \(फ़ोन\): फ़ोन सही नहीं है/)).toBeVisible();
    await expect(dialog.getByText('पंक्ति 2: सुनीता वर्मा — इसी नाम और फ़ोन वाले सुनीता वर्मा निर्देशिका में हैं')).toBeVisible();
    await expect(dialog.getByText('पंक्ति 5: अनीता — फ़ाइल में ऊपर भी यही व्यक्ति है')).toBeVisible();

    const importButton = dialog.getByRole('button', { name: /जोड़ें$/ }).last();
    await expect(importButton).toBeDisabled();
    await dialog.getByRole('checkbox', { name: 'गलत पंक्तियाँ छोड़ दें, बाकी जोड़ें' }).check();
    const choices = dialog.getByRole('radiogroup', { name: 'ऐसे लोगों के साथ क्या करें?' });
    await expect(choices.getByRole('radio', { name: 'छोड़ दें (न जोड़ें)' })).toBeChecked();
    await choices.getByRole('radio', { name: /मिला दें/ }).check();
    await saveScreenshot(page, 'people-import-problems');

    await dialog.getByRole('button', { name: '1 व्यक्ति जोड़ें' }).click();
    await expect(dialog).toBeHidden();
    const people = (await sachiv.ok('people:search', {})).items;
    expect(people.map((person) => [person.name, person.designation, person.phone])).toEqual([
      ['अनीता', 'सदस्य', '9876543211'],
      ['सुनीता वर्मा', 'सचिव', '98765 43210'],
    ]);
  });

  test('works from the keyboard, and Escape closes the dialog without saving anything', async ({ page, sachiv }, testInfo) => {
    const path = testInfo.outputPath('list.csv');
    await writeFile(path, '\uFEFFनाम,मोबाइल\r\nसुनीता वर्मा,98765 43210\r\n');
    sachiv.fileToOpen = path;

    await page.goto('./');
    await page.getByRole('button', { name: 'फ़ाइल से आयात करें' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'फ़ाइल से लोग जोड़ें' });
    await expect(dialog.getByText('UTF-8 (BOM सहित)')).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'नाम' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect((await sachiv.ok('people:search', {})).total).toBe(0);

    await page.getByRole('button', { name: 'फ़ाइल से आयात करें' }).click();
    const importButton = dialog.getByRole('button', { name: '1 व्यक्ति जोड़ें' });
    await expect(importButton).toBeEnabled();
    await importButton.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText('1 व्यक्ति जोड़ा गया');
    expect((await sachiv.ok('people:search', {})).items.map((person) => person.phone)).toEqual(['98765 43210']);
  });
});

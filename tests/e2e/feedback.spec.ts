import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type CoreClient } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

const TITLE = 'ग्राम सभा सशक्तिकरण कार्यशाला';

async function seedProgramme(sachiv: CoreClient) {
  return sachiv.ok('programmes:create', {
    programme: { title: TITLE, kindId: 'kind-workshop', days: [{ date: '2024-08-21', partOfDay: 'afternoon' }] },
  });
}

test('the feedback area asks for a programme, then entries are typed one after another from the keyboard', async ({ page, sachiv }) => {
  const programme = await seedProgramme(sachiv);
  await page.goto('./');
  await page.getByRole('link', { name: 'टिप्पणियाँ' }).click();
  await expect(page.getByRole('heading', { name: 'टिप्पणियाँ', level: 1 })).toBeVisible();
  await page.getByRole('list', { name: 'कार्यक्रम' }).getByRole('link', { name: TITLE }).click();
  await expect(page.getByText(`कार्यक्रम: ${TITLE} — 21 अगस्त 2024, दोपहर`)).toBeVisible();
  const counts = page.getByRole('region', { name: 'टिप्पणियों की गिनती' });
  await expect(counts).toContainText('अभी कोई टिप्पणी नहीं');
  await expect(page.getByText('इस कार्यक्रम की कोई टिप्पणी अभी दर्ज नहीं है।')).toBeVisible();

  // Enter on an empty comment is refused beside the box, and nothing is added.
  const text = page.getByRole('textbox', { name: 'टिप्पणी', exact: true });
  await text.press('Enter');
  await expect(text).toHaveAccessibleDescription('टिप्पणी भरना आवश्यक है।');
  expect((await sachiv.ok('feedback:list', { programmeId: programme.id })).total).toBe(0);

  await page.getByRole('combobox', { name: 'श्रेणी' }).selectOption({ label: 'कठिनाइयाँ' });
  for (const [index, comment] of ['बैठक की सूचना देर से मिली', 'सभा स्थल दूर था', 'महिलाओं की भागीदारी कम रही'].entries()) {
    await text.fill(comment);
    await text.press('Enter');
    await expect(counts.getByText(index === 0 ? '1 टिप्पणी' : `${index + 1} टिप्पणियाँ`)).toBeVisible();
    await expect(text).toBeFocused();
  }
  await expect(counts.getByRole('listitem')).toHaveText(['पुष्टि/समर्थन 0', 'उपलब्धियाँ 0', 'कठिनाइयाँ 3', 'कमियाँ और सीमाएँ 0', 'प्रस्ताव और समाधान 0']);
  const stored = await sachiv.ok('feedback:list', { programmeId: programme.id });
  expect(stored.items.map((entry) => [entry.text, entry.categoryId, entry.source.kind, entry.channel])).toEqual([
    ['बैठक की सूचना देर से मिली', 'feedback-difficulties', 'anonymous', 'written'],
    ['सभा स्थल दूर था', 'feedback-difficulties', 'anonymous', 'written'],
    ['महिलाओं की भागीदारी कम रही', 'feedback-difficulties', 'anonymous', 'written'],
  ]);
});

test('follow-up is recorded, and a removed comment comes back with Undo', async ({ page, sachiv }) => {
  const programme = await seedProgramme(sachiv);
  await sachiv.ok('feedback:addMany', {
    programmeId: programme.id,
    entries: [
      { text: 'अगली कार्यशाला ब्लॉक स्तर पर हो', categoryId: 'feedback-proposals', source: { kind: 'unit', name: 'ग्राम पंचायत बरखेड़ा' }, channel: 'oral' },
      { text: 'प्रशिक्षण सामग्री हिन्दी में मिली', categoryId: 'feedback-achievements' },
    ],
  });
  await page.goto(`./#/programmes/${programme.id}/feedback`);
  const counts = page.getByRole('region', { name: 'टिप्पणियों की गिनती' });
  await expect(counts.getByText('2 टिप्पणियाँ')).toBeVisible();

  await page.getByRole('button', { name: 'टिप्पणी 1 की अनुवर्ती कार्रवाई' }).click();
  const dialog = page.getByRole('dialog', { name: 'टिप्पणी 1: अनुवर्ती कार्रवाई' });
  await dialog.getByRole('combobox', { name: 'अनुवर्ती कार्रवाई की स्थिति' }).selectOption({ label: 'पूर्ण' });
  await dialog.getByRole('textbox', { name: 'उत्तर / की गई कार्रवाई' }).fill('अक्टूबर की कार्यशाला ब्लॉक मुख्यालय पर तय की गई।');
  await dialog.getByRole('button', { name: 'सहेजें' }).click();
  await expect(dialog).toBeHidden();
  const first = page.getByRole('table', { name: 'दर्ज टिप्पणियाँ' }).getByRole('row').nth(1);
  await expect(first.getByRole('cell')).toHaveText([
    '1',
    'प्रस्ताव और समाधान',
    'ग्राम पंचायत बरखेड़ा',
    'मौखिक',
    'अगली कार्यशाला ब्लॉक स्तर पर हो',
    // The "प्रतिवेदन में" tick has no text of its own.
    '',
    'पूर्णअक्टूबर की कार्यशाला ब्लॉक मुख्यालय पर तय की गई।',
    /अनुवर्ती/,
  ]);
  expect((await sachiv.ok('feedback:list', { programmeId: programme.id })).items[0]?.followUp).toEqual({
    status: 'done',
    response: 'अक्टूबर की कार्यशाला ब्लॉक मुख्यालय पर तय की गई।',
  });

  await page.getByRole('button', { name: 'टिप्पणी 2 हटाएँ' }).click();
  await expect(page.getByRole('status')).toContainText('टिप्पणी 2 हटाई गई।');
  await expect(counts.getByText('1 टिप्पणी')).toBeVisible();
  expect((await sachiv.ok('feedback:list', { programmeId: programme.id })).total).toBe(1);
  await page.getByRole('button', { name: 'पूर्ववत करें' }).click();
  await expect(page.getByRole('status')).toHaveText('टिप्पणी वापस सूची में है।');
  await expect(counts.getByText('2 टिप्पणियाँ')).toBeVisible();
  expect((await sachiv.ok('feedback:list', { programmeId: programme.id })).total).toBe(2);
});

test('a paste of 200 lines becomes 200 entries after a preview', async ({ page, sachiv }) => {
  const programme = await seedProgramme(sachiv);
  await page.goto(`./#/programmes/${programme.id}/feedback`);
  const lines = Array.from({ length: 200 }, (_, index) => `सुझाव ${index + 1}: पंचायत भवन में पुस्तकालय खोला जाए`);
  await page.getByRole('button', { name: 'कई टिप्पणियाँ एक साथ चिपकाएँ' }).click();
  const dialog = page.getByRole('dialog', { name: 'कई टिप्पणियाँ एक साथ जोड़ें' });
  await dialog.getByRole('combobox', { name: 'श्रेणी' }).selectOption({ label: 'प्रस्ताव और समाधान' });
  await dialog.getByRole('combobox', { name: 'माध्यम' }).selectOption({ label: 'मौखिक' });
  await dialog.getByRole('textbox', { name: 'टिप्पणियाँ (हर पंक्ति में एक)' }).fill(`\n${lines.join('\r\n')}\n  \n`);
  await expect(dialog.getByRole('heading', { name: 'पूर्वावलोकन: 200 टिप्पणियाँ' })).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(100);
  await expect(dialog.getByText('…और 100 पंक्तियाँ')).toBeVisible();
  await dialog.getByRole('button', { name: '200 टिप्पणियाँ जोड़ें' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('200 टिप्पणियाँ जोड़ी गईं।');
  await expect(page.getByRole('region', { name: 'टिप्पणियों की गिनती' })).toContainText('200 टिप्पणियाँ');
  await expect(page.getByRole('table', { name: 'दर्ज टिप्पणियाँ' }).getByRole('row')).toHaveCount(201);
  await shoot(page, 'hi-feedback-200');
  await page.getByRole('table', { name: 'दर्ज टिप्पणियाँ' }).getByRole('row').last().scrollIntoViewIfNeeded();
  // The counts stay visible above the scrolled table, not hidden behind anything.
  const countsOnTop = await page.getByRole('region', { name: 'टिप्पणियों की गिनती' }).evaluate((region) => {
    const box = region.getBoundingClientRect();
    const topmost = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return box.top >= 0 && topmost !== null && region.contains(topmost);
  });
  expect(countsOnTop).toBe(true);
  await shoot(page, 'hi-feedback-200-scrolled');

  const stored = await sachiv.ok('feedback:list', { programmeId: programme.id });
  expect(stored.items.map((entry) => entry.text)).toEqual(lines);
  expect(stored.countsByCategory).toEqual({ 'feedback-proposals': 200 });
  expect(new Set(stored.items.map((entry) => entry.channel))).toEqual(new Set(['oral']));
});

test('a pasted line over the limit is named by its line number and nothing from the paste is saved', async ({ page, sachiv }) => {
  const programme = await seedProgramme(sachiv);
  await page.goto(`./#/programmes/${programme.id}/feedback`);
  await page.getByRole('button', { name: 'कई टिप्पणियाँ एक साथ चिपकाएँ' }).click();
  const dialog = page.getByRole('dialog', { name: 'कई टिप्पणियाँ एक साथ जोड़ें' });
  // Over the 20,000-letter limit; Playwright cannot type a whole megabyte within a test's time.
  const huge = 'लंबी टिप्पणी '.repeat(2_000);
  await dialog.getByRole('textbox', { name: 'टिप्पणियाँ (हर पंक्ति में एक)' }).fill(`पहली ठीक टिप्पणी\n${huge}\nतीसरी ठीक टिप्पणी`);
  await dialog.getByRole('button', { name: '3 टिप्पणियाँ जोड़ें' }).click();
  await expect(dialog.getByRole('alert')).toContainText('पंक्ति 2: टिप्पणी में अधिकतम 20,000 अक्षर हो सकते हैं।');
  await expect(dialog.getByRole('alert')).toContainText('अभी कुछ भी सहेजा नहीं गया है');
  expect((await sachiv.ok('feedback:list', { programmeId: programme.id })).total).toBe(0);
  await expect(page.getByRole('region', { name: 'टिप्पणियों की गिनती' })).toContainText('अभी कोई टिप्पणी नहीं');
});

test('a paste of more than 1,000 lines is refused whole, so nothing is half-saved', async ({ page, sachiv }) => {
  const programme = await seedProgramme(sachiv);
  await page.goto(`./#/programmes/${programme.id}/feedback`);
  await page.getByRole('button', { name: 'कई टिप्पणियाँ एक साथ चिपकाएँ' }).click();
  const dialog = page.getByRole('dialog', { name: 'कई टिप्पणियाँ एक साथ जोड़ें' });
  const lines = Array.from({ length: 1001 }, (_, index) => `सुझाव ${index + 1}`).join('\n');
  await dialog.getByRole('textbox', { name: 'टिप्पणियाँ (हर पंक्ति में एक)' }).fill(lines);
  await dialog.getByRole('button', { name: '1,001 टिप्पणियाँ जोड़ें' }).click();
  await expect(dialog.getByRole('alert')).toContainText('चिपकाई गई पंक्तियों में एक बार में अधिकतम 1,000 प्रविष्टियाँ हो सकती हैं');
  expect((await sachiv.ok('feedback:list', { programmeId: programme.id })).total).toBe(0);
});

test('the feedback log is exported to Excel and CSV with the Hindi intact', async ({ page, sachiv }) => {
  const programme = await seedProgramme(sachiv);
  await sachiv.ok('feedback:addMany', {
    programmeId: programme.id,
    entries: [
      { text: 'प्रशिक्षण सामग्री हिन्दी में मिली', categoryId: 'feedback-achievements' },
      { text: '=1+1 जैसा पाठ सूत्र नहीं बनना चाहिए', categoryId: 'feedback-proposals' },
    ],
  });
  await page.goto(`./#/programmes/${programme.id}/feedback`);
  const exportsDir = join(sachiv.dataDir, 'exports');

  await page.getByRole('button', { name: 'Excel में निर्यात करें' }).click();
  const xlsxPath = join(exportsDir, `टिप्पणियाँ - ${TITLE}.xlsx`);
  await expect(page.getByRole('status')).toContainText(`फ़ाइल सहेजी गई: ${xlsxPath}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(xlsxPath)).buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet('टिप्पणियाँ');
  expect(sheet?.getRow(2).getCell(6).value).toBe('प्रशिक्षण सामग्री हिन्दी में मिली');
  expect(sheet?.getRow(3).getCell(3).value).toBe('प्रस्ताव और समाधान');

  await page.getByRole('button', { name: 'CSV में निर्यात करें' }).click();
  const csvPath = join(exportsDir, `टिप्पणियाँ - ${TITLE}.csv`);
  await expect(page.getByRole('status')).toContainText(`फ़ाइल सहेजी गई: ${csvPath}`);
  await shoot(page, 'hi-feedback-exported');
  const csv = (await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, '');
  expect(csv).toContain('प्रशिक्षण सामग्री हिन्दी में मिली');
  expect(csv).toContain("'=1+1 जैसा पाठ सूत्र नहीं बनना चाहिए");
});

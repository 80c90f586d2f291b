import type { ProgrammeInput } from '../../src-main/core/contract/index.js';
import { expect, test, type CoreClient } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

const WORKSHOP: ProgrammeInput = {
  title: 'पंचायत सचिवों की क्षमता निर्माण कार्यशाला',
  kindId: 'kind-workshop',
  organiser: 'ज़िला पंचायत, सीहोर',
  days: [{ date: '2024-04-17', partOfDay: 'morning' }],
  status: 'held',
};
const MEETING: ProgrammeInput = {
  title: 'राजभाषा कार्यान्वयन समिति की तिमाही बैठक',
  kindId: 'kind-meeting',
  organiser: 'नगर राजभाषा कार्यान्वयन समिति',
  days: [{ date: '2024-05-02', startTime: '15:00', endTime: '16:30' }],
};

async function seed(sachiv: CoreClient) {
  await sachiv.ok('programmes:create', { programme: WORKSHOP });
  return sachiv.ok('programmes:create', { programme: MEETING });
}

test('the list is newest first and filters by kind, status, dates and organiser', async ({ page, sachiv }) => {
  await seed(sachiv);
  await page.goto('./#/programmes');
  const titles = page.getByRole('article').getByRole('heading', { level: 2 });
  await expect(titles).toHaveText([MEETING.title, WORKSHOP.title]);
  await expect(page.getByText('2 कार्यक्रम')).toBeVisible();
  await expect(page.getByRole('article', { name: MEETING.title })).toContainText('2 मई 2024, 15:00 से 16:30 बजे तक');
  await expect(page.getByRole('article', { name: MEETING.title })).toContainText('कोई सत्र नहीं');
  await expect(page.getByRole('article', { name: MEETING.title })).toContainText('कोई टिप्पणी नहीं');

  await page.getByRole('combobox', { name: 'प्रकार' }).selectOption({ label: 'कार्यशाला' });
  await expect(titles).toHaveText([WORKSHOP.title]);
  await page.getByRole('combobox', { name: 'प्रकार' }).selectOption({ label: 'सभी प्रकार' });
  await page.getByRole('combobox', { name: 'स्थिति' }).selectOption({ label: 'योजना' });
  await expect(titles).toHaveText([MEETING.title]);
  await page.getByRole('combobox', { name: 'स्थिति' }).selectOption({ label: 'सभी स्थितियाँ' });
  await page.getByLabel('इस तारीख़ तक').fill('30.04.2024');
  await expect(titles).toHaveText([WORKSHOP.title]);
  await page.getByLabel('इस तारीख़ तक').fill('');
  await page.getByRole('textbox', { name: 'आयोजक' }).fill('राजभाषा');
  await expect(titles).toHaveText([MEETING.title]);
  await page.getByRole('textbox', { name: 'आयोजक' }).fill('कोई और समिति');
  await expect(page.getByText('इस खोज या छँटाई से कोई कार्यक्रम नहीं मिला।')).toBeVisible();
});

test('a deleted programme comes back with Undo, and a copy opens as the next one’s template', async ({ page, sachiv }) => {
  await seed(sachiv);
  await page.goto('./#/programmes');

  await page.getByRole('button', { name: `${WORKSHOP.title} हटाएँ` }).click();
  const confirm = page.getByRole('alertdialog', { name: `“${WORKSHOP.title}” हटाएँ?` });
  await expect(confirm.getByRole('button', { name: 'रद्द करें' })).toBeFocused();
  await shoot(page, 'hi-programme-remove-confirm');
  await confirm.getByRole('button', { name: 'हटाएँ', exact: true }).click();
  await expect(page.getByRole('article', { name: WORKSHOP.title })).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(`“${WORKSHOP.title}” हटाया गया।`);
  expect((await sachiv.ok('programmes:list', {})).total).toBe(1);

  await page.getByRole('button', { name: 'पूर्ववत करें' }).click();
  await expect(page.getByRole('article', { name: WORKSHOP.title })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`“${WORKSHOP.title}” वापस सूची में है।`);
  expect((await sachiv.ok('programmes:list', {})).total).toBe(2);

  await page.getByRole('button', { name: `${WORKSHOP.title} की प्रति बनाएँ` }).click();
  await expect(page.getByRole('heading', { name: WORKSHOP.title, level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'स्थिति' }).locator('option:checked')).toHaveText('योजना');
  await expect(page.getByRole('textbox', { name: 'आयोजक', exact: true })).toHaveValue(WORKSHOP.organiser ?? '');
  const copies = await sachiv.ok('programmes:list', { query: '' });
  expect(copies.items.filter((item) => item.title === WORKSHOP.title)).toHaveLength(2);
});

test('the core’s validation messages appear beside the fields and nothing is saved until they are fixed', async ({ page, sachiv }) => {
  await page.goto('./#/programmes');
  await page.getByRole('link', { name: 'नया कार्यक्रम' }).click();
  const day = page.getByRole('group', { name: 'दिन 1' });
  await day.getByLabel('तारीख़').fill('10.06.2024');
  await day.getByLabel('आरंभ का समय').fill('14:00');
  await day.getByLabel('समाप्ति का समय').fill('11:00');
  await page.getByRole('button', { name: 'सत्र जोड़ें' }).click();
  const session = page.getByRole('group', { name: 'सत्र 1' });
  await session.getByRole('textbox', { name: 'सत्र का नाम' }).fill('उद्घाटन सत्र');
  await session.getByRole('button', { name: 'भूमिका जोड़ें' }).click();
  await session.getByRole('combobox', { name: 'भूमिका' }).selectOption({ label: 'मुख्य अतिथि' });
  await page.getByRole('button', { name: 'सहेजें' }).click();

  await expect(page.getByRole('alert')).toContainText('अभी कुछ भी सहेजा नहीं गया है');
  const title = page.getByRole('textbox', { name: 'शीर्षक / विषय' });
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('शीर्षक / विषय भरना आवश्यक है।');
  await expect(page.getByRole('combobox', { name: 'प्रकार' })).toHaveAttribute('aria-invalid', 'true');
  const end = day.getByLabel('समाप्ति का समय');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(end).toHaveAccessibleDescription(/^दिन 1, समाप्ति का समय शुरू होने के समय से पहले का है/);
  await expect(session.getByText('सत्र 1, भूमिका 1, धारक: इस भूमिका के लिए कम से कम एक व्यक्ति या संस्था चुनें, या भूमिका हटा दें।')).toBeVisible();
  await expect(title).toBeFocused();
  await shoot(page, 'hi-programme-errors');
  expect((await sachiv.ok('programmes:list', {})).total).toBe(0);

  await title.fill('प्रशिक्षण सत्र');
  await page.getByRole('combobox', { name: 'प्रकार' }).selectOption({ label: 'प्रशिक्षण' });
  await end.fill('17:00');
  await session.getByRole('button', { name: 'संस्था / समिति जोड़ें' }).click();
  await session.getByRole('textbox', { name: 'संस्था / समिति का नाम' }).fill('ज़िला प्रशिक्षण संस्थान');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { name: 'प्रशिक्षण सत्र', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await sachiv.ok('programmes:list', {})).total).toBe(1);
});

test('leaving the editor with unsaved changes asks first', async ({ page }) => {
  await page.goto('./#/programmes/new');
  await page.getByRole('textbox', { name: 'शीर्षक / विषय' }).fill('अधूरा कार्यक्रम');
  await page.getByRole('link', { name: 'लोग' }).click();
  const ask = page.getByRole('alertdialog', { name: 'बदलाव सहेजे नहीं गए हैं' });
  await expect(ask.getByRole('button', { name: 'यहीं रहें' })).toBeFocused();
  await ask.getByRole('button', { name: 'यहीं रहें' }).click();
  await expect(page.getByRole('textbox', { name: 'शीर्षक / विषय' })).toHaveValue('अधूरा कार्यक्रम');

  await page.getByRole('link', { name: 'लोग' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'बिना सहेजे जाएँ' }).click();
  await expect(page.getByRole('heading', { name: 'लोग', level: 1 })).toBeVisible();
});

test('in English the list and the editor speak English, with English plurals', async ({ page, sachiv }) => {
  const meeting = await seed(sachiv);
  await sachiv.ok('feedback:add', { programmeId: meeting.id, entry: { text: 'बैठक समय पर शुरू हुई', categoryId: 'feedback-affirmation' } });
  await sachiv.ok('settings:update', { language: 'en' });
  await page.goto('./#/programmes');
  await expect(page.getByRole('heading', { name: 'Programmes', level: 1 })).toBeVisible();
  const row = page.getByRole('article', { name: MEETING.title });
  await expect(row).toContainText('2 May 2024, 15:00–16:30');
  await expect(row).toContainText('No sessions');
  await expect(row).toContainText('1 comment');
  await expect(row).toContainText('Planned');
  await shoot(page, 'en-programmes');
  await row.getByRole('link', { name: MEETING.title, exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title / topic' })).toHaveValue(MEETING.title);
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  await shoot(page, 'en-programme-editor');
});

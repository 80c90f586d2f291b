import { expect, test, type CoreClient } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

const PEOPLE = [
  { name: 'सुनीता वर्मा', designation: 'सचिव', organisation: 'ज़िला शिक्षा समिति, सीहोर', category: 'पदाधिकारी', phone: '98765 43210' },
  { name: 'डॉ. क्षितिज श्रीवास्तव', designation: 'अध्यक्ष', organisation: 'राज्य स्वास्थ्य मिशन', category: 'पदाधिकारी', phone: '94250 11223' },
  { name: 'ज़ाकिर हुसैन', designation: 'सदस्य', organisation: 'ग्राम पंचायत बरखेड़ा', category: 'सदस्य', phone: '' },
  { name: 'प्रज्ञा त्रिपाठी', designation: 'कार्यक्रम अधिकारी', organisation: 'महिला एवं बाल विकास', category: 'कर्मचारी', phone: '0755 2551234' },
  { name: 'ऋषभ द्विवेदी', designation: 'मुख्य अतिथि', organisation: 'विश्वविद्यालय', category: 'अतिथि', phone: '' },
  { name: 'Rahul Mehta', designation: 'Consultant', organisation: 'NIC Bhopal', category: 'अतिथि', phone: '+91 99770 00000' },
];

async function seed(sachiv: CoreClient): Promise<void> {
  const categories = await sachiv.ok('categories:list', {});
  for (const { category, ...person } of PEOPLE) {
    const categoryId = categories.find((candidate) => candidate.name === category)?.id ?? null;
    await sachiv.ok('people:create', { person: { ...person, categoryId } });
  }
}

test('every screen in Hindi', async ({ page, sachiv }) => {
  // Fourteen screenshots with font waits: over the default budget on a busy machine.
  test.setTimeout(60_000);
  await page.goto('./');
  await expect(page.getByText('अभी कोई व्यक्ति नहीं है।')).toBeVisible();
  await shoot(page, 'hi-people-empty');

  await seed(sachiv);
  await page.reload();
  await expect(page.getByRole('row', { name: /ऋषभ द्विवेदी/ })).toBeVisible();
  await shoot(page, 'hi-people');

  await page.getByRole('searchbox', { name: 'खोजें' }).fill('ज़ा');
  await expect(page.getByText('1 व्यक्ति')).toBeVisible();
  await shoot(page, 'hi-people-search');
  await page.getByRole('searchbox', { name: 'खोजें' }).fill('');

  await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
  await page.getByRole('textbox', { name: 'नाम' }).fill('नया व्यक्ति');
  await page.getByRole('textbox', { name: 'ईमेल' }).fill('गलत पता');
  await page.getByRole('textbox', { name: 'फ़ोन' }).fill('12');
  await page.getByRole('button', { name: 'नई श्रेणी बनाएँ' }).click();
  await page.getByRole('button', { name: 'सहेजें' }).click();
  await expect(page.getByRole('textbox', { name: 'ईमेल' })).toHaveAttribute('aria-invalid', 'true');
  await shoot(page, 'hi-person-form-errors');
  await page.getByRole('button', { name: 'रद्द करें' }).click();

  await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
  await page.getByRole('textbox', { name: 'नाम' }).fill('सुनीता वर्मा');
  await page.getByRole('textbox', { name: 'फ़ोन' }).fill('98765 43210');
  await page.getByRole('button', { name: 'सहेजें' }).click();
  await expect(page.getByRole('button', { name: 'फिर भी जोड़ें' })).toBeVisible();
  await shoot(page, 'hi-person-duplicate');
  await page.getByRole('button', { name: 'रद्द करें' }).click();
  await page.getByRole('button', { name: 'रद्द करें' }).click();

  await page.getByRole('button', { name: 'प्रज्ञा त्रिपाठी हटाएँ' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await shoot(page, 'hi-person-remove-confirm');
  await page.getByRole('button', { name: 'हटाएँ', exact: true }).click();
  await expect(page.getByRole('button', { name: 'पूर्ववत करें' })).toBeVisible();
  await shoot(page, 'hi-person-removed-undo');

  const areas = { workshops: 'कार्यक्रम', attendance: 'उपस्थिति', feedback: 'टिप्पणियाँ', reports: 'प्रतिवेदन', settings: 'सेटिंग्स' };
  for (const [id, name] of Object.entries(areas)) {
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await shoot(page, `hi-${id}`);
  }
});

test('people and settings in English', async ({ page, sachiv }) => {
  await seed(sachiv);
  await sachiv.ok('settings:update', { language: 'en' });
  await page.goto('./');
  await expect(page.getByRole('row', { name: /ऋषभ द्विवेदी/ })).toBeVisible();
  await shoot(page, 'en-people');

  await page.getByRole('button', { name: 'Edit सुनीता वर्मा' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shoot(page, 'en-person-form');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await shoot(page, 'en-settings');
});

import { expect, test } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

test.use({ firstRun: true });

/** Every main screen, with the demo data in it, in the language the app speaks now. */
const SCREENS = {
  hi: { programmes: 'कार्यक्रम', people: 'लोग', attendance: 'उपस्थिति', feedback: 'टिप्पणियाँ', reports: 'प्रतिवेदन', settings: 'सेटिंग्स' },
  en: { programmes: 'Programmes', people: 'People', attendance: 'Attendance', feedback: 'Feedback', reports: 'Reports', settings: 'Settings' },
};
/** Where a screen's title differs from its link in the sidebar. */
const HEADINGS: Record<string, string> = { Feedback: 'Comments' };

test('first start: the profile, the demo data, every screen in Hindi and English, and the demo removed leaving real data untouched', async ({ page, sachiv }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'सचिव में आपका स्वागत है', level: 1 })).toBeVisible();
  await shoot(page, 'hi-welcome');

  // A 5,000-letter organisation name is refused beside the field, and nothing is saved.
  const name = page.getByRole('textbox', { name: 'संगठन का नाम (हिन्दी)' });
  await name.fill('क'.repeat(5_000));
  await page.getByRole('button', { name: 'संगठन की जानकारी सहेजें' }).click();
  await expect(page.getByText(/संगठन का नाम \(हिन्दी\).*200/)).toBeVisible();
  expect((await sachiv.ok('organisation:get', {})).updatedAt).toBeNull();

  await name.fill('आदर्श नगर ज़िला राजभाषा समिति');
  await page.getByRole('textbox', { name: 'सचिव का नाम' }).fill('सुनीता वर्मा');
  await page.getByRole('button', { name: 'संगठन की जानकारी सहेजें' }).click();
  await expect(page.getByText('संगठन की जानकारी सहेजी गई।')).toBeVisible();

  // Someone the secretary adds before and after the demo is their own data.
  const realPerson = await sachiv.ok('people:create', { person: { name: 'रमेश चंद्र (असली)', designation: 'अध्यक्ष' } });
  await page.getByRole('button', { name: 'नमूना डेटा जोड़ें' }).click();
  await expect(page.getByText('नमूना डेटा जुड़ा हुआ है: 200 लोग, 3 कार्यक्रम, 1 प्रतिवेदन।')).toBeVisible({ timeout: 30_000 });
  const twice = await sachiv.core.dispatch('demo:load', {});
  expect(twice).toMatchObject({ ok: false, error: { code: 'demo.alreadyLoaded' } });
  expect((await sachiv.ok('demo:status', {})).counts.people).toBe(200);
  const realProgramme = await sachiv.ok('programmes:create', { programme: { title: 'असली बैठक', kindId: 'kind-meeting', days: [{ date: '2025-06-01' }] } });

  await page.getByRole('button', { name: 'शुरू करें' }).click();
  await expect(page.getByRole('heading', { name: 'कार्यक्रम', level: 1 })).toBeVisible();

  for (const language of ['hi', 'en'] as const) {
    if (language === 'en') await sachiv.ok('settings:update', { language: 'en' });
    for (const [id, heading] of Object.entries(SCREENS[language])) {
      await page.getByRole('link', { name: heading, exact: true }).click();
      await expect(page.getByRole('heading', { name: HEADINGS[heading] ?? heading, level: 1 })).toBeVisible();
      await shoot(page, `${language}-demo-${id}`);
    }
    await page.getByRole('link', { name: SCREENS[language].reports, exact: true }).click();
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('textbox', { name: language === 'hi' ? 'प्रतिवेदन का पाठ' : 'Report text' })).toBeVisible();
    await shoot(page, `${language}-demo-report`);
  }
  await sachiv.ok('settings:update', { language: 'hi' });

  // One step removes the demo, and only the demo.
  await page.getByRole('link', { name: 'सेटिंग्स', exact: true }).click();
  // The About screen's licence notices include the full texts the licences ask to ship.
  await page.getByRole('link', { name: 'सचिव के बारे में: संस्करण और लाइसेंस' }).click();
  await expect(page.getByRole('heading', { name: 'सचिव के बारे में', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'पूरे लाइसेंस पाठ दिखाएँ' }).click();
  await expect(page.getByLabel('सभी पैकेजों के पूरे लाइसेंस पाठ')).toContainText('SIL OPEN FONT LICENSE');
  await page.getByRole('link', { name: /सेटिंग्स पर लौटें/ }).click();
  await page.getByRole('button', { name: 'नमूना डेटा हटाएँ' }).click();
  await page.getByRole('group', { name: 'नमूना डेटा हटाने की पुष्टि' }).getByRole('button', { name: 'हाँ, नमूना डेटा हटाएँ' }).click();
  await expect(page.getByText('नमूना डेटा हटा दिया गया। आपका अपना डेटा वैसा ही है।')).toBeVisible();
  expect((await sachiv.ok('demo:status', {})).loaded).toBe(false);
  const people = await sachiv.ok('people:search', { query: '', offset: 0, limit: 500 });
  expect(people.items.map((person) => person.id)).toEqual([realPerson.id]);
  const programmes = await sachiv.ok('programmes:list', {});
  expect(programmes.items.map((programme) => programme.id)).toEqual([realProgramme.id]);
  expect(await sachiv.ok('reports:list', {})).toEqual([]);
  expect((await sachiv.ok('organisation:get', {})).nameHi).toBe('आदर्श नगर ज़िला राजभाषा समिति');

  // The welcome does not come back once finished.
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'लोग', level: 1 })).toBeVisible();
});

test('a data folder kept from before the welcome screen opens where it always did, even without a profile', async ({ page, sachiv }) => {
  await sachiv.ok('people:create', { person: { name: 'पुराना सदस्य' } });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'लोग', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /पुराना सदस्य/ })).toBeVisible();
});

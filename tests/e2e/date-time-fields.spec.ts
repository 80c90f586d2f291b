import { expect, test } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

const TITLE = 'पंचायत सचिवों की क्षमता निर्माण कार्यशाला';

test('dates and times are typed and shown as a Hindi office writes them, and the listing says the same day', async ({ page, sachiv }) => {
  await page.goto('./#/programmes/new');
  await page.getByRole('textbox', { name: 'शीर्षक / विषय' }).fill(TITLE);
  await page.getByRole('combobox', { name: 'प्रकार' }).selectOption({ label: 'कार्यशाला' });
  const day = page.getByRole('group', { name: 'दिन 1' });
  const date = day.getByRole('textbox', { name: 'तारीख़' });
  const start = day.getByRole('textbox', { name: 'आरंभ का समय' });
  const end = day.getByRole('textbox', { name: 'समाप्ति का समय' });
  await expect(date).toHaveAccessibleDescription('जैसे 17.04.2024 या 17 अप्रैल 2024');

  await date.pressSequentially('17.04.2024', { delay: 30 });
  await expect(date).toHaveAccessibleDescription('17 अप्रैल 2024');
  await date.press('ArrowUp');
  await expect(date).toHaveValue('18.04.2024');
  await expect(date).toHaveAccessibleDescription('18 अप्रैल 2024');
  await date.press('ArrowDown');
  await expect(date).toHaveValue('17.04.2024');
  await start.pressSequentially('प्रातः 10:30', { delay: 30 });
  await end.pressSequentially('सायं 5:30', { delay: 30 });
  await end.press('Tab');
  await expect(start).toHaveValue('10:30');
  await expect(start).toHaveAccessibleDescription('प्रातः 10:30');
  await expect(end).toHaveValue('17:30');
  await expect(end).toHaveAccessibleDescription('सायं 17:30');
  await shoot(page, 'hi-programme-day-fields');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  const [saved] = (await sachiv.ok('programmes:list', {})).items;
  expect(saved?.days).toEqual([expect.objectContaining({ date: '2024-04-17', startTime: '10:30', endTime: '17:30' })]);

  await page.reload();
  await expect(date).toHaveValue('17.04.2024');
  await expect(date).toHaveAccessibleDescription('17 अप्रैल 2024');
  await expect(start).toHaveValue('10:30');
  await expect(end).toHaveValue('17:30');

  await page.goto('./#/programmes');
  await expect(page.getByRole('article', { name: TITLE })).toContainText('17 अप्रैल 2024, 10:30 से 17:30 बजे तक');
  const from = page.getByRole('textbox', { name: 'इस तारीख़ से' });
  await from.pressSequentially('१८ अप्रैल २०२४', { delay: 30 });
  await from.press('Tab');
  await expect(from).toHaveValue('18.04.2024');
  await expect(page.getByText('इस खोज या छँटाई से कोई कार्यक्रम नहीं मिला।')).toBeVisible();
  await shoot(page, 'hi-programme-date-filter');
});

test('a date or time that cannot be read is refused in Hindi, kept as typed, and nothing is saved', async ({ page, sachiv }) => {
  await page.goto('./#/programmes/new');
  await page.getByRole('textbox', { name: 'शीर्षक / विषय' }).fill(TITLE);
  await page.getByRole('combobox', { name: 'प्रकार' }).selectOption({ label: 'कार्यशाला' });
  const day = page.getByRole('group', { name: 'दिन 1' });
  const date = day.getByRole('textbox', { name: 'तारीख़' });
  const start = day.getByRole('textbox', { name: 'आरंभ का समय' });

  await date.pressSequentially('31.02.2024', { delay: 30 });
  await start.pressSequentially('सुबह साढ़े दस', { delay: 30 });
  await start.press('Tab');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/^तारीख़: “31.02.2024” कैलेंडर में नहीं है; सही तारीख़ लिखें, जैसे 17.04.2024।/);
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toHaveAccessibleDescription(/^आरंभ का समय इस रूप में लिखें: 10:30/);

  await page.getByRole('button', { name: 'सहेजें' }).click();
  await expect(page.getByRole('alert')).toContainText('अभी कुछ भी सहेजा नहीं गया है');
  expect((await sachiv.ok('programmes:list', {})).total).toBe(0);
  await expect(date).toHaveValue('31.02.2024');
  await expect(start).toHaveValue('सुबह साढ़े दस');

  await date.fill('');
  await date.pressSequentially('29.02.2024', { delay: 30 });
  await start.fill('');
  await start.pressSequentially('१०:३०', { delay: 30 });
  await start.press('Tab');
  await expect(date).toHaveValue('29.02.2024');
  await expect(start).toHaveValue('10:30');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  expect((await sachiv.ok('programmes:list', {})).items[0]?.days[0]).toEqual(expect.objectContaining({ date: '2024-02-29', startTime: '10:30' }));
});

test('a part-of-day word that does not fit the hour is refused with both 24-hour readings, and a two-digit year of the last century reads as 19xx', async ({ page }) => {
  await page.goto('./#/programmes/new');
  const day = page.getByRole('group', { name: 'दिन 1' });
  const date = day.getByRole('textbox', { name: 'तारीख़' });
  const start = day.getByRole('textbox', { name: 'आरंभ का समय' });

  await date.pressSequentially('15.08.97', { delay: 30 });
  await start.pressSequentially('सुबह 12:30', { delay: 30 });
  await start.press('Tab');
  await expect(date).toHaveValue('15.08.1997');
  await expect(date).toHaveAccessibleDescription('15 अगस्त 1997');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toHaveAccessibleDescription(
    /^आरंभ का समय: «सुबह» और 12:30 आपस में मेल नहीं खाते; समय 24 घंटे की घड़ी से लिखें, जैसे 00:30 या 12:30।/,
  );
  await expect(start).toHaveValue('सुबह 12:30');
  await shoot(page, 'hi-programme-time-period-mismatch');

  await start.fill('');
  await start.pressSequentially('10 बजे सुबह', { delay: 30 });
  await start.press('Tab');
  await expect(start).toHaveValue('10:00');
  await expect(start).not.toHaveAttribute('aria-invalid');
  await expect(start).toHaveAccessibleDescription('प्रातः 10:00');
});

test('in English the fields take and show the same forms', async ({ page, sachiv }) => {
  await sachiv.ok('settings:update', { language: 'en' });
  await page.goto('./#/programmes/new');
  await page.getByRole('textbox', { name: 'Title / topic' }).fill('Capacity building workshop');
  const day = page.getByRole('group', { name: 'Day 1' });
  const date = day.getByRole('textbox', { name: 'Date' });
  const start = day.getByRole('textbox', { name: 'Start time' });
  await date.pressSequentially('17 April 2024', { delay: 30 });
  await start.pressSequentially('5:30 PM', { delay: 30 });
  await start.press('Tab');
  await expect(date).toHaveValue('17.04.2024');
  await expect(date).toHaveAccessibleDescription('17 April 2024');
  await expect(start).toHaveValue('17:30');
  await expect(start).toHaveAccessibleDescription('5:30 pm');
  await shoot(page, 'en-programme-day-fields');

  await date.fill('31.02.2024');
  await date.press('Tab');
  await expect(date).toHaveAccessibleDescription(/^Date: “31.02.2024” is not on the calendar/);
  await page.getByRole('link', { name: 'Programmes' }).first().click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Leave without saving' }).click();
  const to = page.getByRole('textbox', { name: 'To date' });
  await to.pressSequentially('17.4.24', { delay: 30 });
  await to.press('Tab');
  await expect(to).toHaveValue('17.04.2024');
  await expect(to).toHaveAccessibleDescription('17 April 2024');
  await shoot(page, 'en-programme-date-filter');
});

test('fields a record cannot be saved without are marked before saving', async ({ page }) => {
  await page.goto('./#/programmes/new');
  await expect(page.getByRole('textbox', { name: 'शीर्षक / विषय' })).toHaveAttribute('aria-required', 'true');
  await expect(page.getByRole('combobox', { name: 'प्रकार' })).toHaveAttribute('aria-required', 'true');
  await expect(page.getByRole('group', { name: 'दिन 1' }).getByRole('textbox', { name: 'तारीख़' })).toHaveAttribute('aria-required', 'true');
  await expect(page.getByRole('textbox', { name: 'आयोजक', exact: true })).not.toHaveAttribute('aria-required');
  await expect(page.getByText('(आवश्यक)')).toHaveCount(3);

  await page.getByRole('button', { name: 'सत्र जोड़ें' }).click();
  const session = page.getByRole('group', { name: 'सत्र 1' });
  await expect(session.getByRole('textbox', { name: 'सत्र का नाम' })).toHaveAttribute('aria-required', 'true');
  await session.getByRole('button', { name: 'भूमिका जोड़ें' }).click();
  await expect(session.getByRole('combobox', { name: 'भूमिका' })).toHaveAttribute('aria-required', 'true');

  await page.getByRole('link', { name: 'लोग' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'बिना सहेजे जाएँ' }).click();
  await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
  const dialog = page.getByRole('dialog', { name: 'व्यक्ति जोड़ें' });
  await expect(dialog.getByRole('textbox', { name: 'नाम' })).toHaveAttribute('aria-required', 'true');
  await expect(dialog.getByText('(आवश्यक)')).toBeVisible();
});

test('a comment’s date of receipt is typed as the office writes it, and the comment box is marked required', async ({ page, sachiv }) => {
  const programme = await sachiv.ok('programmes:create', {
    programme: { title: TITLE, kindId: 'kind-workshop', days: [{ date: '2024-08-21', partOfDay: 'afternoon' }] },
  });
  await page.goto('./');
  await page.getByRole('link', { name: 'टिप्पणियाँ' }).click();
  await page.getByRole('list', { name: 'कार्यक्रम' }).getByRole('link', { name: TITLE }).click();
  const text = page.getByRole('textbox', { name: 'टिप्पणी', exact: true });
  await expect(text).toHaveAttribute('aria-required', 'true');
  const received = page.getByRole('textbox', { name: 'प्राप्ति की तारीख़' });
  await received.pressSequentially('२१.८.२४', { delay: 30 });
  await expect(received).toHaveAccessibleDescription('21 अगस्त 2024');
  await text.fill('प्रशिक्षण उपयोगी रहा');
  await text.press('Enter');
  await expect(text).toHaveValue('');
  const [entry] = (await sachiv.ok('feedback:list', { programmeId: programme.id })).items;
  expect(entry?.receivedOn).toBe('2024-08-21');
});

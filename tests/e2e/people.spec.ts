import { expect, test } from './support/fixtures.js';

const PRECOMPOSED_ZA = '\u095B'; // ज़ as one code point
const DECOMPOSED_ZA = '\u091C\u093C'; // ज + nukta

test.describe('लोग (people directory) in Hindi', () => {
  test('adds a person with a new category and lists them', async ({ page, sachiv }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'लोग', level: 1 })).toBeVisible();
    await expect(page.getByText('अभी कोई व्यक्ति नहीं है।')).toBeVisible();

    await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
    const dialog = page.getByRole('dialog', { name: 'व्यक्ति जोड़ें' });
    await expect(dialog.getByRole('textbox', { name: 'नाम' })).toBeFocused();
    await dialog.getByRole('textbox', { name: 'नाम' }).fill('सुनीता वर्मा');
    await dialog.getByRole('textbox', { name: 'पद' }).fill('सचिव');
    await dialog.getByRole('textbox', { name: 'संगठन/इकाई' }).fill('ज़िला शिक्षा समिति');
    await dialog.getByRole('button', { name: 'नई श्रेणी बनाएँ' }).click();
    await dialog.getByRole('textbox', { name: 'नई श्रेणी का नाम' }).fill('विशेष आमंत्रित');
    await dialog.getByRole('button', { name: 'श्रेणी जोड़ें' }).click();
    await expect(dialog.getByRole('combobox', { name: 'श्रेणी' }).locator('option:checked')).toHaveText('विशेष आमंत्रित');
    await dialog.getByRole('textbox', { name: 'फ़ोन' }).fill('98765 43210');
    await dialog.getByRole('button', { name: 'सहेजें' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toHaveText('सुनीता वर्मा जोड़ा गया।');
    const row = page.getByRole('row', { name: /सुनीता वर्मा/ });
    await expect(row.getByRole('cell')).toHaveText(['सुनीता वर्मा', 'सचिव', 'ज़िला शिक्षा समिति', 'विशेष आमंत्रित', '98765 43210', /संपादित करें/]);
    await expect(page.getByText('1 व्यक्ति')).toBeVisible();

    const saved = await sachiv.ok('people:search', { query: '' });
    expect(saved.items.map((person) => person.name)).toEqual(['सुनीता वर्मा']);
  });

  test('Enter saves the form and Escape cancels it without saving', async ({ page, sachiv }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
    await page.getByRole('textbox', { name: 'नाम' }).fill('रमेश यादव');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await sachiv.ok('people:search', { query: '' })).total).toBe(0);

    await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
    await page.getByRole('textbox', { name: 'नाम' }).fill('रमेश यादव');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('row', { name: /रमेश यादव/ })).toBeVisible();
    expect((await sachiv.ok('people:search', { query: '' })).total).toBe(1);
  });

  test('an invalid email is explained in Hindi beside the field and nothing is saved until it is fixed', async ({ page, sachiv }) => {
    const person = await sachiv.ok('people:create', { person: { name: 'अनिल कुमार', email: 'anil@example.in' } });
    await page.goto('./');

    await page.getByRole('button', { name: 'अनिल कुमार संपादित करें' }).click();
    const dialog = page.getByRole('dialog', { name: 'अनिल कुमार की जानकारी बदलें' });
    const email = dialog.getByRole('textbox', { name: 'ईमेल' });
    await email.fill('अनिल ऐट उदाहरण');
    await dialog.getByRole('textbox', { name: 'पद' }).fill('अध्यक्ष');
    await dialog.getByRole('button', { name: 'सहेजें' }).click();

    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('ईमेल सही नहीं है: नाम@उदाहरण.in जैसा पता लिखें।');
    await expect(email).toBeFocused();
    await expect(dialog.getByRole('alert')).toContainText('अभी कुछ भी सहेजा नहीं गया है');
    const unchanged = await sachiv.ok('people:get', { id: person.id });
    expect(unchanged).toMatchObject({ email: 'anil@example.in', designation: '' });

    await email.fill('anil.kumar@example.in');
    await dialog.getByRole('button', { name: 'सहेजें' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /अनिल कुमार/ }).getByRole('cell').nth(1)).toHaveText('अध्यक्ष');
    const fixed = await sachiv.ok('people:get', { id: person.id });
    expect(fixed).toMatchObject({ email: 'anil.kumar@example.in', designation: 'अध्यक्ष' });
  });

  test('a name with a nukta is found whichever way the nukta was typed', async ({ page, sachiv }) => {
    await sachiv.ok('people:create', { person: { name: `${PRECOMPOSED_ZA}ाकिर हुसैन` } });
    await sachiv.ok('people:create', { person: { name: `${DECOMPOSED_ZA}ीनत अमान` } });
    await sachiv.ok('people:create', { person: { name: 'जयेश पटेल' } });
    await page.goto('./');
    await expect(page.getByText('3 व्यक्ति')).toBeVisible();
    const search = page.getByRole('searchbox', { name: 'खोजें' });
    const names = page.getByRole('row').getByRole('cell').first();

    for (const query of [DECOMPOSED_ZA, PRECOMPOSED_ZA]) {
      await search.fill(query);
      await expect(page.getByText('2 व्यक्ति')).toBeVisible();
      await expect(page.getByRole('row', { name: /ाकिर हुसैन/ })).toBeVisible();
      await expect(page.getByRole('row', { name: /ीनत अमान/ })).toBeVisible();
      await expect(page.getByRole('row', { name: /जयेश पटेल/ })).toHaveCount(0);
    }
    await search.fill('क्षितिज');
    await expect(page.getByText('इस खोज से कोई व्यक्ति नहीं मिला।')).toBeVisible();
    await expect(names).toHaveCount(0);
  });

  test('a deleted person can be brought back with Undo', async ({ page, sachiv }) => {
    await sachiv.ok('people:create', { person: { name: 'मीना कुमारी' } });
    await sachiv.ok('people:create', { person: { name: 'राजेश शर्मा' } });
    await page.goto('./');

    await page.getByRole('button', { name: 'मीना कुमारी हटाएँ' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'मीना कुमारी को हटाएँ?' });
    await expect(confirm.getByRole('button', { name: 'रद्द करें' })).toBeFocused();
    await confirm.getByRole('button', { name: 'हटाएँ', exact: true }).click();

    await expect(page.getByRole('row', { name: /मीना कुमारी/ })).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText('मीना कुमारी हटाया गया।');
    expect((await sachiv.ok('people:search', { query: '' })).items.map((p) => p.name)).toEqual(['राजेश शर्मा']);

    await page.getByRole('button', { name: 'पूर्ववत करें' }).click();
    await expect(page.getByRole('row', { name: /मीना कुमारी/ })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('मीना कुमारी वापस सूची में है।');
    expect((await sachiv.ok('people:search', { query: '' })).total).toBe(2);
  });

  test('adding someone already listed warns and adds only when the user insists', async ({ page, sachiv }) => {
    await sachiv.ok('people:create', { person: { name: 'कविता सिंह', phone: '9876543210' } });
    await page.goto('./');

    const addDuplicate = async () => {
      await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
      await page.getByRole('textbox', { name: 'नाम' }).fill('कविता सिंह');
      await page.getByRole('textbox', { name: 'फ़ोन' }).fill('9876543210');
      await page.getByRole('button', { name: 'सहेजें' }).click();
      await expect(page.getByRole('alert')).toContainText('यह व्यक्ति शायद पहले से निर्देशिका में है।');
      await expect(page.getByRole('alert').getByRole('listitem')).toHaveText(['कविता सिंह']);
    };

    await addDuplicate();
    await page.getByRole('button', { name: 'रद्द करें' }).click();
    await page.getByRole('button', { name: 'रद्द करें' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await sachiv.ok('people:search', { query: '' })).total).toBe(1);

    await addDuplicate();
    await page.getByRole('button', { name: 'फिर भी जोड़ें' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('row', { name: /कविता सिंह/ })).toHaveCount(2);
  });

  test('keyboard: Ctrl+K focuses the search from any area and Alt+number switches areas', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'लोग', level: 1 })).toBeVisible();
    await page.keyboard.press('Alt+6');
    await expect(page.getByRole('heading', { name: 'सेटिंग्स', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'सेटिंग्स' })).toHaveAttribute('title', 'सेटिंग्स — शॉर्टकट Alt+6');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: 'खोजें' })).toBeFocused();
    await page.keyboard.press('Alt+1');
    await expect(page.getByRole('heading', { name: 'कार्यक्रम', level: 1 })).toBeVisible();
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: 'उपस्थिति', level: 1 })).toBeVisible();
    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('heading', { name: 'प्रतिवेदन', level: 1 })).toBeVisible();
  });
});

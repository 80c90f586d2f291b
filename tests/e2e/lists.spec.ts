import { expect, test } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

test('the programme kinds are renamed, extended, reordered and pruned on the settings screen', async ({ page, sachiv }) => {
  await page.goto('./#/settings');
  const kinds = page.getByRole('form', { name: 'कार्यक्रम के प्रकार' });
  const entry = (n: number) => kinds.getByRole('textbox', { name: `कार्यक्रम के प्रकार: प्रविष्टि ${n}`, exact: true });
  await expect(entry(1)).toHaveValue('कार्यशाला');

  await entry(2).fill('समिति की बैठक');
  await kinds.getByRole('button', { name: 'नई प्रविष्टि जोड़ें' }).click();
  await entry(5).fill('संगोष्ठी');
  await kinds.getByRole('button', { name: 'प्रविष्टि 5 ऊपर ले जाएँ' }).click();
  await kinds.getByRole('button', { name: 'प्रविष्टि 3 हटाएँ' }).click();
  await expect(kinds).toContainText('कुछ बदलाव अभी सहेजे नहीं गए हैं।');
  await kinds.getByRole('button', { name: 'कार्यक्रम के प्रकार सहेजें' }).click();
  await expect(kinds.getByText('सहेजा गया।')).toBeVisible();
  await shoot(page, 'lists-saved');

  const saved = ['कार्यशाला', 'समिति की बैठक', 'संगोष्ठी', 'सम्मेलन'];
  expect((await sachiv.ok('lists:get', {})).programmeKinds.map((kind) => kind.name)).toEqual(saved);
  await page.reload();
  for (const [index, name] of saved.entries()) await expect(entry(index + 1)).toHaveValue(name);

  // The renamed and the new kind are offered when recording a programme.
  await page.goto('./#/programmes/new');
  const kindChoice = page.getByRole('combobox', { name: 'प्रकार' });
  for (const name of saved) await expect(kindChoice.getByRole('option', { name, exact: true })).toHaveCount(1);
  await expect(kindChoice.getByRole('option', { name: 'प्रशिक्षण', exact: true })).toHaveCount(0);
});

test('an entry still used by programmes is not removed, and the refusal says which and how many', async ({ page, sachiv }) => {
  for (const date of ['2024-04-17', '2024-05-02']) {
    await sachiv.ok('programmes:create', { programme: { title: `कार्यशाला ${date}`, kindId: 'kind-workshop', days: [{ date }] } });
  }
  await page.goto('./#/settings');
  const kinds = page.getByRole('form', { name: 'कार्यक्रम के प्रकार' });
  await kinds.getByRole('button', { name: 'प्रविष्टि 1 हटाएँ' }).click();
  await kinds.getByRole('button', { name: 'कार्यक्रम के प्रकार सहेजें' }).click();
  const alert = kinds.getByRole('alert');
  await expect(alert).toContainText('यह प्रविष्टि हटाई नहीं जा सकती क्योंकि कार्यक्रमों में अभी इसका उपयोग हो रहा है।');
  await expect(alert).toContainText('कार्यक्रम के प्रकार: “कार्यशाला” हटाया नहीं जा सकता; इसका उपयोग करने वाले कार्यक्रमों की संख्या: 2।');
  await shoot(page, 'lists-entry-in-use');
  expect((await sachiv.ok('lists:get', {})).programmeKinds.map((kind) => kind.name)).toContain('कार्यशाला');

  await kinds.getByRole('button', { name: 'बदलाव छोड़ें' }).click();
  await expect(kinds.getByRole('alert')).toHaveCount(0);
  await expect(kinds.getByRole('textbox', { name: 'कार्यक्रम के प्रकार: प्रविष्टि 1', exact: true })).toHaveValue('कार्यशाला');

  // A blank or repeated name is pointed out on the entry itself.
  const categories = page.getByRole('form', { name: 'टिप्पणियों की श्रेणियाँ' });
  await categories.getByRole('textbox', { name: 'टिप्पणियों की श्रेणियाँ: प्रविष्टि 2', exact: true }).fill('कठिनाइयाँ');
  await categories.getByRole('button', { name: 'टिप्पणियों की श्रेणियाँ सहेजें' }).click();
  await expect(categories.getByRole('textbox', { name: 'टिप्पणियों की श्रेणियाँ: प्रविष्टि 3', exact: true })).toHaveAccessibleDescription(
    'टिप्पणियों की श्रेणियाँ: प्रविष्टि 3 में यही प्रविष्टि पहले भी आ चुकी है; एक ही बार लिखें।',
  );
  expect((await sachiv.ok('lists:get', {})).feedbackCategories.map((category) => category.name)[1]).toBe('उपलब्धियाँ');
});

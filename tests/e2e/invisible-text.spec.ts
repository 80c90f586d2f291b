import { expect, test } from './support/fixtures.js';

// A name pasted from another file can hold only zero-width characters: the field looks empty
// or blank, yet the text is not. The same rule as the core's and the import's refuses it.
test('a name made only of invisible characters is refused in Hindi beside the field, and nobody is added', async ({ page, sachiv }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
  const dialog = page.getByRole('dialog', { name: 'व्यक्ति जोड़ें' });
  const name = dialog.getByRole('textbox', { name: 'नाम' });
  await name.focus();
  // What a paste delivers: the characters arrive at once, not as key presses.
  await page.keyboard.insertText('\u200B\u200C\u2060');
  await dialog.getByRole('textbox', { name: 'पद' }).pressSequentially('सचिव', { delay: 30 });
  await dialog.getByRole('button', { name: 'सहेजें' }).click();

  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/^नाम में केवल न दिखने वाले अक्षर हैं/);
  await expect(dialog.getByRole('alert')).toContainText('अभी कुछ भी सहेजा नहीं गया है');
  expect((await sachiv.ok('people:search', {})).total).toBe(0);

  await name.fill('');
  await name.pressSequentially('रमेश यादव', { delay: 30 });
  await dialog.getByRole('button', { name: 'सहेजें' }).click();
  await expect(dialog).toBeHidden();
  expect((await sachiv.ok('people:search', {})).items.map((person) => person.name)).toEqual(['रमेश यादव']);
});

import { expect, test } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

test('text pasted in the Kruti Dev font is recognised and converted to Unicode on request', async ({ page, context, sachiv }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/people');
  await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
  const dialog = page.getByRole('dialog', { name: 'व्यक्ति जोड़ें' });
  const name = dialog.getByRole('textbox', { name: 'नाम' });
  const designation = dialog.getByRole('textbox', { name: 'पद' });

  // An English name pasted is left alone: no offer appears.
  await page.evaluate(() => navigator.clipboard.writeText('Ramesh Kumar'));
  await name.focus();
  await page.keyboard.press('Control+V');
  await expect(name).toHaveValue('Ramesh Kumar');

  await page.evaluate(() => navigator.clipboard.writeText('{ks=h; izfrfuf/k'));
  await designation.focus();
  await page.keyboard.press('Control+V');
  await expect(designation).toHaveValue('{ks=h; izfrfuf/k');
  const offer = dialog.getByRole('group', { name: 'Kruti Dev पाठ को यूनिकोड में बदलें' });
  await expect(offer).toContainText('क्षेत्रीय प्रतिनिधि');
  await expect(dialog.getByRole('group', { name: 'Kruti Dev पाठ को यूनिकोड में बदलें' })).toHaveCount(1);
  await shoot(page, 'kruti-dev-paste-offer');
  await offer.getByRole('button', { name: 'यूनिकोड में बदलें' }).click();
  await expect(designation).toHaveValue('क्षेत्रीय प्रतिनिधि');
  await expect(offer).toBeHidden();

  await name.fill('रमेश कुमार');
  await dialog.getByRole('button', { name: 'सहेजें' }).click();
  await expect(dialog).toBeHidden();
  const [saved] = (await sachiv.ok('people:search', { query: 'रमेश' })).items;
  expect(saved?.designation).toBe('क्षेत्रीय प्रतिनिधि');
});

test('a one-word designation pasted in Kruti Dev is offered with the pasted and the converted text side by side, and an accented Latin name is left alone', async ({ page, context, sachiv }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/people');
  await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
  const dialog = page.getByRole('dialog', { name: 'व्यक्ति जोड़ें' });
  const name = dialog.getByRole('textbox', { name: 'नाम' });
  const designation = dialog.getByRole('textbox', { name: 'पद' });

  await page.evaluate(() => navigator.clipboard.writeText('José Müller'));
  await name.focus();
  await page.keyboard.press('Control+V');
  await expect(name).toHaveValue('José Müller');

  // लिपिक (clerk), typed in Kruti Dev: a single short word.
  await page.evaluate(() => navigator.clipboard.writeText('fyfid'));
  await designation.focus();
  await page.keyboard.press('Control+V');
  await expect(designation).toHaveValue('fyfid');
  const offer = dialog.getByRole('group', { name: 'Kruti Dev पाठ को यूनिकोड में बदलें' });
  await expect(offer.getByRole('definition')).toHaveText(['fyfid', 'लिपिक']);
  await expect(offer.getByRole('term')).toHaveText(['जैसा चिपकाया गया', 'यूनिकोड में']);
  // Only the designation got an offer: the accented name was not taken for Kruti Dev.
  await expect(offer).toHaveCount(1);
  await shoot(page, 'kruti-dev-paste-one-word');
  await offer.getByRole('button', { name: 'यूनिकोड में बदलें' }).click();
  await expect(designation).toHaveValue('लिपिक');

  await dialog.getByRole('button', { name: 'सहेजें' }).click();
  await expect(dialog).toBeHidden();
  const saved = (await sachiv.ok('people:search', {})).items;
  expect(saved.map((person) => [person.name, person.designation])).toEqual([['José Müller', 'लिपिक']]);
});

test('feedback lines pasted in Kruti Dev are converted before they are added', async ({ page, context, sachiv }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const programme = await sachiv.ok('programmes:create', { programme: { title: 'कार्यशाला', kindId: 'kind-workshop', days: [{ date: '2024-04-17' }] } });
  await page.goto(`./#/programmes/${programme.id}/feedback`);
  await page.getByRole('button', { name: 'कई टिप्पणियाँ एक साथ चिपकाएँ' }).click();
  const dialog = page.getByRole('dialog', { name: 'कई टिप्पणियाँ एक साथ जोड़ें' });
  await dialog.getByRole('combobox', { name: 'श्रेणी' }).selectOption({ label: 'प्रस्ताव और समाधान' });
  const box = dialog.getByRole('textbox', { name: 'टिप्पणियाँ (हर पंक्ति में एक)' });
  await page.evaluate(() => navigator.clipboard.writeText('i=koyh dk voyksdu fd;k x;kA\nesjk uke usgy gSA'));
  await box.focus();
  await page.keyboard.press('Control+V');
  await dialog.getByRole('group', { name: 'Kruti Dev पाठ को यूनिकोड में बदलें' }).getByRole('button', { name: 'यूनिकोड में बदलें' }).click();
  await expect(box).toHaveValue('पत्रावली का अवलोकन किया गया।\nमेरा नाम नेहल है।');
  await dialog.getByRole('button', { name: '2 टिप्पणियाँ जोड़ें' }).click();
  await expect(dialog).toBeHidden();
  const stored = await sachiv.ok('feedback:list', { programmeId: programme.id });
  expect(stored.items.map((entry) => entry.text)).toEqual(['पत्रावली का अवलोकन किया गया।', 'मेरा नाम नेहल है।']);
});

test('Kruti Dev text pasted into a report is offered in Unicode, and converting it changes only the pasted words', async ({ page, context, sachiv }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const programme = await sachiv.ok('programmes:create', { programme: { title: 'राजभाषा बैठक', kindId: 'kind-meeting', days: [{ date: '2024-04-17' }] } });
  const report = await sachiv.ok('reports:create', { programmeId: programme.id, template: 'brief' });
  await page.goto(`./#/reports/${report.id}`);
  const text = page.getByRole('textbox', { name: 'प्रतिवेदन का पाठ' });
  await expect(text).toContainText('राजभाषा बैठक');
  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('विषय: ');
  await page.evaluate(() => navigator.clipboard.writeText("lfefr dh cSBd"));
  await page.keyboard.press('Control+V');
  await expect(text).toContainText('विषय: lfefr dh cSBd');
  const offer = page.getByRole('group', { name: 'Kruti Dev पाठ को यूनिकोड में बदलें' });
  await expect(offer).toContainText('समिति की बैठक');
  await offer.getByRole('button', { name: 'यूनिकोड में बदलें' }).click();
  await expect(text).toContainText('विषय: समिति की बैठक');
  await expect(text).not.toContainText('cSBd');
  await expect(page.getByRole('status').filter({ hasText: /^सहेजा गया$/ })).toBeVisible();
  const saved = JSON.stringify((await sachiv.ok('reports:get', { id: report.id })).body);
  expect(saved).toContain('विषय: समिति की बैठक');
  // One Ctrl+Z takes the conversion back, and only it.
  await page.keyboard.press('Control+Z');
  await expect(text).toContainText('विषय: lfefr dh cSBd');
});

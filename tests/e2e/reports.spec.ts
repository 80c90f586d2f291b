import { access } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { plainText } from '../../src-main/core/report/plain-text.js';
import { SEED_CHAIR, seedFeedback, seedResolution, seedWorkshop } from '../unit/programmes/seed-workshop.js';
import { expect, test, type CoreClient } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

const TITLE = seedWorkshop('x').title;

async function seedProgramme(sachiv: CoreClient) {
  await sachiv.ok('organisation:update', { organisation: { nameHi: 'प्रांतीय पार्टी समिति', secretaryName: 'सुनीता वर्मा', secretaryDesignation: 'सचिव' } });
  const resolution = await sachiv.ok('citations:save', { citation: seedResolution });
  const programme = await sachiv.ok('programmes:create', { programme: seedWorkshop(resolution.id) });
  await sachiv.ok('feedback:addMany', { programmeId: programme.id, entries: seedFeedback() });
  return programme;
}

async function reportText(sachiv: CoreClient, id: string): Promise<string> {
  return plainText((await sachiv.ok('reports:get', { id })).body);
}

function saveState(page: Page) {
  return page.getByRole('status').filter({ hasText: /^(सहेजा गया|सहेजा जा रहा है…|बदलाव अभी सहेजे नहीं गए|सहेजा नहीं जा सका)/ });
}

/** IME composition as an Indic keyboard produces it: the text is composed, then committed once. */
async function composeWithIme(page: Page, steps: readonly string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text: steps.at(-1) ?? '' });
  await cdp.detach();
}

test('a report is drafted from the record, edited in Hindi, autosaved, kept across a restart, versioned, restored and finalised', async ({ page, sachiv }) => {
  test.setTimeout(90_000);
  await seedProgramme(sachiv);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'लोग', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { name: 'प्रतिवेदन', level: 1 })).toBeVisible();
  await expect(page.getByText(/अभी कोई प्रतिवेदन नहीं है।/)).toBeVisible();

  await page.getByRole('button', { name: 'नया प्रतिवेदन' }).click();
  const create = page.getByRole('dialog', { name: 'प्रतिवेदन बनाएँ' });
  await create.getByRole('combobox', { name: 'कार्यक्रम' }).selectOption({ label: TITLE });
  await expect(create.getByRole('radio', { name: /वर्णनात्मक प्रतिवेदन/ })).toBeChecked();
  await create.getByRole('button', { name: 'मसौदा बनाएँ' }).click();

  const text = page.getByRole('textbox', { name: 'प्रतिवेदन का पाठ' });
  await expect(text).toContainText(`कार्यशाला की अध्यक्षता ${SEED_CHAIR} ने की।`);
  await expect(text).toContainText('के संबंध में प्रतिभागियों से 20 टिप्पणियाँ प्राप्त हुईं।');
  await expect(saveState(page)).toHaveText('सहेजा गया');
  const id = new URL(page.url()).hash.split('/').at(-1) ?? '';

  // Typed Devanagari, an IME composition and Backspace that takes off one matra only.
  // The end of the last paragraph of text (the occasion); the signature block after it takes no typing.
  await text.getByText(/श्रृंखला के अंतर्गत आयोजित की गई।$/).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('सभा में ');
  await composeWithIme(page, ['न', 'नम', 'नमस्', 'नमस्ते']);
  await page.keyboard.type(' कि');
  await page.keyboard.press('Backspace');
  await expect(saveState(page)).toHaveText('सहेजा गया');
  expect(await reportText(sachiv, id)).toContain('सभा में नमस्ते क');
  expect(await reportText(sachiv, id)).not.toContain('नमस्ते कि');

  // Closing the window right after a keystroke: the shell asks the window to save first.
  await page.keyboard.type(' अंतिम शब्द');
  expect(await sachiv.core.saveRendererEdits(10_000)).toBe('saved');
  expect(await reportText(sachiv, id)).toContain('नमस्ते क अंतिम शब्द');

  // Quitting and starting again keeps every acknowledged word.
  await sachiv.restart();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'प्रतिवेदन का पाठ' })).toContainText('सभा में नमस्ते क');

  // A named version, then more text, then the comparison and a restore.
  await page.getByRole('button', { name: 'संस्करण सहेजें' }).click();
  const naming = page.getByRole('dialog', { name: 'यह संस्करण सहेजें' });
  await naming.getByRole('textbox', { name: 'संस्करण का नाम' }).fill('अध्यक्ष को भेजा गया');
  await naming.getByRole('button', { name: 'सहेजें' }).click();
  await expect(page.getByText('संस्करण "अध्यक्ष को भेजा गया" सहेजा गया।')).toBeVisible();

  // The end of the last paragraph of text (the occasion); the signature block after it takes no typing.
  await text.getByText(/श्रृंखला के अंतर्गत आयोजित की गई।$/).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('बाद में जोड़ा गया वाक्य।');
  await expect(saveState(page)).toHaveText('सहेजा गया');

  await page.getByRole('button', { name: 'संस्करण', exact: true }).click();
  const versions = page.getByRole('list', { name: 'संस्करण' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('listitem').first()).toContainText('संस्करण 2: अध्यक्ष को भेजा गया');
  await versions.getByRole('button', { name: 'संस्करण 2 की वर्तमान मसौदे से तुलना करें' }).click();
  const compare = page.getByRole('dialog', { name: 'संस्करण 2 और वर्तमान मसौदा' });
  await expect(compare.getByRole('status')).toHaveText('1 अनुच्छेद बदला');
  await expect(compare.getByRole('cell', { name: /बाद में जोड़ा गया वाक्य।/ })).toBeVisible();
  await shoot(page, 'reports-compare-hi');
  await compare.getByRole('button', { name: 'बंद करें' }).click();

  await versions.getByRole('button', { name: 'संस्करण 2 पुनर्स्थापित करें' }).click();
  await expect(page.getByText(/संस्करण 2 पुनर्स्थापित किया गया।/)).toBeVisible();
  await expect(text).not.toContainText('बाद में जोड़ा गया वाक्य।');
  await expect(text).toContainText('सभा में नमस्ते क');
  await expect(versions.getByRole('listitem').first()).toContainText('पुनर्स्थापना से पहले का मसौदा');
  expect(await reportText(sachiv, id)).not.toContain('बाद में जोड़ा गया');
  await shoot(page, 'reports-editor-hi');

  // Finalising stamps the signature and locks the text; a new revision unlocks it.
  await page.getByRole('button', { name: 'अंतिम करें' }).click();
  await page.getByRole('alertdialog', { name: 'प्रतिवेदन अंतिम करें?' }).getByRole('button', { name: 'हाँ, अंतिम करें' }).click();
  await expect(page.getByText('अंतिम', { exact: true })).toBeVisible();
  await expect(text).toHaveAttribute('aria-readonly', 'true');
  await expect(text).toContainText(/दिनांक: \d{1,2} \S+ \d{4}सुनीता वर्मासचिव$/);
  const finalVersion = (await sachiv.ok('reports:get', { id })).version;
  await text.click();
  await page.keyboard.type('यह नहीं जुड़ना चाहिए');
  await expect(text).not.toContainText('यह नहीं जुड़ना चाहिए');
  expect((await sachiv.ok('reports:get', { id })).version).toBe(finalVersion);
  await shoot(page, 'reports-final-hi');

  await page.getByRole('button', { name: 'नया संशोधन शुरू करें' }).click();
  await expect(text).not.toHaveAttribute('aria-readonly', 'true');
  expect((await sachiv.ok('reports:get', { id })).status).toBe('draft');
});

test('the preview shows the printed pages, and the report is saved as PDF and Word', async ({ page, sachiv }) => {
  test.setTimeout(90_000);
  const programme = await seedProgramme(sachiv);
  const report = await sachiv.ok('reports:create', { programmeId: programme.id, template: 'minutes' });
  await page.goto(`./#/reports/${report.id}`);
  const text = page.getByRole('textbox', { name: 'प्रतिवेदन का पाठ' });
  // Minutes are headed by the programme's own organiser, not the office profile's name.
  await expect(text).toContainText(seedWorkshop('x').organiser ?? '');
  await expect(text).toContainText('कार्यवृत्त — विषय:');

  await text.click();
  await page.keyboard.press('Control+p');
  const preview = page.getByRole('dialog', { name: /पूर्वावलोकन/ });
  await expect(preview.getByRole('img', { name: 'पृष्ठ 1 / 1' })).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'reports-preview-hi');

  await preview.getByRole('button', { name: 'PDF सहेजें' }).click();
  const pdfToast = page.getByText(/PDF सहेजी गई \(1 पृष्ठ\): /);
  await expect(pdfToast).toBeVisible({ timeout: 30_000 });
  const pdfPath = ((await pdfToast.textContent()) ?? '').replace(/^.*\): /, '');
  await access(pdfPath);
  expect(pdfPath).toMatch(/कार्यवृत्त .*\.pdf$/);

  await preview.getByRole('button', { name: 'Word फ़ाइल सहेजें' }).click();
  const wordToast = page.getByText(/फ़ाइल सहेजी गई: .*\.docx$/);
  await expect(wordToast).toBeVisible();
  await access(((await wordToast.textContent()) ?? '').replace(/^फ़ाइल सहेजी गई: /, ''));

  // The system print dialog belongs to the app's shell; without it the user is told so.
  await preview.getByRole('button', { name: 'छापें' }).click();
  await expect(page.getByText('इस कंप्यूटर पर छपाई अभी उपलब्ध नहीं है।')).toBeVisible();
});

test('a data block is refreshed from the record, and a removed report comes back with undo', async ({ page, sachiv }) => {
  const programme = await seedProgramme(sachiv);
  const report = await sachiv.ok('reports:create', { programmeId: programme.id, template: 'narrative' });
  await page.goto(`./#/reports/${report.id}`);
  const text = page.getByRole('textbox', { name: 'प्रतिवेदन का पाठ' });
  await expect(text).toContainText('कुल20');
  await sachiv.ok('feedback:add', { programmeId: programme.id, entry: { text: 'एक और सुझाव', categoryId: 'feedback-proposals' } });
  await page.getByRole('button', { name: 'टिप्पणियाँ (श्रेणीवार) तालिका ताज़ा करें' }).click();
  await expect(text).toContainText('कुल21');
  await expect(saveState(page)).toHaveText('सहेजा गया');
  expect(await reportText(sachiv, report.id)).toContain('कुल | 21');

  // Leaving right after typing waits for the save; opening the report again shows that text.
  await text.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('जाते-जाते लिखा गया। ');
  await page.getByRole('link', { name: 'सभी प्रतिवेदन' }).click();
  const table = page.getByRole('table', { name: 'सभी प्रतिवेदन' });
  await expect(table.getByRole('link', { name: `प्रतिवेदन: ${TITLE} खोलें` })).toBeVisible();
  expect(await reportText(sachiv, report.id)).toContain('जाते-जाते लिखा गया।');
  await shoot(page, 'reports-list-hi');
  await table.getByRole('link', { name: `प्रतिवेदन: ${TITLE} खोलें` }).click();
  await expect(text).toContainText('जाते-जाते लिखा गया।');
  await expect(text).toContainText('कुल21');
  await page.getByRole('link', { name: 'सभी प्रतिवेदन' }).click();
  await table.getByRole('button', { name: `प्रतिवेदन: ${TITLE} हटाएँ` }).click();
  await expect(page.getByText(/अभी कोई प्रतिवेदन नहीं है।/)).toBeVisible();
  await page.getByRole('button', { name: 'पूर्ववत करें' }).click();
  await expect(table.getByRole('link', { name: `प्रतिवेदन: ${TITLE} खोलें` })).toBeVisible();
});

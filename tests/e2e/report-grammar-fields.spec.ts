import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

/*
 * What a Hindi report's grammar needs from the record (a person's title and gender, the
 * organiser's short form, the sponsor and how it stands, the city, a typed holder's and a
 * speaker's organisation, the summary's style, the order of proceedings, the agenda, which
 * comments are quoted), entered through the screens and read back after a reload.
 */

/** Copies for looking at outside the test results; the gallery in test-results/screenshots gets each too. */
const SHOTS = '/tmp/shots';

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await shoot(page, `hi-${name}`);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test('a person’s title and gender are chosen in the dialog, shown in the directory and kept on every later edit', async ({ page, sachiv }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
  const dialog = page.getByRole('dialog', { name: 'व्यक्ति जोड़ें' });
  const title = dialog.getByRole('combobox', { name: 'संबोधन' });
  // The office's titles are offered, and any other can still be typed.
  await expect(dialog.locator('datalist#person-title-offered option')).toHaveCount(5);
  // The cursor starts on the name; the title is one Shift+Tab before it.
  const name = dialog.getByRole('textbox', { name: 'नाम' });
  await expect(name).toBeFocused();
  await name.fill('प्रीति मीणा');
  await page.keyboard.press('Shift+Tab');
  await expect(title).toBeFocused();
  await page.keyboard.type('डॉ.');
  const gender = dialog.getByRole('combobox', { name: 'लिंग' });
  await expect(gender.locator('option')).toHaveText(['बताया नहीं', 'पुरुष', 'महिला']);
  await gender.selectOption({ label: 'महिला' });
  await dialog.getByRole('textbox', { name: 'पद' }).fill('जिला कलेक्टर');
  await shot(page, 'person-dialog');
  await dialog.getByRole('button', { name: 'सहेजें' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: /प्रीति मीणा/ });
  await expect(row.getByRole('cell').first()).toHaveText('डॉ. प्रीति मीणा');
  const [saved] = (await sachiv.ok('people:search', { query: '' })).items;
  expect(saved).toMatchObject({ title: 'डॉ.', name: 'प्रीति मीणा', gender: 'female' });

  // Editing something else keeps them: the form sends back what it loaded.
  await page.reload();
  await page.getByRole('button', { name: 'प्रीति मीणा संपादित करें' }).click();
  const edit = page.getByRole('dialog', { name: 'प्रीति मीणा की जानकारी बदलें' });
  await expect(edit.getByRole('combobox', { name: 'संबोधन' })).toHaveValue('डॉ.');
  await expect(edit.getByRole('combobox', { name: 'लिंग' }).locator('option:checked')).toHaveText('महिला');
  await edit.getByRole('textbox', { name: 'पद' }).fill('संभागायुक्त');
  await edit.getByRole('button', { name: 'सहेजें' }).click();
  await expect(edit).toBeHidden();
  expect(await sachiv.ok('people:get', { id: saved?.id ?? '' })).toMatchObject({ title: 'डॉ.', gender: 'female', designation: 'संभागायुक्त' });
});

test('a programme keeps its short form, sponsor, city, agenda, holders’ and speakers’ details and the order of proceedings', async ({ page, sachiv }) => {
  test.setTimeout(90_000);
  await sachiv.ok('people:create', { person: { title: 'श्री', name: 'अशोक जैन', gender: 'male', designation: 'मुख्य कार्यपालन अधिकारी' } });
  await page.goto('./#/programmes/new');
  await expect(page.getByRole('heading', { name: 'नया कार्यक्रम', level: 1 })).toBeVisible();

  await page.getByRole('textbox', { name: 'शीर्षक / विषय' }).fill('डिजिटल भुगतान और साइबर सुरक्षा');
  await page.getByRole('combobox', { name: 'प्रकार' }).selectOption({ label: 'प्रशिक्षण' });
  await page.getByRole('textbox', { name: 'आयोजक', exact: true }).fill('जिला सहकारी केंद्रीय बैंक मर्यादित, सीहोर');
  const short = page.getByRole('textbox', { name: 'आयोजक का छोटा रूप' });
  await short.fill('बैंक');
  await expect(short).toHaveAccessibleDescription('प्रतिवेदन में पहली बार पूरा नाम, उसके बाद यह छोटा रूप, जैसे ‘बैंक’, ‘समिति’।');
  await page.getByRole('textbox', { name: 'प्रायोजक संस्था' }).fill('राष्ट्रीय कृषि और ग्रामीण विकास बैंक (नाबार्ड)');
  const relation = page.getByRole('combobox', { name: 'प्रायोजक किस रूप में' });
  await expect(relation.locator('option:checked')).toHaveText('के तत्वावधान में');
  await relation.selectOption({ label: 'के सहयोग से' });
  await page.getByRole('textbox', { name: 'स्थान' }).fill('बैंक का प्रशिक्षण केंद्र');
  await page.getByRole('textbox', { name: 'शहर' }).fill('सीहोर');
  await page.getByRole('group', { name: 'दिन 1' }).getByLabel('तारीख़').fill('08.08.2024');

  // Two agenda items; the second is moved above the first.
  await page.getByRole('button', { name: 'कार्यसूची का बिंदु जोड़ें' }).click();
  const agendaOne = page.getByRole('group', { name: 'कार्यसूची बिंदु 1' });
  await agendaOne.getByRole('textbox', { name: 'विषय' }).fill('पिछली बैठक के कार्यवृत्त की पुष्टि');
  await agendaOne.getByRole('textbox', { name: 'चर्चा' }).fill('कार्यवृत्त पढ़कर सुनाया गया।');
  await agendaOne.getByRole('textbox', { name: 'निर्णय' }).fill('कार्यवृत्त की पुष्टि की गई।');
  await page.getByRole('button', { name: 'कार्यसूची का बिंदु जोड़ें' }).click();
  await page.getByRole('group', { name: 'कार्यसूची बिंदु 2' }).getByRole('textbox', { name: 'विषय' }).fill('साइबर जागरूकता अभियान');
  await page.getByRole('button', { name: 'कार्यसूची बिंदु 2 ऊपर ले जाएँ' }).click();
  await expect(agendaOne.getByRole('textbox', { name: 'विषय' })).toHaveValue('साइबर जागरूकता अभियान');

  await page.getByRole('button', { name: 'सत्र जोड़ें' }).click();
  const session = page.getByRole('group', { name: 'सत्र 1' });
  await session.getByRole('textbox', { name: 'सत्र का नाम' }).fill('उद्घाटन सत्र');

  // The welcome, by someone in the directory.
  await session.getByRole('button', { name: 'भूमिका जोड़ें' }).click();
  const welcome = session.getByRole('group', { name: 'भूमिका 1' });
  await welcome.getByRole('combobox', { name: 'भूमिका' }).selectOption({ label: 'स्वागत भाषण' });
  await welcome.getByRole('button', { name: 'निर्देशिका से व्यक्ति चुनें' }).click();
  await welcome.getByRole('searchbox', { name: 'निर्देशिका में खोजें' }).fill('अशोक');
  await welcome.getByRole('button', { name: 'चुनें: अशोक जैन (मुख्य कार्यपालन अधिकारी)' }).click();
  await expect(welcome).toContainText('श्री अशोक जैन (मुख्य कार्यपालन अधिकारी)');

  // The vote of thanks, by someone typed on the spot with title, gender and organisation.
  await session.getByRole('button', { name: 'भूमिका जोड़ें' }).click();
  const thanks = session.getByRole('group', { name: 'भूमिका 2' });
  await thanks.getByRole('combobox', { name: 'भूमिका' }).selectOption({ label: 'धन्यवाद ज्ञापन' });
  await thanks.getByRole('button', { name: 'नाम लिखकर जोड़ें' }).click();
  const typed = thanks.getByRole('group', { name: 'धारक 1' });
  await typed.getByRole('combobox', { name: 'संबोधन' }).fill('श्री');
  await typed.getByRole('textbox', { name: 'नाम' }).fill('दिनेश पटेल');
  await typed.getByRole('combobox', { name: 'लिंग' }).selectOption({ label: 'पुरुष' });
  await typed.getByRole('textbox', { name: 'पद' }).fill('प्रशिक्षण समन्वयक');
  await typed.getByRole('textbox', { name: 'संगठन' }).fill('बैंक');

  await session.getByRole('button', { name: 'गतिविधि जोड़ें' }).click();
  await session.getByRole('group', { name: 'गतिविधि 1' }).getByRole('combobox', { name: 'गतिविधि या अनुष्ठान' }).selectOption({ label: 'दीप प्रज्वलन' });

  await page.getByRole('button', { name: 'भाषण जोड़ें' }).click();
  const speech = page.getByRole('group', { name: 'भाषण 1' });
  const speaker = speech.getByRole('group', { name: 'वक्ता' });
  await speaker.getByRole('combobox', { name: 'संबोधन' }).fill('सुश्री');
  await speaker.getByRole('textbox', { name: 'नाम' }).fill('कविता राजपूत');
  await speaker.getByRole('combobox', { name: 'लिंग' }).selectOption({ label: 'महिला' });
  await speaker.getByRole('textbox', { name: 'संगठन' }).fill('साइबर सेल');
  await speech.getByRole('textbox', { name: 'उस समय का पद' }).fill('उप निरीक्षक');
  await speech.getByRole('textbox', { name: 'संगठन (उस समय)' }).fill('साइबर सेल, सीहोर');
  await speech.getByRole('textbox', { name: 'वक्तव्य का सार' }).fill('अधिकांश साइबर धोखाधड़ी ओटीपी साझा करने से होती है');
  const style = speech.getByRole('combobox', { name: 'सारांश कैसे लिखा है' });
  await expect(style.locator('option')).toHaveText([
    'अपने आप पहचानें',
    'वक्ता ने क्या किया (…पर प्रकाश डाला)',
    'वक्ता ने क्या कहा (…कहा कि …)',
    'उद्धरण (…ने कहा, “…”)',
  ]);
  await style.selectOption({ label: 'वक्ता ने क्या कहा (…कहा कि …)' });

  // The proceedings in their usual order: ritual, welcome, speech, vote of thanks.
  const proceedings = session.getByRole('list', { name: 'कार्यवाही का क्रम' });
  const rows = proceedings.getByRole('listitem');
  await expect(rows).toHaveText([
    /दीप प्रज्वलन/,
    /स्वागत भाषण \(श्री अशोक जैन\)/,
    /वक्तव्य: सुश्री कविता राजपूत/,
    /धन्यवाद ज्ञापन \(श्री दिनेश पटेल\)/,
  ]);
  await expect(proceedings.getByRole('button', { name: 'दीप प्रज्वलन — ऊपर ले जाएँ' })).toBeDisabled();

  // By keyboard: the speech goes above the welcome, and the cursor stays on it.
  const speechUp = proceedings.getByRole('button', { name: 'वक्तव्य: सुश्री कविता राजपूत — ऊपर ले जाएँ' });
  await speechUp.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText([/दीप प्रज्वलन/, /वक्तव्य: सुश्री कविता राजपूत/, /स्वागत भाषण/, /धन्यवाद ज्ञापन/]);
  await expect(speechUp).toBeFocused();

  // By dragging: the welcome goes to the top.
  await rows.filter({ hasText: 'स्वागत भाषण' }).dragTo(rows.filter({ hasText: 'दीप प्रज्वलन' }));
  const reordered = [/स्वागत भाषण/, /दीप प्रज्वलन/, /वक्तव्य: सुश्री कविता राजपूत/, /धन्यवाद ज्ञापन/];
  await expect(rows).toHaveText(reordered);

  await page.getByRole('heading', { name: 'मूल जानकारी' }).scrollIntoViewIfNeeded();
  await shot(page, 'programme-basics');
  await page.getByRole('heading', { name: 'कार्यसूची (बैठक के लिए)' }).scrollIntoViewIfNeeded();
  await shot(page, 'programme-agenda');
  await typed.scrollIntoViewIfNeeded();
  await shot(page, 'programme-typed-holder');
  await proceedings.scrollIntoViewIfNeeded();
  await shot(page, 'programme-proceedings');
  await speech.getByRole('textbox', { name: 'वक्तव्य का सार' }).scrollIntoViewIfNeeded();
  await shot(page, 'programme-speech');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText('नया कार्यक्रम सहेजा गया।');
  await expect(page).toHaveURL(/#\/programmes\/[^/]+$/);
  const programmeId = /#\/programmes\/([^/]+)$/.exec(page.url())?.[1] ?? '';

  const stored = await sachiv.ok('programmes:get', { id: programmeId });
  expect(stored).toMatchObject({
    organiserShort: 'बैंक',
    sponsor: 'राष्ट्रीय कृषि और ग्रामीण विकास बैंक (नाबार्ड)',
    sponsorRelation: 'support',
    city: 'सीहोर',
    agenda: [
      { subject: 'साइबर जागरूकता अभियान', discussion: '', decision: '' },
      { subject: 'पिछली बैठक के कार्यवृत्त की पुष्टि', discussion: 'कार्यवृत्त पढ़कर सुनाया गया।', decision: 'कार्यवृत्त की पुष्टि की गई।' },
    ],
    speeches: [
      {
        speaker: { kind: 'typed', title: 'सुश्री', name: 'कविता राजपूत', gender: 'female', designation: '', organisation: 'साइबर सेल' },
        designationAtTime: 'उप निरीक्षक',
        organisationAtTime: 'साइबर सेल, सीहोर',
        summaryStyle: 'said',
      },
    ],
  });
  const [storedSession] = stored.sessions;
  expect(storedSession?.roles[1]?.holders).toEqual([
    { kind: 'typed', title: 'श्री', name: 'दिनेश पटेल', gender: 'male', designation: 'प्रशिक्षण समन्वयक', organisation: 'बैंक' },
  ]);
  expect(storedSession?.proceedings).toEqual([
    'role:role-welcome',
    `activity:${storedSession?.activities[0]?.id ?? ''}`,
    `speech:${stored.speeches[0]?.id ?? ''}`,
    'role:role-vote-of-thanks',
  ]);

  // Everything comes back on the screen after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'डिजिटल भुगतान और साइबर सुरक्षा', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'आयोजक का छोटा रूप' })).toHaveValue('बैंक');
  await expect(page.getByRole('textbox', { name: 'प्रायोजक संस्था' })).toHaveValue('राष्ट्रीय कृषि और ग्रामीण विकास बैंक (नाबार्ड)');
  await expect(page.getByRole('combobox', { name: 'प्रायोजक किस रूप में' }).locator('option:checked')).toHaveText('के सहयोग से');
  await expect(page.getByRole('textbox', { name: 'शहर' })).toHaveValue('सीहोर');
  await expect(page.getByRole('group', { name: 'कार्यसूची बिंदु 1' }).getByRole('textbox', { name: 'विषय' })).toHaveValue('साइबर जागरूकता अभियान');
  const agendaTwo = page.getByRole('group', { name: 'कार्यसूची बिंदु 2' });
  await expect(agendaTwo.getByRole('textbox', { name: 'विषय' })).toHaveValue('पिछली बैठक के कार्यवृत्त की पुष्टि');
  await expect(agendaTwo.getByRole('textbox', { name: 'चर्चा' })).toHaveValue('कार्यवृत्त पढ़कर सुनाया गया।');
  await expect(agendaTwo.getByRole('textbox', { name: 'निर्णय' })).toHaveValue('कार्यवृत्त की पुष्टि की गई।');

  const reloadedTyped = session.getByRole('group', { name: 'भूमिका 2' }).getByRole('group', { name: 'धारक 1' });
  await expect(reloadedTyped.getByRole('combobox', { name: 'संबोधन' })).toHaveValue('श्री');
  await expect(reloadedTyped.getByRole('combobox', { name: 'लिंग' }).locator('option:checked')).toHaveText('पुरुष');
  await expect(reloadedTyped.getByRole('textbox', { name: 'संगठन' })).toHaveValue('बैंक');

  await expect(speaker.getByRole('combobox', { name: 'संबोधन' })).toHaveValue('सुश्री');
  await expect(speaker.getByRole('combobox', { name: 'लिंग' }).locator('option:checked')).toHaveText('महिला');
  await expect(speaker.getByRole('textbox', { name: 'संगठन' })).toHaveValue('साइबर सेल');
  await expect(speech.getByRole('textbox', { name: 'संगठन (उस समय)' })).toHaveValue('साइबर सेल, सीहोर');
  await expect(style.locator('option:checked')).toHaveText('वक्ता ने क्या कहा (…कहा कि …)');
  await expect(rows).toHaveText(reordered);
});

test('the comments quoted in the report are ticked, and a tick changed from the keyboard or the mouse is kept', async ({ page, sachiv }) => {
  const programme = await sachiv.ok('programmes:create', {
    programme: { title: 'डिजिटल भुगतान प्रशिक्षण', kindId: 'kind-training', days: [{ date: '2024-08-08' }] },
  });
  const lines = [
    'ग्रामीण शाखाओं में इंटरनेट कनेक्टिविटी कमजोर है',
    'प्रशिक्षण सामग्री हिंदी में नहीं थी',
    'समय कम था',
    'व्यावहारिक अभ्यास नहीं हुआ',
  ];
  await sachiv.ok('feedback:addMany', {
    programmeId: programme.id,
    entries: lines.map((text) => ({ text, categoryId: 'feedback-difficulties' })),
  });
  await page.goto(`./#/programmes/${programme.id}/feedback`);
  const table = page.getByRole('table', { name: 'दर्ज टिप्पणियाँ' });
  await expect(table.getByRole('columnheader', { name: 'प्रतिवेदन में' })).toBeVisible();
  const tick = (n: number) => table.getByRole('checkbox', { name: `टिप्पणी ${n}: प्रतिवेदन में` });
  // By default the first three of a category are quoted.
  for (const n of [1, 2, 3]) await expect(tick(n)).toBeChecked();
  await expect(tick(4)).not.toBeChecked();

  await tick(2).focus();
  await page.keyboard.press('Space');
  await expect(tick(2)).not.toBeChecked();
  await tick(4).click();
  await expect(tick(4)).toBeChecked();
  await expect
    .poll(async () => (await sachiv.ok('feedback:list', { programmeId: programme.id })).items.map((entry) => entry.inReport))
    .toEqual([null, false, null, true]);
  await shot(page, 'feedback-list');

  await page.reload();
  await expect(tick(1)).toBeChecked();
  await expect(tick(2)).not.toBeChecked();
  await expect(tick(3)).toBeChecked();
  await expect(tick(4)).toBeChecked();
});

test('the titles offered before a name are an editable list in the settings', async ({ page, sachiv }) => {
  await page.goto('./#/settings');
  const list = 'नाम से पहले लगने वाले संबोधन (श्री, श्रीमती, डॉ. …)';
  const titles = page.getByRole('form', { name: list });
  const entry = (n: number) => titles.getByRole('textbox', { name: `${list}: प्रविष्टि ${n}`, exact: true });
  await expect(entry(1)).toHaveValue('श्री');
  await expect(entry(5)).toHaveValue('प्रो.');
  await titles.getByRole('button', { name: 'नई प्रविष्टि जोड़ें' }).click();
  await entry(6).fill('कॉमरेड');
  await titles.getByRole('button', { name: `${list} सहेजें` }).click();
  await expect(titles.getByText('सहेजा गया।')).toBeVisible();
  expect((await sachiv.ok('lists:get', {})).titles.map((title) => title.name)).toEqual(['श्री', 'श्रीमती', 'सुश्री', 'डॉ.', 'प्रो.', 'कॉमरेड']);

  // The person form offers it at once.
  await page.goto('./');
  await page.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
  const offered = page.getByRole('dialog', { name: 'व्यक्ति जोड़ें' }).locator('datalist#person-title-offered option');
  await expect(offered).toHaveCount(6);
  await expect(offered.last()).toHaveAttribute('value', 'कॉमरेड');
});

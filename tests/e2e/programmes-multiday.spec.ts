import { expect, test } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

const TITLE = 'राजभाषा कार्यान्वयन पर दो दिवसीय प्रशिक्षण';
const CHIEF_GUEST = { name: 'डॉ. क्षितिज श्रीवास्तव', designation: 'कुलपति' };

test('a two-day programme with three sessions, a chief guest, a compere and a vote of thanks is edited and reloaded', async ({ page, sachiv }) => {
  test.setTimeout(90_000);
  const guest = await sachiv.ok('people:create', { person: CHIEF_GUEST });
  const circular = await sachiv.ok('citations:save', {
    citation: { kind: 'परिपत्र', number: '20012/01/2024-रा.भा.', date: '2024-01-15', issuedBy: 'राजभाषा विभाग, गृह मंत्रालय' },
  });
  const CIRCULAR_TEXT = 'परिपत्र संख्या 20012/01/2024-रा.भा., दिनांक 15 जनवरी 2024, राजभाषा विभाग, गृह मंत्रालय द्वारा जारी';
  await page.goto('./#/programmes/new');
  await expect(page.getByRole('heading', { name: 'नया कार्यक्रम', level: 1 })).toBeVisible();

  await page.getByRole('textbox', { name: 'शीर्षक / विषय' }).fill(TITLE);
  await page.getByRole('combobox', { name: 'प्रकार' }).selectOption({ label: 'प्रशिक्षण' });
  await page.getByRole('textbox', { name: 'स्थान' }).fill('सभागार, ज़िला पंचायत भवन');
  await page.getByRole('textbox', { name: 'संदर्भ संख्या' }).fill('रा.भा./प्रशि./2024/17');
  const day1 = page.getByRole('group', { name: 'दिन 1' });
  await day1.getByLabel('तारीख़').fill('13.09.2024');
  await day1.getByLabel('आरंभ का समय').fill('10:00');
  await day1.getByLabel('समाप्ति का समय').fill('17:00');
  await page.getByRole('button', { name: 'एक और दिन जोड़ें' }).click();
  const day2 = page.getByRole('group', { name: 'दिन 2' });
  await day2.getByLabel('तारीख़').fill('14.09.2024');
  await day2.getByRole('combobox', { name: 'दिन का भाग' }).selectOption({ label: 'सुबह' });
  await expect(day2).toContainText('14 सितंबर 2024');

  const addSession = async (n: number, name: string, date: string, start: string, end: string) => {
    await page.getByRole('button', { name: 'सत्र जोड़ें' }).click();
    const session = page.getByRole('group', { name: `सत्र ${n}` });
    await session.getByRole('textbox', { name: 'सत्र का नाम' }).fill(name);
    await session.getByRole('combobox', { name: 'तारीख़' }).selectOption({ label: date });
    await session.getByLabel('आरंभ का समय').fill(start);
    await session.getByLabel('समाप्ति का समय').fill(end);
    return session;
  };
  const addRole = async (session: ReturnType<typeof page.getByRole>, n: number, role: string) => {
    await session.getByRole('button', { name: 'भूमिका जोड़ें' }).click();
    const block = session.getByRole('group', { name: `भूमिका ${n}` });
    await block.getByRole('combobox', { name: 'भूमिका' }).selectOption({ label: role });
    return block;
  };
  const typeHolder = async (block: ReturnType<typeof page.getByRole>, n: number, name: string, designation: string) => {
    await block.getByRole('button', { name: 'नाम लिखकर जोड़ें' }).click();
    const holder = block.getByRole('group', { name: `धारक ${n}` });
    await holder.getByRole('textbox', { name: 'नाम' }).fill(name);
    await holder.getByRole('textbox', { name: 'पद' }).fill(designation);
  };

  const opening = await addSession(1, 'उद्घाटन सत्र', '13 सितंबर 2024', '10:00', '11:30');
  const chiefGuest = await addRole(opening, 1, 'मुख्य अतिथि');
  await chiefGuest.getByRole('button', { name: 'निर्देशिका से व्यक्ति चुनें' }).click();
  await chiefGuest.getByRole('searchbox', { name: 'निर्देशिका में खोजें' }).fill('क्षितिज');
  await chiefGuest.getByRole('button', { name: 'चुनें: डॉ. क्षितिज श्रीवास्तव (कुलपति)' }).click();
  await expect(chiefGuest.getByRole('group', { name: 'धारक 1' })).toContainText('डॉ. क्षितिज श्रीवास्तव (कुलपति)');
  const compere = await addRole(opening, 2, 'संचालन');
  await typeHolder(compere, 1, 'प्रज्ञा त्रिपाठी', 'कार्यक्रम अधिकारी');
  await opening.getByRole('button', { name: 'गतिविधि जोड़ें' }).click();
  await opening.getByRole('group', { name: 'गतिविधि 1' }).getByRole('combobox', { name: 'गतिविधि या अनुष्ठान' }).selectOption({ label: 'दीप प्रज्वलन' });
  await opening.getByRole('button', { name: 'गतिविधि जोड़ें' }).click();
  await opening.getByRole('group', { name: 'गतिविधि 2' }).getByRole('textbox', { name: 'विवरण' }).fill('स्वागत गीत');

  const technical = await addSession(2, 'तकनीकी सत्र', '13 सितंबर 2024', '12:00', '16:00');
  await typeHolder(await addRole(technical, 1, 'मुख्य वक्ता'), 1, 'रमेश यादव', 'उप निदेशक (राजभाषा)');
  const closing = await addSession(3, 'समापन सत्र', '14 सितंबर 2024', '10:00', '12:30');
  const thanks = await addRole(closing, 1, 'धन्यवाद ज्ञापन');
  await typeHolder(thanks, 1, 'सुनीता वर्मा', 'सचिव');
  // Someone typed on the spot can join the directory without leaving the programme.
  await thanks.getByRole('button', { name: 'सुनीता वर्मा को निर्देशिका में जोड़ें' }).click();
  await expect(thanks.getByRole('group', { name: 'धारक 1' })).toContainText('निर्देशिका सेसुनीता वर्मा (सचिव)');

  // The chief guest's address cites a circular already on record, found by its number.
  await page.getByRole('button', { name: 'भाषण जोड़ें' }).click();
  const speech = page.getByRole('group', { name: 'भाषण 1' });
  await speech.getByRole('button', { name: 'वक्ता निर्देशिका से चुनें' }).click();
  await speech.getByRole('searchbox', { name: 'निर्देशिका में खोजें' }).fill('डॉ');
  await speech.getByRole('button', { name: 'चुनें: डॉ. क्षितिज श्रीवास्तव (कुलपति)' }).click();
  await expect(speech.getByRole('textbox', { name: 'उस समय का पद' })).toHaveValue('कुलपति');
  await speech.getByRole('textbox', { name: 'उस समय का पद' }).fill('कुलपति, बरकतउल्ला विश्वविद्यालय');
  await speech.getByRole('textbox', { name: 'वक्तव्य का सार' }).fill('कार्यालयीन कामकाज में सरल हिन्दी के प्रयोग पर बल दिया।');
  await speech.getByRole('searchbox', { name: 'सहेजे गए दस्तावेज़ों में खोजें' }).fill('20012');
  await speech.getByRole('button', { name: `जोड़ें: ${CIRCULAR_TEXT}` }).click();
  await expect(speech.getByRole('list', { name: 'इस भाषण में उद्धृत दस्तावेज़' })).toContainText(CIRCULAR_TEXT);

  await page.getByRole('button', { name: 'सहेजें' }).click();
  await expect(page.getByRole('status')).toHaveText('नया कार्यक्रम सहेजा गया।');
  const programmeId = /#\/programmes\/([^/]+)$/.exec(page.url())?.[1] ?? '';
  expect(programmeId).not.toBe('');

  // The list shows the span of both days and the three sessions.
  await page.getByRole('link', { name: '← सभी कार्यक्रम' }).click();
  const row = page.getByRole('article', { name: TITLE });
  await expect(row).toContainText('13 सितंबर 2024 से 14 सितंबर 2024 तक');
  await expect(row).toContainText('3 सत्र');
  await expect(row).toContainText('प्रशिक्षण');
  await expect(row).toContainText('योजना');

  // Edit: the closing session moves before the technical one, which is renamed; a second compere joins.
  await row.getByRole('link', { name: TITLE, exact: true }).click();
  await page.getByRole('button', { name: 'सत्र 3 ऊपर ले जाएँ' }).click();
  await expect(page.getByRole('group', { name: 'सत्र 2' }).getByRole('textbox', { name: 'सत्र का नाम' })).toHaveValue('समापन सत्र');
  await page.getByRole('group', { name: 'सत्र 3' }).getByRole('textbox', { name: 'सत्र का नाम' }).fill('तकनीकी सत्र 1');
  await typeHolder(page.getByRole('group', { name: 'सत्र 1' }).getByRole('group', { name: 'भूमिका 2' }), 2, 'अनिल कुमार', 'सहायक');
  await page.getByRole('combobox', { name: 'स्थिति' }).selectOption({ label: 'सम्पन्न' });
  await expect(page.getByText('बदलाव अभी सहेजे नहीं गए')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText('कार्यक्रम सहेजा गया।');
  await expect(page.getByText('बदलाव अभी सहेजे नहीं गए')).toHaveCount(0);

  // As if the app were quit and started again: a new core reads the programme back from disk.
  const coreBefore = sachiv.core;
  await sachiv.restart();
  expect(sachiv.core).not.toBe(coreBefore);
  await page.reload();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  const names = ['उद्घाटन सत्र', 'समापन सत्र', 'तकनीकी सत्र 1'];
  for (const [index, name] of names.entries()) {
    await expect(page.getByRole('group', { name: `सत्र ${index + 1}` }).getByRole('textbox', { name: 'सत्र का नाम' })).toHaveValue(name);
  }
  const savedOpening = page.getByRole('group', { name: 'सत्र 1' });
  await expect(savedOpening.getByLabel('आरंभ का समय')).toHaveValue('10:00');
  await expect(savedOpening.getByRole('group', { name: 'भूमिका 1' })).toContainText('डॉ. क्षितिज श्रीवास्तव (कुलपति)');
  const savedCompere = savedOpening.getByRole('group', { name: 'भूमिका 2' });
  await expect(savedCompere.getByRole('combobox', { name: 'भूमिका' }).locator('option:checked')).toHaveText('संचालन');
  await expect(savedCompere.getByRole('group', { name: 'धारक 1' }).getByRole('textbox', { name: 'नाम' })).toHaveValue('प्रज्ञा त्रिपाठी');
  await expect(savedCompere.getByRole('group', { name: 'धारक 2' }).getByRole('textbox', { name: 'नाम' })).toHaveValue('अनिल कुमार');
  await expect(page.getByRole('group', { name: 'सत्र 2' }).getByRole('combobox', { name: 'तारीख़' }).locator('option:checked')).toHaveText('14 सितंबर 2024');
  await expect(page.getByRole('combobox', { name: 'स्थिति' }).locator('option:checked')).toHaveText('सम्पन्न');
  const savedSpeech = page.getByRole('group', { name: 'भाषण 1' });
  await expect(savedSpeech.getByRole('group', { name: 'वक्ता' })).toContainText('डॉ. क्षितिज श्रीवास्तव (कुलपति)');
  await expect(savedSpeech.getByRole('combobox', { name: 'सत्र' }).locator('option:checked')).toHaveText('सत्र 1: उद्घाटन सत्र');
  await expect(savedSpeech.getByRole('list', { name: 'इस भाषण में उद्धृत दस्तावेज़' })).toContainText(CIRCULAR_TEXT);
  await page.getByRole('group', { name: 'सत्र 1' }).scrollIntoViewIfNeeded();
  await shoot(page, 'hi-programme-multiday-sessions');

  const stored = await sachiv.ok('programmes:get', { id: programmeId });
  expect(stored.days).toEqual([
    { date: '2024-09-13', partOfDay: null, startTime: '10:00', endTime: '17:00' },
    { date: '2024-09-14', partOfDay: 'morning', startTime: null, endTime: null },
  ]);
  expect(stored.sessions.map((session) => [session.name, session.date])).toEqual([
    ['उद्घाटन सत्र', '2024-09-13'],
    ['समापन सत्र', '2024-09-14'],
    ['तकनीकी सत्र 1', '2024-09-13'],
  ]);
  expect(stored.sessions[0]?.roles).toEqual([
    { roleId: 'role-chief-guest', holders: [{ kind: 'person', personId: guest.id }] },
    {
      roleId: 'role-compere',
      holders: [
        { kind: 'typed', title: '', name: 'प्रज्ञा त्रिपाठी', gender: null, designation: 'कार्यक्रम अधिकारी', organisation: '' },
        { kind: 'typed', title: '', name: 'अनिल कुमार', gender: null, designation: 'सहायक', organisation: '' },
      ],
    },
  ]);
  expect(stored.sessions[0]?.activities).toEqual([
    { id: expect.any(String), activityId: 'activity-lamp', text: '' },
    { id: expect.any(String), activityId: null, text: 'स्वागत गीत' },
  ]);
  const [thanker] = (await sachiv.ok('people:search', { query: 'सुनीता' })).items;
  expect(thanker).toMatchObject({ name: 'सुनीता वर्मा', designation: 'सचिव' });
  expect(stored.sessions[1]?.roles).toEqual([{ roleId: 'role-vote-of-thanks', holders: [{ kind: 'person', personId: thanker?.id }] }]);
  expect(stored.speeches).toMatchObject([
    {
      sessionId: stored.sessions[0]?.id,
      speaker: { kind: 'person', personId: guest.id },
      designationAtTime: 'कुलपति, बरकतउल्ला विश्वविद्यालय',
      citationIds: [circular.id],
    },
  ]);
  expect(stored.status).toBe('held');
});

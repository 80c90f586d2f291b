import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { convertWithLibreOffice } from '../support/libreoffice.js';
import { fonts, textLines, withoutGuessedSpaces } from '../support/poppler.js';
import { expect, test } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

/*
 * The workshop of shared/seed/workshop-report-example.hi.txt, recorded through the screens the
 * way a secretary would, then every fact checked on the screens and in the core.
 */
const ORGANISER = 'एजेंसियों - उद्यमों की प्रांतीय पार्टी समिति';
const TITLE = 'जमीनी स्तर के पार्टी संगठनों और पार्टी सदस्यों की गुणवत्ता में सुधार';
const CHAIR = 'प्रांतीय पार्टी समिति की एजेंसियों और उद्यमों की स्थायी समिति';
const SPEAKER = 'कॉमरेड गुयेन हू लोंग';
const SPEAKER_DESIGNATION = 'प्रांतीय एजेंसियों - उद्यम ब्लॉक की पार्टी समिति के सचिव';
const PURPOSE =
  'जमीनी स्तर पर पार्टी संगठनों और पार्टी सदस्यों की गुणवत्ता में और अधिक प्रभावी ढंग से सुधार करना,\nताकि संकल्प संख्या 21-एनक्यू/टीडब्ल्यू की भावना के अनुरूप स्वच्छ और मजबूत पार्टी के निर्माण में योगदान दिया जा सके।';
const CONTENT = [
  'सभी स्तरों पर पार्टी समितियों का नेतृत्व और निर्देशन',
  'प्रत्येक जमीनी स्तर के पार्टी संगठन के कार्यों और ज़िम्मेदारियों को स्पष्ट रूप से परिभाषित करना',
  'पार्टी निर्माण कार्य की स्थिति, भूमिका और महत्व को पहचानना',
];
const OCCASION =
  'एजेंसियों और उद्यमों की प्रांतीय पार्टी समिति (10 मई, 1959 - 10 मई, 2024) की स्थापना की 65वीं वर्षगांठ मनाने वाले कार्यक्रमों की श्रृंखला';
const ATTENDEES =
  'प्रांतीय पार्टी समिति की पार्टी निर्माण समितियों के नेता; स्थायी समिति के सदस्य; ब्लॉक की पार्टी कार्यकारी समिति; शाखाओं और जमीनी स्तर की पार्टी समितियों के सचिव/उप सचिव';
const SUMMARY =
  'नए दौर में जमीनी स्तर के पार्टी संगठनों को मजबूत और समेकित करना जारी रखने पर जोर दिया।\nपार्टी सदस्यों का दल नेतृत्व क्षमता और जुझारू ताकत में निर्णायक कारक है।';
const RESOLUTION = {
  kind: 'संकल्प',
  number: '21-एनक्यू/टीडब्ल्यू',
  issuedBy: 'पार्टी केंद्रीय समिति (13वां कार्यकाल)',
  title: 'नए दौर में जमीनी स्तर के पार्टी संगठनों को मजबूत और समेकित करना',
};
const RESOLUTION_TEXT = 'संकल्प संख्या 21-एनक्यू/टीडब्ल्यू, दिनांक 16 जून 2022, पार्टी केंद्रीय समिति (13वां कार्यकाल) द्वारा जारी';

/** 20 comments across the five default categories, as the report counts them. */
const FEEDBACK: Record<string, string[]> = {
  'पुष्टि/समर्थन': [
    'पार्टी समिति की भूमिका और ज़िम्मेदारी की पुष्टि',
    'पार्टी समिति के प्रमुख की नेतृत्व भूमिका का समर्थन',
    'जमीनी संगठनों की गुणवत्ता सुधार की दिशा सही है',
    'संकल्प 21 की भावना के अनुरूप कार्य का समर्थन',
    'नियमित कार्यशालाओं की आवश्यकता की पुष्टि',
  ],
  'उपलब्धियाँ': [
    'पार्टी प्रकोष्ठों की गतिविधियों में नियमितता आई',
    'नए सदस्यों का प्रशिक्षण समय पर हुआ',
    'शाखा बैठकों में उपस्थिति बढ़ी',
    'दस्तावेज़ों का रख-रखाव बेहतर हुआ',
  ],
  'कठिनाइयाँ': [
    'उद्यमों में कार्य के घंटों के कारण बैठकें कठिन',
    'कुछ शाखाओं में सचिव के पद रिक्त',
    'दूर की इकाइयों तक पहुँचना कठिन',
    'प्रशिक्षण सामग्री की कमी',
  ],
  'कमियाँ और सीमाएँ': [
    'कुछ प्रकोष्ठों की गतिविधियाँ औपचारिक रहीं',
    'आलोचना और आत्म-आलोचना कमज़ोर रही',
    'निगरानी और निरीक्षण अपर्याप्त',
  ],
  'प्रस्ताव और समाधान': [
    'गतिविधियों की विषयवस्तु को व्यावहारिक बनाया जाए',
    'सचिवों के लिए त्रैमासिक प्रशिक्षण हो',
    'जमीनी स्तर से नेतृत्व क्षमता सुधारने के उपाय',
    'श्रेष्ठ प्रकोष्ठों के अनुभव साझा किए जाएँ',
  ],
};

async function setOrganiserInSettings(page: Page) {
  // Until the profile is saved, the programme list says where to fill it in.
  await page.getByRole('link', { name: 'सेटिंग्स में संगठन की जानकारी भरें' }).click();
  await expect(page.getByRole('heading', { name: 'सेटिंग्स', level: 1 })).toBeVisible();
  const profile = page.getByRole('region', { name: 'संगठन की जानकारी' });
  await profile.getByRole('textbox', { name: 'संगठन का नाम (हिन्दी)' }).fill(ORGANISER);
  await profile.getByRole('textbox', { name: 'सचिव का नाम' }).fill('सुनीता वर्मा');
  await profile.getByRole('textbox', { name: 'नए कार्यक्रमों के लिए आयोजक' }).fill(ORGANISER);
  await profile.getByRole('button', { name: 'संगठन की जानकारी सहेजें' }).click();
  await expect(profile.getByText('संगठन की जानकारी सहेजी गई।')).toBeVisible();
  await profile.scrollIntoViewIfNeeded();
  await shoot(page, 'hi-settings-organisation');
}

test('records the seed workshop as a secretary would, shows every fact, and reports it as PDF and Word', async ({ page, sachiv }) => {
  test.setTimeout(180_000);
  await page.goto('./#/programmes');
  await setOrganiserInSettings(page);
  expect(await sachiv.ok('organisation:get', {})).toMatchObject({ defaultOrganiser: ORGANISER, secretaryName: 'सुनीता वर्मा' });

  await page.getByRole('link', { name: 'कार्यक्रम' }).click();
  await expect(page.getByRole('heading', { name: 'कार्यक्रम', level: 1 })).toBeVisible();
  await expect(page.getByText('अभी कोई कार्यक्रम दर्ज नहीं है।')).toBeVisible();
  await expect(page.getByRole('link', { name: 'सेटिंग्स में संगठन की जानकारी भरें' })).toHaveCount(0);
  await shoot(page, 'hi-programmes-empty');

  // Ctrl+N on the list opens a new programme with the profile's default organiser.
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'नया कार्यक्रम', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'आयोजक', exact: true })).toHaveValue(ORGANISER);

  await page.getByRole('textbox', { name: 'शीर्षक / विषय' }).fill(TITLE);
  await page.getByRole('combobox', { name: 'प्रकार' }).selectOption({ label: 'कार्यशाला' });
  await page.getByRole('combobox', { name: 'स्थिति' }).selectOption({ label: 'सम्पन्न' });
  const day = page.getByRole('group', { name: 'दिन 1' });
  await day.getByLabel('तारीख़').fill('17.04.2024');
  await day.getByRole('combobox', { name: 'दिन का भाग' }).selectOption({ label: 'सुबह' });
  await page.getByRole('textbox', { name: 'उद्देश्य' }).fill(PURPOSE);
  await page.getByRole('textbox', { name: 'विषयवस्तु का बिंदु 1' }).fill(CONTENT[0] ?? '');
  for (const [index, point] of CONTENT.slice(1).entries()) {
    await page.getByRole('button', { name: 'विषयवस्तु का बिंदु जोड़ें' }).click();
    await page.getByRole('textbox', { name: `विषयवस्तु का बिंदु ${index + 2}` }).fill(point);
  }
  await page.getByRole('textbox', { name: 'अवसर / श्रृंखला' }).fill(OCCASION);
  await page.getByRole('textbox', { name: 'प्रतिभागी (श्रेणीवार विवरण)' }).fill(ATTENDEES);

  // One session, chaired by a body.
  await page.getByRole('button', { name: 'सत्र जोड़ें' }).click();
  const session = page.getByRole('group', { name: 'सत्र 1' });
  await session.getByRole('textbox', { name: 'सत्र का नाम' }).fill('कार्यशाला');
  await expect(session.getByRole('combobox', { name: 'तारीख़' }).locator('option:checked')).toHaveText('17 अप्रैल 2024');
  await session.getByRole('button', { name: 'भूमिका जोड़ें' }).click();
  const chair = session.getByRole('group', { name: 'भूमिका 1' });
  await chair.getByRole('combobox', { name: 'भूमिका' }).selectOption({ label: 'अध्यक्षता' });
  await chair.getByRole('button', { name: 'संस्था / समिति जोड़ें' }).click();
  await chair.getByRole('textbox', { name: 'संस्था / समिति का नाम' }).fill(CHAIR);

  // The speaker, typed on the spot, citing the resolution recorded here for the first time.
  await page.getByRole('button', { name: 'भाषण जोड़ें' }).click();
  const speech = page.getByRole('group', { name: 'भाषण 1' });
  const speaker = speech.getByRole('group', { name: 'वक्ता' });
  await speaker.getByRole('textbox', { name: 'नाम' }).fill(SPEAKER);
  await speaker.getByRole('textbox', { name: 'पद' }).fill('सचिव');
  await speech.getByRole('textbox', { name: 'उस समय का पद' }).fill(SPEAKER_DESIGNATION);
  await expect(speech.getByRole('combobox', { name: 'सत्र' }).locator('option:checked')).toHaveText('सत्र 1: कार्यशाला');
  await speech.getByRole('textbox', { name: 'वक्तव्य का सार' }).fill(SUMMARY);
  await speech.getByRole('button', { name: 'नया दस्तावेज़ दर्ज करें' }).click();
  const citation = speech.getByRole('group', { name: 'नया उद्धृत दस्तावेज़' });
  await citation.getByRole('textbox', { name: 'दस्तावेज़ का प्रकार (जैसे संकल्प, परिपत्र)' }).fill(RESOLUTION.kind);
  await citation.getByRole('textbox', { name: 'संख्या' }).fill(RESOLUTION.number);
  await citation.getByLabel('दिनांक').fill('16.06.2022');
  await citation.getByRole('textbox', { name: 'जारी करने वाली संस्था' }).fill(RESOLUTION.issuedBy);
  await citation.getByRole('textbox', { name: 'शीर्षक या विषय' }).fill(RESOLUTION.title);
  await citation.getByRole('button', { name: 'दस्तावेज़ सहेजें और जोड़ें' }).click();
  await expect(speech.getByRole('list', { name: 'इस भाषण में उद्धृत दस्तावेज़' })).toContainText(RESOLUTION_TEXT);

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText('नया कार्यक्रम सहेजा गया।');
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/programmes\/[^/]+$/);
  const programmeId = /#\/programmes\/([^/]+)$/.exec(page.url())?.[1] ?? '';
  await shoot(page, 'hi-programme-editor');
  await page.getByRole('heading', { name: 'सत्र, भूमिकाएँ और गतिविधियाँ' }).scrollIntoViewIfNeeded();
  await shoot(page, 'hi-programme-sessions');
  await page.getByRole('group', { name: 'भाषण 1' }).scrollIntoViewIfNeeded();
  await shoot(page, 'hi-programme-speech');

  // The 20 comments: two typed one after another, the rest pasted category by category.
  await page.getByRole('link', { name: 'टिप्पणियाँ', exact: true }).last().click();
  await expect(page.getByRole('heading', { name: 'टिप्पणियाँ', level: 1 })).toBeVisible();
  await expect(page.getByText(`कार्यक्रम: ${TITLE} — 17 अप्रैल 2024, सुबह`)).toBeVisible();
  const counts = page.getByRole('region', { name: 'टिप्पणियों की गिनती' });
  await expect(counts).toContainText('अभी कोई टिप्पणी नहीं');
  const [first, second, ...restAffirmations] = FEEDBACK['पुष्टि/समर्थन'] ?? [];
  const text = page.getByRole('textbox', { name: 'टिप्पणी', exact: true });
  await expect(text).toBeFocused();
  await text.fill(first ?? '');
  await page.keyboard.press('Enter');
  await expect(counts).toContainText('1 टिप्पणी');
  await expect(text).toBeFocused();
  await expect(text).toHaveValue('');
  await page.getByRole('combobox', { name: 'माध्यम' }).selectOption({ label: 'मौखिक' });
  await page.getByRole('combobox', { name: 'किसने दी' }).selectOption({ label: 'इकाई / संगठन' });
  await page.getByRole('textbox', { name: 'इकाई / संगठन का नाम' }).fill('शाखा 3');
  await text.fill(second ?? '');
  await text.press('Enter');
  await expect(counts).toContainText('2 टिप्पणियाँ');

  const paste = async (category: string, lines: readonly string[]) => {
    await page.getByRole('button', { name: 'कई टिप्पणियाँ एक साथ चिपकाएँ' }).click();
    const dialog = page.getByRole('dialog', { name: 'कई टिप्पणियाँ एक साथ जोड़ें' });
    await dialog.getByRole('combobox', { name: 'श्रेणी' }).selectOption({ label: category });
    await dialog.getByRole('textbox', { name: 'टिप्पणियाँ (हर पंक्ति में एक)' }).fill(`${lines.join('\n')}\n\n`);
    const noun = lines.length === 1 ? 'टिप्पणी' : 'टिप्पणियाँ';
    await expect(dialog.getByRole('heading', { name: `पूर्वावलोकन: ${lines.length} ${noun}` })).toBeVisible();
    await expect(dialog.getByRole('listitem')).toHaveText([...lines]);
    if (category === 'उपलब्धियाँ') await shoot(page, 'hi-feedback-paste');
    await dialog.getByRole('button', { name: `${lines.length} ${noun} जोड़ें` }).click();
    await expect(dialog).toBeHidden();
  };
  await paste('पुष्टि/समर्थन', restAffirmations);
  for (const [category, lines] of Object.entries(FEEDBACK).slice(1)) await paste(category, lines);

  await expect(counts.getByText('20 टिप्पणियाँ')).toBeVisible();
  await expect(counts.getByRole('listitem')).toHaveText([
    'पुष्टि/समर्थन 5',
    'उपलब्धियाँ 4',
    'कठिनाइयाँ 4',
    'कमियाँ और सीमाएँ 3',
    'प्रस्ताव और समाधान 4',
  ]);
  const rows = page.getByRole('table', { name: 'दर्ज टिप्पणियाँ' }).getByRole('row');
  await expect(rows).toHaveCount(21);
  await expect(rows.nth(2).getByRole('cell')).toHaveText(['2', 'पुष्टि/समर्थन', 'शाखा 3', 'मौखिक', second ?? '', '', 'लंबित', /अनुवर्ती/]);
  await shoot(page, 'hi-feedback');

  // The list shows the programme with its date, part of day, kind, status and counts.
  await page.getByRole('link', { name: 'कार्यक्रम', exact: true }).click();
  const row = page.getByRole('article', { name: TITLE });
  await expect(row).toContainText('17 अप्रैल 2024, सुबह');
  await expect(row).toContainText('कार्यशाला');
  await expect(row).toContainText('सम्पन्न');
  await expect(row).toContainText(`आयोजक: ${ORGANISER}`);
  await expect(row).toContainText('1 सत्र');
  await expect(row).toContainText('1 वक्ता');
  await expect(row).toContainText('20 टिप्पणियाँ');
  await expect(row.getByRole('list', { name: 'श्रेणीवार टिप्पणियाँ' }).getByRole('listitem')).toHaveText([
    'पुष्टि/समर्थन 5',
    'उपलब्धियाँ 4',
    'कठिनाइयाँ 4',
    'कमियाँ और सीमाएँ 3',
    'प्रस्ताव और समाधान 4',
  ]);
  await shoot(page, 'hi-programmes');

  // The search finds it by the cited resolution and by a comment's words.
  await page.getByRole('searchbox', { name: 'खोजें' }).fill('21-एनक्यू');
  await expect(row).toBeVisible();
  await page.getByRole('searchbox', { name: 'खोजें' }).fill('त्रैमासिक');
  await expect(row).toBeVisible();
  await page.getByRole('searchbox', { name: 'खोजें' }).fill('सम्मेलन-जो-नहीं-है');
  await expect(page.getByText('इस खोज या छँटाई से कोई कार्यक्रम नहीं मिला।')).toBeVisible();

  // After a reload every fact is on the editor screen as recorded.
  await page.goto(`./#/programmes/${programmeId}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'आयोजक', exact: true })).toHaveValue(ORGANISER);
  await expect(page.getByRole('combobox', { name: 'प्रकार' }).locator('option:checked')).toHaveText('कार्यशाला');
  await expect(page.getByRole('combobox', { name: 'स्थिति' }).locator('option:checked')).toHaveText('सम्पन्न');
  await expect(page.getByRole('group', { name: 'दिन 1' }).getByLabel('तारीख़')).toHaveValue('17.04.2024');
  await expect(page.getByRole('group', { name: 'दिन 1' }).getByRole('combobox', { name: 'दिन का भाग' }).locator('option:checked')).toHaveText('सुबह');
  await expect(page.getByRole('textbox', { name: 'उद्देश्य' })).toHaveValue(PURPOSE);
  for (const [index, point] of CONTENT.entries()) {
    await expect(page.getByRole('textbox', { name: `विषयवस्तु का बिंदु ${index + 1}` })).toHaveValue(point);
  }
  await expect(page.getByRole('textbox', { name: 'अवसर / श्रृंखला' })).toHaveValue(OCCASION);
  await expect(page.getByRole('textbox', { name: 'प्रतिभागी (श्रेणीवार विवरण)' })).toHaveValue(ATTENDEES);
  const savedChair = page.getByRole('group', { name: 'सत्र 1' }).getByRole('group', { name: 'भूमिका 1' });
  await expect(savedChair.getByRole('combobox', { name: 'भूमिका' }).locator('option:checked')).toHaveText('अध्यक्षता');
  await expect(savedChair.getByRole('textbox', { name: 'संस्था / समिति का नाम' })).toHaveValue(CHAIR);
  const savedSpeech = page.getByRole('group', { name: 'भाषण 1' });
  await expect(savedSpeech.getByRole('group', { name: 'वक्ता' }).getByRole('textbox', { name: 'नाम' })).toHaveValue(SPEAKER);
  await expect(savedSpeech.getByRole('textbox', { name: 'उस समय का पद' })).toHaveValue(SPEAKER_DESIGNATION);
  await expect(savedSpeech.getByRole('textbox', { name: 'वक्तव्य का सार' })).toHaveValue(SUMMARY);
  await expect(savedSpeech.getByRole('list', { name: 'इस भाषण में उद्धृत दस्तावेज़' })).toHaveText(new RegExp(RESOLUTION_TEXT.replace(/[()]/g, '\\$&')));

  // And the core holds exactly that.
  const stored = await sachiv.ok('programmes:get', { id: programmeId });
  expect(stored).toMatchObject({
    title: TITLE,
    kindId: 'kind-workshop',
    organiser: ORGANISER,
    status: 'held',
    days: [{ date: '2024-04-17', partOfDay: 'morning', startTime: null, endTime: null }],
    purpose: PURPOSE,
    contentPoints: CONTENT,
    occasion: OCCASION,
    attendeeSummary: ATTENDEES,
    counts: {
      sessions: 1,
      speakers: 1,
      feedback: 20,
      feedbackByCategory: {
        'feedback-affirmation': 5,
        'feedback-achievements': 4,
        'feedback-difficulties': 4,
        'feedback-shortcomings': 3,
        'feedback-proposals': 4,
      },
    },
  });
  expect(stored.sessions[0]?.roles).toEqual([{ roleId: 'role-chair', holders: [{ kind: 'body', name: CHAIR }] }]);
  expect(stored.speeches).toMatchObject([
    { sessionId: stored.sessions[0]?.id, speaker: { kind: 'typed', name: SPEAKER, designation: 'सचिव' }, designationAtTime: SPEAKER_DESIGNATION, summary: SUMMARY },
  ]);
  const [cited] = await sachiv.ok('citations:get', { ids: stored.speeches[0]?.citationIds ?? [] });
  expect(cited).toMatchObject({ ...RESOLUTION, date: '2022-06-16' });

  // From that record the narrative report drafts itself; its PDF and its Word file (opened by
  // LibreOffice, as an office PC would) state every fact of the seed, in the seed's order.
  await page.getByRole('link', { name: 'कार्यक्रम', exact: true }).click();
  await page.getByRole('link', { name: `${TITLE} का प्रतिवेदन बनाएँ` }).click();
  const create = page.getByRole('dialog', { name: 'प्रतिवेदन बनाएँ' });
  await expect(create.getByRole('combobox', { name: 'कार्यक्रम' }).locator('option:checked')).toHaveText(TITLE);
  await create.getByRole('button', { name: 'मसौदा बनाएँ' }).click();
  await expect(page.getByRole('textbox', { name: 'प्रतिवेदन का पाठ' })).toContainText(`कार्यशाला की अध्यक्षता ${CHAIR} ने की।`);
  await shoot(page, 'hi-report-seed');

  // REPORT-STYLE.md's order: the organiser opens the report; the session and its speech come before who took part.
  const facts = [
    ORGANISER,
    '17 अप्रैल 2024 की सुबह',
    CHAIR,
    SPEAKER,
    'संकल्प संख्या 21-एनक्यू/टीडब्ल्यू, दिनांक 16 जून 2022',
    ...ATTENDEES.split('; '),
    '20 टिप्पणियाँ',
    '10 मई, 1959 - 10 मई, 2024',
  ];
  const expectFactsInOrder = async (pdf: string) => {
    const text = (await textLines(pdf)).join(' ').replace(/\s+/g, ' ');
    let from = 0;
    for (const fact of facts) {
      const at = text.indexOf(withoutGuessedSpaces(fact), from);
      expect(at, `"${fact}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  };
  const savedPath = async (pattern: RegExp) => {
    const toast = page.getByText(pattern);
    await expect(toast).toBeVisible({ timeout: 30_000 });
    return ((await toast.textContent()) ?? '').replace(/^[^:]*: /, '');
  };

  await page.getByRole('button', { name: 'PDF सहेजें' }).click();
  const pdf = await savedPath(/^PDF सहेजी गई/);
  await expectFactsInOrder(pdf);
  const used = await fonts(pdf);
  expect(used.every((font) => font.embedded === 'yes' && font.type !== 'Type 3')).toBe(true);
  expect(used.some((font) => /NotoSansDevanagari/.test(font.name))).toBe(true);
  const pages = fileURLToPath(new URL('../../test-results/report-pages/', import.meta.url));
  await mkdir(pages, { recursive: true });
  await promisify(execFile)('pdftoppm', ['-png', '-r', '60', pdf, join(pages, 'seed-from-screens')]);

  await page.getByRole('button', { name: 'Word फ़ाइल सहेजें' }).click();
  const docx = await savedPath(/^फ़ाइल सहेजी गई: .*\.docx$/);
  await expectFactsInOrder(await convertWithLibreOffice(docx, join(sachiv.dataDir, 'exports')));
});

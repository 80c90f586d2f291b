import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { krutiDevToUnicode } from '../../src-main/core/text/kruti-dev/index.js';
import { expect, test } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

const TITLE = 'शाखा सचिवों की प्रशिक्षण कार्यशाला';
const SURNAMES = ['शर्मा', 'वर्मा', 'यादव', 'गुप्ता', 'सिंह', 'मिश्रा', 'तिवारी', 'चौधरी', 'ठाकुर', 'पांडेय'];
const FIRST_NAMES = ['रमेश', 'सुनीता', 'अनिल', 'पूजा', 'विजय', 'कविता', 'दीपक', 'नेहा', 'राजेश', 'लक्ष्मी', 'मोहन', 'सीमा'];

/** What the office's old list has in the Kruti Dev font, and what it is in Unicode. */
const BRANCH_SECRETARY = ["'kk[kk lfpo", 'शाखा सचिव'] as const;
const MEMBER = ['lnL;', 'सदस्य'] as const;
const ROWS = 500;

/**
 * The office's member list as an Excel file: 500 rows, the designations typed years ago in
 * Kruti Dev. The first 40 are office bearers (पदाधिकारी) with names unique on this desk.
 */
async function writeMemberList(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('सदस्य सूची');
  sheet.addRow(['क्रम', 'नाम', 'पद', 'इकाई', 'श्रेणी', 'मोबाइल']);
  for (let index = 0; index < ROWS; index += 1) {
    const named = index < 120;
    const name = named ? `${FIRST_NAMES[index % FIRST_NAMES.length]} ${SURNAMES[Math.floor(index / FIRST_NAMES.length) % SURNAMES.length]}` : `ग्राम सदस्य ${index + 1}`;
    sheet.addRow([
      index + 1,
      name,
      index < 40 ? BRANCH_SECRETARY[0] : MEMBER[0],
      index % 2 === 0 ? 'उत्तर इकाई' : 'दक्षिण इकाई',
      index < 40 ? 'पदाधिकारी' : 'सदस्य',
      `98${String(10_000_000 + index).padStart(8, '0')}`,
    ]);
  }
  await workbook.xlsx.writeFile(path);
}

test('from an Excel list with a Kruti Dev column to a check-in desk: import, invite by category, check in by Hindi and Roman typing, a walk-in, absences with reasons, counts equal the register', async ({ page, sachiv }, testInfo) => {
  // An import, forty check-ins, dialogs and an export: a whole morning at the desk in one test.
  test.setTimeout(150_000);
  for (const [typed, unicode] of [BRANCH_SECRETARY, MEMBER]) expect(krutiDevToUnicode(typed)).toBe(unicode);
  const list = testInfo.outputPath('सदस्य सूची.xlsx');
  await writeMemberList(list);
  sachiv.fileToOpen = list;
  const programme = await sachiv.ok('programmes:create', { programme: { title: TITLE, kindId: 'kind-workshop', days: [{ date: '2024-04-17', partOfDay: 'morning' }] } });

  await page.goto('./#/people');
  await page.getByRole('button', { name: 'फ़ाइल से आयात करें' }).click();
  const importing = page.getByRole('dialog', { name: 'फ़ाइल से लोग जोड़ें' });
  await expect(importing.getByRole('checkbox', { name: 'स्तंभ C (पद): Kruti Dev से यूनिकोड में बदलें' })).toBeChecked();
  await expect(importing.getByText('500 पंक्तियाँ जोड़ने के लिए तैयार')).toBeVisible();
  await importing.getByRole('button', { name: '500 लोग जोड़ें' }).click();
  await expect(importing).toBeHidden();
  expect((await sachiv.ok('people:search', { query: 'शाखा सचिव' })).total).toBe(40);

  await page.getByRole('link', { name: 'उपस्थिति' }).click();
  await page.getByRole('list', { name: 'कार्यक्रम' }).getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: 'उपस्थिति', level: 1 })).toBeVisible();
  await expect(page.getByText('इस कार्यक्रम की सूची अभी ख़ाली है।')).toBeVisible();

  // Invite the office bearers (40) by category.
  await page.getByRole('button', { name: 'आमंत्रित करें' }).click();
  const invite = page.getByRole('dialog', { name: 'लोगों को आमंत्रित करें' });
  await invite.getByRole('radio', { name: 'श्रेणी से' }).check();
  await invite.getByRole('combobox', { name: 'श्रेणी' }).selectOption({ label: 'पदाधिकारी' });
  await invite.getByRole('button', { name: 'आमंत्रित करें' }).click();
  await expect(invite).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '40 लोग आमंत्रित किए गए' })).toBeVisible();

  const counts = page.getByRole('complementary', { name: 'गिनती' });
  const figure = (label: string) =>
    counts.locator('.attendance-counts__total').filter({ has: page.getByRole('term').getByText(label, { exact: true }) }).getByRole('definition');
  await expect(figure('आमंत्रित')).toHaveText('40');
  await expect(figure('उपस्थित')).toHaveText('0');

  // The search box has the focus; every check-in leaves it focused and empty.
  const search = page.getByRole('searchbox', { name: /नाम, फ़ोन या रोमन अक्षरों में खोजें/ });
  await expect(search).toBeFocused();
  const rows = page.getByRole('list', { name: 'सूची' });
  const present = new Set<string>();
  const checkIn = async (typed: string, expectedName: string, keyByKey = false) => {
    if (keyByKey) await search.pressSequentially(typed);
    else await search.fill(typed);
    await expect(rows.getByRole('listitem').first()).toHaveAccessibleName(expectedName);
    await search.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `${expectedName} उपस्थित दर्ज हुए` })).toBeVisible();
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
    present.add(expectedName);
  };
  // Ten by Hindi (whole and partial names), ten by Roman letters and phone numbers.
  const officeBearers = Array.from({ length: 40 }, (_, index) => `${FIRST_NAMES[index % FIRST_NAMES.length]} ${SURNAMES[Math.floor(index / FIRST_NAMES.length) % SURNAMES.length]}`);
  for (const [index, name] of officeBearers.slice(0, 10).entries()) await checkIn(index === 0 ? name.slice(0, 6) : name, name, index === 0);
  await checkIn('sunita varma', 'सुनीता वर्मा', true);
  await checkIn('mohan yadav', 'मोहन यादव');
  await checkIn('seema yadav', 'सीमा यादव');
  await checkIn('vijay varma', 'विजय वर्मा');
  await checkIn('kavita verma', 'कविता वर्मा');
  await checkIn('deepak varma', 'दीपक वर्मा');
  await checkIn('neha verma', 'नेहा वर्मा');
  await checkIn('rajesh yadav', 'राजेश यादव');
  await checkIn('laxmi yadav', 'लक्ष्मी यादव');
  await checkIn('9810000039', officeBearers[39] ?? '');
  await expect(figure('उपस्थित')).toHaveText('20');

  // Ctrl+Z takes back the last check-in; Enter checks the person in again.
  await page.keyboard.press('Control+z');
  await expect(figure('उपस्थित')).toHaveText('19');
  await checkIn('9810000039', officeBearers[39] ?? '');
  await expect(figure('उपस्थित')).toHaveText('20');

  // A walk-in, added to the directory as well.
  await page.getByRole('button', { name: 'बिना आमंत्रण आए व्यक्ति को जोड़ें' }).click();
  const walkIn = page.getByRole('dialog', { name: 'बिना आमंत्रण आए व्यक्ति' });
  await walkIn.getByRole('textbox', { name: 'नाम' }).fill('हरिप्रसाद चौरसिया');
  await walkIn.getByRole('textbox', { name: 'पद' }).fill('अतिथि वक्ता');
  await walkIn.getByRole('checkbox', { name: 'इन्हें लोगों की निर्देशिका में भी जोड़ें' }).check();
  await walkIn.getByRole('button', { name: 'जोड़ें और उपस्थित दर्ज करें' }).click();
  await expect(walkIn).toBeHidden();
  await expect(figure('उपस्थित')).toHaveText('21');
  await expect(figure('बिना आमंत्रण आए')).toHaveText('1');

  // Two absent with reasons.
  const absentees = [officeBearers[20] ?? '', officeBearers[21] ?? ''];
  for (const [index, name] of absentees.entries()) {
    await search.fill(name);
    await rows.getByRole('button', { name: `${name} की स्थिति बदलें (अभी: आमंत्रित)` }).click();
    await rows.getByRole('menu', { name: `${name} की स्थिति` }).getByRole('menuitemradio', { name: 'सूचना सहित अनुपस्थित' }).click();
    const reason = page.getByRole('dialog', { name: `${name}: सूचना सहित अनुपस्थित` });
    await reason.getByRole('button', { name: 'दर्ज करें' }).click();
    await expect(reason.getByText('कारण भरना आवश्यक है।')).toBeVisible();
    await reason.getByRole('textbox', { name: 'कारण' }).fill(index === 0 ? 'बीमार' : 'दूसरी बैठक में');
    await reason.getByRole('button', { name: 'दर्ज करें' }).click();
    await expect(reason).toBeHidden();
  }
  await search.fill('');
  await expect(figure('अनुपस्थित')).toHaveText('2');
  await expect(figure('अभी दर्ज नहीं')).toHaveText('18');
  await expect(counts.getByRole('region', { name: 'श्रेणी अनुसार' })).toContainText('पदाधिकारी20 उपस्थित / 40 आमंत्रित');

  // A quorum of 25 is not met yet; 20 is.
  const quorum = counts.getByRole('textbox', { name: 'कोरम (न्यूनतम उपस्थिति)' });
  await quorum.fill('25');
  await quorum.press('Enter');
  await expect(counts.getByRole('status')).toHaveText('कोरम अधूरा: 21 / 25 — 4 और चाहिए');
  await quorum.fill('20');
  await quorum.press('Enter');
  await expect(counts.getByRole('status')).toHaveText('कोरम पूरा: 21 / 20');
  await expect(counts.getByRole('status')).toHaveClass(/quorum--met/);
  await shoot(page, 'attendance-check-in');

  // The register read back with exceljs says what the screen says.
  await page.getByRole('button', { name: 'उपस्थिति पंजी (Excel)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'फ़ाइल सहेजी गई' })).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  const file = await readFile(join(sachiv.dataDir, 'exports', `उपस्थिति पंजी - ${TITLE}.xlsx`));
  await workbook.xlsx.load(file.buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet('उपस्थिति पंजी');
  const statuses: string[] = [];
  const names: string[] = [];
  sheet?.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    names.push(String(row.getCell(2).value));
    statuses.push(String(row.getCell(8).value));
  });
  expect(statuses.filter((status) => status === 'उपस्थित')).toHaveLength(21);
  expect(statuses.filter((status) => status === 'सूचना सहित अनुपस्थित')).toHaveLength(2);
  expect(statuses.filter((status) => status === 'आमंत्रित')).toHaveLength(18);
  for (const name of present) expect(statuses[names.indexOf(name)]).toBe('उपस्थित');
  const stored = await sachiv.ok('attendance:get', { programmeId: programme.id });
  expect(stored.counts.programme).toMatchObject({ invited: 40, present: 21, absent: 2, pending: 18, walkIns: 1 });
});

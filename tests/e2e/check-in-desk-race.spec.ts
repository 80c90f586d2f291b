import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type CoreClient } from './support/fixtures.js';
import { saveScreenshot as shoot } from './support/screenshot.js';

const TITLE = 'ग्राम सचिवों का प्रशिक्षण';
/** Ten first names and five surnames, each with the everyday Roman spelling a clerk would type. */
const FIRST_NAMES = [
  ['रमेश', 'ramesh'],
  ['सुनीता', 'sunita'],
  ['अनिल', 'anil'],
  ['पूजा', 'pooja'],
  ['विजय', 'vijay'],
  ['कविता', 'kavita'],
  ['दीपक', 'deepak'],
  ['नेहा', 'neha'],
  ['राजेश', 'rajesh'],
  ['मोहन', 'mohan'],
] as const;
const SURNAMES = [
  ['शर्मा', 'sharma'],
  ['वर्मा', 'verma'],
  ['यादव', 'yadav'],
  ['गुप्ता', 'gupta'],
  ['सिंह', 'singh'],
] as const;
const PEOPLE = SURNAMES.flatMap(([surname, romanSurname]) =>
  FIRST_NAMES.map(([first, romanFirst]) => ({ name: `${first} ${surname}`, roman: `${romanFirst} ${romanSurname}` })),
);

/** A programme (with these sessions, if any) with everyone in `people` invited, and the desk open on it. */
async function openDesk(page: Page, sachiv: CoreClient, people: ReadonlyArray<{ name: string }>, sessions: readonly string[] = []) {
  const personIds: string[] = [];
  // Namesakes are two people, as in any office.
  for (const { name } of people) personIds.push((await sachiv.ok('people:create', { person: { name }, allowDuplicate: true })).id);
  const programme = await sachiv.ok('programmes:create', {
    programme: {
      title: TITLE,
      kindId: 'kind-workshop',
      days: [{ date: '2024-04-17', partOfDay: 'morning' }],
      sessions: sessions.map((name, index) => ({ name, date: '2024-04-17', startTime: `${10 + index}:00`, endTime: `${10 + index}:45` })),
    },
  });
  await sachiv.ok('attendance:invite', { programmeId: programme.id, selection: { kind: 'people', personIds } });
  await page.goto(`./#/programmes/${programme.id}/attendance`);
  const search = page.getByRole('searchbox', { name: /नाम, फ़ोन या रोमन अक्षरों में खोजें/ });
  await expect(search).toBeFocused();
  const counts = page.getByRole('complementary', { name: 'गिनती' });
  const figure = (label: string) =>
    counts.locator('.attendance-counts__total').filter({ has: page.getByRole('term').getByText(label, { exact: true }) }).getByRole('definition');
  return { programmeId: programme.id, search, figure, rows: page.getByRole('list', { name: 'सूची' }) };
}

/** The programme's file becomes a folder under the running core, so its saves fail until `unblock`. */
async function blockSaves(sachiv: CoreClient, programmeId: string) {
  const file = join(sachiv.dataDir, 'programmes', `${programmeId}.json`);
  const kept = `${file}.kept`;
  await rename(file, kept);
  await mkdir(file);
  await writeFile(join(file, 'blocker.txt'), 'x');
  return async function unblock() {
    await rm(file, { recursive: true });
    await rename(kept, file);
  };
}

/** Every call on `channel` from now on takes `ms` longer, as on an old computer busy with a backup. */
function slowDown(sachiv: CoreClient, channel: string, ms: number) {
  const dispatch = sachiv.core.dispatch;
  sachiv.core.dispatch = async (name, input) => {
    if (name === channel) await new Promise((resolve) => setTimeout(resolve, ms));
    return dispatch(name, input);
  };
  return () => {
    sachiv.core.dispatch = dispatch;
  };
}

async function statusesInCore(sachiv: CoreClient, programmeId: string): Promise<Map<string, string>> {
  const attendance = await sachiv.ok('attendance:get', { programmeId });
  return new Map(attendance.attendees.map((attendee) => [attendee.name, attendee.marks.programme?.status ?? 'invited']));
}

test('fifty people checked in at typing speed, each Enter right after the last: all fifty are present on screen and in the core', async ({ page, sachiv }, testInfo) => {
  // Fifty names of about twelve letters at 30 ms a key is half a minute of typing.
  test.setTimeout(180_000);
  const { programmeId, search, figure, rows } = await openDesk(page, sachiv, PEOPLE);
  // Each Roman spelling finds its own person first, so any miss below is the desk's, not the search's.
  const invited = await sachiv.ok('attendance:get', { programmeId });
  for (const { name, roman } of PEOPLE) {
    const found = await sachiv.ok('attendance:search', { programmeId, query: roman, limit: 1, othersLimit: 0 });
    expect(invited.attendees.find((attendee) => attendee.id === found.attendeeIds[0])?.name, roman).toBe(name);
  }
  await expect(figure('आमंत्रित')).toHaveText('50');

  const started = performance.now();
  for (const { roman } of PEOPLE) {
    await search.pressSequentially(roman, { delay: 30 });
    await search.press('Enter');
  }
  const typed = performance.now();

  await expect(figure('उपस्थित')).toHaveText('50', { timeout: 15_000 });
  testInfo.annotations.push({ type: 'timing', description: `typing took ${Math.round(typed - started)} ms; the count reached 50 ${Math.round(performance.now() - typed)} ms after the last Enter` });
  await expect(figure('अभी दर्ज नहीं')).toHaveText('0');
  await expect(rows.getByRole('button', { name: /की स्थिति बदलें \(अभी: उपस्थित\)$/ })).toHaveCount(50);
  await expect(search).toHaveValue('');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const statuses = await statusesInCore(sachiv, programmeId);
  for (const { name } of PEOPLE) expect(statuses.get(name), name).toBe('present');
  expect((await sachiv.ok('attendance:get', { programmeId })).counts.programme).toMatchObject({ invited: 50, present: 50, pending: 0 });
  await shoot(page, 'check-in-desk-after-fifty');
});

test('a check-in the core cannot save is shown with the person’s name, what is typed next stays, and the check-in can be retried', async ({ page, sachiv }) => {
  const [first, second] = PEOPLE;
  if (!first || !second) throw new Error('two people are needed');
  const { programmeId, search, figure } = await openDesk(page, sachiv, [first, second]);
  await expect(figure('आमंत्रित')).toHaveText('2');

  // The programme's file becomes a folder under the running core, so its next save fails.
  const file = join(sachiv.dataDir, 'programmes', `${programmeId}.json`);
  const kept = `${file}.kept`;
  await rename(file, kept);
  await mkdir(file);
  await writeFile(join(file, 'blocker.txt'), 'x');

  await search.pressSequentially(first.roman, { delay: 30 });
  await search.press('Enter');
  await search.pressSequentially('neha', { delay: 30 });
  const failure = page.getByRole('alert').filter({ hasText: `${first.name} की उपस्थिति दर्ज नहीं हुई` });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('डिस्क पर सहेजा नहीं जा सका');
  await expect(search).toHaveValue('neha');
  await expect(search).toBeFocused();
  expect((await statusesInCore(sachiv, programmeId)).get(first.name)).toBe('invited');
  // Closing the window now counts the failed check-in as an unsaved edit, so the shell asks first.
  expect(await sachiv.core.saveRendererEdits(5_000)).toBe('notSaved');
  await shoot(page, 'check-in-desk-failed');

  // The disk is fixed; one click saves the same person.
  await rm(file, { recursive: true });
  await rename(kept, file);
  await failure.getByRole('button', { name: `${first.name} को फिर से दर्ज करें` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${first.name} उपस्थित दर्ज हुए` })).toBeVisible();
  await expect(failure).toBeHidden();
  await expect(figure('उपस्थित')).toHaveText('1');
  expect((await statusesInCore(sachiv, programmeId)).get(first.name)).toBe('present');
  await expect(search).toHaveValue('neha');
  expect(await sachiv.core.saveRendererEdits(5_000)).toBe('saved');
});

test('arrowing over a status does not save it; a status changes only when chosen, and the focus stays on the row', async ({ page, sachiv }) => {
  const [first, second] = PEOPLE;
  if (!first || !second) throw new Error('two people are needed');
  const { programmeId, search, rows } = await openDesk(page, sachiv, [first, second]);
  await search.pressSequentially(first.roman, { delay: 30 });
  await search.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${first.name} उपस्थित दर्ज हुए` })).toBeVisible();

  // A keyboard user moves onto the status control and presses the arrow keys without choosing.
  const status = rows.getByLabel(`${first.name} की स्थिति`);
  await expect(status).toBeEnabled();
  await status.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(status).toBeFocused();
  // Checking in the next person is a save that lands after anything the arrows might have started.
  await search.pressSequentially(second.roman, { delay: 30 });
  await search.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${second.name} उपस्थित दर्ज हुए` })).toBeVisible();
  expect((await statusesInCore(sachiv, programmeId)).get(first.name)).toBe('present');

  // Choosing is explicit: open the menu, arrow to "अनुपस्थित", press Enter.
  await search.fill(first.name);
  await status.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: `${first.name} की स्थिति` });
  await expect(menu.getByRole('menuitemradio', { name: 'उपस्थित' })).toBeFocused();
  await expect(menu.getByRole('menuitemradio', { name: 'उपस्थित' })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemradio', { name: 'अनुपस्थित', exact: true })).toBeFocused();
  await shoot(page, 'check-in-desk-status-menu');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${first.name}: अनुपस्थित` })).toBeVisible();
  await expect(menu).toBeHidden();
  await expect(status).toBeFocused();
  await expect(rows.getByRole('listitem', { name: first.name })).toContainText('अनुपस्थित');
  expect((await statusesInCore(sachiv, programmeId)).get(first.name)).toBe('absent');

  // Escape leaves the menu without a change, back on the same control.
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(status).toBeFocused();
  expect((await statusesInCore(sachiv, programmeId)).get(first.name)).toBe('absent');

  // A status that needs a reason asks for it; afterwards the focus is back on the same button.
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitemradio', { name: 'अनुपस्थित', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemradio', { name: 'सूचना सहित अनुपस्थित' })).toBeFocused();
  await page.keyboard.press('Enter');
  const reason = page.getByRole('dialog', { name: `${first.name}: सूचना सहित अनुपस्थित` });
  await reason.getByRole('textbox', { name: 'कारण' }).fill('बीमार');
  await reason.getByRole('button', { name: 'दर्ज करें' }).click();
  await expect(reason).toBeHidden();
  await expect(rows.getByRole('listitem', { name: first.name })).toContainText('सूचना सहित अनुपस्थित');
  await expect(status).toBeFocused();
});

test('one check-in reads the list back from the core once, and the counts follow', async ({ page, sachiv }) => {
  const [first, second] = PEOPLE;
  if (!first || !second) throw new Error('two people are needed');
  const { search, figure } = await openDesk(page, sachiv, [first, second]);
  await expect(figure('आमंत्रित')).toHaveText('2');
  await search.pressSequentially(first.roman, { delay: 30 });
  await expect(page.getByRole('list', { name: 'सूची' }).getByRole('listitem').first()).toHaveAccessibleName(first.name);

  const reads = new Map<string, number>();
  const dispatch = sachiv.core.dispatch;
  sachiv.core.dispatch = (channel, input) => {
    reads.set(String(channel), (reads.get(String(channel)) ?? 0) + 1);
    return dispatch(channel, input);
  };
  await search.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${first.name} उपस्थित दर्ज हुए` })).toBeVisible();
  await expect(figure('उपस्थित')).toHaveText('1');
  // The page's requests reach the core in the order they are made, so once this one has been
  // answered every refresh the check-in started has been asked for.
  await page.evaluate(() => (window as unknown as { api: { invoke(channel: string, input: unknown): Promise<unknown> } }).api.invoke('settings:get', {}));
  sachiv.core.dispatch = dispatch;
  expect(reads.get('attendance:mark')).toBe(1);
  expect(reads.get('attendance:get')).toBe(1);
  expect(reads.get('programmes:get')).toBe(1);
});

test('with a slow core, Enter pressed before the matches arrive checks in the top match of what was typed then, and a name that matches no one is shown, not dropped', async ({ page, sachiv }) => {
  const [first, second, third] = PEOPLE;
  if (!first || !second || !third) throw new Error('three people are needed');
  const { programmeId, search, figure } = await openDesk(page, sachiv, [first, second, third]);
  await expect(figure('आमंत्रित')).toHaveText('3');

  // Every search now takes half a second, as on an old computer busy with a backup.
  const dispatch = sachiv.core.dispatch;
  sachiv.core.dispatch = async (channel, input) => {
    if (channel === 'attendance:search') await new Promise((resolve) => setTimeout(resolve, 500));
    return dispatch(channel, input);
  };
  for (const typed of [first.roman, 'zzqx', second.name, third.roman]) {
    await search.pressSequentially(typed, { delay: 30 });
    await search.press('Enter');
    await expect(search).toHaveValue('');
  }
  await search.pressSequentially('neha', { delay: 30 });

  await expect(figure('उपस्थित')).toHaveText('3', { timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveText(/“zzqx” से सूची या निर्देशिका में कोई नहीं मिला/);
  await expect(search).toHaveValue('neha');
  sachiv.core.dispatch = dispatch;
  const statuses = await statusesInCore(sachiv, programmeId);
  for (const { name } of [first, second, third]) expect(statuses.get(name), name).toBe('present');
  await page.getByRole('button', { name: '“zzqx” की प्रविष्टि छोड़ दें' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(search).toBeFocused();
});

test('two namesakes typed one after the other are both checked in, and a third Enter says politely that they are already here and keeps the text', async ({ page, sachiv }) => {
  const namesake = { name: 'अनिल शर्मा', roman: 'anil sharma' };
  const { programmeId, search, figure } = await openDesk(page, sachiv, [namesake, namesake, { name: 'सुनीता वर्मा' }]);
  await expect(figure('आमंत्रित')).toHaveText('3');

  for (let arrival = 0; arrival < 2; arrival++) {
    await search.pressSequentially(namesake.roman, { delay: 30 });
    await search.press('Enter');
    await expect(search).toHaveValue('');
  }
  await expect(figure('उपस्थित')).toHaveText('2');
  const arrived = (await sachiv.ok('attendance:get', { programmeId })).attendees.filter((attendee) => attendee.name === namesake.name);
  expect(arrived.map((attendee) => attendee.marks.programme?.status)).toEqual(['present', 'present']);

  await search.pressSequentially(namesake.roman, { delay: 30 });
  await search.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^अनिल शर्मा पहले से उपस्थित हैं \(\d/ })).toBeVisible();
  await expect(search).toHaveValue(namesake.roman);
  await expect(search).toBeFocused();
  // Nothing was saved: the arrival times are the ones from the first two Enters.
  await expect(page.getByRole('alert')).toHaveCount(0);
  const after = (await sachiv.ok('attendance:get', { programmeId })).attendees.filter((attendee) => attendee.name === namesake.name);
  expect(after.map((attendee) => attendee.marks.programme?.at)).toEqual(arrived.map((attendee) => attendee.marks.programme?.at));
  expect((await sachiv.ok('attendance:get', { programmeId })).counts.programme).toMatchObject({ present: 2 });
});

test('Ctrl+Z pressed right after Enter, before that check-in is saved, undoes that check-in and names the person', async ({ page, sachiv }) => {
  const [first, second] = PEOPLE;
  if (!first || !second) throw new Error('two people are needed');
  const { programmeId, search } = await openDesk(page, sachiv, [first, second]);
  await search.pressSequentially(first.roman, { delay: 30 });
  await search.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${first.name} उपस्थित दर्ज हुए` })).toBeVisible();

  // Saves now take a moment, so the second check-in is still on its way when Ctrl+Z comes.
  const restore = slowDown(sachiv, 'attendance:mark', 600);
  await search.pressSequentially(second.roman, { delay: 30 });
  await search.press('Enter');
  await expect(search).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: `${second.name} की उपस्थिति पूर्ववत की गई` })).toBeVisible();
  restore();
  const statuses = await statusesInCore(sachiv, programmeId);
  expect(statuses.get(first.name)).toBe('present');
  expect(statuses.get(second.name)).toBe('invited');
});

test('a check-in still saving when the clerk leaves the desk fails while away, is there on coming back, and closing the window asks first meanwhile', async ({ page, sachiv }) => {
  const [first, second] = PEOPLE;
  if (!first || !second) throw new Error('two people are needed');
  const { programmeId, search, figure } = await openDesk(page, sachiv, [first, second]);
  await expect(figure('आमंत्रित')).toHaveText('2');
  const unblock = await blockSaves(sachiv, programmeId);
  const restore = slowDown(sachiv, 'attendance:mark', 600);

  await search.pressSequentially(first.roman, { delay: 30 });
  await search.press('Enter');
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: 'कार्यक्रम', level: 1 })).toBeVisible();
  // Away from the desk, the failed check-in still counts as unsaved, so the shell asks first.
  expect(await sachiv.core.saveRendererEdits(5_000)).toBe('notSaved');
  restore();

  await page.goBack();
  const failure = page.getByRole('alert').filter({ hasText: `${first.name} की उपस्थिति दर्ज नहीं हुई` });
  await expect(failure).toBeVisible();
  await unblock();
  await failure.getByRole('button', { name: `${first.name} को फिर से दर्ज करें` }).click();
  await expect(failure).toBeHidden();
  await expect(figure('उपस्थित')).toHaveText('1');
  expect((await statusesInCore(sachiv, programmeId)).get(first.name)).toBe('present');
  expect(await sachiv.core.saveRendererEdits(5_000)).toBe('saved');
});

test('a failed check-in in one session names that session and, retried after another session is chosen, is saved in its own session', async ({ page, sachiv }) => {
  const [first, second] = PEOPLE;
  if (!first || !second) throw new Error('two people are needed');
  const { programmeId, search } = await openDesk(page, sachiv, [first, second], ['उद्घाटन सत्र', 'तकनीकी सत्र']);
  const sessions = (await sachiv.ok('attendance:get', { programmeId })).scopes;
  const opening = sessions.find((entry) => entry.name === 'उद्घाटन सत्र')?.id ?? '';
  const technical = sessions.find((entry) => entry.name === 'तकनीकी सत्र')?.id ?? '';
  const whose = page.getByRole('group', { name: 'किसकी उपस्थिति' });
  await whose.getByRole('radio', { name: 'उद्घाटन सत्र' }).check();
  const unblock = await blockSaves(sachiv, programmeId);

  await search.pressSequentially(first.roman, { delay: 30 });
  await search.press('Enter');
  const failure = page.getByRole('alert').filter({ hasText: `${first.name} की उपस्थिति (उद्घाटन सत्र) दर्ज नहीं हुई` });
  await expect(failure).toBeVisible();

  await whose.getByRole('radio', { name: 'तकनीकी सत्र' }).check();
  await unblock();
  await failure.getByRole('button', { name: `${first.name} को फिर से दर्ज करें` }).click();
  await expect(failure).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${first.name} उपस्थित दर्ज हुए` })).toBeVisible();
  const marks = (await sachiv.ok('attendance:get', { programmeId })).attendees.find((attendee) => attendee.name === first.name)?.marks ?? {};
  expect(marks[opening]?.status).toBe('present');
  expect(marks[technical]).toBeUndefined();
});

test('with a slow core, Enter on a name and then a click on the same person’s row save that person once', async ({ page, sachiv }) => {
  const [first, second] = PEOPLE;
  if (!first || !second) throw new Error('two people are needed');
  const { programmeId, search, rows } = await openDesk(page, sachiv, [first, second]);
  await expect(rows.getByRole('listitem')).toHaveCount(2);
  const restore = slowDown(sachiv, 'attendance:search', 500);
  let marks = 0;
  const dispatch = sachiv.core.dispatch;
  sachiv.core.dispatch = (channel, input) => {
    if (channel === 'attendance:mark') marks++;
    return dispatch(channel, input);
  };

  await search.pressSequentially(first.roman, { delay: 30 });
  await search.press('Enter');
  await expect(search).toHaveValue('');
  await rows.getByRole('button', { name: `${first.name} को उपस्थित दर्ज करें` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${first.name} उपस्थित दर्ज हुए` })).toBeVisible();
  // Closing the window waits for the whole queue, so after this every check-in asked for is done.
  expect(await sachiv.core.saveRendererEdits(5_000)).toBe('saved');
  restore();
  expect(marks).toBe(1);
  expect((await statusesInCore(sachiv, programmeId)).get(first.name)).toBe('present');
});

test('a queued name that matches no one can be put back into the search box to be corrected', async ({ page, sachiv }) => {
  const [first] = PEOPLE;
  if (!first) throw new Error('one person is needed');
  const { search } = await openDesk(page, sachiv, [first]);
  const restore = slowDown(sachiv, 'attendance:search', 500);
  await search.pressSequentially('zzqx', { delay: 30 });
  await search.press('Enter');
  await expect(search).toHaveValue('');
  const failure = page.getByRole('alert').filter({ hasText: '“zzqx” से सूची या निर्देशिका में कोई नहीं मिला' });
  await expect(failure).toBeVisible();
  restore();
  await failure.getByRole('button', { name: '“zzqx” को खोज में वापस डालें' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(search).toHaveValue('zzqx');
  await expect(search).toBeFocused();
});

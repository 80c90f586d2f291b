import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { saveScreenshot } from './support/screenshot.js';

/** Keyboard paths that keep their place: after a dialog, a removal, an added card or a screen change. */

async function addPeople(sachiv: { ok: (channel: 'people:create', input: { person: { name: string } }) => Promise<unknown> }, names: string[]) {
  for (const name of names) await sachiv.ok('people:create', { person: { name } });
}

async function heading(page: Page, name: string) {
  const h1 = page.getByRole('heading', { name, level: 1, exact: true });
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(`${name} — सचिव`);
}

test('Alt+number moves to a screen, focuses its heading and names it in the window title', async ({ page }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { name: 'सेटिंग्स', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('सेटिंग्स — सचिव');
  await page.keyboard.press('Alt+1');
  await heading(page, 'कार्यक्रम');
  await page.keyboard.press('Alt+2');
  await heading(page, 'लोग');
  // Tab goes on from the heading into the screen, not from the top of the window.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('button').first()).toBeFocused();
  // A link in the sidebar, followed with Enter, does the same.
  await page.getByRole('link', { name: 'सेटिंग्स' }).focus();
  await page.keyboard.press('Enter');
  await heading(page, 'सेटिंग्स');
});

test('the person dialog gives the focus back to the row that opened it, closed or saved', async ({ page, sachiv }) => {
  await addPeople(sachiv, ['अनिल कुमार', 'प्रीति मीणा', 'सुनीता वर्मा']);
  await page.goto('./#/people');
  const edit = page.getByRole('button', { name: 'प्रीति मीणा संपादित करें' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'प्रीति मीणा की जानकारी बदलें' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(edit).toBeFocused();

  await page.keyboard.press('Enter');
  await dialog.getByRole('textbox', { name: 'पद' }).pressSequentially('सदस्य', { delay: 30 });
  await dialog.getByRole('button', { name: 'सहेजें' }).click();
  await expect(dialog).toBeHidden();
  await expect(edit).toBeFocused();

  // F1's sheet, too, returns the focus where it was.
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'कीबोर्ड शॉर्टकट' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(edit).toBeFocused();
});

test('removing a person puts the focus on the next one, else the previous one, else "add a person"', async ({ page, sachiv }) => {
  await addPeople(sachiv, ['अनिल कुमार', 'प्रीति मीणा', 'सुनीता वर्मा']);
  await page.goto('./#/people');
  const remove = async (name: string) => {
    await page.getByRole('button', { name: `${name} हटाएँ` }).focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: `${name} को हटाएँ?` });
    await confirm.getByRole('button', { name: 'हटाएँ', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('button', { name: `${name} हटाएँ` })).toHaveCount(0);
  };
  await remove('प्रीति मीणा');
  await expect(page.getByRole('button', { name: 'सुनीता वर्मा संपादित करें' })).toBeFocused();
  await remove('सुनीता वर्मा');
  await expect(page.getByRole('button', { name: 'अनिल कुमार संपादित करें' })).toBeFocused();
  await remove('अनिल कुमार');
  await expect(page.getByRole('button', { name: 'व्यक्ति जोड़ें' })).toBeFocused();
});

/** Whether the focused element can be seen: a real box, not cut down to nothing, and in view. */
async function focusedIsShown(page: Page): Promise<{ tag: string; shown: boolean }> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement)) return { tag: 'nothing', shown: false };
    const style = getComputedStyle(focused);
    const box = focused.getBoundingClientRect();
    const cut = style.clipPath !== 'none' || (style.clip !== 'auto' && style.clip !== '');
    const inView = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    return { tag: focused.tagName.toLowerCase(), shown: box.width >= 16 && box.height >= 12 && !cut && style.visibility === 'visible' && inView };
  });
}

test('the report editor’s heading, hidden for the eye, shows itself while it has the focus, without moving the screen', async ({ page, sachiv }) => {
  const programme = await sachiv.ok('programmes:create', { programme: { title: 'वार्षिक बैठक', kindId: 'kind-meeting', days: [{ date: '2025-07-10' }] } });
  const report = await sachiv.ok('reports:create', { programmeId: programme.id, template: 'narrative' });
  await page.goto('./#/reports');
  await page.getByRole('link', { name: `${report.title} खोलें` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: report.title, level: 1 })).toBeFocused();
  await expect.poll(() => focusedIsShown(page)).toEqual({ tag: 'h1', shown: true });
  expect(await clippedRing(page)).toEqual([]);
  await saveScreenshot(page, 'hi-report-editor-heading-focused');

  // Leaving the heading hides it again, and nothing under it moves (a click would otherwise land elsewhere).
  const back = page.getByRole('link', { name: '← सभी प्रतिवेदन' });
  const before = await back.boundingBox();
  await page.keyboard.press('Tab');
  await expect(back).toBeFocused();
  await expect.poll(() => focusedIsShown(page)).toEqual({ tag: 'a', shown: true });
  expect(await back.boundingBox()).toEqual(before);
  await expect(page.getByRole('heading', { name: report.title, level: 1 })).toHaveCSS('clip-path', /inset/);
});

test('an added session card takes the focus and is shown; a removed one passes it to its neighbour', async ({ page, sachiv }) => {
  const programme = await sachiv.ok('programmes:create', { programme: { title: 'त्रैमासिक बैठक', kindId: 'kind-meeting', days: [{ date: '2025-06-01' }] } });
  await page.goto(`./#/programmes/${programme.id}`);
  const add = page.getByRole('button', { name: 'सत्र जोड़ें' });
  const names = ['उद्घाटन सत्र', 'तकनीकी सत्र', 'समापन सत्र'];
  for (const [index, name] of names.entries()) {
    await add.focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('group', { name: `सत्र ${index + 1}` }).getByRole('textbox', { name: 'सत्र का नाम' });
    await expect(field).toBeFocused();
    await expect(field).toBeInViewport();
    await page.keyboard.type(name, { delay: 30 });
  }

  const removeSession = async (n: number) => {
    await page.getByRole('button', { name: `सत्र ${n} हटाएँ` }).focus();
    await page.keyboard.press('Enter');
  };
  const nameField = (n: number) => page.getByRole('group', { name: `सत्र ${n}` }).getByRole('textbox', { name: 'सत्र का नाम' });
  await removeSession(2);
  await expect(nameField(2)).toBeFocused();
  await expect(nameField(2)).toHaveValue('समापन सत्र');
  await removeSession(2);
  await expect(nameField(1)).toBeFocused();
  await expect(nameField(1)).toHaveValue('उद्घाटन सत्र');
  await removeSession(1);
  await expect(add).toBeFocused();
});

test('closing the report preview gives the focus back to its button', async ({ page, sachiv }) => {
  // The preview prints the report's pages in Chromium first.
  test.setTimeout(90_000);
  await sachiv.ok('demo:load', {});
  const report = (await sachiv.ok('reports:list', {}))[0];
  await page.goto(`./#/reports/${report?.id ?? ''}`);
  const previewButton = page.getByRole('button', { name: 'पूर्वावलोकन' });
  await previewButton.focus();
  await page.keyboard.press('Enter');
  const preview = page.getByRole('dialog', { name: /पूर्वावलोकन/ });
  await expect(preview.getByRole('img', { name: /^पृष्ठ 1 \// })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(previewButton).toBeFocused();
});

/** The parts of the focused element's ring (3px, 2px away) that an ancestor with overflow cuts off. */
async function clippedRing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement)) return ['nothing focused'];
    const style = getComputedStyle(focused);
    const reach = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
    const ring = focused.getBoundingClientRect();
    const clipped: string[] = [];
    for (let parent = focused.parentElement; parent !== null; parent = parent.parentElement) {
      const overflow = getComputedStyle(parent);
      if (overflow.overflowX === 'visible' && overflow.overflowY === 'visible') continue;
      const box = parent.getBoundingClientRect();
      const inside = {
        left: box.left + parent.clientLeft,
        top: box.top + parent.clientTop,
        right: box.left + parent.clientLeft + parent.clientWidth,
        bottom: box.top + parent.clientTop + parent.clientHeight,
      };
      const where = `${focused.tagName.toLowerCase()} "${focused.getAttribute('aria-label') ?? focused.textContent.trim().slice(0, 30)}" in .${parent.className.split(' ')[0] ?? ''}`;
      // Only a ring at an edge that is in view is meant: an element scrolled half out is cut anyway.
      if (ring.left >= inside.left && ring.left - reach < inside.left - 0.5) clipped.push(`${where}: left`);
      if (ring.top >= inside.top && ring.top - reach < inside.top - 0.5) clipped.push(`${where}: top`);
      if (ring.right <= inside.right && ring.right + reach > inside.right + 0.5) clipped.push(`${where}: right`);
      if (ring.bottom <= inside.bottom && ring.bottom + reach > inside.bottom + 0.5) clipped.push(`${where}: bottom`);
    }
    return clipped;
  });
}

test('the focus ring is whole on the first stops of every main screen', async ({ page, sachiv }) => {
  test.setTimeout(120_000);
  await sachiv.ok('demo:load', {});
  const programme = (await sachiv.ok('programmes:list', {})).items[0]?.id ?? '';
  const report = (await sachiv.ok('reports:list', {}))[0]?.id ?? '';
  for (const path of [
    '/people',
    '/programmes',
    '/settings',
    '/reports',
    `/programmes/${programme}`,
    `/programmes/${programme}/attendance`,
    `/programmes/${programme}/feedback`,
    `/reports/${report}`,
  ]) {
    await page.goto(`./#${path}`);
    await expect(page.locator('#page-title')).toBeAttached();
    await page.getByRole('link', { name: 'लोग' }).focus();
    const found: string[] = [];
    for (let stop = 0; stop < 25; stop += 1) {
      await page.keyboard.press('Tab');
      found.push(...(await clippedRing(page)));
    }
    expect(found, path).toEqual([]);
  }
});

test('removing a programme or a report puts the focus on the next one, else the previous one, else the heading', async ({ page, sachiv }) => {
  const titles = ['जून की बैठक', 'मई की बैठक', 'अप्रैल की बैठक'];
  const programmes = [];
  for (const [index, title] of titles.entries()) {
    programmes.push(await sachiv.ok('programmes:create', { programme: { title, kindId: 'kind-meeting', days: [{ date: `2025-0${6 - index}-10` }] } }));
  }
  await page.goto('./#/programmes');
  const removeProgramme = async (title: string) => {
    await page.getByRole('button', { name: `${title} हटाएँ` }).focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: `“${title}” हटाएँ?` });
    await confirm.getByRole('button', { name: 'हटाएँ', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('button', { name: `${title} हटाएँ` })).toHaveCount(0);
  };
  await removeProgramme('मई की बैठक');
  await expect(page.getByRole('link', { name: 'अप्रैल की बैठक', exact: true })).toBeFocused();
  await removeProgramme('अप्रैल की बैठक');
  await expect(page.getByRole('link', { name: 'जून की बैठक', exact: true })).toBeFocused();
  await removeProgramme('जून की बैठक');
  await expect(page.getByRole('heading', { name: 'कार्यक्रम', level: 1 })).toBeFocused();

  const reportOf = await sachiv.ok('programmes:create', { programme: { title: 'वार्षिक बैठक', kindId: 'kind-meeting', days: [{ date: '2025-07-10' }] } });
  const first = await sachiv.ok('reports:create', { programmeId: reportOf.id, template: 'narrative' });
  const second = await sachiv.ok('reports:create', { programmeId: reportOf.id, template: 'minutes' });
  await page.goto('./#/reports');
  const removeButtons = page.getByRole('table').getByRole('button', { name: /हटाएँ$/ });
  await expect(removeButtons).toHaveCount(2);
  // Whichever comes first in the list, removing it leaves the focus on the other one's link.
  const firstRowLink = page.getByRole('table').getByRole('link').first();
  const firstTitle = (await firstRowLink.getAttribute('aria-label')) ?? '';
  const other = [first, second].find((report) => `${report.title} खोलें` !== firstTitle);
  await removeButtons.first().focus();
  await page.keyboard.press('Enter');
  await expect(removeButtons).toHaveCount(1);
  await expect(page.getByRole('link', { name: `${other?.title ?? ''} खोलें` })).toBeFocused();
  await removeButtons.first().focus();
  await page.keyboard.press('Enter');
  await expect(removeButtons).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'प्रतिवेदन', level: 1 })).toBeFocused();
});

test('a role or an activity added to a session takes the focus; a removed one passes it on', async ({ page, sachiv }) => {
  const programme = await sachiv.ok('programmes:create', { programme: { title: 'त्रैमासिक बैठक', kindId: 'kind-meeting', days: [{ date: '2025-06-01' }] } });
  await page.goto(`./#/programmes/${programme.id}`);
  await page.getByRole('button', { name: 'सत्र जोड़ें' }).click();
  const session = page.getByRole('group', { name: 'सत्र 1' });
  const addActivity = session.getByRole('button', { name: 'गतिविधि जोड़ें' });
  for (const n of [1, 2]) {
    await addActivity.focus();
    await page.keyboard.press('Enter');
    await expect(session.getByRole('group', { name: `गतिविधि ${n}` }).getByRole('combobox')).toBeFocused();
  }
  await session.getByRole('button', { name: 'गतिविधि 1 हटाएँ' }).focus();
  await page.keyboard.press('Enter');
  await expect(session.getByRole('group', { name: 'गतिविधि 1' }).getByRole('combobox')).toBeFocused();
  await session.getByRole('button', { name: 'गतिविधि 1 हटाएँ' }).focus();
  await page.keyboard.press('Enter');
  await expect(addActivity).toBeFocused();

  const addRole = session.getByRole('button', { name: 'भूमिका जोड़ें' });
  const roleField = (n: number) => session.getByRole('group', { name: `भूमिका ${n}` }).getByRole('combobox', { name: 'भूमिका' });
  for (const [n, label] of [[1, 'अध्यक्षता'], [2, 'संचालन']] as const) {
    await addRole.focus();
    await page.keyboard.press('Enter');
    await expect(roleField(n)).toBeFocused();
    await roleField(n).selectOption({ label });
  }
  await session.getByRole('button', { name: 'भूमिका 1 हटाएँ' }).focus();
  await page.keyboard.press('Enter');
  await expect(roleField(1)).toBeFocused();
  await expect(roleField(1).locator('option:checked')).toHaveText('संचालन');
  await session.getByRole('button', { name: 'भूमिका 1 हटाएँ' }).focus();
  await page.keyboard.press('Enter');
  await expect(addRole).toBeFocused();
});

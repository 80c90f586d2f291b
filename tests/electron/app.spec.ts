import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page, type TestInfo } from '@playwright/test';
import { ABOUT_MENU_ITEM_ID, menuItemId } from '../../src-main/shell/menu-template.js';
import { SCREEN_MENU_COMMANDS } from '../../src-main/shell/menu-commands.js';
import { findInstalledElectron } from './electron-binary.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronBinary = findInstalledElectron(projectRoot);

test.skip(electronBinary === null, 'Electron end-to-end tests skipped: no Electron binary could be installed on this machine.');

interface PageGlobals {
  location: { protocol: string; host: string };
  api: { invoke(channel: string, input: unknown): Promise<unknown> };
}

interface RunningApp {
  app: ElectronApplication;
  window: Page;
  output: string[];
}

/** Starts the built app on the given data folder and waits for its window to show the app. */
async function launch(dataDir: string): Promise<RunningApp> {
  if (electronBinary === null) throw new Error('unreachable: the suite is skipped without Electron');
  for (const built of ['dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(projectRoot, built))) throw new Error(`${built} is missing: run npm run build first`);
  }
  const app = await _electron.launch({
    executablePath: electronBinary,
    args: [projectRoot],
    cwd: projectRoot,
    env: { ...process.env, SACHIV_DATA_DIR: dataDir, SACHIV_DEV: '' },
  });
  const output: string[] = [];
  app.process().stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  app.process().stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const window = await app.firstWindow();
  await expect(window.getByRole('link', { name: 'लोग' })).toBeVisible();
  return { app, window, output };
}

async function attachLog(testInfo: TestInfo, running: RunningApp | null, name: string): Promise<void> {
  if (running !== null && testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach(name, { body: running.output.join(''), contentType: 'text/plain' });
  }
}

let dataDir = '';
test.beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'sachiv-electron-'));
});
test.afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

test('serves the app from app:// with no Node.js in the page', async () => {
  const testInfo = test.info();
  const running = await launch(dataDir);
  try {
    // This project type-checks without the DOM library, so the page's globals are described here.
    const page = await running.window.evaluate(() => {
      const globals = globalThis as unknown as PageGlobals;
      return {
        protocol: globals.location.protocol,
        host: globals.location.host,
        hasRequire: 'require' in globals,
        hasProcess: 'process' in globals,
        apiKeys: Object.keys(globals.api).sort(),
      };
    });
    expect(page).toEqual({ protocol: 'app:', host: 'sachiv', hasRequire: false, hasProcess: false, apiKeys: ['invoke', 'on'] });

    const refused = await running.window.evaluate(() => (globalThis as unknown as PageGlobals).api.invoke('fs:readFile', {}));
    expect(refused).toEqual({ ok: false, error: { code: 'ipc.unknownChannel' } });
  } finally {
    await attachLog(testInfo, running, 'electron-output');
    await running.app.close();
  }
});

test('a person added through the UI is still there after a restart', async () => {
  const testInfo = test.info();
  const name = 'सुनीता देवी';

  const first = await launch(dataDir);
  try {
    await first.window.getByRole('link', { name: 'लोग' }).click();
    await first.window.getByRole('button', { name: 'व्यक्ति जोड़ें' }).click();
    await first.window.getByRole('textbox', { name: 'नाम' }).fill(name);
    await first.window.getByRole('button', { name: 'सहेजें' }).click();
    await expect(first.window.getByText(name)).toBeVisible();
  } finally {
    await attachLog(testInfo, first, 'electron-output-first-run');
    await first.app.close();
  }

  const second = await launch(dataDir);
  try {
    await second.window.getByRole('link', { name: 'लोग' }).click();
    await expect(second.window.getByText(name)).toBeVisible();
  } finally {
    await attachLog(testInfo, second, 'electron-output-second-run');
    await second.app.close();
  }
});

test('a sign-in sheet is printed to PDF by the hidden, script-free print window', async () => {
  const testInfo = test.info();
  const running = await launch(dataDir);
  const pdfPath = path.join(dataDir, 'sign-in.pdf');
  try {
    // The system save dialog cannot be clicked by a test; it answers with a fixed file instead.
    await running.app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, pdfPath);
    const reply = await running.window.evaluate(async () => {
      const api = (globalThis as unknown as PageGlobals).api;
      const call = async (channel: string, input: unknown) => {
        const envelope = (await api.invoke(channel, input)) as { ok: boolean; value?: { id?: string } };
        if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope)}`);
        return envelope.value;
      };
      const person = await call('people:create', { person: { name: 'श्रीमती कृष्णा शर्मा', designation: 'सचिव' } });
      const programme = await call('programmes:create', { programme: { title: 'कार्यशाला', kindId: 'kind-workshop', days: [{ date: '2024-04-17' }] } });
      await call('attendance:invite', { programmeId: programme?.id, selection: { kind: 'people', personIds: [person?.id] } });
      return call('attendance:print', { programmeId: programme?.id, document: 'signInSheet', blankRows: 5 });
    });
    expect(reply).toEqual({ path: pdfPath, pages: 1 });
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await attachLog(testInfo, running, 'electron-output');
    await running.app.close();
  }
});

test('a report typed into and closed at once keeps every word, and prints to PDF in the print window', async () => {
  const testInfo = test.info();
  const first = await launch(dataDir);
  let reportId = '';
  const pdfPath = path.join(dataDir, 'report.pdf');
  try {
    reportId = await first.window.evaluate(async () => {
      const api = (globalThis as unknown as PageGlobals).api;
      const call = async (channel: string, input: unknown) => {
        const envelope = (await api.invoke(channel, input)) as { ok: boolean; value?: { id?: string } };
        if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope)}`);
        return envelope.value;
      };
      const programme = await call('programmes:create', { programme: { title: 'राजभाषा कार्यशाला', kindId: 'kind-workshop', days: [{ date: '2024-04-17' }] } });
      const report = await call('reports:create', { programmeId: programme?.id, template: 'narrative' });
      return report?.id ?? '';
    });
    await first.app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, pdfPath);
    await first.window.evaluate((id) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = `#/reports/${id}`;
    }, reportId);
    const text = first.window.getByRole('textbox', { name: 'प्रतिवेदन का पाठ' });
    await expect(text).toContainText('राजभाषा कार्यशाला');
    await first.window.getByRole('button', { name: 'PDF सहेजें' }).click();
    await expect(first.window.getByText(/PDF सहेजी गई/)).toBeVisible({ timeout: 30_000 });
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');
    // Typed and closed within the autosave's delay: closing waits for the window to save.
    await text.click();
    await first.window.keyboard.type('बंद करने से ठीक पहले लिखा गया');
  } finally {
    await attachLog(testInfo, first, 'electron-output-first-run');
    await first.app.close();
  }
  const second = await launch(dataDir);
  try {
    const saved = await second.window.evaluate(async (id) => {
      const api = (globalThis as unknown as PageGlobals).api;
      return JSON.stringify(await api.invoke('reports:get', { id }));
    }, reportId);
    expect(saved).toContain('बंद करने से ठीक पहले लिखा गया');
  } finally {
    await attachLog(testInfo, second, 'electron-output-second-run');
    await second.app.close();
  }
});

test('the File menu greys out save, print and export until a screen offers them, and Help opens the About screen', async () => {
  const testInfo = test.info();
  const running = await launch(dataDir);
  try {
    const ids = SCREEN_MENU_COMMANDS.map((command) => menuItemId(command.keys));
    const enabled = () => running.app.evaluate(({ Menu }, itemIds) => itemIds.map((id) => Menu.getApplicationMenu()?.getMenuItemById(id)?.enabled ?? null), ids);
    await expect.poll(enabled).toEqual([false, false, false]);
    await running.window.keyboard.press('Control+N');
    await expect(running.window.getByRole('heading', { name: 'नया कार्यक्रम', level: 1 })).toBeVisible();
    await expect.poll(enabled).toEqual([true, false, false]);

    await running.app.evaluate(({ Menu }, id) => {
      // Sachiv's menu handlers take no arguments, so the item's click() needs no event or window.
      (Menu.getApplicationMenu()?.getMenuItemById(id)?.click as (() => void) | undefined)?.();
    }, ABOUT_MENU_ITEM_ID);
    await expect(running.window.getByRole('heading', { name: 'सचिव के बारे में', level: 1 })).toBeVisible();
    await expect(running.window.getByText(dataDir)).toBeVisible();
  } finally {
    await attachLog(testInfo, running, 'electron-output');
    await running.app.close();
  }
});

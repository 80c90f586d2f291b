import { test as base, expect } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shell/csp.js';
import { openCore, type Core, type OpenCoreOptions } from '../../../src-main/core/index.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../../src-main/core/contract/index.js';
import { lazyChromiumPrinter } from '../../support/chromium-printer.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { bridgeCore, type CoreSource } from './bridge.js';
import { fakeClockStart, nowInPage, runningClockFrom } from './clock.js';
import { startStaticServer } from './static-server.js';

const RENDERER_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

export interface CoreClient extends CoreSource {
  /** The core currently open; a new object after restart(). */
  readonly core: Core;
  dataDir: string;
  /** Calls a channel on the real core (as the app would) and fails the test unless it succeeds. */
  ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /**
   * Closes the core and opens a new one over the same data folder, as quitting and starting the
   * app would; the page's window.api then talks to the new core (reload the page to drop its cache).
   */
  restart(): Promise<void>;
  /** The file the "user" picks in the next open dialog (for restore); null cancels the dialog. */
  fileToOpen: string | null;
}

interface TestFixtures {
  /** Runs on the fresh data folder before the core opens it, e.g. to plant a damaged file. */
  prepareDataDir: (dataDir: string) => Promise<void>;
  /** Whether the app meets this data folder for the first time (the welcome screen); most tests start past it. */
  firstRun: boolean;
  sachiv: CoreClient;
}

interface WorkerFixtures {
  rendererUrl: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  rendererUrl: [
    async ({}, use) => {
      const server = await startStaticServer(RENDERER_DIR, CONTENT_SECURITY_POLICY);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  baseURL: async ({ rendererUrl }, use) => use(rendererUrl),

  prepareDataDir: [async ({}, use) => use(async () => undefined), { option: true }],
  firstRun: [false, { option: true }],

  sachiv: async ({ prepareDataDir, firstRun }, use, testInfo) => {
    const { dir, cleanup } = await makeTempDir('sachiv-e2e-');
    const clockStart = fakeClockStart();
    await prepareDataDir(dir);
    const unexpected: string[] = [];
    const printer = lazyChromiumPrinter();
    const options: OpenCoreOptions = {
      dataDir: dir,
      appVersion: 'test',
      // The system save dialog belongs to the Electron shell; here the "user" always accepts the
      // suggested name in an exports folder of the test's own temp directory.
      pickSaveFile: async ({ suggestedName }) => {
        await mkdir(join(dir, 'exports'), { recursive: true });
        return join(dir, 'exports', suggestedName);
      },
      // The open dialog, too, belongs to the shell; the test sets which file the "user" picks.
      pickOpenFile: async () => client.fileToOpen,
      // Printing runs Debian's Chromium with the app's own templates and options.
      printer,
      log: (message, error) => unexpected.push(`${message}: ${String(error)}`),
      // On the faked-clock run the core keeps the window's time (see clock.ts); its dates follow
      // this worker's time zone, which is also the window's (playwright.config.ts).
      ...(clockStart === null ? {} : { now: runningClockFrom(clockStart) }),
    };
    let core = await openCore(options);
    const switchListeners = new Set<(core: Core) => void>();
    const client: CoreClient = {
      get core() {
        return core;
      },
      fileToOpen: null,
      dataDir: dir,
      async ok(channel, input) {
        const reply = await core.dispatch(channel, input);
        if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
        return reply.value as ChannelOutput<typeof channel>;
      },
      async restart() {
        await core.close();
        core = await openCore(options);
        for (const listener of switchListeners) listener(core);
      },
      onSwitch(listener) {
        switchListeners.add(listener);
        return () => switchListeners.delete(listener);
      },
    };
    if (!firstRun) await client.ok('settings:update', { firstRunDone: true });
    await use(client);
    await core.close();
    await printer.close();
    await cleanup();
    if (unexpected.length > 0) await testInfo.attach('core-log', { body: unexpected.join('\n') });
    expect(unexpected, 'the core logged unexpected errors').toEqual([]);
  },

  page: async ({ page, sachiv }, use) => {
    // Any console error (a CSP violation, a failed request, a React warning) fails the test.
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Installed before any page script runs; time then flows on from there and timers keep firing.
    const clockStart = fakeClockStart();
    if (clockStart !== null) await page.clock.install({ time: clockStart });
    const unsubscribe = await bridgeCore(page, sachiv);
    // The faked-clock run proves nothing unless the window really keeps the faked time.
    if (clockStart !== null) expect(Math.abs((await nowInPage(page)) - clockStart), 'the window keeps the faked clock').toBeLessThan(10 * 60_000);
    await use(page);
    unsubscribe();
    expect(problems, 'the page reported errors').toEqual([]);
  },
});

export { expect };

import { chromium } from 'playwright-core';
import { toPagePdfOptions } from '../../src-main/core/print/engine-options.js';
import type { PdfJob, Printer } from '../../src-main/core/print/printer.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Printer port on Debian's Chromium, for tests and scripts: the same templates and the
 * same option translation as the app's Electron printer, through page.pdf. Playwright gives
 * every launch a fresh temporary profile (it refuses a --user-data-dir argument) and removes
 * it on close().
 *
 * One page serves every job, one job at a time: opening a page costs a new renderer process
 * (0.5 to 1.5 s on a busy build machine), and setContent replaces the whole document anyway.
 */
export async function openChromiumPrinter(): Promise<Printer & { close(): Promise<void> }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  // Like the app's print window, the page runs none of its own script.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  let queue: Promise<unknown> = Promise.resolve();

  async function print(job: PdfJob): Promise<Uint8Array> {
    await page.setContent(job.html, { waitUntil: 'load' });
    // Playwright evaluates in its own world, which works with page scripts disabled and under
    // the page's script-free CSP. The fonts are data URLs and ready at load already; waiting
    // costs nothing and keeps a future template with a slower font honest.
    await page.evaluate('document.fonts.ready.then(() => document.fonts.status)');
    return new Uint8Array(await page.pdf(toPagePdfOptions(job)));
  }

  return {
    printToPdf(job: PdfJob): Promise<Uint8Array> {
      const result = queue.then(() => print(job));
      queue = result.catch(() => undefined);
      return result;
    },
    async close(): Promise<void> {
      await browser.close();
    },
  };
}

/**
 * A Chromium printer that starts the browser only when the first job arrives, so test
 * fixtures can offer printing to every test while only the tests that print pay for it.
 */
export function lazyChromiumPrinter(): Printer & { close(): Promise<void> } {
  let opened: ReturnType<typeof openChromiumPrinter> | null = null;
  return {
    async printToPdf(job: PdfJob): Promise<Uint8Array> {
      opened ??= openChromiumPrinter();
      return (await opened).printToPdf(job);
    },
    async close(): Promise<void> {
      if (opened !== null) await (await opened).close();
    },
  };
}

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { toPrintOptions, toPrintToPdfOptions } from '../core/print/engine-options.js';
import type { PdfJob, Printer, SystemPrint } from '../core/print/printer.js';
import { webPreferencesFor } from './web-preferences.js';

/**
 * Prints with a hidden window that runs no script and cannot go anywhere. The page is a file
 * in a private temporary folder rather than a data: URL, because Chromium refuses URLs over
 * 2 MB and a batch of certificates with the embedded fonts and a logo easily grows past that.
 * The page's own CSP still forbids it to load anything, file or otherwise. The file holds
 * participants' names, so it is removed as soon as the job is done.
 */
async function withPrintWindow<T>(job: PdfJob, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'sachiv-print-'));
  let window: BrowserWindow | null = null;
  try {
    window = new BrowserWindow({ show: false, webPreferences: webPreferencesFor(null, { javascript: false }) });
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    const page = join(folder, 'print.html');
    await writeFile(page, job.html, 'utf8');
    // loadFile settles after did-finish-load. The fonts are data: URLs, which Chromium
    // decodes before the load event, so nothing else needs waiting for (and with scripts
    // off there is no document.fonts.ready to ask).
    await window.loadFile(page);
    return await use(window);
  } finally {
    window?.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

export function createElectronPrinter(): Printer & SystemPrint {
  return {
    printToPdf: (job) => withPrintWindow(job, async (window) => new Uint8Array(await window.webContents.printToPDF(toPrintToPdfOptions(job)))),
    printWithDialog: (job) =>
      withPrintWindow(
        job,
        (window) =>
          new Promise<boolean>((resolve, reject) => {
            window.webContents.print(toPrintOptions(job), (success, failureReason) => {
              if (success) resolve(true);
              // Electron reports a cancelled dialog as "Print job canceled" (the spelling varied between versions).
              else if (/cancel/i.test(failureReason)) resolve(false);
              else reject(new Error(`Printing failed: ${failureReason}`));
            });
          }),
      ),
  };
}

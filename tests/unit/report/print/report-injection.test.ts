import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportPrintHtml, reportPrintJob, type ReportPrintInput } from '../../../../src-main/core/report/print/report-print-job.js';
import { lazyChromiumPrinter } from '../../../support/chromium-printer.js';
import { textLines } from '../../../support/poppler.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { hostileReport, ORGANISATION, PAYLOADS, PWNED } from './report-fixtures.js';

/** The same switches as tests/support/chromium-printer.ts. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The page is served from here by the route below; nothing answers at this name on a real network. */
const DOCUMENT_URL = 'http://report.invalid/';

const TITLE = 'प्रतिवेदन';
const input: ReportPrintInput = { doc: hostileReport(), title: TITLE, organisationName: ORGANISATION, language: 'hi', digits: 'latin' };

let browser: Browser;
const printer = lazyChromiumPrinter();
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  temp = await makeTempDir('sachiv-report-injection-');
});
afterAll(async () => {
  await browser?.close();
  await printer.close();
  await temp?.cleanup();
});

interface Watched {
  page: Page;
  /** Every request after the document itself: each one is aborted, none reaches a network. */
  requests: string[];
  dialogs: string[];
}

/**
 * Opens the HTML as a real document in a page that runs scripts (worse than the app's print
 * window, which runs none), counting what the page tries to fetch and every dialog it opens.
 */
async function openWatched(html: string): Promise<Watched> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const watched: Watched = { page, requests: [], dialogs: [] };
  let documentServed = false;
  await page.route('**/*', async (route) => {
    if (!documentServed && route.request().url() === DOCUMENT_URL) {
      documentServed = true;
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return;
    }
    watched.requests.push(route.request().url());
    await route.abort().catch(() => undefined);
  });
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    // The control page may already be closing when its alert arrives; the count is what matters.
    dialog.dismiss().catch(() => undefined);
  });
  return watched;
}

interface LivePage {
  title: string;
  elements: string[];
  handlers: string[];
  links: Array<string | null>;
  text: string;
}

/** What could act in the loaded page, read in the page (the tests' TypeScript has no DOM types). */
const LIVE_PAGE = `({
  title: document.title,
  elements: Array.from(document.querySelectorAll('script, iframe, img, style, meta, link, object, embed'), (element) => element.outerHTML.slice(0, 60)),
  handlers: Array.from(document.querySelectorAll('*')).flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
  links: Array.from(document.querySelectorAll('a'), (link) => link.getAttribute('href')),
  text: document.body.innerText,
})`;

describe('the payloads themselves', () => {
  it('do fetch, open a dialog and set the title when placed in a page unescaped, so the checks below can see them', async () => {
    const { page, requests, dialogs } = await openWatched(`<!doctype html><title>${TITLE}</title><body>${PAYLOADS.join('\n')}</body>`);
    const dialog = page.waitForEvent('dialog');
    await page.goto(DOCUMENT_URL, { waitUntil: 'load' });
    await dialog;
    expect(dialogs).toContain('1');
    await expect.poll(() => page.title()).toBe(PWNED);
    await expect.poll(() => requests.length).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('a report full of payloads', () => {
  it('runs nothing, fetches nothing and opens no dialog, even with JavaScript enabled', async () => {
    const { page, requests, dialogs } = await openWatched(reportPrintHtml(input));
    await page.goto(DOCUMENT_URL, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => document.fonts.status)');

    const live = await page.evaluate<LivePage>(LIVE_PAGE);

    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(live.title).toBe(TITLE);
    // Only the template's own head: the charset, the CSP and one style sheet.
    expect(live.elements).toHaveLength(3);
    expect(live.elements.filter((element) => element.startsWith('<meta http-equiv="Content-Security-Policy"'))).toHaveLength(1);
    expect(live.handlers).toEqual([]);
    expect(live.links).toEqual([]);
    for (const payload of PAYLOADS) expect(live.text, payload).toContain(payload);
    expect(page.url()).toBe(DOCUMENT_URL);
    await page.context().close();
  });

  it('prints the payloads as literal text in the PDF', async () => {
    const file = join(temp.dir, 'hostile.pdf');
    await writeFile(file, await printer.printToPdf(reportPrintJob(input)));
    const lines = await textLines(file);
    expect(lines).toContain('<script>alert(1)</script>');
    expect(lines).toContain('<img src=x onerror=alert(1)>');
    expect(lines).toContain('<iframe src="https://example.com">');
  });
});

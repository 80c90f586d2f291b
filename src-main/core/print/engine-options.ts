import type { PdfJob } from './printer.js';

/**
 * The PdfJob translated for each engine. Both are Chromium's printing underneath; these two
 * functions are the only place the option names differ, so the app and the tests print alike.
 * The shapes are written out here because core/ may not import Electron or Playwright; the
 * callers pass them straight on, and the compiler checks they fit those libraries' types.
 */

/** Electron's webContents.printToPDF options (margins in inches). */
export interface ElectronPdfOptions {
  pageSize: 'A4';
  landscape: boolean;
  printBackground: true;
  preferCSSPageSize: false;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  margins: { top: number; bottom: number; left: number; right: number };
}

/** Playwright's page.pdf options (margins as CSS lengths). */
export interface PlaywrightPdfOptions {
  format: 'A4';
  landscape: boolean;
  printBackground: true;
  preferCSSPageSize: false;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  margin: { top: string; bottom: string; left: string; right: string };
}

const MM_PER_INCH = 25.4;

/**
 * With header and footer switched on, Chromium draws its own date, title and URL where a
 * template is missing; an empty element asks for nothing, the same in both engines.
 */
const NOTHING = '<span></span>';

function headerAndFooter(job: PdfJob): { displayHeaderFooter: boolean; headerTemplate: string; footerTemplate: string } {
  const displayHeaderFooter = job.headerTemplate !== '' || job.footerTemplate !== '';
  return {
    displayHeaderFooter,
    headerTemplate: job.headerTemplate === '' ? NOTHING : job.headerTemplate,
    footerTemplate: job.footerTemplate === '' ? NOTHING : job.footerTemplate,
  };
}

export function toPrintToPdfOptions(job: PdfJob): ElectronPdfOptions {
  const { top, bottom, left, right } = job.marginsMm;
  return {
    pageSize: 'A4',
    landscape: job.landscape,
    printBackground: true,
    preferCSSPageSize: false,
    ...headerAndFooter(job),
    margins: { top: top / MM_PER_INCH, bottom: bottom / MM_PER_INCH, left: left / MM_PER_INCH, right: right / MM_PER_INCH },
  };
}

export function toPagePdfOptions(job: PdfJob): PlaywrightPdfOptions {
  const { top, bottom, left, right } = job.marginsMm;
  return {
    format: 'A4',
    landscape: job.landscape,
    printBackground: true,
    preferCSSPageSize: false,
    ...headerAndFooter(job),
    margin: { top: `${top}mm`, bottom: `${bottom}mm`, left: `${left}mm`, right: `${right}mm` },
  };
}

/** Electron's webContents.print options for the system print dialog (margins in CSS pixels). */
export interface ElectronPrintOptions {
  silent: false;
  printBackground: true;
  landscape: boolean;
  pageSize: 'A4';
  margins: { marginType: 'custom'; top: number; bottom: number; left: number; right: number };
}

const CSS_PIXELS_PER_INCH = 96;

export function toPrintOptions(job: PdfJob): ElectronPrintOptions {
  const pixels = (mm: number) => Math.round((mm / MM_PER_INCH) * CSS_PIXELS_PER_INCH);
  const { top, bottom, left, right } = job.marginsMm;
  return {
    silent: false,
    printBackground: true,
    landscape: job.landscape,
    pageSize: 'A4',
    margins: { marginType: 'custom', top: pixels(top), bottom: pixels(bottom), left: pixels(left), right: pixels(right) },
  };
}

/**
 * One print job, independent of the engine that runs it. The paper is always A4; the template
 * decides the orientation. Header and footer templates are Chromium's (classes pageNumber,
 * totalPages, …); an empty string means "none". Margins are in millimetres, as on a ruler.
 */
export interface PdfJob {
  html: string;
  landscape: boolean;
  headerTemplate: string;
  footerTemplate: string;
  marginsMm: { top: number; bottom: number; left: number; right: number };
}

/**
 * Turns a print job into PDF bytes. The app prints with Electron's hidden window, tests and
 * scripts with Debian's Chromium: the same engine, given the same options (see engine-options.ts).
 */
export interface Printer {
  printToPdf(job: PdfJob): Promise<Uint8Array>;
}

/**
 * Sends a print job to a printer the user picks in the system print dialog. Only the app has
 * one (webContents.print); resolves false when the user cancelled the dialog.
 */
export interface SystemPrint {
  printWithDialog(job: PdfJob): Promise<boolean>;
}

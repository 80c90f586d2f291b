import type { ChannelParsedInput, Settings } from '../contract/index.js';
import { AppError } from '../errors.js';
import type { PickSaveFile } from '../export/ports.js';
import { saveExport } from '../export/save-export.js';
import type { OrganisationService } from '../organisation/service.js';
import { pdfPageCount } from '../print/pdf-page-count.js';
import { printDigitsOf } from '../print/print-digits.js';
import { printStrings } from '../print/print-strings.js';
import type { Printer, SystemPrint } from '../print/printer.js';
import { reportDocx } from './docx/report-docx.js';
import { reportPrintJob, type ReportPrintInput } from './print/report-print-job.js';
import type { ReportsService } from './service.js';

export interface ReportOutputDeps {
  reports: ReportsService;
  organisation: OrganisationService;
  settings: () => Settings;
  printer: Printer | undefined;
  systemPrint: SystemPrint | undefined;
  pickSaveFile: PickSaveFile | undefined;
}

export const DEFAULT_WORD_FONT = 'Noto Sans Devanagari';

/** The report as the print template needs it: the same input for preview, PDF and the print dialog. */
export async function reportPrintInput(deps: ReportOutputDeps, id: string): Promise<ReportPrintInput> {
  const report = await deps.reports.get(id);
  const organisation = deps.organisation.get();
  const { language, digits } = deps.settings();
  return {
    doc: report.body,
    title: report.title,
    organisationName: (language === 'en' ? organisation.nameEn || organisation.nameHi : organisation.nameHi || organisation.nameEn).trim(),
    language,
    digits: printDigitsOf(digits),
  };
}

/** The PDF the export would save, for the preview screen; nothing is written to disk. */
export async function previewReport(deps: ReportOutputDeps, id: string): Promise<{ pdfBase64: string; pages: number }> {
  if (deps.printer === undefined) throw new AppError('export.unavailable');
  const pdf = await deps.printer.printToPdf(reportPrintJob(await reportPrintInput(deps, id)));
  return { pdfBase64: Buffer.from(pdf).toString('base64'), pages: pdfPageCount(pdf) };
}

/** Saves the report as PDF or Word where the user picks; the file is made only after they chose. */
export async function exportReport(
  deps: ReportOutputDeps,
  { id, format }: ChannelParsedInput<'reports:export'>,
): Promise<{ path: string; pages: number | null } | null> {
  const input = await reportPrintInput(deps, id);
  if (format === 'pdf') {
    const printer = deps.printer;
    if (printer === undefined) throw new AppError('export.unavailable');
    let pages = 0;
    const saved = await saveExport(deps.pickSaveFile, { baseName: input.title, format }, async () => {
      const pdf = await printer.printToPdf(reportPrintJob(input));
      pages = pdfPageCount(pdf);
      return pdf;
    });
    return saved === null ? null : { ...saved, pages };
  }
  const saved = await saveExport(deps.pickSaveFile, { baseName: input.title, format }, () =>
    reportDocx({
      ...input,
      fontName: deps.settings().wordFont ?? DEFAULT_WORD_FONT,
      pageFooterTemplate: printStrings(input.language).pageOf,
    }),
  );
  return saved === null ? null : { ...saved, pages: null };
}

/** Opens the system print dialog with the print page; the app's shell provides it. */
export async function printReport(deps: ReportOutputDeps, id: string): Promise<{ printed: boolean }> {
  if (deps.systemPrint === undefined) throw new AppError('print.unavailable');
  return { printed: await deps.systemPrint.printWithDialog(reportPrintJob(await reportPrintInput(deps, id))) };
}

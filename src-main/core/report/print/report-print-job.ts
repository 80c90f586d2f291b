import type { ReportDoc } from '../../contract/report-document.js';
import { cssString } from '../../print/escape-html.js';
import { pageOfContent } from '../../print/page-footer-css.js';
import type { PrintDigits } from '../../print/print-digits.js';
import { printDocument } from '../../print/print-document.js';
import { PRINT_FONT_FAMILY } from '../../print/print-fonts.js';
import { printStrings, type PrintLanguage } from '../../print/print-strings.js';
import type { PdfJob } from '../../print/printer.js';
import { reportBodyHtml } from './report-html.js';

export interface ReportPrintInput {
  doc: ReportDoc;
  /** Plain text; becomes the PDF's title. The printed heading is part of the body. */
  title: string;
  organisationName: string;
  language: PrintLanguage;
  digits: PrintDigits;
}

/** The top and bottom margins hold the running header and footer (CSS page margin boxes). */
const MARGINS_MM = { top: 22, bottom: 20, left: 20, right: 20 };

/** The report as one self-contained HTML document: what the PDF prints and the app previews. */
export function reportPrintHtml(input: ReportPrintInput): string {
  return printDocument({
    language: input.language,
    title: input.title,
    css: reportCss(input),
    bodyHtml: `<main class="report">\n${reportBodyHtml(input.doc, input.digits)}\n</main>`,
  });
}

/**
 * प्रतिवेदन: A4 portrait with the organisation's name at the top of every page and
 * "पृष्ठ X / Y" at the foot. Both are CSS page margin boxes, as on the sign-in sheet, so they
 * use the bundled font and the chosen digits; Chromium's own header and footer stay empty.
 */
export function reportPrintJob(input: ReportPrintInput): PdfJob {
  return {
    html: reportPrintHtml(input),
    landscape: false,
    headerTemplate: '',
    footerTemplate: '',
    marginsMm: MARGINS_MM,
  };
}

function reportCss(input: ReportPrintInput): string {
  const { pageOf, report: strings } = printStrings(input.language);
  const marginBoxFont = `font-family: '${PRINT_FONT_FAMILY}', sans-serif; font-size: 9pt; color: #444; vertical-align: middle;`;
  return `
@page {
  @top-center { content: ${cssString(input.organisationName.trim())}; ${marginBoxFont} }
  @bottom-center { content: ${pageOfContent(pageOf, input.digits)}; ${marginBoxFont} }
}
/* On screen (the in-app preview) there are no page margins, so the page gets some of its own. */
@media screen { .report { max-width: 170mm; margin: 0 auto; padding: 12mm 0; } }
body { font-size: 12pt; line-height: 1.6; }
p { margin: 0 0 3mm; white-space: pre-wrap; overflow-wrap: break-word; orphans: 2; widows: 2; }
h1, h2, h3 { font-weight: 700; line-height: 1.35; margin: 6mm 0 2.5mm; white-space: pre-wrap; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
h1 { font-size: 17pt; }
h2 { font-size: 14.5pt; }
h3 { font-size: 12.5pt; }
.report > :first-child { margin-top: 0; }
strong { font-weight: 700; }
a { color: #1a4e9b; }
ul, ol { margin: 0 0 3mm; padding-left: 8mm; }
li > p { margin-bottom: 1mm; }
blockquote { margin: 0 0 3mm; padding-left: 5mm; border-left: 0.8mm solid #999; color: #333; }
hr { border: 0; border-top: 0.3mm solid #666; margin: 4mm 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.3mm solid #333; padding: 1mm 2mm; vertical-align: top; text-align: left; line-height: 1.45; overflow-wrap: anywhere; }
th { font-weight: 700; background: #ececec; }
th > p, td > p { margin-bottom: 1mm; }
th > :last-child, td > :last-child { margin-bottom: 0; }
caption { caption-side: top; text-align: left; font-weight: 700; padding-bottom: 1.5mm; break-after: avoid; }
.data-empty { text-align: center; color: #444; }
.data-empty:empty::before { content: ${cssString(strings.emptyDataBlock)}; }
.signature { display: flex; justify-content: space-between; align-items: flex-end; gap: 10mm; margin-top: 12mm; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
.signature p { margin: 0; }
/* The space above the name is where the secretary signs. */
.signature-who { margin-left: auto; min-width: 60mm; padding-top: 14mm; text-align: center; }
.signature-place::before { content: ${cssString(`${strings.placeLabel} `)}; }
.signature-date::before { content: ${cssString(`${strings.dateLabel} `)}; }
/* A signature never stands alone on a page: "break-before: avoid" takes the last lines of text with it. */
/* Several signatures in a row: each a column, place and date above the name, the last one at the right margin. */
.signatures { display: flex; justify-content: space-between; align-items: flex-end; gap: 10mm; margin-top: 6mm; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
.signatures > .signature { display: block; margin-top: 0; }
.signatures .signature-who { margin-left: 0; padding-top: 10mm; }
`;
}

import { cssString, escapeHtml } from './escape-html.js';
import { pageOfContent } from './page-footer-css.js';
import { withDigits, type PrintDigits } from './print-digits.js';
import { PRINT_FONT_FAMILY } from './print-fonts.js';
import { printDocument, safeLogoDataUrl } from './print-document.js';
import { fillTemplate, printStrings, type PrintLanguage } from './print-strings.js';
import type { PdfJob } from './printer.js';

export interface SignInSheetModel {
  /** A sheet to sign at the door, or the same table as the list of who was invited. */
  kind?: 'signIn' | 'invitations';
  language: PrintLanguage;
  digits: PrintDigits;
  organisationName: string;
  logoDataUrl: string | null;
  eventTitle: string;
  dateText: string;
  venue: string;
  sessionName: string | null;
  rows: Array<{ name: string; designation: string; unit: string }>;
  /** Empty numbered rows after the named ones, for people who come without an invitation. */
  blankRows: number;
}

/** The bottom margin holds the footer line (a CSS page margin box), so it is the tallest. */
const MARGINS_MM = { top: 12, bottom: 16, left: 10, right: 10 };

/**
 * हस्ताक्षर पत्रक: A4 landscape, one row per person with room to sign. The table header
 * repeats on every page and a row is never split between pages; every page ends with the
 * event and "पृष्ठ X / Y" in the chosen digits.
 *
 * The footer is a CSS page margin box with counter(page)/counter(pages), not one of
 * Chromium's footer templates: those fill in Latin digits only and are drawn as a separate
 * document without this page's fonts, while a counter takes any counter style (devanagari)
 * and the page's own font. The layout stays a single flowing table, so a long name that
 * wraps simply makes its row taller instead of breaking a fixed rows-per-page count.
 */
export function signInSheetJob(model: SignInSheetModel): PdfJob {
  const { signInSheet: strings, pageOf } = printStrings(model.language);
  return {
    html: printDocument({
      language: model.language,
      title: fillTemplate(model.kind === 'invitations' ? strings.invitationsDocumentTitle : strings.documentTitle, { event: model.eventTitle }),
      css: sheetCss(pageOfContent(pageOf, model.digits), footerEventLine(model)),
      bodyHtml: `${sheetHeader(model)}\n${sheetTable(model)}`,
    }),
    landscape: true,
    headerTemplate: '',
    footerTemplate: '',
    marginsMm: MARGINS_MM,
  };
}

function present(text: string | null): text is string {
  return text !== null && text.trim() !== '';
}

/** Printed at the foot of every page, so a loose page still says which event it belongs to. */
function footerEventLine(model: SignInSheetModel): string {
  return [model.eventTitle, model.dateText, model.sessionName].filter(present).join(' · ');
}

function sheetHeader(model: SignInSheetModel): string {
  const strings = printStrings(model.language).signInSheet;
  const logo = safeLogoDataUrl(model.logoDataUrl);
  const details = [
    present(model.dateText) ? fillTemplate(strings.date, { date: escapeHtml(model.dateText) }) : null,
    present(model.venue) ? fillTemplate(strings.venue, { venue: escapeHtml(model.venue) }) : null,
    present(model.sessionName) ? fillTemplate(strings.session, { session: escapeHtml(model.sessionName) }) : null,
  ].filter((detail) => detail !== null);
  return [
    '<header class="sheet-header">',
    logo === null ? '' : `<img class="logo" src="${escapeHtml(logo)}" alt="">`,
    '<div class="heading">',
    present(model.organisationName) ? `<p class="organisation">${escapeHtml(model.organisationName)}</p>` : '',
    `<h1>${escapeHtml(model.kind === 'invitations' ? strings.invitationsTitle : strings.title)}</h1>`,
    present(model.eventTitle) ? `<p class="event">${escapeHtml(model.eventTitle)}</p>` : '',
    details.length === 0 ? '' : `<p class="details">${details.map((detail) => `<span>${detail}</span>`).join('')}</p>`,
    '</div>',
    '</header>',
  ].join('\n');
}

function sheetTable(model: SignInSheetModel): string {
  const columns = printStrings(model.language).signInSheet.columns;
  const named = model.rows.map((row, index) => tableRow(index + 1, row, model.digits));
  const blank = Array.from({ length: Math.max(0, Math.floor(model.blankRows)) }, (_, index) =>
    tableRow(model.rows.length + index + 1, { name: '', designation: '', unit: '' }, model.digits),
  );
  return [
    '<table class="sheet">',
    '<colgroup><col class="number"><col class="name"><col class="designation"><col class="unit"><col class="signature"></colgroup>',
    '<thead><tr>',
    `<th class="number">${escapeHtml(columns.number)}</th>`,
    `<th>${escapeHtml(columns.name)}</th>`,
    `<th>${escapeHtml(columns.designation)}</th>`,
    `<th>${escapeHtml(columns.unit)}</th>`,
    `<th>${escapeHtml(columns.signature)}</th>`,
    '</tr></thead>',
    '<tbody>',
    ...named,
    ...blank,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function tableRow(number: number, row: { name: string; designation: string; unit: string }, digits: PrintDigits): string {
  return (
    `<tr><td class="number">${withDigits(String(number), digits)}</td>` +
    `<td class="name">${escapeHtml(row.name)}</td>` +
    `<td>${escapeHtml(row.designation)}</td>` +
    `<td>${escapeHtml(row.unit)}</td>` +
    '<td class="signature"></td></tr>'
  );
}

function sheetCss(pageOf: string, eventLine: string): string {
  const marginBoxFont = `font-family: '${PRINT_FONT_FAMILY}', sans-serif; font-size: 8.5pt; color: #444;`;
  return `
@page {
  @bottom-left { content: ${cssString(eventLine)}; ${marginBoxFont} vertical-align: middle; }
  @bottom-right { content: ${pageOf}; ${marginBoxFont} vertical-align: middle; }
}
body { font-size: 11pt; }
.sheet-header { display: grid; grid-template-columns: 40mm 1fr 40mm; align-items: center; margin-bottom: 5mm; }
.sheet-header .logo { grid-column: 1; height: 20mm; width: auto; max-width: 40mm; object-fit: contain; }
/* The heading keeps the middle column, so it stays centred on the page with or without a logo. */
.heading { grid-column: 2; text-align: center; }
.heading p, .heading h1 { margin: 0; }
.organisation { font-size: 13pt; font-weight: 700; }
h1 { font-size: 18pt; font-weight: 700; margin: 1mm 0; letter-spacing: 0.02em; }
.event { font-size: 13pt; }
.details { font-size: 10.5pt; color: #333; margin-top: 1mm; }
.details span + span::before { content: "   |   "; white-space: pre; color: #888; }
table.sheet { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.number { width: 15mm; }
col.name { width: 62mm; }
col.designation { width: 45mm; }
col.unit { width: 50mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { font-weight: 700; font-size: 11pt; background: #ececec; padding: 1.5mm 2mm; text-align: left; }
th, td { border: 0.3mm solid #333; }
td { height: 11mm; padding: 1mm 2mm; vertical-align: middle; overflow-wrap: anywhere; line-height: 1.3; }
td.number, th.number { text-align: center; }
td.name { font-size: 12pt; }
`;
}

import {
  safeReportLink,
  type DataBlockAttrs,
  type ReportBlock,
  type ReportDoc,
  type ReportInline,
  type ReportListItem,
  type ReportMark,
  type ReportTableCell,
  type ReportTableRow,
  type ReportText,
  type SignatureAttrs,
} from '../../contract/report-document.js';
import { escapeHtml } from '../../print/escape-html.js';
import { signatureRun } from '../signature-run.js';
import { counterStyle, type PrintDigits } from '../../print/print-digits.js';

/**
 * The report body as HTML for the print page. Every text and attribute value passes through
 * escapeHtml, so whatever a secretary typed or pasted prints as the characters it is.
 *
 * Digits: like the sign-in sheet, which converts only the row numbers it counts itself, the
 * template converts only numbers it generates, here the markers of numbered lists (a CSS
 * counter style). Everything in the model, data-block cells included, is printed as it stands:
 * the core writes generated text such as the data-block snapshot in the chosen digits already,
 * and text the secretary typed keeps the digits she typed.
 */
export function reportBodyHtml(doc: ReportDoc, digits: PrintDigits): string {
  return blocksHtml(doc.content, digits);
}

function blocksHtml(blocks: readonly ReportBlock[], digits: PrintDigits): string {
  const parts: string[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as ReportBlock;
    const run = signatureRun(blocks, index);
    if (run.length > 1) {
      // Signatures that follow one another (the secretary's and the chair's) stand side by side, as minutes are signed.
      parts.push(`<div class="signatures">\n${run.map(signatureHtml).join('\n')}\n</div>`);
      index += run.length - 1;
    } else {
      parts.push(blockHtml(block, digits));
    }
  }
  return parts.join('\n');
}


function blockHtml(block: ReportBlock, digits: PrintDigits): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${paragraphContent(block.content)}</p>`;
    case 'heading': {
      const tag = `h${headingLevel(block.attrs.level)}`;
      return `<${tag}>${inlineHtml(block.content)}</${tag}>`;
    }
    case 'bulletList':
      return `<ul>\n${listItemsHtml(block.content, digits)}\n</ul>`;
    case 'orderedList':
      return `<ol${listStartAttribute(block.attrs?.start)} style="list-style-type: ${counterStyle(digits)}">\n${listItemsHtml(block.content, digits)}\n</ol>`;
    case 'blockquote':
      return `<blockquote>\n${blocksHtml(block.content, digits)}\n</blockquote>`;
    case 'horizontalRule':
      return '<hr>';
    case 'table':
      return tableHtml(block.content, digits);
    case 'dataBlock':
      return dataBlockHtml(block.attrs);
    case 'signatureBlock':
      return signatureHtml(block.attrs);
    default:
      // The model is validated at the boundary; a node type added there later prints nothing here rather than something unescaped.
      return '';
  }
}

function headingLevel(level: number): 1 | 2 | 3 {
  return level === 1 || level === 2 ? level : 3;
}

/** An empty paragraph is a blank line in the editor, so it keeps a line's height on paper too. */
function paragraphContent(content: ReportInline[] | undefined): string {
  const html = inlineHtml(content);
  return html === '' ? '<br>' : html;
}

function listItemsHtml(items: readonly ReportListItem[], digits: PrintDigits): string {
  return items.map((item) => `<li>${blocksHtml(item.content, digits)}</li>`).join('\n');
}

function listStartAttribute(start: number | undefined): string {
  return start !== undefined && Number.isSafeInteger(start) && start >= 0 && start !== 1 ? ` start="${start}"` : '';
}

function inlineHtml(content: readonly ReportInline[] | undefined): string {
  return (content ?? []).map((inline) => (inline.type === 'text' ? textHtml(inline) : '<br>')).join('');
}

const MARK_ELEMENTS = [
  ['strike', 's'],
  ['underline', 'u'],
  ['italic', 'em'],
  ['bold', 'strong'],
] as const;

type LinkMark = Extract<ReportMark, { type: 'link' }>;

function textHtml(text: ReportText): string {
  const marks = text.marks ?? [];
  let html = escapeHtml(text.text);
  for (const [type, element] of MARK_ELEMENTS) {
    if (marks.some((mark) => mark.type === type)) html = `<${element}>${html}</${element}>`;
  }
  const link = marks.find((mark): mark is LinkMark => mark.type === 'link');
  const href = link === undefined ? null : safeReportLink(link.attrs.href);
  return href === null ? html : `<a href="${escapeHtml(href)}">${html}</a>`;
}

/** Leading rows made only of header cells go into <thead>, which Chromium repeats on every page. */
function tableHtml(rows: readonly ReportTableRow[], digits: PrintDigits): string {
  const headerRowCount = rows.findIndex((row) => row.content.some((cell) => cell.type !== 'tableHeader'));
  const headRows = headerRowCount === -1 ? rows : rows.slice(0, headerRowCount);
  const bodyRows = headerRowCount === -1 ? [] : rows.slice(headerRowCount);
  const rowsHtml = (list: readonly ReportTableRow[]) => list.map((row) => `<tr>${row.content.map((cell) => tableCellHtml(cell, digits)).join('')}</tr>`).join('\n');
  return [
    '<table class="report-table">',
    headRows.length === 0 ? '' : `<thead>\n${rowsHtml(headRows)}\n</thead>`,
    bodyRows.length === 0 ? '' : `<tbody>\n${rowsHtml(bodyRows)}\n</tbody>`,
    '</table>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function tableCellHtml(cell: ReportTableCell, digits: PrintDigits): string {
  const element = cell.type === 'tableHeader' ? 'th' : 'td';
  const spans = `${spanAttribute('colspan', cell.attrs?.colspan)}${spanAttribute('rowspan', cell.attrs?.rowspan)}`;
  return `<${element}${spans}>${blocksHtml(cell.content, digits)}</${element}>`;
}

function spanAttribute(name: 'colspan' | 'rowspan', span: number | undefined): string {
  return span !== undefined && Number.isSafeInteger(span) && span > 1 && span <= 50 ? ` ${name}="${span}"` : '';
}

/**
 * A data block prints as a table whose column headings repeat on every page. Without rows it
 * prints its emptyText; when that too is blank, the print CSS supplies the locale's wording.
 */
function dataBlockHtml(attrs: DataBlockAttrs): string {
  const columnCount = attrs.columns.length;
  const cells = (row: readonly string[]) =>
    Array.from({ length: columnCount }, (_, index) => `<td>${escapeHtml(row[index] ?? '')}</td>`).join('');
  const body =
    attrs.rows.length === 0
      ? `<tr><td class="data-empty" colspan="${columnCount}">${escapeHtml(attrs.emptyText.trim())}</td></tr>`
      : attrs.rows.map((row) => `<tr>${cells(row)}</tr>`).join('\n');
  return [
    '<table class="data-block">',
    present(attrs.caption) ? `<caption>${escapeHtml(attrs.caption.trim())}</caption>` : '',
    `<thead><tr>${attrs.columns.map((column) => `<th>${escapeHtml(column)}</th>`).join('')}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/**
 * The signature sits on the right: the name in parentheses with the designation under it.
 * Place and date go on the left; their labels ("स्थान:", "दिनांक:") come from the print CSS,
 * which knows the language. Empty parts are left out, so no empty brackets or labels print.
 */
function signatureHtml(attrs: SignatureAttrs): string {
  const where = [
    present(attrs.place) ? `<p class="signature-place">${escapeHtml(attrs.place.trim())}</p>` : '',
    present(attrs.date) ? `<p class="signature-date">${escapeHtml(attrs.date.trim())}</p>` : '',
  ].join('');
  const who = [
    present(attrs.name) ? `<p class="signature-name">(${escapeHtml(attrs.name.trim())})</p>` : '',
    present(attrs.designation) ? `<p class="signature-designation">${escapeHtml(attrs.designation.trim())}</p>` : '',
  ].join('');
  if (where === '' && who === '') return '';
  return [
    '<div class="signature">',
    where === '' ? '' : `<div class="signature-where">${where}</div>`,
    who === '' ? '' : `<div class="signature-who">${who}</div>`,
    '</div>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function present(text: string): boolean {
  return text.trim() !== '';
}

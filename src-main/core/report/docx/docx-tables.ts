import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType, type ITableBordersOptions } from 'docx';
import type { DataBlockAttrs, ReportBlock, ReportTableRow } from '../../contract/report-document.js';
import type { BlockContext, BodyElement } from './docx-blocks.js';
import { plainRun } from './docx-runs.js';

export type BlockConverter = (blocks: readonly ReportBlock[], context: BlockContext) => BodyElement[];

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS: ITableBordersOptions = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const FULL_WIDTH = { size: 100, type: WidthType.PERCENTAGE };
const CELL_SPACING = { before: 0, after: 0 };

/**
 * The first row of every table is marked as its header, so Word and LibreOffice repeat it at the
 * top of each page a long table runs onto. Tables with no cells at all are left out, because Word
 * cannot open a table without rows.
 *
 * No row is marked "can't split" (w:cantSplit), though that would keep a row of several lines
 * whole on one page. LibreOffice (7.4, as Debian 12 ships it) cannot lay out such a table when a
 * page break falls within about half a point of where its header and the next row just fit: it
 * gives up on the rest of the table, and every row after the break is missing from the page and
 * from its PDF, though the rows are in the file. Marking only the header row still loses them.
 * A row that continues on the next page, under the repeated header, is a small blemish; an
 * attendance table that silently drops its "कुल" row is a wrong report.
 */
function borderedTable(rows: TableRow[]): Table[] {
  return rows.length === 0 ? [] : [new Table({ rows, width: FULL_WIDTH, borders: BORDERS, margins: CELL_MARGINS })];
}

/** A table the secretary drew in the editor; its cells hold blocks, and header cells are bold. */
export function reportTable(rows: readonly ReportTableRow[], context: BlockContext, convert: BlockConverter): Table[] {
  const cellContext: BlockContext = { ...context, quoted: false, quoteIndentTwips: 0, listLevel: 0 };
  const docxRows = rows
    .filter((row) => row.content.length > 0)
    .map(
      (row, index) =>
        new TableRow({
          tableHeader: index === 0,
          children: row.content.map((cell) => {
            const emphasis = cell.type === 'tableHeader' ? { ...context.emphasis, bold: true } : context.emphasis;
            const children = convert(cell.content, { ...cellContext, emphasis });
            return new TableCell({
              children: children.length > 0 ? children : [new Paragraph({ spacing: CELL_SPACING })],
              ...(cell.attrs?.colspan !== undefined && cell.attrs.colspan > 1 ? { columnSpan: cell.attrs.colspan } : {}),
              ...(cell.attrs?.rowspan !== undefined && cell.attrs.rowspan > 1 ? { rowSpan: cell.attrs.rowspan } : {}),
            });
          }),
        }),
    );
  return borderedTable(docxRows);
}

/**
 * A data block: its caption above, then the snapshot's columns as the repeated header row and
 * its rows; when the snapshot has no rows, its "nothing here" text spans the table instead.
 */
export function dataBlockTable(block: DataBlockAttrs, context: BlockContext): BodyElement[] {
  const width = block.rows.reduce((widest, row) => Math.max(widest, row.length), block.columns.length);
  const padded = (cells: readonly string[]): string[] => Array.from({ length: width }, (_, index) => cells[index] ?? '');
  const textCell = (text: string, bold: boolean, columnSpan = 1): TableCell =>
    new TableCell({
      children: [new Paragraph({ spacing: CELL_SPACING, children: text === '' ? [] : [plainRun(text, context.look, { ...context.emphasis, bold: bold || context.emphasis.bold === true })] })],
      ...(columnSpan > 1 ? { columnSpan } : {}),
    });
  const header = new TableRow({ tableHeader: true, children: padded(block.columns).map((column) => textCell(column, true)) });
  const body =
    block.rows.length > 0
      ? block.rows.map((row) => new TableRow({ children: padded(row).map((cell) => textCell(cell, false)) }))
      : block.emptyText.trim() === ''
        ? []
        : [new TableRow({ children: [textCell(block.emptyText, false, width)] })];
  const caption = block.caption.trim() === '' ? [] : [new Paragraph({ keepNext: true, spacing: { before: 120, after: 80 }, children: [plainRun(block.caption, context.look, { ...context.emphasis, bold: true })] })];
  return [...caption, ...borderedTable([header, ...body])];
}

/** Signatures side by side: one borderless row, a cell each, so Word and LibreOffice keep them on one line. */
export function signatureRow(cells: readonly Paragraph[][]): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders: ITableBordersOptions = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  return new Table({
    width: FULL_WIDTH,
    borders,
    rows: [
      // Not marked can't-split: LibreOffice drops such rows at a page's foot (see borderedTable).
      new TableRow({
        children: cells.map((children) => new TableCell({ borders, width: { size: Math.floor(100 / cells.length), type: WidthType.PERCENTAGE }, children: children.length === 0 ? [new Paragraph('')] : [...children] })),
      }),
    ],
  });
}

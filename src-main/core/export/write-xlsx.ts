import ExcelJS from 'exceljs';
import type { Table } from './feedback-table.js';

const TEXT_COLUMN_MIN_WIDTH = 10;
const TEXT_COLUMN_MAX_WIDTH = 60;

/**
 * An Excel workbook with one sheet: a bold, frozen header row, numbers as numbers, dates as
 * real dates shown as 17.04.2024 (with the time, 17.04.2024 10:05, when they have one), and every text as a text cell (never a formula, whatever
 * it starts with).
 */
export async function tableToXlsx(table: Table, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sachiv';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);

  sheet.columns.forEach((column, index) => {
    const lengths = [table.header[index] ?? '', ...table.rows.map((row) => row[index])].map((value) => displayLength(value));
    column.width = Math.min(TEXT_COLUMN_MAX_WIDTH, Math.max(TEXT_COLUMN_MIN_WIDTH, ...lengths) + 2);
    column.alignment = { vertical: 'top', wrapText: true };
  });
  table.rows.forEach((row, rowIndex) => {
    row.forEach((value, columnIndex) => {
      if (value instanceof Date) sheet.getCell(rowIndex + 2, columnIndex + 1).numFmt = hasTimeOfDay(value) ? 'dd.mm.yyyy hh:mm' : 'dd.mm.yyyy';
    });
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Cells hold wall-clock values as UTC (see Table), so a day alone is UTC midnight. */
export function hasTimeOfDay(value: Date): boolean {
  return value.getUTCHours() !== 0 || value.getUTCMinutes() !== 0 || value.getUTCSeconds() !== 0;
}

function displayLength(value: unknown): number {
  if (value instanceof Date) return hasTimeOfDay(value) ? 16 : 10;
  return [...String(value ?? '')].length;
}

import Papa from 'papaparse';
import type { Cell, Table } from './feedback-table.js';
import { neutraliseFormula } from './spreadsheet-safety.js';
import { hasTimeOfDay } from './write-xlsx.js';

const UTF8_BOM = '\uFEFF';

/**
 * CSV as Excel opens it correctly: UTF-8 with a byte-order mark (without it Excel shows Hindi
 * as mojibake), CRLF line ends, numbers unquoted, dates as 2024-04-17 or 2024-04-17 10:05 (which every spreadsheet
 * reads as a date), and text that could start a formula neutralised.
 */
export function tableToCsv(table: Table): Buffer {
  const rows = [table.header.map(neutraliseFormula), ...table.rows.map((row) => row.map(csvCell))];
  return Buffer.from(UTF8_BOM + Papa.unparse(rows, { newline: '\r\n', quotes: false }) + '\r\n', 'utf8');
}

function csvCell(value: Cell): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  if (value instanceof Date) return hasTimeOfDay(value) ? value.toISOString().slice(0, 16).replace('T', ' ') : value.toISOString().slice(0, 10);
  return neutraliseFormula(value);
}

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { pdfPageCount } from '../../src-main/core/print/pdf-page-count.js';
import type { PdfJob, Printer } from '../../src-main/core/print/printer.js';
import { pageCount } from './poppler.js';

/** Prints a job into `dir/<name>.pdf` and checks that our own page count agrees with poppler's. */
export async function printToFile(printer: Printer, job: PdfJob, dir: string, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  const pdf = await printer.printToPdf(job);
  await writeFile(file, pdf);
  expect(pdfPageCount(pdf), `page count of ${name}`).toBe(await pageCount(file));
  return file;
}

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportBlock, ReportDoc } from '../src-main/core/contract/index.js';
import { pdfPageCount } from '../src-main/core/print/pdf-page-count.js';
import { printStrings } from '../src-main/core/print/print-strings.js';
import { reportDocx } from '../src-main/core/report/docx/report-docx.js';
import { reportPrintJob, type ReportPrintInput } from '../src-main/core/report/print/report-print-job.js';
import { openChromiumPrinter } from '../tests/support/chromium-printer.js';
import { convertWithLibreOffice } from '../tests/support/libreoffice.js';
import { percentile, report, timed } from './report.js';

const ROUNDS = 5;
const BASELINE_ROUNDS = 3;

const SENTENCES = [
  'कार्यशाला की अध्यक्षता ज़िलाधिकारी श्री रमेश चंद्र ने की।',
  'मुख्य अतिथि के रूप में कुलपति डॉ. अनीता सिंह उपस्थित रहीं और उन्होंने राजभाषा के प्रयोग पर विस्तार से प्रकाश डाला।',
  'प्रतिभागियों ने टिप्पण, आलेखन और पत्राचार में हिंदी के प्रयोग से जुड़ी व्यावहारिक कठिनाइयों पर चर्चा की।',
  'संकल्प संख्या 21-एनक्यू/टीडब्ल्यू, दिनांक 16 जून 2022 के अनुरूप कार्य-योजना बनाने का प्रस्ताव रखा गया।',
];

/** A report of about twenty A4 pages: headings, long paragraphs, a list and a data block of 150 rows. */
export function twentyPageReport(): ReportDoc {
  const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const content: ReportBlock[] = [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'राजभाषा कार्यशाला का प्रतिवेदन' }] }];
  for (let section = 1; section <= 14; section += 1) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `खंड ${section}: सत्र का विवरण` }] });
    for (let index = 0; index < 6; index += 1) content.push(paragraph(Array.from({ length: 4 }, (_, at) => SENTENCES[(index + at) % SENTENCES.length]).join(' ')));
    content.push({ type: 'bulletList', content: SENTENCES.map((text) => ({ type: 'listItem', content: [paragraph(text)] })) });
  }
  content.push({
    type: 'dataBlock',
    attrs: {
      source: 'presentMembers',
      caption: 'उपस्थित सदस्य',
      columns: ['क्रमांक', 'नाम', 'पद', 'इकाई'],
      rows: Array.from({ length: 150 }, (_, index) => [String(index + 1), `सदस्य ${index + 1} शर्मा`, 'अनुभाग अधिकारी', 'ज़िला कार्यालय']),
      emptyText: '',
      refreshedAt: '2024-04-18T10:00:00.000Z',
    },
  });
  content.push({ type: 'signatureBlock', attrs: { name: 'सुनीता वर्मा', designation: 'सचिव', place: 'भोपाल', date: '18 अप्रैल 2024' } });
  return { type: 'doc', content };
}

/**
 * The report outputs: our PDF (model → HTML → Chromium, as the app prints) and DOCX, and in the
 * same run LibreOffice turning that DOCX into a PDF, the way a secretary would otherwise do it.
 */
export async function benchReportOutput(): Promise<boolean> {
  const input: ReportPrintInput = {
    doc: twentyPageReport(),
    title: 'राजभाषा कार्यशाला का प्रतिवेदन',
    organisationName: 'ज़िला राजभाषा कार्यान्वयन समिति',
    language: 'hi',
    digits: 'latin',
  };
  const printer = await openChromiumPrinter();
  const dir = await mkdtemp(join(tmpdir(), 'sachiv-bench-report-'));
  try {
    // The first job starts Chromium's renderer; the app keeps its print window engine warm the same way.
    const pages = pdfPageCount(await printer.printToPdf(reportPrintJob(input)));
    const pdfTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) pdfTimes.push((await timed(() => printer.printToPdf(reportPrintJob(input)))).ms);
    const docxTimes: number[] = [];
    let docx: Uint8Array = new Uint8Array();
    for (let round = 0; round < ROUNDS; round += 1) {
      const run = await timed(() => reportDocx({ ...input, fontName: 'Noto Sans Devanagari', pageFooterTemplate: printStrings('hi').pageOf }));
      docxTimes.push(run.ms);
      docx = run.value;
    }
    const docxPath = join(dir, 'report.docx');
    await writeFile(docxPath, docx);
    const baselineTimes: number[] = [];
    for (let round = 0; round < BASELINE_ROUNDS; round += 1) {
      baselineTimes.push((await timed(() => convertWithLibreOffice(docxPath, join(dir, `lo-${round}`)))).ms);
    }
    const pdfMs = percentile(pdfTimes, 0.5);
    const baselineMs = percentile(baselineTimes, 0.5);
    return [
      report('report pages (the 20-page Hindi report)', pages, 'pages'),
      report('report to PDF, median (20-page Hindi report)', Math.round(pdfMs), 'ms', { op: '<=', limit: 800 }),
      report('report to DOCX, median (20-page Hindi report)', Math.round(percentile(docxTimes, 0.5)), 'ms'),
      report('LibreOffice DOCX to PDF, median (baseline)', Math.round(baselineMs), 'ms'),
      report('report PDF speed-up over LibreOffice', baselineMs / pdfMs, 'x', { op: '>=', limit: 2 }),
    ].every(Boolean);
  } finally {
    await printer.close();
    await rm(dir, { recursive: true, force: true });
  }
}

import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificatesJob, type CertificatesModel } from '../../../src-main/core/print/certificates.js';
import { printDocument } from '../../../src-main/core/print/print-document.js';
import type { PdfJob } from '../../../src-main/core/print/printer.js';
import { signInSheetJob, type SignInSheetModel } from '../../../src-main/core/print/sign-in-sheet.js';
import { openChromiumPrinter } from '../../support/chromium-printer.js';
import { fonts, pageCount, textLines, withoutGuessedSpaces } from '../../support/poppler.js';
import { printToFile as printJobToFile } from '../../support/print-to-file.js';
import { makeTempDir } from '../../support/temp-dir.js';


/** Hindi names that exercise conjuncts, reph, nukta (typed as ज + ़) and markup characters. */
const SPECIAL_NAMES = [
  'प्रतिवेदन',
  'श्रीमती कृष्णा शर्मा',
  'धर्मेंद्र त्रिपाठी',
  'क्षितिज ज्ञानेश्वर',
  'ज़ाकिर हुसैन',
  'फ़ातिमा बेग़म',
  'श्री द्वारका प्रसाद',
  'अर्जुन सिंह',
  'Ramesh Kumar',
  '<b>&"x"</b>',
];
const GIVEN = ['सुनीता', 'राजेन्द्र', 'कमला', 'विनोद', 'पुष्पा', 'हरिश्चंद्र', 'लक्ष्मी', 'दुर्गेश', 'सरोज', 'ग़ुलाम'];
const FAMILY = ['वर्मा', 'चौहान', 'त्रिवेदी', 'पाण्डेय', 'मिश्र'];
const NAMES = [...SPECIAL_NAMES, ...GIVEN.flatMap((given) => FAMILY.map((family) => `${given} ${family}`))];

const sheet: SignInSheetModel = {
  language: 'hi',
  digits: 'devanagari',
  organisationName: 'मध्य प्रदेश राज्य सहकारी संघ',
  logoDataUrl: `data:image/png;base64,${emblemPng().toString('base64')}`,
  eventTitle: 'प्रांतीय प्रशिक्षण कार्यशाला',
  dateText: '12 मार्च 2026',
  venue: 'सहकारिता भवन, भोपाल',
  sessionName: 'प्रथम सत्र',
  rows: NAMES.map((name, index) => ({ name, designation: index % 4 === 0 ? 'ज़िला अध्यक्ष' : 'सदस्य', unit: index % 3 === 0 ? 'सीहोर इकाई' : 'भोपाल इकाई' })),
  blankRows: 10,
};

/**
 * 70 rows of 11 mm: 13 fit under the heading on the first page of A4 landscape, 15 on each
 * later page, so the sheet takes 5 pages (13 + 15 + 15 + 15 + 12).
 */
const SHEET_PAGES = 5;

let printer: Awaited<ReturnType<typeof openChromiumPrinter>>;
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  printer = await openChromiumPrinter();
  temp = await makeTempDir('sachiv-print-');
});
afterAll(async () => {
  await printer?.close();
  await temp?.cleanup();
});

const printToFile = (job: PdfJob, name: string) => printJobToFile(printer, job, temp.dir, name);

describe('sign-in sheet PDF', () => {
  let file: string;
  beforeAll(async () => {
    file = await printToFile(signInSheetJob(sheet), 'sign-in-sheet');
  });

  it('has the expected number of pages for 60 names and 10 blank rows', async () => {
    expect(await pageCount(file)).toBe(SHEET_PAGES);
  });

  it('gives back every name exactly as entered, once, in logical order', async () => {
    const lines = await textLines(file);
    for (const name of NAMES) expect(lines.filter((line) => line === withoutGuessedSpaces(name)), name).toHaveLength(1);
  });

  it('repeats the column headings and numbers each page in Devanagari digits', async () => {
    const devanagari = (n: number) => String(n).replace(/\d/g, (digit) => String.fromCodePoint(0x0966 + Number(digit)));
    for (let page = 1; page <= SHEET_PAGES; page += 1) {
      const lines = await textLines(file, page);
      expect(lines, `page ${page}`).toEqual(expect.arrayContaining(['क्रमांक', 'नाम', 'पद', 'इकाई', 'हस्ताक्षर']));
      expect(lines, `page ${page}`).toContain(`पृष्ठ ${devanagari(page)} / ${devanagari(SHEET_PAGES)}`);
    }
    // Row numbers run on across pages: the last blank row is number 70.
    expect(await textLines(file, SHEET_PAGES)).toContain('७०');
  });

  it('embeds the bundled Noto Sans Devanagari (regular and bold) and no Type 3 or other font', async () => {
    const list = await fonts(file);
    expect(list.length).toBeGreaterThan(0);
    for (const font of list) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansDevanagari-(Regular|Bold)$/);
      expect(font.type).not.toBe('Type 3');
      expect(font.embedded).toBe('yes');
    }
    expect(list.some((font) => font.name.endsWith('-Bold'))).toBe(true);
  });

  it('numbers pages in Latin digits when the setting says so', async () => {
    const latin = await printToFile(signInSheetJob({ ...sheet, digits: 'latin' }), 'sign-in-sheet-latin');
    expect(await textLines(latin, 1)).toContain(`पृष्ठ 1 / ${SHEET_PAGES}`);
    expect(await textLines(latin, SHEET_PAGES)).toContain('70');
  });

  it('keeps numbering rows and pages right over many pages', async () => {
    const long = await printToFile(signInSheetJob({ ...sheet, digits: 'latin', blankRows: 600 }), 'sign-in-sheet-long');
    const pages = await pageCount(long);
    expect(pages).toBeGreaterThan(40);
    expect(await textLines(long, pages)).toContain(`पृष्ठ ${pages} / ${pages}`);
    expect(await textLines(long, pages)).toContain('660');
  });

  it('prints in English with English headings', async () => {
    const english = await printToFile(signInSheetJob({ ...sheet, language: 'en', digits: 'latin', rows: sheet.rows.slice(0, 3), blankRows: 2 }), 'sign-in-sheet-en');
    const lines = await textLines(english);
    expect(lines).toEqual(expect.arrayContaining(['Sign-in sheet', 'No.', 'Name', 'Designation', 'Unit', 'Signature', 'Page 1 of 1']));
    expect(await pageCount(english)).toBe(1);
  });
});

describe('certificates PDF', () => {
  const model: CertificatesModel = {
    language: 'hi',
    digits: 'devanagari',
    organisationName: 'मध्य प्रदेश राज्य सहकारी संघ',
    logoDataUrl: sheet.logoDataUrl,
    eventTitle: 'प्रांतीय प्रशिक्षण कार्यशाला',
    dateText: '12 मार्च 2026',
    venue: 'सहकारिता भवन, भोपाल',
    signatoryTitle: 'सचिव',
    participants: [
      { name: 'श्रीमती कृष्णा शर्मा', designation: 'ज़िला अध्यक्ष', unit: 'सीहोर इकाई' },
      { name: 'धर्मेंद्र त्रिपाठी', designation: '', unit: 'भोपाल इकाई' },
      { name: '<b>&"x"</b>', designation: 'सदस्य', unit: '' },
    ],
  };
  let file: string;
  beforeAll(async () => {
    file = await printToFile(certificatesJob(model), 'certificates');
  });

  it('prints one page per participant, each with only its own name', async () => {
    expect(await pageCount(file)).toBe(3);
    for (const [index, participant] of model.participants.entries()) {
      const page = (await textLines(file, index + 1)).join(' ');
      for (const other of model.participants) {
        if (other === participant) expect(page).toContain(withoutGuessedSpaces(other.name));
        else expect(page).not.toContain(withoutGuessedSpaces(other.name));
      }
    }
  });

  it('reads as a whole sentence, without empty parts, with title, signatory and date', async () => {
    const pages = await Promise.all([1, 2, 3].map(async (page) => (await textLines(file, page)).join(' ')));
    expect(pages[1]).toContain('प्रमाणित किया जाता है कि धर्मेंद्र त्रिपाठी, भोपाल इकाई ने 12 मार्च 2026 को सहकारिता भवन, भोपाल में आयोजित «प्रांतीय प्रशिक्षण कार्यशाला» में भाग लिया।');
    expect(pages[2]).toContain('प्रमाणित किया जाता है कि <b>&"x"</b>, सदस्य ने');
    for (const page of pages) {
      expect(page).toContain('प्रमाण-पत्र');
      expect(page).toContain('मध्य प्रदेश राज्य सहकारी संघ');
      expect(page).toContain('सचिव');
      expect(page).toContain('दिनांक: 12 मार्च 2026');
      expect(page).not.toMatch(/, ,|,\s+ने|undefined|null/);
    }
  });

  it('embeds only the bundled font, with no Type 3 font', async () => {
    for (const font of await fonts(file)) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansDevanagari-(Regular|Bold)$/);
      expect(font.type).not.toBe('Type 3');
    }
  });
});

describe('Chromium header and footer templates', () => {
  it('fills page numbers in a footer template and draws nothing where no header was given', async () => {
    const job: PdfJob = {
      html: printDocument({ language: 'hi', title: 'परीक्षण', css: 'section { break-after: page; }', bodyHtml: '<section>एक</section><section>दो</section><section>तीन</section>' }),
      landscape: false,
      headerTemplate: '',
      footerTemplate: '<div style="font-size: 10px; width: 100%; text-align: center">[<span class="pageNumber"></span>/<span class="totalPages"></span>]</div>',
      marginsMm: { top: 15, bottom: 15, left: 15, right: 15 },
    };
    const file = await printToFile(job, 'footer-template');
    expect(await pageCount(file)).toBe(3);
    const page = await textLines(file, 2);
    expect(page).toEqual(['दो', '[2/3]']);
  });
});

/** A small round emblem as a real PNG file, so the logo is printed as the app would print it. */
function emblemPng(size = 96): Buffer {
  const rows: Buffer[] = [];
  const centre = (size - 1) / 2;
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x - centre, y - centre) / centre;
      const colour = distance > 1 ? [0, 0, 0, 0] : distance > 0.8 ? [200, 110, 20, 255] : distance > 0.7 ? [255, 255, 255, 255] : [30, 100, 60, 255];
      row.set(colour, 1 + x * 4);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

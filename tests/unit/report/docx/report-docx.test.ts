import { beforeAll, describe, expect, it } from 'vitest';
import { reportDocx } from '../../../../src-main/core/report/docx/report-docx.js';
import { attributesOf, paragraphsOf, readDocxParts, runsOf, textOf, type DocxParts } from './docx-parts.js';
import { FONT, MEMBER_COLUMN, OPENING_SENTENCE, ORGANISATION, sampleInput } from './sample-report.js';

function expectHindiRuns(xml: string, language: string, font = FONT): number {
  const runs = runsOf(xml);
  for (const run of runs) {
    expect(attributesOf(run, 'w:rFonts'), run).toEqual({ 'w:ascii': font, 'w:hAnsi': font, 'w:cs': font, 'w:eastAsia': font });
    expect(attributesOf(run, 'w:lang'), run).toEqual({ 'w:val': language, 'w:bidi': 'hi-IN' });
  }
  return runs.length;
}

function tablesOf(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
}

describe('reportDocx: the Word file itself', () => {
  let parts: DocxParts;
  beforeAll(async () => {
    parts = await readDocxParts(await reportDocx(sampleInput()));
  });

  it('declares the font for every script and Hindi as the complex-script language on every run, header and footer included', () => {
    expect(expectHindiRuns(parts.document, 'hi-IN')).toBeGreaterThan(30);
    expect(parts.headers).toHaveLength(1);
    expect(parts.footers).toHaveLength(1);
    expect(expectHindiRuns(parts.headers.join(''), 'hi-IN')).toBeGreaterThan(0);
    expect(expectHindiRuns(parts.footers.join(''), 'hi-IN')).toBeGreaterThan(4);
  });

  it('still shapes Hindi in an English report with another font: the runs say en-IN, with hi-IN for complex script', async () => {
    const english = await readDocxParts(await reportDocx(sampleInput({ language: 'en', fontName: 'Nirmala UI' })));
    expect(expectHindiRuns(english.document, 'en-IN', 'Nirmala UI')).toBeGreaterThan(30);
    expect(expectHindiRuns(english.footers.join(''), 'en-IN', 'Nirmala UI')).toBeGreaterThan(4);
  });

  it('writes the text as given, in order, with the title in the document properties', () => {
    const text = textOf(parts.document);
    expect(text).toContain(OPENING_SENTENCE);
    expect(text).toContain('“सहकारिता से ही समृद्धि आती है।”');
    expect(text).toContain('श्रीमती कृष्णा शर्मा');
    expect(text.indexOf('प्रांतीय प्रशिक्षण कार्यशाला का प्रतिवेदन')).toBeLessThan(text.indexOf(OPENING_SENTENCE));
    expect(parts.core).toContain('<dc:title>कार्यशाला प्रतिवेदन</dc:title>');
  });

  it('leaves out only the control character Word could not open', () => {
    expect(textOf(parts.document)).toContain(' काटा गया');
    expect(parts.document).not.toContain('\u0007');
  });

  it('lays out A4 portrait with 20 mm margins', () => {
    expect(attributesOf(parts.document, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' });
    expect(attributesOf(parts.document, 'w:pgMar')).toMatchObject({ 'w:top': '1134', 'w:right': '1134', 'w:bottom': '1134', 'w:left': '1134' });
  });

  it('makes headings real bold, for Devanagari too', () => {
    const headings = paragraphsOf(parts.document).filter((paragraph) => /<w:pStyle w:val="Heading[12]"\/>/.test(paragraph));
    expect(headings.map(textOf)).toEqual(['प्रांतीय प्रशिक्षण कार्यशाला का प्रतिवेदन', 'निर्णय']);
    for (const run of headings.flatMap(runsOf)) {
      expect(run).toContain('<w:b/>');
      expect(run).toContain('<w:bCs/>');
    }
  });

  it('keeps bold, italic, underline and strike marks on their runs', () => {
    const runFor = (text: string): string => runsOf(parts.document).find((run) => textOf(run) === text) ?? '';
    expect(runFor('मुख्य बात')).toMatch(/<w:b\/>[\s\S]*<w:i\/>/);
    expect(runFor(' रेखांकित')).toContain('<w:u w:val="single"/>');
    expect(runFor(' काटा गया')).toContain('<w:strike/>');
    expect(runFor(OPENING_SENTENCE)).not.toContain('<w:b/>');
  });

  it('links only web and e-mail addresses; any other link stays plain text', () => {
    const hyperlinks = [...parts.document.matchAll(/<w:hyperlink[^>]*>[\s\S]*?<\/w:hyperlink>/g)].map((match) => match[0]);
    expect(hyperlinks.map(textOf)).toEqual(['संघ की वेबसाइट']);
    expect(parts.relationships).toContain('Target="https://example.org/karyashala"');
    expect(parts.relationships).not.toContain('javascript');
    expect(textOf(parts.document)).toContain('छिपी कड़ी');
  });

  it('writes lists as Word numbering: bullets, decimals, nesting, and a list that starts at 3', () => {
    expect(parts.numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(parts.numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(parts.numbering).toContain('<w:start w:val="3"/>');
    const numbered = paragraphsOf(parts.document)
      .map((paragraph) => ({ text: textOf(paragraph), level: attributesOf(paragraph, 'w:ilvl')?.['w:val'], list: attributesOf(paragraph, 'w:numId')?.['w:val'] }))
      .filter((entry) => entry.list !== undefined);
    expect(numbered.map((entry) => [entry.text, entry.level])).toEqual([
      ['सदस्यता शुल्क यथावत रहेगा।', '0'],
      ['पहला उप-बिंदु', '1'],
      ['दूसरा उप-बिंदु', '1'],
      ['अगली बैठक भोपाल में होगी।', '0'],
      ['तीसरा निर्णय', '0'],
      ['चौथा निर्णय', '0'],
    ]);
    const indents = paragraphsOf(parts.document)
      .filter((paragraph) => paragraph.includes('<w:numPr>'))
      .map((paragraph) => attributesOf(paragraph, 'w:ind')?.['w:left']);
    expect(indents).toEqual(['567', '1134', '1134', '567', '567', '567']);
    const lists = numbered.map((entry) => entry.list);
    expect(new Set(lists).size).toBe(3);
    expect(lists[0]).toBe(lists[3]);
    expect(lists[4]).toBe(lists[5]);
  });

  it('gives every table borders and a repeated header row, data blocks with their caption above', () => {
    const tables = tablesOf(parts.document);
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(attributesOf(table, 'w:insideH')).toMatchObject({ 'w:val': 'single' });
      const [firstRow, secondRow] = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(secondRow).not.toContain('<w:tblHeader/>');
    }
    expect(textOf(tables[0] ?? '')).toBe('श्रेणीसंख्यापुरुष23कुल 23 प्रतिभागी');
    expect(tables[0]).toContain('<w:gridSpan w:val="2"/>');
    expect(textOf(tables[1] ?? '')).toBe(`क्रम${MEMBER_COLUMN}1श्रीमती कृष्णा शर्मा2धर्मेंद्र त्रिपाठी`);
    const beforeData = parts.document.slice(0, parts.document.indexOf(tables[1] ?? ''));
    expect(textOf(paragraphsOf(beforeData).at(-1) ?? '')).toBe('उपस्थित सदस्य');
  });

  it('merges cells down a table for rowspan, as the editor drew them', async () => {
    const cell = (text: string, rowspan?: number) => ({ type: 'tableCell' as const, ...(rowspan === undefined ? {} : { attrs: { rowspan } }), content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });
    const doc = {
      type: 'doc' as const,
      content: [{ type: 'table' as const, content: [{ type: 'tableRow' as const, content: [cell('भोपाल', 2), cell('12')] }, { type: 'tableRow' as const, content: [cell('14')] }] }],
    };
    const table = tablesOf((await readDocxParts(await reportDocx(sampleInput({ doc })))).document)[0] ?? '';
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
    expect(rows.map(textOf)).toEqual(['भोपाल12', '14']);
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[1]).toMatch(/<w:vMerge(?: w:val="continue")?\/>[\s\S]*14/);
  });

  it('says so in a data block without rows', () => {
    const empty = tablesOf(parts.document)[2] ?? '';
    expect(textOf(empty)).toBe(`क्रम${MEMBER_COLUMN}कोई सदस्य अनुपस्थित नहीं`);
  });

  it('right-aligns the signature: place, date, (name), designation', () => {
    const signature = paragraphsOf(parts.document).filter((paragraph) => paragraph.includes('<w:jc w:val="right"/>'));
    expect(signature.map(textOf)).toEqual(['स्थान: भोपाल', 'दिनांक: 12 मार्च 2026', '(राजेन्द्र वर्मा)', 'सचिव']);
  });

  it('leaves empty parts of a signature out', async () => {
    const doc = { type: 'doc' as const, content: [{ type: 'signatureBlock' as const, attrs: { name: 'राजेन्द्र वर्मा', designation: '', place: '', date: '' } }] };
    const signed = await readDocxParts(await reportDocx(sampleInput({ doc })));
    expect(paragraphsOf(signed.document).map(textOf)).toEqual(['(राजेन्द्र वर्मा)']);
  });

  it('sets the secretary’s and the chair’s signatures side by side, in one borderless row', async () => {
    const sign = (name: string, designation: string) => ({ type: 'signatureBlock' as const, attrs: { name, designation, place: '', date: '5 नवंबर 2024' } });
    const doc = { type: 'doc' as const, content: [sign('श्रीमती रेखा तिवारी', 'सदस्य सचिव'), sign('श्री मोहन लाल अहिरवार', 'अध्यक्ष')] };
    const signed = await readDocxParts(await reportDocx(sampleInput({ doc })));
    const [row, ...more] = tablesOf(signed.document);
    expect(more).toEqual([]);
    const cells = (row ?? '').split('</w:tc>').slice(0, 2).map((cell) => paragraphsOf(cell).map(textOf));
    expect(cells).toEqual([
      ['दिनांक: 5 नवंबर 2024', '(श्रीमती रेखा तिवारी)', 'सदस्य सचिव'],
      ['दिनांक: 5 नवंबर 2024', '(श्री मोहन लाल अहिरवार)', 'अध्यक्ष'],
    ]);
    expect(row).not.toMatch(/w:val="single"/);
  });

  it('puts the organisation in the header and PAGE / NUMPAGES fields in the footer', () => {
    expect(textOf(parts.headers.join(''))).toBe(ORGANISATION);
    const footer = parts.footers.join('');
    const instructions = [...footer.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((match) => match[1]?.trim());
    expect(instructions).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(footer)).toBe('पृष्ठ  / ');
  });
});

import type { ReportBlock, ReportDoc } from '../../../../src-main/core/contract/report-document.js';
import type { ReportDocxInput } from '../../../../src-main/core/report/docx/report-docx.js';

export const FONT = 'Noto Sans Devanagari';
export const ORGANISATION = 'मध्य प्रदेश राज्य सहकारी संघ';
export const OPENING_SENTENCE = 'कार्यशाला की अध्यक्षता प्रांतीय समिति ने की।';
export const MEMBER_COLUMN = 'सदस्य का नाम';

const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const item = (text: string, ...more: ReportBlock[]): { type: 'listItem'; content: ReportBlock[] } => ({ type: 'listItem', content: [paragraph(text), ...more] });

export const sampleDoc: ReportDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'प्रांतीय प्रशिक्षण कार्यशाला का प्रतिवेदन' }] },
    paragraph(OPENING_SENTENCE),
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'विवरण ' },
        { type: 'text', text: 'संघ की वेबसाइट', marks: [{ type: 'link', attrs: { href: 'https://example.org/karyashala' } }] },
        { type: 'text', text: ' पर है; ' },
        { type: 'text', text: 'छिपी कड़ी', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'मुख्य बात', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: ' रेखांकित', marks: [{ type: 'underline' }] },
        { type: 'text', text: ' काटा\u0007 गया', marks: [{ type: 'strike' }] },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'निर्णय' }] },
    {
      type: 'bulletList',
      content: [item('सदस्यता शुल्क यथावत रहेगा।', { type: 'orderedList', content: [item('पहला उप-बिंदु'), item('दूसरा उप-बिंदु')] }), item('अगली बैठक भोपाल में होगी।')],
    },
    { type: 'orderedList', attrs: { start: 3 }, content: [item('तीसरा निर्णय'), item('चौथा निर्णय')] },
    { type: 'blockquote', content: [paragraph('“सहकारिता से ही समृद्धि आती है।”')] },
    { type: 'horizontalRule' },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [paragraph('श्रेणी')] },
            { type: 'tableHeader', content: [paragraph('संख्या')] },
          ],
        },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('पुरुष')] }, { type: 'tableCell', content: [paragraph('23')] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2 }, content: [paragraph('कुल 23 प्रतिभागी')] }] },
      ],
    },
    {
      type: 'dataBlock',
      attrs: {
        source: 'presentMembers',
        caption: 'उपस्थित सदस्य',
        columns: ['क्रम', MEMBER_COLUMN],
        rows: [
          ['1', 'श्रीमती कृष्णा शर्मा'],
          ['2', 'धर्मेंद्र त्रिपाठी'],
        ],
        emptyText: 'कोई सदस्य उपस्थित नहीं',
        refreshedAt: '2026-03-12T10:00:00.000Z',
      },
    },
    {
      type: 'dataBlock',
      attrs: { source: 'absentMembers', caption: 'अनुपस्थित सदस्य', columns: ['क्रम', MEMBER_COLUMN], rows: [], emptyText: 'कोई सदस्य अनुपस्थित नहीं', refreshedAt: '2026-03-12T10:00:00.000Z' },
    },
    { type: 'signatureBlock', attrs: { name: 'राजेन्द्र वर्मा', designation: 'सचिव', place: 'भोपाल', date: '12 मार्च 2026' } },
  ],
};

export function sampleInput(overrides: Partial<ReportDocxInput> = {}): ReportDocxInput {
  return {
    doc: sampleDoc,
    title: 'कार्यशाला प्रतिवेदन',
    organisationName: ORGANISATION,
    language: 'hi',
    digits: 'devanagari',
    fontName: FONT,
    pageFooterTemplate: 'पृष्ठ {{page}} / {{pages}}',
    ...overrides,
  };
}

/** A report of about twenty pages: many paragraphs, then a data block of 300 rows. */
export function longDoc(): ReportDoc {
  const paragraphs = Array.from({ length: 250 }, (_, index) =>
    paragraph(`${index + 1}. ${OPENING_SENTENCE} प्रतिभागियों ने सहकारी समितियों के लेखा-जोखा, सदस्यता और ऋण वितरण पर विस्तार से चर्चा की।`),
  );
  const rows = Array.from({ length: 300 }, (_, index) => [String(index + 1), `प्रतिभागी क्रमांक ${index + 1}`, 'भोपाल']);
  return {
    type: 'doc',
    content: [
      ...paragraphs,
      {
        type: 'dataBlock',
        attrs: { source: 'presentMembers', caption: 'उपस्थित सदस्य', columns: ['क्रम', MEMBER_COLUMN, 'ज़िला'], rows, emptyText: '', refreshedAt: '2026-03-12T10:00:00.000Z' },
      },
    ],
  };
}

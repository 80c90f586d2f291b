import type { DataBlockAttrs, ReportBlock, ReportDoc, ReportInline } from '../../../../src-main/core/contract/report-document.js';

export const ORGANISATION = 'मध्य प्रदेश राज्य सहकारी संघ';

export const SENTENCES = [
  'कार्यशाला की अध्यक्षता प्रांतीय समिति ने की।',
  'प्रशिक्षण में सहकारी लेखा रखने के नियम समझाए गए।',
  'प्रतिभागियों ने क्षेत्रीय समस्याओं पर विस्तार से चर्चा की।',
];

export function text(value: string): ReportInline {
  return { type: 'text', text: value };
}

export const hardBreak: ReportInline = { type: 'hardBreak' };

export function paragraph(value: string): ReportBlock {
  return { type: 'paragraph', content: [text(value)] };
}

export function heading(level: 1 | 2 | 3, value: string): ReportBlock {
  return { type: 'heading', attrs: { level }, content: [text(value)] };
}

export const MEMBER_COLUMNS = ['क्रमांक', 'नाम', 'पद', 'इकाई'];

export function membersBlock(count: number): ReportBlock {
  const attrs: DataBlockAttrs = {
    source: 'presentMembers',
    caption: 'उपस्थित सदस्य',
    columns: MEMBER_COLUMNS,
    rows: Array.from({ length: count }, (_, index) => [String(index + 1), `सदस्य ${index + 1}`, 'सदस्य', 'भोपाल इकाई']),
    emptyText: 'कोई सदस्य उपस्थित नहीं था',
    refreshedAt: '2026-03-12T10:00:00.000Z',
  };
  return { type: 'dataBlock', attrs };
}

/** A short Hindi report with every kind of block the editor makes. */
export function hindiReport(memberCount = 3): ReportDoc {
  return {
    type: 'doc',
    content: [
      heading(1, 'प्रांतीय प्रशिक्षण कार्यशाला का प्रतिवेदन'),
      paragraph(SENTENCES[0] ?? ''),
      heading(2, 'मुख्य बिंदु'),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph('सदस्यता अभियान की समीक्षा')] },
          { type: 'listItem', content: [paragraph('नए खातों का अंकेक्षण')] },
        ],
      },
      {
        type: 'orderedList',
        content: [
          { type: 'listItem', content: [paragraph('पहला निर्णय')] },
          { type: 'listItem', content: [paragraph('दूसरा निर्णय')] },
        ],
      },
      paragraph(SENTENCES[1] ?? ''),
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph('सत्र')] }, { type: 'tableHeader', content: [paragraph('विषय')] }] },
          { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('प्रथम सत्र')] }, { type: 'tableCell', content: [paragraph('सहकारी क़ानून')] }] },
        ],
      },
      heading(3, 'उपस्थिति'),
      membersBlock(memberCount),
      { type: 'blockquote', content: [paragraph(SENTENCES[2] ?? '')] },
      { type: 'horizontalRule' },
      { type: 'signatureBlock', attrs: { name: 'श्रीमती कृष्णा शर्मा', designation: 'सचिव', place: 'भोपाल', date: '12 मार्च 2026' } },
    ],
  };
}

/** What the payloads below would do if any of them ran: set the title or open a dialog. */
export const PWNED = 'PWNED';

export const PAYLOADS = [
  '<script>alert(1)</script>',
  `<script>document.title='${PWNED}'</script>`,
  '<img src=x onerror=alert(1)>',
  `<img src=x onerror="document.title='${PWNED}'">`,
  '<iframe src="https://example.com">',
  '<meta http-equiv="refresh" content="0;url=https://example.com">',
  '<style>body{background:url(https://example.com/x.png)}</style>',
];

export const JAVASCRIPT_HREF = 'javascript:alert(1)';

/** Every payload as a paragraph, in a heading, a table cell, a data block, a signature and a link. */
export function hostileReport(): ReportDoc {
  const all = PAYLOADS.join(' ');
  return {
    type: 'doc',
    content: [
      heading(1, all),
      ...PAYLOADS.map(paragraph),
      { type: 'paragraph', content: [{ type: 'text', text: 'यहाँ क्लिक करें', marks: [{ type: 'link', attrs: { href: JAVASCRIPT_HREF } }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: all, marks: [{ type: 'link', attrs: { href: `javascript:document.title='${PWNED}'` } }, { type: 'bold' }] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(all)] }] }] },
      {
        type: 'dataBlock',
        attrs: { source: 'presentMembers', caption: all, columns: [all], rows: PAYLOADS.map((payload) => [payload]), emptyText: all, refreshedAt: all },
      },
      { type: 'signatureBlock', attrs: { name: all, designation: all, place: all, date: all } },
    ],
  };
}

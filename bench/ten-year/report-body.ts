import type { ReportBlock, ReportDoc } from '../../src-main/core/contract/index.js';
import { plainText } from '../../src-main/core/report/plain-text.js';
import { hindiProse, hindiSentence } from './hindi-text.js';

/** UTF-8 bytes per letter of the generated prose in JSON, as hindi-text.ts measured it. */
const BYTES_PER_CHAR = 2.6;
const CLOSING_BYTES = 2_500;

const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const heading = (level: 1 | 2, text: string): ReportBlock => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });

/**
 * A report body in the editor's format (TipTap JSON, as reportDocSchema defines it) of roughly
 * `bytes` bytes: a title, sections of paragraphs with a bold lead, lists, the attendance table
 * Sachiv drafts, and the signature block.
 */
export function reportBody(random: () => number, bytes: number, title: string): ReportDoc {
  const content: ReportBlock[] = [heading(1, title)];
  // The closing table and signature, and on average half of the last paragraph, come on top.
  let size = title.length * BYTES_PER_CHAR + CLOSING_BYTES;
  while (size < bytes) {
    const section = hindiSentence(random, 4);
    content.push(heading(2, section));
    size += section.length * BYTES_PER_CHAR + 60;
    for (let count = 2 + Math.floor(random() * 3); count > 0 && size < bytes; count -= 1) {
      const lead = hindiSentence(random, 3);
      const text = hindiProse(random, 600 + random() * 900);
      content.push({ type: 'paragraph', content: [{ type: 'text', text: lead, marks: [{ type: 'bold' }] }, { type: 'text', text: ` ${text}` }] });
      size += (lead.length + text.length) * BYTES_PER_CHAR + 110;
    }
    if (random() < 0.4) {
      const items = Array.from({ length: 3 }, () => hindiSentence(random, 10));
      content.push({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })) });
      size += items.join('').length * BYTES_PER_CHAR + 200;
    }
  }
  content.push(attendanceTable(random), {
    type: 'signatureBlock',
    attrs: { name: 'राम प्रसाद शर्मा', designation: 'सचिव', place: 'लखनऊ', date: '' },
  });
  return { type: 'doc', content };
}

function attendanceTable(random: () => number): ReportBlock {
  const categories = ['पदाधिकारी', 'सदस्य', 'अतिथि', 'कर्मचारी'];
  return {
    type: 'dataBlock',
    attrs: {
      source: 'attendanceByCategory',
      caption: 'श्रेणीवार उपस्थिति',
      columns: ['श्रेणी', 'आमंत्रित', 'उपस्थित'],
      rows: categories.map((category) => {
        const invited = 5 + Math.floor(random() * 20);
        return [category, String(invited), String(Math.floor(invited * 0.8))];
      }),
      emptyText: '',
      refreshedAt: '2024-04-17T09:00:00.000Z',
    },
  };
}

/**
 * Letters of text, counted as the revision list counts them (white space left out). Every
 * letter generated here is one UTF-16 unit, so the length counts them without splitting the
 * text into an array of letters first.
 */
export function lettersOf(body: ReportDoc): number {
  return plainText(body).replace(/\s/g, '').length;
}

/** The body with a paragraph being typed, before the closing table and signature. */
export function withTypedParagraph(body: ReportDoc, typed: string): ReportDoc {
  return { ...body, content: [...body.content.slice(0, -2), paragraph(typed), ...body.content.slice(-2)] };
}

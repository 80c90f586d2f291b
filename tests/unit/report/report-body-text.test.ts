import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportBlock, ReportDoc } from '../../../src-main/core/contract/index.js';
import { reportBodyHtml } from '../../../src-main/core/report/print/report-html.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
let report: { id: string; title: string; version: number; body: ReportDoc };

beforeEach(async () => {
  h = await openHarness();
  const programmeId = (await h.ok('programmes:create', { programme: { title: 'बैठक', kindId: 'kind-meeting', days: [{ date: '2024-04-17' }] } })).id;
  report = await h.ok('reports:create', { programmeId, template: 'brief' });
});
afterEach(async () => {
  await h.cleanup();
});

const paragraph = (...texts: string[]): ReportBlock => ({ type: 'paragraph', content: texts.map((text) => ({ type: 'text' as const, text })) });
const withBlocks = (...blocks: ReportBlock[]): ReportDoc => ({ type: 'doc', content: [...report.body.content, ...blocks] });
const lastBlocks = async (count: number) => (await h.ok('reports:get', { id: report.id })).body.content.slice(-count);

describe('the text of a report body follows the one text rule when it is saved', () => {
  it('removes control characters pasted from Word or a PDF, everywhere in the body, and keeps tabs and line breaks', async () => {
    const dataBlock: ReportBlock = {
      type: 'dataBlock',
      attrs: { source: 'presentMembers', caption: 'उपस्थित\u0007 सदस्य', columns: ['नाम\u0000'], rows: [['रमेश\u001B शर्मा']], emptyText: '', refreshedAt: '2024-04-17T10:00:00.000Z' },
    };
    const signature: ReportBlock = { type: 'signatureBlock', attrs: { name: 'सुनीता\u0000 वर्मा', designation: 'सचिव\u0008', place: 'भोपाल', date: '' } };
    await h.ok('reports:save', { id: report.id, baseVersion: report.version, title: report.title, body: withBlocks(paragraph('बैठक\u0007 में\tसब\r\nआए\u000Bथे', '\u0001'), dataBlock, signature) });
    const [savedParagraph, savedDataBlock, savedSignature] = await lastBlocks(3);
    expect(savedParagraph).toEqual(paragraph('बैठक में\tसब\nआए\nथे'));
    expect(savedDataBlock).toMatchObject({ attrs: { caption: 'उपस्थित सदस्य', columns: ['नाम'], rows: [['रमेश शर्मा']] } });
    expect(savedSignature).toMatchObject({ attrs: { name: 'सुनीता वर्मा', designation: 'सचिव' } });
    const html = reportBodyHtml((await h.ok('reports:get', { id: report.id })).body, 'devanagari');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/u);
  });

  it('keeps Devanagari joiners and emoji exactly as typed', async () => {
    const text = 'क्\u200Dष और श्\u200Cरी का स्वागत 🙏🏽 ❤️ 👨\u200D👩\u200D👧';
    await h.ok('reports:save', { id: report.id, baseVersion: report.version, title: report.title, body: withBlocks(paragraph(text)) });
    expect(await lastBlocks(1)).toEqual([paragraph(text)]);
  });

  it.each([
    ['a paragraph', paragraph('सभा में सभी सदस्य उपस्थित थे और \uD83D बैठक शुरू हुई।')],
    ['the signature', { type: 'signatureBlock', attrs: { name: 'सुनीता \uDC00वर्मा', designation: '', place: '', date: '' } } as ReportBlock],
  ])('refuses a broken character in %s with a message that shows where it is, and keeps the saved text', async (_where, block) => {
    const before = await h.ok('reports:get', { id: report.id });
    const reply = await h.call('reports:save', { id: report.id, baseVersion: report.version, title: report.title, body: withBlocks(block) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'reports.brokenText', details: { params: { near: expect.stringContaining('\uFFFD') } } } });
    expect(await h.ok('reports:get', { id: report.id })).toEqual(before);
  });
});

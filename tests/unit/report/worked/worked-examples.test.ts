import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainText } from '../../../../src-main/core/report/plain-text.js';
import { openHarness, type CoreHarness } from '../../../support/core-harness.js';
import { lintDraft } from '../../../support/report-lint.js';
import { EXAMPLE_A_TEXT, recordExampleA } from './example-a.js';
import { EXAMPLE_B_AFTER_TABLES, EXAMPLE_B_PRESENT_FIRST, EXAMPLE_B_TEXT, recordExampleB } from './example-b.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

/** The report's paragraphs as a reader sees them, without the heading and the appendix. */
async function draftParagraphs(programmeId: string, template: 'narrative' | 'minutes' | 'brief'): Promise<string[]> {
  const report = await h.ok('reports:create', { programmeId, template });
  const text = plainText(report.body);
  expect(lintDraft(text, { unmarkedInvitees: /उपस्थिति दर्ज नहीं है/u.test(text) })).toEqual([]);
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

describe('worked example A of the style guide: a two-day training', () => {
  it('drafts the narrative report the page gives, sentence for sentence and in order', async () => {
    const programmeId = await recordExampleA(h);
    const lines = await draftParagraphs(programmeId, 'narrative');
    const from = lines.indexOf(EXAMPLE_A_TEXT[0] ?? '');
    expect(lines.slice(from, from + EXAMPLE_A_TEXT.length)).toEqual(EXAMPLE_A_TEXT);
  }, 60_000);
});

describe('worked example B of the style guide: a committee meeting', () => {
  it('drafts the minutes the page gives: header, opening, members chair first, absentees with reason, unmarked invitees, agenda, close', async () => {
    const programmeId = await recordExampleB(h);
    const lines = await draftParagraphs(programmeId, 'minutes');
    expect(lines.slice(0, EXAMPLE_B_TEXT.length)).toEqual(EXAMPLE_B_TEXT);
    const present = lines.indexOf('उपस्थित सदस्य');
    expect(present).toBeGreaterThan(0);
    expect(lines.slice(present + 2, present + 4).map((line) => line.split('|').map((cell) => cell.trim()).slice(0, 3).join(' | '))).toEqual(EXAMPLE_B_PRESENT_FIRST);
    expect(lines.slice(present + 2).filter((line) => /^\d+ \| /.test(line))).toHaveLength(9 + 1);
    const absent = lines.indexOf(EXAMPLE_B_AFTER_TABLES[0] ?? '');
    expect(lines.slice(absent, absent + 1).concat(lines.slice(absent + 2, absent + EXAMPLE_B_AFTER_TABLES.length + 1))).toEqual(EXAMPLE_B_AFTER_TABLES);
    expect(lines.join('\n')).not.toContain('कोई सदस्य अनुपस्थित नहीं रहा');
  }, 60_000);

  it('is signed by the member secretary and the chair once finalised', async () => {
    const programmeId = await recordExampleB(h);
    const report = await h.ok('reports:create', { programmeId, template: 'minutes' });
    const final = await h.ok('reports:finalise', { id: report.id });
    const signatures = final.body.content.flatMap((block) => (block.type === 'signatureBlock' ? [block.attrs] : []));
    expect(signatures.map((attrs) => [attrs.name, attrs.designation])).toEqual([
      ['श्रीमती रेखा तिवारी', 'सदस्य सचिव'],
      ['श्री मोहन लाल अहिरवार', 'अध्यक्ष'],
    ]);
    // Minutes write their dates "05.11.2024", the signature's date too.
    expect(signatures.map((attrs) => attrs.date)).toEqual([expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}$/u), expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}$/u)]);
  }, 60_000);
});

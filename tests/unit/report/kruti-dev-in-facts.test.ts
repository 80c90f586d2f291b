import { describe, expect, it } from 'vitest';
import type { FeedbackEntry, Programme } from '../../../src-main/core/contract/index.js';
import { DEFAULT_LISTS } from '../../../src-main/core/lists/document.js';
import { gatherReportFacts } from '../../../src-main/core/report/facts.js';

/** Typed English that Kruti Dev detection alone could take for the font; a report must quote it as typed. */
const ENGLISH = ['flag', 'Gadkari', 'DSO Gadkari', 'dso', 'dfo', 'pkgupta', 'Good', 'Very useful session on official language policy', 'lfpo'];
/** Kruti Dev beyond doubt: two words of the font, or one word with its symbol keys. */
const KRUTI_DEV: ReadonlyArray<[string, string]> = [
  ["dk;Z'kkyk mi;ksxh jgh", 'कार्यशाला उपयोगी रही'],
  ['vfer flag', 'अमित सिंह'],
  ['v/;{k', 'अध्यक्ष'],
];

function factsOf(texts: readonly string[]) {
  const programme = {
    id: 'p1',
    title: 'राजभाषा कार्यशाला',
    kindId: null,
    organiser: '',
    organiserShort: '',
    sponsor: '',
    sponsorRelation: 'aegis',
    venue: '',
    city: '',
    days: [{ date: '2024-08-08', partOfDay: null, startTime: null, endTime: null }],
    referenceNumber: '',
    purpose: '',
    contentPoints: [],
    occasion: '',
    outcomes: [],
    attendeeSummary: '',
    agenda: [],
    status: 'held',
    sessions: [],
    speeches: texts.map((summary, index) => ({
      id: `sp${index}`,
      sessionId: null,
      speaker: { kind: 'typed', title: 'श्री', name: `वक्ता ${index}`, gender: null, designation: '', organisation: '' },
      designationAtTime: '',
      organisationAtTime: '',
      summary,
      summaryStyle: 'auto',
      citationIds: [],
      order: index + 1,
    })),
    counts: { sessions: 0, speakers: 0, feedback: 0, feedbackByCategory: {}, invited: 0, present: 0 },
    createdAt: '2024-08-01T00:00:00.000Z',
    updatedAt: '2024-08-01T00:00:00.000Z',
    removedAt: null,
  } satisfies Programme;
  const feedback: FeedbackEntry[] = texts.map((text, index) => ({
    id: `f${index}`,
    source: { kind: 'anonymous' },
    categoryId: null,
    text,
    channel: 'written',
    receivedOn: null,
    followUp: { status: 'open', response: '' },
    inReport: true,
    createdAt: '2024-08-01T00:00:00.000Z',
    updatedAt: '2024-08-01T00:00:00.000Z',
  }));
  const facts = gatherReportFacts({
    language: 'hi',
    digits: 'latn',
    programme,
    attendance: { programmeId: programme.id, scopes: [], quorum: null, attendees: [], counts: {} },
    feedback,
    lists: DEFAULT_LISTS,
    organisation: { nameHi: 'क्षेत्रीय कार्यालय', nameEn: '', address: '', secretaryName: '', secretaryDesignation: '', defaultOrganiser: '', logo: null } as never,
    peopleCategories: [],
    person: () => undefined,
    citation: () => undefined,
  });
  return { summaries: facts.speeches.map((speech) => speech.summary), comments: facts.feedback.categories.flatMap((category) => category.quoted) };
}

describe('Kruti Dev in speech summaries and comments', () => {
  it('quotes typed English exactly as typed, even words the detector alone takes for Kruti Dev', () => {
    const { summaries, comments } = factsOf(ENGLISH);
    expect(summaries).toEqual(ENGLISH);
    expect(comments).toEqual(ENGLISH);
  });

  it('converts text that is Kruti Dev beyond doubt', () => {
    const { summaries, comments } = factsOf(KRUTI_DEV.map(([typed]) => typed));
    expect(summaries).toEqual(KRUTI_DEV.map(([, hindi]) => hindi));
    expect(comments).toEqual(KRUTI_DEV.map(([, hindi]) => hindi));
  });
});

import type { ReportFacts } from '../../../src-main/core/report/facts.js';

/** A small workshop's facts, in Hindi, for the grammar tests to vary one thing at a time. */
export function workshopFacts(overrides: Partial<ReportFacts> = {}): ReportFacts {
  return {
    language: 'hi',
    digits: 'latn',
    organisation: { name: 'ज़िला राजभाषा समिति', secretaryName: 'सुनीता वर्मा', secretaryDesignation: 'सचिव' },
    title: 'राजभाषा हिंदी का प्रयोग',
    kindName: 'कार्यशाला',
    organiser: 'ज़िला राजभाषा समिति',
    venue: 'ज़िला सभागार',
    dates: ['2024-04-17'],
    partOfDay: 'morning',
    referenceNumber: 'रा.भा./2024/17',
    purpose: 'कार्यालयों में हिंदी के प्रयोग को बढ़ाना',
    contentPoints: [],
    occasion: '',
    outcomes: [],
    attendeeSummary: '',
    sessions: [
      {
        name: 'कार्यशाला',
        roles: [{ roleId: 'role-chair', roleName: 'अध्यक्षता', holders: [{ name: 'श्री रमेश चंद्र', designation: 'ज़िलाधिकारी', personId: null }] }],
        activities: [],
      },
    ],
    speeches: [],
    members: [],
    categories: [
      { id: 'cat-leaders', name: 'नेता' },
      { id: 'cat-members', name: 'सदस्य' },
    ],
    feedback: { total: 0, categories: [] },
    ...overrides,
  };
}

import type { Gender } from '../../../src-main/core/contract/index.js';
import type { PersonFacts, ReportFacts, RoleFacts, SessionFacts, SpeechFacts } from '../../../src-main/core/report/facts.js';

/** Someone named in a report, typed on the spot, with what the secretary gave. */
export function someone(title: string, name: string, gender: Gender | null, designation = '', organisation = ''): PersonFacts {
  return { key: `typed:${name}`, kind: 'typed', title, name, gender, designation, organisation };
}

export function role(roleId: string, roleName: string, ...holders: PersonFacts[]): RoleFacts {
  return { roleId, roleName, holders };
}

export function speech(speaker: PersonFacts, summary: string, sessionIndex: number | null = 0, style: SpeechFacts['style'] = 'auto'): SpeechFacts {
  return { sessionIndex, speaker, summary, style, citations: [] };
}

const PRESIDING = ['role-chair', 'role-chief-guest', 'role-special-guest', 'role-key-speaker'];

/** A session whose roles are split into presiding ones and proceedings, as gatherReportFacts does. */
export function session(name: string, date: string, roles: RoleFacts[], rest: SessionFacts['proceedings'] = []): SessionFacts {
  return {
    name,
    date,
    startTime: null,
    endTime: null,
    roles,
    presiding: PRESIDING.flatMap((id) => roles.filter((entry) => entry.roleId === id)),
    proceedings: [...roles.filter((entry) => !PRESIDING.includes(entry.roleId)).map((entry) => ({ kind: 'role' as const, role: entry })), ...rest],
  };
}

/** A small workshop's facts, in Hindi, for the grammar tests to vary one thing at a time. */
export function workshopFacts(overrides: Partial<ReportFacts> = {}): ReportFacts {
  return {
    language: 'hi',
    digits: 'latn',
    organisation: { name: 'ज़िला राजभाषा समिति', secretaryName: 'सुनीता वर्मा', secretaryDesignation: 'सचिव' },
    title: 'राजभाषा हिंदी का प्रयोग',
    kindId: 'kind-workshop',
    kindName: 'कार्यशाला',
    organiser: 'ज़िला राजभाषा समिति',
    organiserShort: 'समिति',
    sponsor: '',
    sponsorRelation: 'aegis',
    venue: 'ज़िला सभागार',
    city: '',
    dates: ['2024-04-17'],
    partOfDay: 'morning',
    startTime: null,
    endTime: null,
    referenceNumber: 'रा.भा./2024/17',
    purpose: 'कार्यालयों में हिंदी के प्रयोग को बढ़ाना',
    contentPoints: [],
    occasion: '',
    outcomes: [],
    attendeeSummary: '',
    agenda: [],
    sessions: [session('कार्यशाला', '2024-04-17', [role('role-chair', 'अध्यक्षता', someone('श्री', 'रमेश चंद्र', 'male', 'ज़िलाधिकारी'))])],
    speeches: [],
    members: [],
    categories: [
      { id: 'cat-leaders', name: 'नेता' },
      { id: 'cat-members', name: 'सदस्य' },
    ],
    feedback: { total: 0, categories: [] },
    titles: ['श्री', 'श्रीमती', 'सुश्री', 'डॉ.', 'प्रो.'],
    ...overrides,
  };
}

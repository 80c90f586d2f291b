import { describe, expect, it } from 'vitest';
import { LIST_NAMES, type Attendee, type FeedbackEntry, type Holder, type Programme, type ReportDoc, type ReportTemplate } from '../../../src-main/core/contract/index.js';
import { DEFAULT_LISTS } from '../../../src-main/core/lists/document.js';
import { draftReport } from '../../../src-main/core/report/draft/draft-report.js';
import { gatherReportFacts } from '../../../src-main/core/report/facts.js';
import { plainText } from '../../../src-main/core/report/plain-text.js';
import { openHarness } from '../../support/core-harness.js';
import { lintDraft } from '../../support/report-lint.js';
import { seedFeedback, seedResolution, seedWorkshop } from '../programmes/seed-workshop.js';

const TEMPLATES: ReportTemplate[] = ['narrative', 'minutes', 'brief'];

/** A small deterministic random source, so a failing record can be drafted again by its number. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const SUMMARIES = [
  'राजभाषा नीति के प्रमुख प्रावधानों पर प्रकाश डाला',
  'कहा कि सभी पत्राचार हिंदी में किया जाना चाहिए',
  'हिंदी में काम करना हमारा संवैधानिक दायित्व है',
  'यूनिकोड में टंकण की सरल विधियाँ समझाईं',
  'कार्यालय में हिंदी के प्रयोग की स्थिति',
  'उपयोगी',
  'Very useful session on official language policy',
  'dk;Z\'kkyk mi;ksxh jgh',
  'क्या हर तिमाही ऐसा प्रशिक्षण होगा?',
  '"हिंदी हमारी पहचान है।"',
  'पहले वाक्य में विषय का परिचय दिया। दूसरे वाक्य में कहा गया कि अभ्यास आवश्यक है।',
  'हिंदी '.repeat(400).trim() + ' का महत्व बताया',
  'कार्यालय में हिंदी के प्रयोग पर बल',
  'शोध-पत्र प्रस्तुत',
  'डॉ. अंबेडकर के विचारों पर प्रकाश डाला',
  'आर. के. सिंह की पुस्तक का परिचय दिया',
  'सबको धन्यवाद',
  '',
];
const COMMENTS = [
  'कार्यशाला बहुत उपयोगी रही',
  'ऐसी कार्यशालाएँ हर तिमाही होनी चाहिए',
  'प्रशिक्षण सामग्री अलग से दी जाए',
  'व्यावहारिक अभ्यास की कमी',
  'जमीनी स्तर पर हिंदी के प्रयोग की भूमिका',
  'बढ़िया',
  'Good',
  'समय कम था।',
  'प्रशिक्षण की अवधि बढ़ाने पर बल',
  'वक्ताओं की प्रस्तुति प्रभावशाली',
  '"सब अच्छा लगा"',
];
const TITLES = ['श्री', 'श्रीमती', 'सुश्री', 'डॉ.', 'प्रो.', ''];
const DESIGNATIONS = ['उप निदेशक', 'प्राध्यापक, हिन्दी विभाग', 'सहायक प्रबंधक', ''];
const ORGANISATIONS = ['केंद्रीय विद्यालय', 'क्षेत्रीय कार्यालय, भोपाल', 'नगर राजभाषा कार्यान्वयन समिति', ''];
const ROLE_IDS = DEFAULT_LISTS.roles.map((role) => role.id);
const ACTIVITY_IDS = DEFAULT_LISTS.activities.map((activity) => activity.id);

/** A programme with every field chosen at random, many of them missing. */
function randomRecord(n: number) {
  const random = seeded(n + 1);
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const maybe = (text: string) => (random() < 0.3 ? '' : text);
  const holder = (): Holder =>
    random() < 0.15
      ? { kind: 'body', name: 'नगर राजभाषा समिति' }
      : { kind: 'typed', title: pick(TITLES), name: `${pick(['राकेश', 'सुनीता', 'अमित', 'कविता'])} ${pick(['शर्मा', 'वर्मा', 'सिंह'])} ${n}-${Math.floor(random() * 1000)}`, gender: pick(['male', 'female', null] as const), designation: pick(DESIGNATIONS), organisation: pick(ORGANISATIONS) };
  const dayCount = 1 + Math.floor(random() * 3);
  const dates = Array.from({ length: dayCount }, (_, day) => `2024-08-${String(8 + day).padStart(2, '0')}`);
  const sessions = Array.from({ length: Math.floor(random() * 4) }, (_, index) => ({
    id: `s${index}`,
    name: pick(['उद्घाटन सत्र', 'तकनीकी सत्र', 'समापन सत्र', 'पहले दिन का सत्र', '']),
    date: pick(dates),
    startTime: random() < 0.5 ? null : '10:30',
    endTime: random() < 0.5 ? null : '16:00',
    roles: ROLE_IDS.filter(() => random() < 0.3).map((roleId) => ({ roleId, holders: Array.from({ length: 1 + Math.floor(random() * 2) }, holder) })),
    activities: [
      ...ACTIVITY_IDS.filter(() => random() < 0.3).map((activityId, at) => ({ id: `s${index}-a${at}`, activityId, text: '' })),
      ...(random() < 0.3 ? [{ id: `s${index}-free`, activityId: null, text: pick(['सांस्कृतिक प्रस्तुतियाँ', 'प्रतिभागियों ने हिंदी टिप्पण का अभ्यास किया', 'राष्ट्रगान']) }] : []),
    ],
    proceedings: [],
  }));
  const speeches = Array.from({ length: Math.floor(random() * (n % 10 === 0 ? 40 : 5)) }, (_, index) => ({
    id: `sp${index}`,
    sessionId: sessions.length === 0 || random() < 0.1 ? null : (pick(sessions).id as string),
    speaker: holder(),
    designationAtTime: '',
    organisationAtTime: '',
    summary: pick(SUMMARIES),
    summaryStyle: pick(['auto', 'auto', 'auto', 'did', 'said', 'quote'] as const),
    citationIds: [],
    order: index + 1,
  }));
  const programme: Programme = {
    id: `p${n}`,
    title: pick(['राजभाषा कार्यशाला', 'डिजिटल भुगतान', 'समिति की त्रैमासिक बैठक']),
    kindId: pick([...DEFAULT_LISTS.programmeKinds.map((kind) => kind.id), null]),
    organiser: maybe('नगर राजभाषा कार्यान्वयन समिति'),
    organiserShort: maybe('समिति'),
    sponsor: maybe('गृह मंत्रालय, राजभाषा विभाग'),
    sponsorRelation: pick(['aegis', 'support'] as const),
    venue: maybe(pick(['कार्यालय का सभागार', 'होटल पलाश', 'विद्यालय का पुस्तकालय कक्ष'])),
    city: maybe('भोपाल'),
    days: dates.map((date) => ({ date, partOfDay: pick(['morning', 'afternoon', null] as const), startTime: null, endTime: null })),
    referenceNumber: maybe('रा.भा./2024/17'),
    purpose: maybe(pick(['कार्यालयों में हिंदी के प्रयोग को बढ़ाना', 'हिंदी में काम को सरल बनाने के लिए यह आयोजन किया गया।'])),
    contentPoints: random() < 0.5 ? [] : ['राजभाषा नियम', 'यूनिकोड टंकण'].slice(0, 1 + Math.floor(random() * 2)),
    occasion: maybe(pick(['हिंदी दिवस', 'हिंदी पखवाड़ा कार्यक्रमों की श्रृंखला'])),
    outcomes: random() < 0.5 ? [] : ['सभी अनुभाग यूनिकोड अपनाएँगे'],
    attendeeSummary: maybe('अधिकारी; कर्मचारी'),
    agenda: random() < 0.7 ? [] : [{ subject: 'पिछली बैठक की पुष्टि', discussion: maybe('चर्चा हुई'), decision: maybe('पुष्टि की गई') }],
    status: 'held',
    sessions,
    speeches,
    counts: { sessions: 0, speakers: 0, feedback: 0, feedbackByCategory: {}, invited: 0, present: 0 },
    createdAt: '2024-08-01T00:00:00.000Z',
    updatedAt: '2024-08-01T00:00:00.000Z',
    removedAt: null,
  };
  const statuses = ['present', 'present', 'invited', 'absent', 'excused'] as const;
  const attendees: Attendee[] = Array.from({ length: Math.floor(random() * 30) }, (_, index) => {
    const status = pick(statuses);
    return {
      id: `a${index}`,
      personId: null,
      title: '',
      name: `${pick(TITLES)} प्रतिभागी ${index}`.trim(),
      designation: pick(DESIGNATIONS),
      organisation: pick(ORGANISATIONS),
      categoryId: pick(['cat-member', 'cat-staff', null]),
      phone: '',
      invited: random() < 0.9,
      addedAt: '2024-08-01T00:00:00.000Z',
      marks: (status === 'invited' ? {} : { programme: { status, at: '2024-08-08T10:00:00.000Z', reason: status === 'excused' ? maybe('दौरा') : '' } }) as Attendee['marks'],
    };
  });
  const feedback: FeedbackEntry[] = Array.from({ length: n % 25 === 0 ? 2000 : Math.floor(random() * 12) }, (_, index) => ({
    id: `f${index}`,
    source: { kind: 'anonymous' },
    categoryId: pick([...DEFAULT_LISTS.feedbackCategories.map((category) => category.id), 'custom-category', null]),
    text: pick(COMMENTS),
    channel: 'written',
    receivedOn: null,
    followUp: { status: 'open', response: '' },
    inReport: n % 25 === 0 ? null : pick([null, null, true, false] as const),
    createdAt: '2024-08-01T00:00:00.000Z',
    updatedAt: '2024-08-01T00:00:00.000Z',
  }));
  const unmarked = attendees.some((attendee) => attendee.invited && Object.keys(attendee.marks).length === 0);
  return { programme, attendees, feedback, unmarked };
}

/** A draft's text as the lint reads it: the paragraphs, and what an empty table says in their place. */
function lintedText(body: ReportDoc): string {
  const empties = body.content.flatMap((block) => (block.type === 'dataBlock' && block.attrs.rows.length === 0 ? [block.attrs.emptyText] : []));
  return [plainText(body), ...empties].join('\n');
}

function draftsOf(n: number, language: 'hi' | 'en' = 'hi') {
  const { programme, attendees, feedback, unmarked } = randomRecord(n);
  const facts = gatherReportFacts({
    language,
    digits: 'latn',
    programme,
    attendance: { programmeId: programme.id, scopes: [], quorum: null, attendees, counts: {} },
    feedback,
    lists: { ...DEFAULT_LISTS, feedbackCategories: [...DEFAULT_LISTS.feedbackCategories, { id: 'custom-category', name: 'प्रशिक्षण सामग्री' }] },
    organisation: { nameHi: 'क्षेत्रीय कार्यालय', nameEn: '', address: '', secretaryName: 'सुनीता वर्मा', secretaryDesignation: 'सचिव', defaultOrganiser: '', logo: null } as never,
    peopleCategories: [
      { id: 'cat-member', name: 'सदस्य' },
      { id: 'cat-staff', name: 'कर्मचारी' },
    ],
    person: () => undefined,
    citation: () => undefined,
  });
  const people = facts.speeches.map((entry) => ({ designation: entry.speaker.designation, name: [entry.speaker.title, entry.speaker.name].filter(Boolean).join(' ') }));
  return { texts: TEMPLATES.map((template) => lintedText(draftReport(facts, template, '2024-08-10T10:00:00.000Z').body)), unmarked, people };
}

describe('the style guide’s checks as a lint over drafts', () => {
  it('finds nothing in 200 generated records with random missing fields, in every template', () => {
    expect(LIST_NAMES).toContain('titles');
    const findings: string[] = [];
    for (let n = 0; n < 200; n += 1) {
      const { texts, unmarked, people } = draftsOf(n);
      for (const [index, text] of texts.entries()) for (const finding of lintDraft(text, { unmarkedInvitees: unmarked, people })) findings.push(`record ${n}, ${TEMPLATES[index]}: ${finding}`);
    }
    expect(findings).toEqual([]);
  });

  it('converts summaries typed in Kruti Dev instead of quoting the letters', () => {
    const all = Array.from({ length: 40 }, (_, n) => draftsOf(n).texts.join('\n')).join('\n');
    expect(SUMMARIES).toContain("dk;Z'kkyk mi;ksxh jgh");
    expect(all).toContain('कार्यशाला उपयोगी रही');
    expect(all).not.toContain("dk;Z'kkyk");
  });

  it('quotes at most three comments of a category even when 2,000 were recorded', () => {
    const [narrative = ''] = draftsOf(0).texts;
    expect(narrative).toContain('2,000 टिप्पणियाँ प्राप्त हुईं');
    expect(narrative.split('\n').find((line) => line.includes('टिप्पणियाँ प्राप्त हुईं'))?.length ?? 0).toBeLessThan(3000);
  });

  it('fails on the drafts the old generator wrote, as acceptance found them', () => {
    const old = [
      'तकनीकी सत्र में श्री राकेश कुमार सिंह ने कहा: कार्यालय में हिन्दी के प्रयोग पर प्रकाश डाला और सभी से आग्रह किया।',
      'इन टिप्पणियों में कार्यशाला बहुत उपयोगी रही, ऐसी कार्यशालाएँ हर तिमाही होनी चाहिए की पुष्टि की गई।',
      'इसके साथ ही, प्रशिक्षण सामग्री अलग से दी जाए का प्रस्ताव रखा गया।',
      '17 अप्रैल 2024 को महाविद्यालय का सभागार में कार्यशाला का आयोजन किया गया।',
      'अंत में श्री क ने धन्यवाद ज्ञापित किया। प्रश्नोत्तरी का आयोजन किया गया।',
      'यह आयोजन हिंदी पखवाड़ा के अंतर्गत एक सार्थक गतिविधि था।',
      'सत्र में प्रतिभागियों ने हिंदी टिप्पण का अभ्यास किया का आयोजन किया गया।',
      'श्री क ने टिप्पण की व्यावहारिक कठिनाइयाँ पर अपने विचार रखे।',
      'समिति द्वारा दो दिवसीय हिंदी पर दो दिवसीय प्रशिक्षण का आयोजन किया गया।',
    ];
    for (const text of old) expect(lintDraft(text), text).not.toEqual([]);
    expect(lintDraft('कोई सदस्य अनुपस्थित नहीं रहा।', { unmarkedInvitees: true })).not.toEqual([]);
    expect(lintDraft('प्राध्यापक डॉ. सुनीता शर्मा ने … । प्राध्यापक डॉ. सुनीता शर्मा ने …', { people: [{ designation: 'प्राध्यापक', name: 'डॉ. सुनीता शर्मा' }] })).not.toEqual([]);
  });

  it('drafts an English report from the same records with no Hindi frame words and no holes', () => {
    for (let n = 0; n < 50; n += 1) {
      for (const text of draftsOf(n, 'en').texts) {
        expect(text).not.toMatch(/undefined|\{\{|\}\}|NaN|ने कहा|का आयोजन किया गया|प्राप्त हुईं/u);
      }
    }
  });
});

describe('the lint over the drafts of real data sets', () => {
  it('finds nothing in every template drafted from each demo programme and from the seed workshop', async () => {
    const h = await openHarness();
    try {
      await h.ok('demo:load', {});
      const resolution = await h.ok('citations:save', { citation: seedResolution });
      const seed = await h.ok('programmes:create', { programme: seedWorkshop(resolution.id) });
      await h.ok('feedback:addMany', { programmeId: seed.id, entries: seedFeedback() });
      const programmes = (await h.ok('programmes:list', {})).items;
      expect(programmes.length).toBeGreaterThanOrEqual(4);
      const findings: string[] = [];
      for (const programme of programmes) {
        for (const template of TEMPLATES) {
          const text = lintedText((await h.ok('reports:create', { programmeId: programme.id, template })).body);
          for (const finding of lintDraft(text, { unmarkedInvitees: /उपस्थिति दर्ज नहीं है/u.test(text) })) findings.push(`${programme.title}, ${template}: ${finding}`);
        }
      }
      expect(findings).toEqual([]);
    } finally {
      await h.cleanup();
    }
  }, 60_000);
});

import { activityKey, roleKey, speechKey, type AttendanceMark, type Citation, type Holder, type OrganisationInput } from '../src-main/core/contract/index.js';
import type { StoredPerson } from '../src-main/core/people/document.js';
import type { StoredAttendee, StoredFeedbackEntry, StoredProgramme } from '../src-main/core/programmes/document.js';
import { generateDirectory } from './ten-year/directory.js';
import { seededRandom } from './ten-year/hindi-text.js';
import { programmeId, uuidFrom } from './ten-year/ids.js';

/** The programme: "10 sessions, 40 speeches and 2,000 comments", with 200 on the attendance list. */
export const DRAFT_SIZE = { sessions: 10, speeches: 40, attendees: 200, walkIns: 10, comments: 2_000 } as const;

/** Who sits in the sessions' roles and gives the speeches; the rest of the directory is invited. */
const SPEAKERS = 40;
const DIRECTORY = SPEAKERS + DRAFT_SIZE.attendees - DRAFT_SIZE.walkIns;
const FEMALE_FIRST_NAMES = new Set(['सीता', 'अनीता', 'गीता', 'फ़ातिमा', 'सुनीता', 'रेखा', 'ज्योति', 'कमला', 'पूजा']);

const DAYS = ['2024-09-14', '2024-09-15'];
const CITY = 'भोपाल';
const ORGANISER = 'नगर राजभाषा कार्यान्वयन समिति, भोपाल';
const FEEDBACK_CATEGORIES = ['feedback-affirmation', 'feedback-achievements', 'feedback-difficulties', 'feedback-shortcomings', 'feedback-proposals'];

/**
 * Summaries as secretaries type them, in every form the draft places differently: what the
 * speaker did, what they said (with and without a leading "कहा कि"), a noun phrase, their words
 * in quotation marks, several sentences, a question, English, one word, Kruti Dev, and empty.
 */
const SUMMARIES = [
  'राजभाषा नीति के प्रमुख प्रावधानों पर प्रकाश डाला और सभी अनुभागों से तिमाही प्रगति रिपोर्ट समय पर भेजने का आह्वान किया',
  'यूनिकोड में हिंदी टंकण की सरल विधियाँ समझाईं',
  'राजभाषा अधिनियम की धारा 3(3) के अंतर्गत जारी होने वाले दस्तावेज़ों की सूची गिनाई',
  'कहा कि सभी पत्राचार हिंदी में किया जाना चाहिए',
  'अधिकांश शाखाओं में टिप्पण हिंदी में लिखे जा रहे हैं, परंतु तकनीकी रिपोर्टें अब भी अंग्रेज़ी में बनती हैं',
  'हिंदी में काम करना हमारा संवैधानिक दायित्व है',
  'कार्यालय में हिंदी के प्रयोग की वर्तमान स्थिति',
  'ई-ऑफिस में हिंदी टिप्पण और आलेखन की व्यावहारिक कठिनाइयाँ',
  '"भाषा वही जीवित रहती है जो काम में आती है।"',
  'पहले वाक्य में विषय का परिचय दिया। उन्होंने कहा कि नियमित अभ्यास से ही हिंदी में काम सहज होगा। अंत में प्रतिभागियों के प्रश्नों के उत्तर दिए।',
  'क्या हर तिमाही ऐसा प्रशिक्षण आयोजित हो सकता है?',
  'Shared the regional office’s experience of moving its circulars to Hindi',
  'उपयोगी',
  'jktHkk"kk uhfr ij izdk\'k Mkyk',
  'अनुवाद टूल्स और शब्दावली आयोग की वेबसाइट के उपयोग का प्रदर्शन किया तथा प्रतिभागियों से अभ्यास कराया',
  'समिति की पिछली बैठक में लिए गए निर्णयों के अनुपालन की समीक्षा प्रस्तुत की',
  '',
];
const STYLES = ['auto', 'auto', 'auto', 'auto', 'did', 'said', 'quote'] as const;

/** Comments in every form a category's sentence takes: clauses, noun phrases, quotations, English, Kruti Dev. */
const COMMENTS = [
  'कार्यशाला बहुत उपयोगी रही',
  'ऐसी कार्यशालाएँ हर तिमाही होनी चाहिए',
  'प्रशिक्षण सामग्री हिंदी में अलग से दी जाए',
  'व्यावहारिक अभ्यास की कमी',
  'ग्रामीण शाखाओं में इंटरनेट कनेक्टिविटी कमजोर है',
  'यूनिकोड टंकण का अभ्यास',
  'समय कम था।',
  '"सब अच्छा लगा"',
  'बढ़िया',
  'Good session, but the hall was too warm',
  "izf'k{k.k mi;ksxh jgk",
  "izf'k{k.k lkexzh fganh esa nh tk,",
  'वक्ताओं ने सरल भाषा में विषय समझाया',
  'अगली बार प्रतिभागियों की संख्या सीमित रखी जाए ताकि सबको अभ्यास का अवसर मिले',
];

const TECHNICAL_TOPICS = ['राजभाषा नियम', 'यूनिकोड टंकण', 'ई-ऑफिस में हिंदी', 'अनुवाद के साधन', 'तिमाही प्रगति रिपोर्ट', 'पारिभाषिक शब्दावली', 'हिंदी पत्राचार', 'समूह चर्चा'];

export interface DraftRecord {
  programme: StoredProgramme;
  /** The directory: the roles' holders and speakers first, then the invitees. */
  people: StoredPerson[];
  citations: Citation[];
  organisation: OrganisationInput;
}

/**
 * One held two-day workshop of the size, in the app's own shapes and the same on every
 * run: 10 sessions with presiding and other roles (people of the directory, people typed on the
 * spot, bodies), rituals and activities, 40 speeches with mixed summaries and some citations,
 * 200 on the attendance list (walk-ins too) with marks for the whole programme and for sessions,
 * and 2,000 comments across the 5 default categories, none chosen for the report (inReport null).
 */
export function generateDraftRecord(): DraftRecord {
  const random = seededRandom(20_240_914);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const people = generateDirectory(DIRECTORY).map((person, n) => withTitle(person, n));
  const speakers = people.slice(0, SPEAKERS);
  const invitees = people.slice(SPEAKERS);
  const fromDirectory = (n: number): Holder => ({ kind: 'person', personId: (speakers[n % SPEAKERS] as StoredPerson).id });
  const typed = (n: number): Holder => ({
    kind: 'typed',
    title: n % 2 === 0 ? 'डॉ.' : 'श्रीमती',
    name: `${n % 2 === 0 ? pick(['राकेश', 'अमित', 'विवेक']) : pick(['कविता', 'मीनाक्षी', 'प्रीति'])} ${pick(['शुक्ला', 'राजपूत', 'मीणा', 'जैन'])}`,
    gender: n % 2 === 0 ? 'male' : 'female',
    designation: pick(['उप निदेशक (राजभाषा)', 'प्राध्यापक, हिंदी विभाग', 'सहायक महाप्रबंधक', '']),
    organisation: pick(['केंद्रीय हिंदी प्रशिक्षण संस्थान', 'क्षेत्रीय कार्यान्वयन कार्यालय, भोपाल', 'भारतीय स्टेट बैंक', '']),
  });
  const citations: Citation[] = [
    { kind: 'संकल्प', number: '21-एनक्यू/टीडब्ल्यू', date: '2022-06-16', issuedBy: 'राजभाषा विभाग', title: '' },
    { kind: 'कार्यालय ज्ञापन', number: '12019/04/2023-रा.भा.(नीति)', date: '2023-04-03', issuedBy: 'गृह मंत्रालय', title: 'वार्षिक कार्यक्रम 2023-24' },
    { kind: 'परिपत्र', number: 'रा.भा./2024/17', date: null, issuedBy: '', title: 'यूनिकोड का अनिवार्य प्रयोग' },
  ].map((citation, n) => ({ ...citation, id: uuidFrom(seededRandom(31 + n)), createdAt: '2024-08-01T10:00:00.000Z', updatedAt: '2024-08-01T10:00:00.000Z' }));

  const last = DRAFT_SIZE.sessions - 1;
  const sessions = Array.from({ length: DRAFT_SIZE.sessions }, (_, s) => {
    const id = uuidFrom(random);
    const day = s < DRAFT_SIZE.sessions / 2 ? 0 : 1;
    const hour = 10 + (s % 5) * 1.5;
    const time = (at: number) => `${String(Math.floor(at)).padStart(2, '0')}:${at % 1 === 0 ? '00' : '30'}`;
    const roles =
      s === 0
        ? [
            { roleId: 'role-chair', holders: [fromDirectory(s)] },
            { roleId: 'role-chief-guest', holders: [typed(s)] },
            { roleId: 'role-special-guest', holders: [fromDirectory(s + 1), typed(s + 1)] },
            { roleId: 'role-welcome', holders: [fromDirectory(s + 2)] },
            { roleId: 'role-compere', holders: [fromDirectory(s + 3)] },
            { roleId: 'role-convener', holders: [{ kind: 'body' as const, name: ORGANISER }] },
          ]
        : s === last
          ? [
              { roleId: 'role-chair', holders: [fromDirectory(s)] },
              { roleId: 'role-chief-guest', holders: [fromDirectory(s + 1)] },
              { roleId: 'role-compere', holders: [fromDirectory(s + 3)] },
              { roleId: 'role-vote-of-thanks', holders: [typed(s)] },
            ]
          : [
              { roleId: 'role-chair', holders: [s % 3 === 0 ? typed(s) : fromDirectory(s)] },
              { roleId: 'role-key-speaker', holders: [fromDirectory(s + 5)] },
              { roleId: 'role-subject-introduction', holders: [fromDirectory(s + 7)] },
              { roleId: 'role-compere', holders: [fromDirectory(s + 3)] },
            ];
    const activities =
      s === 0
        ? [
            { id: `${id}-a1`, activityId: 'activity-lamp', text: '' },
            { id: `${id}-a2`, activityId: 'activity-saraswati-vandana', text: '' },
          ]
        : s === last
          ? [
              { id: `${id}-a1`, activityId: 'activity-quiz', text: 'प्रश्नोत्तरी में 12 प्रतिभागियों ने पुरस्कार जीते' },
              { id: `${id}-a2`, activityId: 'activity-certificates', text: '' },
            ]
          : s % 2 === 0
            ? [{ id: `${id}-a1`, activityId: 'activity-group-discussion', text: `${pick(TECHNICAL_TOPICS)} पर समूह चर्चा` }]
            : [{ id: `${id}-a1`, activityId: null, text: 'प्रतिभागियों ने हिंदी टिप्पण का अभ्यास किया' }];
    return {
      id,
      name: s === 0 ? 'उद्घाटन सत्र' : s === last ? 'समापन सत्र' : `तकनीकी सत्र ${s}`,
      date: DAYS[day] ?? '',
      startTime: time(hour),
      endTime: time(hour + 1.5),
      roles,
      activities,
      proceedings: [] as string[],
    };
  });

  const perSession = DRAFT_SIZE.speeches / DRAFT_SIZE.sessions;
  const speeches = sessions.flatMap((session, s) =>
    Array.from({ length: perSession }, (_, index) => {
      const n = s * perSession + index;
      // Most speakers are in the directory; a few are typed, and some speak in two sessions (introduced once).
      const speaker = n % 7 === 3 ? typed(n) : fromDirectory(n % 5 === 0 ? n / 5 : n);
      const person = speaker.kind === 'person' ? people.find((candidate) => candidate.id === speaker.personId) : undefined;
      return {
        id: uuidFrom(random),
        sessionId: session.id,
        speaker,
        designationAtTime: person === undefined || n % 3 !== 0 ? '' : `वरिष्ठ ${person.designation}`,
        organisationAtTime: n % 4 === 0 ? 'केंद्रीय विद्यालय संगठन' : '',
        summary: SUMMARIES[n % SUMMARIES.length] ?? '',
        summaryStyle: pick(STYLES),
        citationIds: n % 6 === 0 ? [(citations[(n / 6) % citations.length] as Citation).id] : [],
        order: index + 1,
      };
    }),
  );
  // Two sessions carry the secretary's own order of proceedings; the others follow the usual one.
  for (const s of [0, 4]) {
    const session = sessions[s];
    if (session === undefined) continue;
    const own = speeches.filter((speech) => speech.sessionId === session.id).reverse();
    session.proceedings = [
      ...session.activities.map((activity) => activityKey(activity.id)),
      ...own.map((speech) => speechKey(speech.id)),
      ...session.roles.map((role) => roleKey(role.roleId)),
    ];
  }

  const markAt = (minute: number) => `${DAYS[0]}T${String(10 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
  const attendees: StoredAttendee[] = invitees.map((person, position) => {
    const marks: Record<string, AttendanceMark> = {};
    const roll = random();
    // Most are marked for the whole programme, some per session only, and a few not at all.
    if (roll < 0.7) marks['programme'] = markOf(random(), markAt(position % 120));
    else if (roll < 0.92) for (const session of sessions.filter(() => random() < 0.4)) marks[session.id] = markOf(random(), markAt(position % 120));
    const { title, name, designation, organisation, categoryId, phone } = person;
    return { id: uuidFrom(random), personId: person.id, title, name, designation, organisation, categoryId, phone, invited: true, addedAt: '2024-09-01T09:00:00.000Z', marks, removedAt: null };
  });
  for (let n = 0; n < DRAFT_SIZE.walkIns; n += 1) {
    attendees.push({
      id: uuidFrom(random),
      personId: null,
      title: '',
      name: `${pick(['श्री', 'सुश्री', ''])} ${pick(['आगंतुक', 'प्रतिभागी'])} ${pick(['वर्मा', 'सिंह', 'अंसारी'])} ${n + 1}`.trim(),
      designation: pick(['लिपिक', 'अनुवादक', '']),
      organisation: pick(['डाक विभाग', 'आयकर कार्यालय', '']),
      categoryId: pick(['cat-guest', null]),
      phone: '',
      invited: false,
      addedAt: markAt(30 + n),
      marks: { programme: { status: 'present', at: markAt(30 + n), reason: '' } },
      removedAt: null,
    });
  }

  const feedback = Array.from({ length: DRAFT_SIZE.comments }, (_, n): StoredFeedbackEntry => {
    const at = `${DAYS[1]}T17:${String(n % 60).padStart(2, '0')}:00.000Z`;
    return {
      id: uuidFrom(random),
      source: random() < 0.5 ? { kind: 'person', personId: (pick(invitees) as StoredPerson).id } : random() < 0.5 ? { kind: 'unit', name: pick(['डाक विभाग', 'भारतीय स्टेट बैंक']) } : { kind: 'anonymous' },
      categoryId: FEEDBACK_CATEGORIES[n % FEEDBACK_CATEGORIES.length] ?? null,
      text: pick(COMMENTS),
      channel: random() < 0.8 ? 'written' : 'oral',
      receivedOn: DAYS[1] ?? null,
      followUp: random() < 0.2 ? { status: 'done', response: 'संबंधित अनुभाग को सूचित किया गया।' } : { status: 'open', response: '' },
      inReport: null,
      createdAt: at,
      updatedAt: at,
      removedAt: null,
    };
  });

  const programme: StoredProgramme = {
    id: programmeId(0),
    title: 'राजभाषा हिंदी का प्रगामी प्रयोग: नियम, साधन और अभ्यास',
    kindId: 'kind-workshop',
    organiser: ORGANISER,
    organiserShort: 'समिति',
    sponsor: 'गृह मंत्रालय, राजभाषा विभाग',
    sponsorRelation: 'aegis',
    venue: 'होटल पलाश का सभागार',
    city: CITY,
    days: DAYS.map((date) => ({ date, partOfDay: null, startTime: '10:00', endTime: '17:30' })),
    referenceNumber: 'न.रा.का.स./भोपाल/2024/17',
    purpose: 'सदस्य कार्यालयों में राजभाषा हिंदी के प्रयोग को बढ़ाना और ई-ऑफिस में हिंदी में काम को सरल बनाना',
    contentPoints: ['राजभाषा अधिनियम और नियम', 'यूनिकोड में हिंदी टंकण', 'ई-ऑफिस में हिंदी टिप्पण', 'अनुवाद के साधन', 'तिमाही प्रगति रिपोर्ट भरना'],
    occasion: 'हिंदी पखवाड़ा',
    outcomes: ['सभी सदस्य कार्यालय यूनिकोड अपनाएँगे', 'हर तिमाही एक हिंदी कार्यशाला आयोजित की जाएगी', 'ई-ऑफिस में हिंदी टिप्पण का अनुपात बढ़ाया जाएगा', 'शब्दावली की सूची सभी अनुभागों को भेजी जाएगी'],
    attendeeSummary: 'सदस्य कार्यालयों के अधिकारी एवं कर्मचारी',
    agenda: [
      { subject: 'पिछली बैठक के कार्यवृत्त की पुष्टि', discussion: '', decision: 'कार्यवृत्त की पुष्टि की गई' },
      { subject: 'तिमाही प्रगति रिपोर्ट की समीक्षा', discussion: 'कई कार्यालयों की रिपोर्ट देर से प्राप्त हुई', decision: 'रिपोर्ट हर तिमाही की 10 तारीख तक भेजी जाएँगी' },
      { subject: 'हिंदी पखवाड़ा के आयोजन', discussion: 'प्रतियोगिताओं के विषयों पर चर्चा हुई', decision: '' },
    ],
    status: 'held',
    sessions,
    speeches,
    feedback,
    attendance: { quorum: 100, attendees },
    createdAt: '2024-09-01T09:00:00.000Z',
    updatedAt: '2024-09-15T18:00:00.000Z',
    removedAt: null,
  };
  const organisation: OrganisationInput = {
    nameHi: ORGANISER,
    nameEn: 'Town Official Language Implementation Committee, Bhopal',
    address: 'अरेरा हिल्स, भोपाल',
    secretaryName: 'सुनीता वर्मा',
    secretaryDesignation: 'सदस्य सचिव',
    defaultOrganiser: ORGANISER,
  };
  return { programme, people, citations, organisation };
}

/** Titles and gender as a directory kept since titles existed has them, with some older entries that lack both. */
function withTitle(person: StoredPerson, n: number): StoredPerson {
  if (n % 9 === 8) return person;
  const female = FEMALE_FIRST_NAMES.has(person.name.split(' ')[0] ?? '');
  const title = n % 5 === 0 ? 'डॉ.' : n % 11 === 0 ? 'प्रो.' : female ? (n % 2 === 0 ? 'श्रीमती' : 'सुश्री') : 'श्री';
  return { ...person, title, gender: female ? 'female' : 'male' };
}

function markOf(roll: number, at: string): AttendanceMark {
  if (roll < 0.75) return { status: 'present', at, reason: '' };
  if (roll < 0.83) return { status: 'late', at, reason: 'यातायात में देरी।' };
  if (roll < 0.88) return { status: 'leftEarly', at, reason: 'कार्यालय में आवश्यक बैठक।' };
  if (roll < 0.95) return { status: 'absent', at, reason: '' };
  return { status: 'excused', at, reason: 'दौरे पर होने के कारण।' };
}

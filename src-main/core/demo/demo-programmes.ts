import type { DemoCircular, DemoListRef, DemoProgramme } from './demo-types.js';

/** The organiser of every demo programme; "(नमूना)" tells anyone reading it that it is made up. */
export const DEMO_ORGANISER = 'आदर्श नगर ज़िला राजभाषा समिति (नमूना)';

const KIND = {
  workshop: { id: 'kind-workshop', name: 'कार्यशाला' },
  meeting: { id: 'kind-meeting', name: 'बैठक' },
  training: { id: 'kind-training', name: 'प्रशिक्षण' },
} satisfies Record<string, DemoListRef>;

const ROLE = {
  chair: { id: 'role-chair', name: 'अध्यक्षता' },
  chiefGuest: { id: 'role-chief-guest', name: 'मुख्य अतिथि' },
  keySpeaker: { id: 'role-key-speaker', name: 'मुख्य वक्ता' },
  compere: { id: 'role-compere', name: 'संचालन' },
  thanks: { id: 'role-vote-of-thanks', name: 'धन्यवाद ज्ञापन' },
} satisfies Record<string, DemoListRef>;

const ACTIVITY = {
  lamp: { id: 'activity-lamp', name: 'दीप प्रज्वलन' },
  vandana: { id: 'activity-saraswati-vandana', name: 'सरस्वती वंदना' },
  quiz: { id: 'activity-quiz', name: 'प्रश्नोत्तरी' },
  discussion: { id: 'activity-group-discussion', name: 'समूह चर्चा' },
} satisfies Record<string, DemoListRef>;

/** Positions in the demo directory (see demoPeople): the committee's posts come first, in order. */
const PERSON = { president: 0, seniorVicePresident: 1, secretary: 4, jointSecretary: 5, literature: 12, training: 13 } as const;
/** The first guests of the directory, who speak as experts. */
const GUEST = { first: 120, second: 121, third: 122 } as const;

const CHIEF_GUEST = { kind: 'typed', name: 'डॉ. कमला प्रसाद वर्मा', designation: 'ज़िलाधिकारी, आदर्श नगर (काल्पनिक)' } as const;

export const DEMO_CIRCULAR: DemoCircular = {
  kind: 'परिपत्र',
  number: 'रा.भा.स./नमूना/12/2025',
  date: '2025-01-10',
  issuedBy: DEMO_ORGANISER,
  title: 'सरकारी कामकाज में हिंदी के प्रगामी प्रयोग संबंधी निर्देश (काल्पनिक)',
};

type ProgrammeRecord = Omit<DemoProgramme, 'invitees' | 'marks' | 'feedback'>;

/** The three programmes of the demo, as a secretary would have recorded them. */
export function demoProgrammeRecords(): ProgrammeRecord[] {
  return [workshop(), meeting(), training()];
}

function workshop(): ProgrammeRecord {
  const date = '2025-03-18';
  return {
    title: 'राजभाषा हिंदी में टिप्पण एवं आलेखन कार्यशाला',
    kind: KIND.workshop,
    organiser: DEMO_ORGANISER,
    venue: 'नगर सभागार, आदर्श नगर (काल्पनिक)',
    days: [{ date, partOfDay: 'morning', startTime: '10:00', endTime: '16:00' }],
    referenceNumber: 'रा.भा.स./नमूना/कार्यशाला/03/2025',
    purpose: 'शाखाओं के कार्मिकों को सरकारी पत्राचार, टिप्पण और आलेखन हिंदी में सरल और शुद्ध रूप से करने का अभ्यास कराना।',
    contentPoints: [
      'टिप्पण और आलेखन के मानक प्रारूप',
      'प्रशासनिक शब्दावली का सही प्रयोग',
      'सामान्य अशुद्धियाँ और उनका सुधार',
      'व्यावहारिक अभ्यास: एक कार्यालय ज्ञापन तैयार करना',
    ],
    occasion: '',
    outcomes: ['प्रतिभागियों ने दो-दो मसौदे हिंदी में तैयार किए।', 'प्रत्येक शाखा में एक हिंदी सहायक नामित करने पर सहमति बनी।'],
    attendeeSummary: 'विभिन्न शाखाओं के सचिव; कार्यकारिणी सदस्य; आमंत्रित विशेषज्ञ',
    sessions: [
      {
        name: 'कार्यशाला सत्र',
        date,
        startTime: '10:00',
        endTime: '16:00',
        roles: [
          { role: ROLE.chair, holders: [{ kind: 'person', person: PERSON.president }] },
          { role: ROLE.keySpeaker, holders: [{ kind: 'person', person: GUEST.first }] },
          { role: ROLE.compere, holders: [{ kind: 'person', person: PERSON.secretary }] },
          { role: ROLE.thanks, holders: [{ kind: 'person', person: PERSON.jointSecretary }] },
        ],
        activities: [
          { activity: ACTIVITY.lamp, text: '' },
          { activity: ACTIVITY.discussion, text: 'मसौदों पर समूहवार चर्चा' },
        ],
      },
    ],
    speeches: [
      {
        session: 0,
        speaker: PERSON.president,
        designationAtTime: '',
        summary: 'अध्यक्ष ने कहा कि हिंदी में काम करना कठिन नहीं, केवल अभ्यास की बात है, और सभी शाखाओं से नियमित अभ्यास का आग्रह किया।',
        citesCircular: true,
      },
      {
        session: 0,
        speaker: GUEST.first,
        designationAtTime: '',
        summary: 'मुख्य वक्ता ने उदाहरणों के साथ टिप्पण और आलेखन के मानक प्रारूप समझाए और सामान्य अशुद्धियों पर ध्यान दिलाया।',
        citesCircular: false,
      },
    ],
  };
}

function meeting(): ProgrammeRecord {
  const date = '2025-06-24';
  return {
    title: 'ज़िला राजभाषा समिति की त्रैमासिक बैठक',
    kind: KIND.meeting,
    organiser: DEMO_ORGANISER,
    venue: 'समिति कक्ष, ज़िला कार्यालय (काल्पनिक)',
    days: [{ date, partOfDay: 'afternoon', startTime: '15:00', endTime: '17:00' }],
    referenceNumber: 'रा.भा.स./नमूना/बैठक/02/2025',
    purpose: 'पिछली तिमाही में हिंदी के प्रयोग की प्रगति की समीक्षा करना और आगामी हिंदी पखवाड़े की तैयारी तय करना।',
    contentPoints: [
      'पिछली बैठक के कार्यवृत्त की पुष्टि',
      'शाखावार तिमाही प्रगति रिपोर्ट',
      'हिंदी पखवाड़ा 2025 की रूपरेखा',
      'अध्यक्ष की अनुमति से अन्य विषय',
    ],
    occasion: '',
    outcomes: ['पिछली बैठक का कार्यवृत्त सर्वसम्मति से पुष्ट हुआ।', 'हिंदी पखवाड़े में दो दिवसीय प्रशिक्षण आयोजित करने का निर्णय लिया गया।'],
    attendeeSummary: 'समिति के पदाधिकारी; कार्यकारिणी सदस्य; शाखा सचिव',
    sessions: [
      {
        name: 'बैठक',
        date,
        startTime: '15:00',
        endTime: '17:00',
        roles: [
          { role: ROLE.chair, holders: [{ kind: 'person', person: PERSON.president }] },
          { role: ROLE.compere, holders: [{ kind: 'person', person: PERSON.secretary }] },
          { role: ROLE.thanks, holders: [{ kind: 'person', person: PERSON.seniorVicePresident }] },
        ],
        activities: [],
      },
    ],
    speeches: [
      {
        session: 0,
        speaker: PERSON.secretary,
        designationAtTime: '',
        summary: 'सचिव ने शाखावार प्रगति रिपोर्ट प्रस्तुत की: अधिकांश शाखाओं में हिंदी पत्राचार पिछली तिमाही से बढ़ा है।',
        citesCircular: false,
      },
      {
        session: 0,
        speaker: PERSON.training,
        designationAtTime: '',
        summary: 'प्रशिक्षण प्रभारी ने हिंदी पखवाड़े में यूनिकोड और हिंदी ई-टूल्स पर प्रशिक्षण का प्रस्ताव रखा।',
        citesCircular: false,
      },
    ],
  };
}

function training(): ProgrammeRecord {
  const first = '2025-09-15';
  const second = '2025-09-16';
  return {
    title: 'यूनिकोड एवं हिंदी ई-टूल्स पर दो दिवसीय प्रशिक्षण',
    kind: KIND.training,
    organiser: DEMO_ORGANISER,
    venue: 'कंप्यूटर प्रशिक्षण केंद्र, आदर्श नगर (काल्पनिक)',
    days: [
      { date: first, partOfDay: null, startTime: '10:00', endTime: '17:00' },
      { date: second, partOfDay: null, startTime: '10:00', endTime: '16:30' },
    ],
    referenceNumber: 'रा.भा.स./नमूना/प्रशिक्षण/09/2025',
    purpose: 'कार्मिकों को कंप्यूटर पर यूनिकोड में हिंदी टाइपिंग, अनुवाद सहायक साधनों और हिंदी ई-टूल्स के प्रयोग का प्रशिक्षण देना।',
    contentPoints: [
      'यूनिकोड क्या है और पुराने फ़ॉन्ट से यूनिकोड में बदलना',
      'इनस्क्रिप्ट और ध्वन्यात्मक कीबोर्ड से हिंदी टाइपिंग',
      'वर्तनी जाँच और शब्दकोश के साधन',
      'अनुवाद सहायक साधनों का सावधानी से प्रयोग',
    ],
    occasion: 'हिंदी पखवाड़े (14 से 28 सितंबर 2025)',
    outcomes: [
      'प्रतिभागियों ने यूनिकोड में एक-एक पत्र टाइप करके जमा किया।',
      'प्रत्येक शाखा के कंप्यूटरों पर हिंदी कीबोर्ड सक्रिय करने का निर्णय लिया गया।',
    ],
    attendeeSummary: 'शाखा सचिव; कार्यकारिणी सदस्य; आमंत्रित विशेषज्ञ',
    sessions: [
      {
        name: 'उद्घाटन सत्र',
        date: first,
        startTime: '10:00',
        endTime: '11:00',
        roles: [
          { role: ROLE.chair, holders: [{ kind: 'person', person: PERSON.president }] },
          { role: ROLE.chiefGuest, holders: [CHIEF_GUEST] },
          { role: ROLE.compere, holders: [{ kind: 'person', person: PERSON.secretary }] },
        ],
        activities: [
          { activity: ACTIVITY.lamp, text: '' },
          { activity: ACTIVITY.vandana, text: '' },
        ],
      },
      {
        name: 'तकनीकी सत्र',
        date: first,
        startTime: '11:30',
        endTime: '17:00',
        roles: [
          { role: ROLE.chair, holders: [{ kind: 'person', person: PERSON.training }] },
          { role: ROLE.keySpeaker, holders: [{ kind: 'person', person: GUEST.second }, { kind: 'person', person: GUEST.third }] },
        ],
        activities: [{ activity: null, text: 'प्रत्येक प्रतिभागी द्वारा कंप्यूटर पर व्यावहारिक अभ्यास' }],
      },
      {
        name: 'समापन सत्र',
        date: second,
        startTime: '15:00',
        endTime: '16:30',
        roles: [
          { role: ROLE.chair, holders: [{ kind: 'person', person: PERSON.president }] },
          { role: ROLE.compere, holders: [{ kind: 'person', person: PERSON.literature }] },
          { role: ROLE.thanks, holders: [{ kind: 'person', person: PERSON.jointSecretary }] },
        ],
        activities: [{ activity: ACTIVITY.quiz, text: 'यूनिकोड और हिंदी टाइपिंग पर प्रश्नोत्तरी' }],
      },
    ],
    speeches: [
      {
        session: 0,
        speaker: PERSON.president,
        designationAtTime: '',
        summary: 'अध्यक्ष ने हिंदी पखवाड़े की शुभकामनाएँ दीं और कहा कि तकनीक ने हिंदी में काम करना पहले से कहीं सरल बना दिया है।',
        citesCircular: false,
      },
      {
        session: 1,
        speaker: GUEST.second,
        designationAtTime: '',
        summary: 'यूनिकोड की अवधारणा समझाई और पुराने फ़ॉन्ट में लिखी फ़ाइलों को यूनिकोड में बदलकर दिखाया।',
        citesCircular: false,
      },
      {
        session: 1,
        speaker: GUEST.third,
        designationAtTime: '',
        summary: 'इनस्क्रिप्ट कीबोर्ड का अभ्यास कराया और वर्तनी जाँच के साधनों का प्रयोग सिखाया।',
        citesCircular: false,
      },
      {
        session: 2,
        speaker: PERSON.president,
        designationAtTime: '',
        summary: 'समापन पर अध्यक्ष ने परिपत्र के अनुसार सभी शाखाओं से अगले पखवाड़े तक अपना दैनिक पत्राचार यूनिकोड में करने का आग्रह किया।',
        citesCircular: true,
      },
    ],
  };
}

import type { FeedbackEntryInput, HolderInput, PersonInput } from '../../../../src-main/core/contract/index.js';
import type { CoreHarness } from '../../../support/core-harness.js';

/*
 * Four records of our own making, each modelled on a different kind of Hindi news report of
 * the sort offices publish (a national conference, a town official-language committee's
 * half-yearly meeting, a women's training, a joint workshop of several offices). Each is
 * recorded through the core's channels as a secretary would enter it; own-records.test.ts
 * holds the full draft each must give.
 */

type Typed = Extract<HolderInput, { kind: 'typed' }>;
const typed = (title: string, name: string, gender: 'male' | 'female' | null, designation = '', organisation = ''): Typed => ({
  kind: 'typed',
  title,
  name,
  gender,
  designation,
  organisation,
});

async function attend(h: CoreHarness, programmeId: string, people: ReadonlyArray<PersonInput & { status?: 'present' | 'absent' | 'excused'; reason?: string }>, categoryName: string): Promise<void> {
  const existing = (await h.ok('categories:list', {})).find((entry) => entry.name === categoryName);
  const category = existing ?? (await h.ok('categories:create', { name: categoryName }));
  const statuses = new Map<string, { status: 'present' | 'absent' | 'excused'; reason: string }>();
  for (const { status, reason, ...person } of people) {
    const created = await h.ok('people:create', { person: { ...person, categoryId: category.id } });
    if (status !== undefined) statuses.set(created.id, { status, reason: reason ?? '' });
  }
  await h.ok('attendance:invite', { programmeId, selection: { kind: 'category', categoryId: category.id } });
  for (const attendee of (await h.ok('attendance:get', { programmeId })).attendees) {
    const mark = attendee.personId === null ? undefined : statuses.get(attendee.personId);
    if (mark !== undefined) {
      await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId: attendee.id }, status: mark.status, reason: mark.reason });
    }
  }
}

function many(count: number, make: (index: number) => PersonInput & { status?: 'present' | 'absent' | 'excused' }) {
  return Array.from({ length: count }, (_, index) => make(index));
}

/** 1. A three-day national conference of a university with UGC's support, four sessions. */
export async function recordConference(h: CoreHarness): Promise<string> {
  const university = 'बरकतउल्ला विश्वविद्यालय, भोपाल';
  const programme = await h.ok('programmes:create', {
    programme: {
      title: 'विज्ञान और तकनीक में हिंदी',
      kindId: 'kind-conference',
      organiser: `हिंदी विभाग, ${university}`,
      organiserShort: 'विभाग',
      sponsor: 'विश्वविद्यालय अनुदान आयोग',
      sponsorRelation: 'support',
      venue: 'विश्वविद्यालय का ज्ञान-विज्ञान भवन',
      city: 'भोपाल',
      days: [{ date: '2025-02-12' }, { date: '2025-02-13' }, { date: '2025-02-14' }],
      status: 'held',
      sessions: [
        {
          id: 'inaugural',
          name: 'उद्घाटन सत्र',
          date: '2025-02-12',
          startTime: '10:30',
          roles: [
            { roleId: 'role-chair', holders: [typed('प्रो.', 'सुरेश कुमार जैन', 'male', 'कुलपति', university)] },
            { roleId: 'role-chief-guest', holders: [typed('डॉ.', 'अनीता शुक्ला', 'female', 'निदेशक', 'केंद्रीय हिंदी संस्थान')] },
            { roleId: 'role-key-speaker', holders: [typed('प्रो.', 'रमाकांत पांडेय', 'male', 'पूर्व अध्यक्ष, हिंदी विभाग')] },
            { roleId: 'role-welcome', holders: [typed('डॉ.', 'मीना श्रीवास्तव', 'female', 'विभागाध्यक्ष', `हिंदी विभाग, ${university}`)] },
          ],
          activities: [{ activityId: 'activity-lamp' }, { activityId: 'activity-saraswati-vandana' }],
        },
        { id: 'tech-1', name: 'प्रथम तकनीकी सत्र', date: '2025-02-12', startTime: '14:00' },
        {
          id: 'tech-2',
          name: 'द्वितीय तकनीकी सत्र',
          date: '2025-02-13',
          roles: [{ roleId: 'role-chair', holders: [typed('डॉ.', 'कमला प्रसाद', null, 'आचार्य', 'मौलाना आज़ाद राष्ट्रीय प्रौद्योगिकी संस्थान')] }],
        },
        {
          id: 'closing',
          name: 'समापन सत्र',
          date: '2025-02-14',
          roles: [
            { roleId: 'role-chair', holders: [typed('प्रो.', 'सुरेश कुमार जैन', 'male', 'कुलपति', university)] },
            { roleId: 'role-vote-of-thanks', holders: [typed('डॉ.', 'राजेश तिवारी', 'male', 'संयोजक')] },
          ],
          activities: [{ activityId: 'activity-certificates' }],
        },
      ],
      speeches: [
        { sessionId: 'inaugural', speaker: typed('डॉ.', 'अनीता शुक्ला', 'female', 'निदेशक', 'केंद्रीय हिंदी संस्थान'), summary: 'कहा कि विज्ञान की शिक्षा मातृभाषा में हो तो विद्यार्थी विषय को गहराई से समझते हैं' },
        { sessionId: 'inaugural', speaker: typed('प्रो.', 'रमाकांत पांडेय', 'male', 'पूर्व अध्यक्ष, हिंदी विभाग'), summary: 'हिंदी में वैज्ञानिक शब्दावली के विकास की यात्रा पर प्रकाश डाला' },
        { sessionId: 'tech-1', speaker: typed('डॉ.', 'विनय मिश्र', 'male', 'वरिष्ठ वैज्ञानिक', 'इसरो'), summary: 'अंतरिक्ष विज्ञान के लोकप्रिय लेखन में हिंदी की भूमिका' },
        { sessionId: 'tech-1', speaker: typed('सुश्री', 'प्रिया नायर', 'female', 'शोधार्थी'), summary: 'मशीनी अनुवाद के उपकरणों का प्रदर्शन किया। उन्होंने बताया कि तकनीकी शब्दों के लिए मानक शब्दकोश आवश्यक है।' },
        { sessionId: 'tech-2', speaker: typed('श्री', 'अरुण कुमार', 'male', 'सहायक प्राध्यापक', 'शासकीय महाविद्यालय, सीहोर'), summary: 'क्या हिंदी माध्यम के विद्यार्थी प्रतियोगी परीक्षाओं में पीछे रह जाते हैं?', summaryStyle: 'quote' },
      ],
      outcomes: ['विज्ञान विषयों की हिंदी पाठ्य-सामग्री का एक संकलन प्रकाशित किया जाएगा', 'अगला सम्मेलन वर्ष 2026 में आयोजित होगा'],
    },
  });
  await attend(h, programme.id, many(3, (index) => ({ name: `शोध प्रतिभागी ${index + 1}`, organisation: university, status: 'present' })), 'शोधार्थी');
  await attend(h, programme.id, many(2, (index) => ({ name: `प्राध्यापक प्रतिभागी ${index + 1}`, organisation: 'शासकीय महाविद्यालय, सीहोर', status: 'present' })), 'प्राध्यापक');
  return programme.id;
}

/** 2. A town official-language committee's half-yearly meeting: agenda, absentees with and without notice. */
export async function recordTolicMeeting(h: CoreHarness): Promise<string> {
  const committee = 'नगर राजभाषा कार्यान्वयन समिति, जबलपुर';
  await h.ok('organisation:update', { organisation: { nameHi: 'भारतीय स्टेट बैंक, क्षेत्रीय कार्यालय, जबलपुर', secretaryName: 'श्री नरेंद्र सोनी', secretaryDesignation: 'सदस्य सचिव' } });
  const programme = await h.ok('programmes:create', {
    programme: {
      title: 'नगर राजभाषा कार्यान्वयन समिति की छमाही बैठक',
      kindId: 'kind-meeting',
      organiser: committee,
      organiserShort: 'समिति',
      venue: 'बैंक का सम्मेलन कक्ष',
      city: 'जबलपुर',
      referenceNumber: 'नराकास/जब/2025/02',
      days: [{ date: '2025-06-20', startTime: '15:00', endTime: '17:00' }],
      status: 'held',
      agenda: [
        { subject: 'पिछली बैठक के कार्यवृत्त की पुष्टि', decision: 'कार्यवृत्त की पुष्टि की गई' },
        {
          subject: 'सदस्य कार्यालयों की तिमाही प्रगति रिपोर्ट की समीक्षा',
          discussion: 'सदस्य सचिव ने बताया कि 42 में से 36 कार्यालयों ने रिपोर्ट समय पर भेजी',
          decision: 'शेष 6 कार्यालयों को स्मरण-पत्र भेजा जाएगा',
        },
        { subject: 'हिंदी पखवाड़े का आयोजन', discussion: 'संयुक्त आयोजन पर सहमति बनी', decision: 'पखवाड़ा 14 से 28 सितंबर 2025 तक मनाया जाएगा' },
      ],
      sessions: [
        {
          id: 'meeting',
          name: 'बैठक',
          date: '2025-06-20',
          startTime: '15:00',
          endTime: '17:00',
          roles: [
            { roleId: 'role-chair', holders: [typed('श्री', 'अजय कुमार सिंह', 'male', 'अध्यक्ष', committee)] },
            { roleId: 'role-vote-of-thanks', holders: [typed('श्री', 'नरेंद्र सोनी', 'male', 'सदस्य सचिव')] },
          ],
        },
      ],
    },
  });
  await attend(
    h,
    programme.id,
    [
      { title: 'श्री', name: 'अजय कुमार सिंह', gender: 'male', designation: 'अध्यक्ष', organisation: committee, status: 'present' },
      { title: 'श्री', name: 'नरेंद्र सोनी', gender: 'male', designation: 'सदस्य सचिव', organisation: committee, status: 'present' },
      { title: 'श्रीमती', name: 'सुधा अग्रवाल', gender: 'female', designation: 'राजभाषा अधिकारी', organisation: 'आयुध निर्माणी', status: 'present' },
      { title: 'श्री', name: 'दीपक चौरसिया', gender: 'male', designation: 'हिंदी अनुवादक', organisation: 'डाक विभाग', status: 'present' },
      { title: 'डॉ.', name: 'शालिनी दुबे', gender: 'female', designation: 'उप निदेशक', organisation: 'आकाशवाणी', status: 'excused', reason: 'प्रशिक्षण पर' },
      { title: 'श्री', name: 'मनोज पटेल', gender: 'male', designation: 'प्रबंधक', organisation: 'बीमा कंपनी', status: 'absent' },
    ],
    'नराकास सदस्य',
  );
  return programme.id;
}

/** 3. A one-day training for women's self-help groups: a woman chairs, a woman is chief guest. */
export async function recordWomensTraining(h: CoreHarness): Promise<string> {
  const bank = 'मध्यांचल ग्रामीण बैंक, सागर';
  const programme = await h.ok('programmes:create', {
    programme: {
      title: 'स्वयं सहायता समूहों के लिए वित्तीय साक्षरता',
      kindId: 'kind-training',
      organiser: bank,
      organiserShort: 'बैंक',
      venue: 'बैंक का ग्रामीण प्रशिक्षण संस्थान',
      city: 'सागर',
      days: [{ date: '2025-03-08', partOfDay: 'morning' }],
      purpose: 'समूह की महिलाओं को बचत, ऋण और डिजिटल लेन-देन की जानकारी देना',
      occasion: 'अंतरराष्ट्रीय महिला दिवस',
      status: 'held',
      sessions: [
        {
          id: 'main',
          name: 'प्रशिक्षण',
          date: '2025-03-08',
          roles: [
            { roleId: 'role-chair', holders: [typed('श्रीमती', 'ऊषा ठाकुर', null, 'क्षेत्रीय प्रबंधक', bank)] },
            { roleId: 'role-chief-guest', holders: [typed('सुश्री', 'अंकिता राय', null, 'जिला पंचायत की मुख्य कार्यपालन अधिकारी')] },
            { roleId: 'role-compere', holders: [typed('श्रीमती', 'रीना साहू', 'female', 'वित्तीय साक्षरता सलाहकार')] },
          ],
          activities: [{ activityId: 'activity-lamp' }, { activityId: 'activity-quiz' }],
        },
      ],
      speeches: [
        { sessionId: 'main', speaker: typed('सुश्री', 'अंकिता राय', null, 'जिला पंचायत की मुख्य कार्यपालन अधिकारी'), summary: 'महिलाओं से समूह के खातों का नियमित लेखा रखने और डिजिटल भुगतान अपनाने का आग्रह किया' },
        { sessionId: 'main', speaker: typed('श्री', 'महेश यादव', 'male', 'शाखा प्रबंधक', bank), summary: 'बचत खाते से ऋण तक की प्रक्रिया' },
      ],
    },
  });
  await attend(h, programme.id, many(25, (index) => ({ name: `समूह सदस्य ${index + 1}`, organisation: `स्वयं सहायता समूह ${(index % 5) + 1}`, status: 'present' })), 'समूह सदस्य');
  const comments: FeedbackEntryInput[] = [
    { categoryId: 'feedback-affirmation', text: 'प्रशिक्षण की भाषा सरल थी' },
    { categoryId: 'feedback-affirmation', text: 'यूपीआई का अभ्यास कराया गया' },
    { categoryId: 'feedback-difficulties', text: 'गाँवों में बैंक मित्र की कमी' },
    { categoryId: 'feedback-proposals', text: 'अगला प्रशिक्षण गाँव में ही हो' },
  ];
  await h.ok('feedback:addMany', { programmeId: programme.id, entries: comments });
  return programme.id;
}

/** 4. A joint workshop of four offices of one town: people from each, counted by organisation. */
export async function recordJointWorkshop(h: CoreHarness): Promise<string> {
  const offices = ['केंद्रीय विद्यालय क्रमांक 1, इंदौर', 'आयकर कार्यालय, इंदौर', 'भारतीय जीवन बीमा निगम, इंदौर', 'डाक विभाग, इंदौर'];
  const programme = await h.ok('programmes:create', {
    programme: {
      title: 'कार्यालयीन कार्य में यूनिकोड और हिंदी टंकण',
      kindId: 'kind-workshop',
      organiser: 'नगर राजभाषा कार्यान्वयन समिति, इंदौर',
      organiserShort: 'समिति',
      venue: 'आयकर भवन का सभागार',
      city: 'इंदौर',
      days: [{ date: '2025-09-18', partOfDay: 'afternoon' }],
      contentPoints: ['यूनिकोड फ़ॉन्ट और इनस्क्रिप्ट कुंजीपटल'],
      status: 'held',
      sessions: [
        {
          id: 'main',
          name: 'कार्यशाला',
          date: '2025-09-18',
          roles: [
            { roleId: 'role-chair', holders: [typed('श्री', 'विकास गुप्ता', 'male', 'आयकर आयुक्त', offices[1])] },
            { roleId: 'role-subject-introduction', holders: [typed('श्रीमती', 'नीलम जोशी', 'female', 'सहायक निदेशक (राजभाषा)', offices[1])] },
            { roleId: 'role-speaker', holders: [typed('', 'संजय वर्मा', null, 'तकनीकी सहायक', 'राष्ट्रीय सूचना विज्ञान केंद्र')] },
            { roleId: 'role-vote-of-thanks', holders: [typed('श्री', 'प्रकाश मालवीय', 'male', 'हिंदी अधिकारी', offices[2])] },
          ],
        },
      ],
      speeches: [{ sessionId: 'main', speaker: typed('', 'संजय वर्मा', null, 'तकनीकी सहायक', 'राष्ट्रीय सूचना विज्ञान केंद्र'), summary: 'इनस्क्रिप्ट कुंजीपटल से टंकण का अभ्यास कराया' }],
    },
  });
  // 6, 4, 3 and 2 people from the four offices: officers first, then staff.
  const office = (n: number) => offices[n < 6 ? 0 : n < 10 ? 1 : n < 13 ? 2 : 3] ?? '';
  await attend(h, programme.id, many(5, (n) => ({ name: `अधिकारी ${n + 1}`, organisation: office(n * 3), status: 'present' })), 'अधिकारी');
  await attend(h, programme.id, many(15, (n) => ({ name: `कर्मचारी ${n + 1}`, organisation: office(n), status: n < 10 ? 'present' : undefined })), 'कर्मचारी');
  return programme.id;
}

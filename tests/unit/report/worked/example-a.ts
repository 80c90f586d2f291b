import type { FeedbackEntryInput } from '../../../../src-main/core/contract/index.js';
import type { CoreHarness } from '../../../support/core-harness.js';

/**
 * Worked example A of REPORT-STYLE.md: a two-day training of a district cooperative bank under
 * NABARD's aegis, recorded through the core's channels as a secretary would enter it.
 */
export const EXAMPLE_A_ORGANISER = 'जिला सहकारी केंद्रीय बैंक मर्यादित, सीहोर';

export async function recordExampleA(h: CoreHarness): Promise<string> {
  const chair = await h.ok('people:create', {
    person: { title: 'श्री', name: 'रघुनाथ सिंह ठाकुर', gender: 'male', designation: 'अध्यक्ष', organisation: EXAMPLE_A_ORGANISER },
  });
  const programme = await h.ok('programmes:create', {
    programme: {
      title: 'डिजिटल भुगतान और साइबर सुरक्षा',
      kindId: 'kind-training',
      organiser: EXAMPLE_A_ORGANISER,
      organiserShort: 'बैंक',
      sponsor: 'राष्ट्रीय कृषि और ग्रामीण विकास बैंक (नाबार्ड)',
      sponsorRelation: 'aegis',
      venue: 'बैंक का प्रशिक्षण केंद्र',
      city: 'सीहोर',
      days: [{ date: '2024-08-08' }, { date: '2024-08-09' }],
      status: 'held',
      outcomes: ['प्रत्येक शाखा में साइबर जागरूकता पोस्टर लगाए जाएँगे'],
      sessions: [
        {
          id: 's-open',
          name: 'उद्घाटन सत्र',
          date: '2024-08-08',
          startTime: '10:30',
          endTime: '12:00',
          roles: [
            { roleId: 'role-chair', holders: [{ kind: 'person', personId: chair.id }] },
            { roleId: 'role-chief-guest', holders: [{ kind: 'typed', title: 'श्रीमती', name: 'प्रीति मीणा', gender: 'female', designation: 'जिला कलेक्टर' }] },
            {
              roleId: 'role-welcome',
              holders: [{ kind: 'typed', title: 'श्री', name: 'अशोक जैन', gender: 'male', designation: 'मुख्य कार्यपालन अधिकारी', organisation: EXAMPLE_A_ORGANISER }],
            },
          ],
          activities: [{ activityId: 'activity-lamp' }, { activityId: 'activity-saraswati-vandana' }],
        },
        { id: 's-tech', name: 'तकनीकी सत्र', date: '2024-08-08', startTime: '12:30', endTime: '17:00' },
        {
          id: 's-close',
          name: 'समापन सत्र',
          date: '2024-08-09',
          startTime: '15:00',
          endTime: '16:30',
          roles: [
            {
              roleId: 'role-chair',
              holders: [{ kind: 'typed', title: 'श्रीमती', name: 'सरिता वर्मा', gender: 'female', designation: 'महाप्रबंधक', organisation: EXAMPLE_A_ORGANISER }],
            },
            { roleId: 'role-vote-of-thanks', holders: [{ kind: 'typed', title: 'श्री', name: 'दिनेश पटेल', gender: 'male', designation: 'प्रशिक्षण समन्वयक' }] },
          ],
          activities: [{ activityId: 'activity-quiz' }, { activityId: 'activity-certificates' }],
        },
      ],
      speeches: [
        {
          sessionId: 's-open',
          speaker: { kind: 'typed', title: 'श्रीमती', name: 'प्रीति मीणा', gender: 'female', designation: 'जिला कलेक्टर' },
          summary:
            'सहकारी बैंकों में डिजिटल लेन-देन की बढ़ती भूमिका पर प्रकाश डाला और कर्मचारियों से ग्राहकों को साइबर धोखाधड़ी के प्रति जागरूक करने का आह्वान किया',
        },
        {
          sessionId: 's-tech',
          speaker: { kind: 'typed', title: 'श्री', name: 'विवेक शुक्ला', gender: 'male', designation: 'जिला विकास प्रबंधक', organisation: 'नाबार्ड' },
          summary: 'यूपीआई और आधार आधारित भुगतान प्रणाली की कार्यप्रणाली समझाई',
        },
        {
          sessionId: 's-tech',
          speaker: { kind: 'typed', title: 'सुश्री', name: 'कविता राजपूत', gender: 'female', designation: 'उप निरीक्षक', organisation: 'साइबर सेल, सीहोर' },
          summary: 'अधिकांश साइबर धोखाधड़ी ओटीपी साझा करने से होती है, इसलिए ग्राहकों को बार-बार सचेत करना आवश्यक है',
        },
      ],
    },
  });

  for (const [group, count] of [
    ['शाखा प्रबंधक', 24],
    ['लेखापाल', 14],
  ] as const) {
    const category = await h.ok('categories:create', { name: group });
    for (let index = 0; index < count; index += 1) {
      await h.ok('people:create', { person: { name: `${group} ${index + 1}`, categoryId: category.id, organisation: EXAMPLE_A_ORGANISER } });
    }
    await h.ok('attendance:invite', { programmeId: programme.id, selection: { kind: 'category', categoryId: category.id } });
  }
  for (const attendee of (await h.ok('attendance:get', { programmeId: programme.id })).attendees) {
    await h.ok('attendance:mark', { programmeId: programme.id, scope: 'programme', target: { kind: 'attendee', attendeeId: attendee.id }, status: 'present' });
  }

  const comments: FeedbackEntryInput[] = [
    ...commentsOf('feedback-achievements', 'साइबर धोखाधड़ी के वास्तविक उदाहरणों से विषय आसानी से समझ में आया', 5),
    ...commentsOf('feedback-difficulties', 'ग्रामीण शाखाओं में इंटरनेट कनेक्टिविटी कमजोर है', 3),
    ...commentsOf('feedback-proposals', 'ऐसा प्रशिक्षण लेखा सहायकों के लिए भी आयोजित किया जाए', 6),
  ];
  await h.ok('feedback:addMany', { programmeId: programme.id, entries: comments });
  return programme.id;
}

/** The first comment of a category, marked for the report, and `count - 1` more that are not. */
function commentsOf(categoryId: string, first: string, count: number): FeedbackEntryInput[] {
  return Array.from({ length: count }, (_, index) => ({
    categoryId,
    text: index === 0 ? first : `${first} (${index + 1})`,
    inReport: index === 0,
  }));
}

/** The draft worked example A says the record should give, paragraph by paragraph. */
export const EXAMPLE_A_TEXT = [
  'जिला सहकारी केंद्रीय बैंक मर्यादित, सीहोर द्वारा राष्ट्रीय कृषि और ग्रामीण विकास बैंक (नाबार्ड) के तत्वावधान में 8–9 अगस्त 2024 को बैंक के प्रशिक्षण केंद्र, सीहोर में "डिजिटल भुगतान और साइबर सुरक्षा" विषय पर दो दिवसीय प्रशिक्षण का आयोजन किया गया।',
  'उद्घाटन सत्र की अध्यक्षता बैंक के अध्यक्ष श्री रघुनाथ सिंह ठाकुर ने की तथा मुख्य अतिथि के रूप में जिला कलेक्टर श्रीमती प्रीति मीणा उपस्थित रहीं। सत्र का शुभारंभ दीप प्रज्वलन और सरस्वती वंदना से हुआ। तत्पश्चात् बैंक के मुख्य कार्यपालन अधिकारी श्री अशोक जैन ने स्वागत भाषण दिया। मुख्य अतिथि श्रीमती प्रीति मीणा ने अपने उद्बोधन में सहकारी बैंकों में डिजिटल लेन-देन की बढ़ती भूमिका पर प्रकाश डाला और कर्मचारियों से ग्राहकों को साइबर धोखाधड़ी के प्रति जागरूक करने का आह्वान किया।',
  'तकनीकी सत्र में नाबार्ड के जिला विकास प्रबंधक श्री विवेक शुक्ला ने यूपीआई और आधार आधारित भुगतान प्रणाली की कार्यप्रणाली समझाई। साइबर सेल, सीहोर की उप निरीक्षक सुश्री कविता राजपूत ने कहा कि अधिकांश साइबर धोखाधड़ी ओटीपी साझा करने से होती है, इसलिए ग्राहकों को बार-बार सचेत करना आवश्यक है।',
  'दूसरे दिन, 9 अगस्त 2024 को, समापन सत्र की अध्यक्षता बैंक की महाप्रबंधक श्रीमती सरिता वर्मा ने की। सत्र में प्रश्नोत्तरी प्रतियोगिता आयोजित की गई और प्रतिभागियों को प्रमाण-पत्र वितरित किए गए। अंत में प्रशिक्षण समन्वयक श्री दिनेश पटेल ने धन्यवाद ज्ञापित किया।',
  'प्रशिक्षण में कुल 38 प्रतिभागियों ने भाग लिया: शाखा प्रबंधक 24 तथा लेखापाल 14।',
  'प्रशिक्षण के संबंध में प्रतिभागियों से 14 टिप्पणियाँ प्राप्त हुईं। उपलब्धियों के रूप में यह रेखांकित किया गया कि साइबर धोखाधड़ी के वास्तविक उदाहरणों से विषय आसानी से समझ में आया। कठिनाइयों के रूप में बताया गया कि ग्रामीण शाखाओं में इंटरनेट कनेक्टिविटी कमजोर है। प्रस्ताव के रूप में यह सुझाव दिया गया कि ऐसा प्रशिक्षण लेखा सहायकों के लिए भी आयोजित किया जाए।',
  'प्रशिक्षण के परिणाम एवं निर्णय निम्नानुसार रहे:',
  'प्रत्येक शाखा में साइबर जागरूकता पोस्टर लगाए जाएँगे।',
];

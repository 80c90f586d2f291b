import type { CoreHarness } from '../../../support/core-harness.js';

/**
 * Worked example B of REPORT-STYLE.md: a school management committee's monthly meeting, with
 * an agenda, one member absent with notice and two not yet marked.
 */
export const EXAMPLE_B_COMMITTEE = 'विद्यालय प्रबंधन समिति, शासकीय उच्चतर माध्यमिक विद्यालय, रायसेन';

export async function recordExampleB(h: CoreHarness): Promise<string> {
  await h.ok('organisation:update', { organisation: { nameHi: 'कोई अन्य कार्यालय', secretaryName: 'श्रीमती रेखा तिवारी', secretaryDesignation: 'सदस्य सचिव' } });
  const member = await h.ok('categories:create', { name: 'समिति सदस्य' });
  const person = (title: string, name: string, gender: 'male' | 'female', designation: string) =>
    h.ok('people:create', { person: { title, name, gender, designation, organisation: EXAMPLE_B_COMMITTEE, categoryId: member.id } });
  const chair = await person('श्री', 'मोहन लाल अहिरवार', 'male', 'अध्यक्ष');
  const secretary = await h.ok('people:create', { person: { title: 'श्रीमती', name: 'रेखा तिवारी', gender: 'female', designation: 'सदस्य सचिव', categoryId: member.id } });
  const absent = await person('श्री', 'राजेश साहू', 'male', 'अभिभावक सदस्य');
  const others = [];
  for (const [index, name] of ['कमला बाई', 'सुनील यादव', 'गीता विश्वकर्मा', 'रामदीन कुशवाहा', 'सीमा चौहान', 'अनिल मेहरा', 'पूजा ठाकुर', 'राकेश जाटव', 'लता पटेल'].entries()) {
    others.push(await person(index % 2 === 0 ? 'श्रीमती' : 'श्री', name, index % 2 === 0 ? 'female' : 'male', 'अभिभावक सदस्य'));
  }
  const programme = await h.ok('programmes:create', {
    programme: {
      title: 'विद्यालय प्रबंधन समिति की मासिक बैठक',
      kindId: 'kind-meeting',
      organiser: EXAMPLE_B_COMMITTEE,
      organiserShort: 'समिति',
      venue: 'विद्यालय का पुस्तकालय कक्ष',
      referenceNumber: 'वि.प्र.स./2024-25/07',
      days: [{ date: '2024-11-05', startTime: '11:00', endTime: '12:30' }],
      status: 'held',
      agenda: [
        { subject: 'पिछली बैठक के कार्यवृत्त की पुष्टि', decision: 'पिछली बैठक का कार्यवृत्त सर्वसम्मति से पुष्ट किया गया' },
        {
          subject: 'मध्याह्न भोजन की गुणवत्ता',
          discussion: 'अभिभावक सदस्यों ने बताया कि भोजन समय पर नहीं पहुँचता',
          decision: 'रसोई की प्रतिदिन जाँच के लिए दो सदस्यों की समिति बनाई गई',
        },
        { subject: 'वार्षिक खेलकूद प्रतियोगिता', decision: 'प्रतियोगिता 15 दिसंबर 2024 को आयोजित की जाएगी' },
      ],
      sessions: [
        {
          id: 's-meeting',
          name: 'बैठक',
          date: '2024-11-05',
          startTime: '11:00',
          endTime: '12:30',
          roles: [
            { roleId: 'role-chair', holders: [{ kind: 'person', personId: chair.id }] },
            { roleId: 'role-vote-of-thanks', holders: [{ kind: 'person', personId: secretary.id }] },
          ],
        },
      ],
    },
  });
  await h.ok('attendance:invite', { programmeId: programme.id, selection: { kind: 'category', categoryId: member.id } });
  const attendees = (await h.ok('attendance:get', { programmeId: programme.id })).attendees;
  const byPerson = new Map(attendees.map((attendee) => [attendee.personId, attendee.id]));
  const mark = (personId: string, status: 'present' | 'excused', reason = '') =>
    h.ok('attendance:mark', { programmeId: programme.id, scope: 'programme', target: { kind: 'attendee', attendeeId: byPerson.get(personId) ?? '' }, status, reason });
  await mark(chair.id, 'present');
  await mark(secretary.id, 'present');
  for (const other of others.slice(0, 7)) await mark(other.id, 'present');
  await mark(absent.id, 'excused', 'पारिवारिक कार्य');
  return programme.id;
}

/** The minutes worked example B says the record should give, line by line (tables aside). */
export const EXAMPLE_B_TEXT = [
  EXAMPLE_B_COMMITTEE,
  'क्रमांक: वि.प्र.स./2024-25/07 — दिनांक: 05.11.2024',
  'कार्यवृत्त — विषय: विद्यालय प्रबंधन समिति की मासिक बैठक',
  'विद्यालय प्रबंधन समिति की मासिक बैठक दिनांक 05.11.2024 को प्रातः 11:00 बजे विद्यालय के पुस्तकालय कक्ष में समिति के अध्यक्ष श्री मोहन लाल अहिरवार की अध्यक्षता में आयोजित की गई।',
];

export const EXAMPLE_B_PRESENT_FIRST = ['1 | श्री मोहन लाल अहिरवार | अध्यक्ष', '2 | श्रीमती रेखा तिवारी | सदस्य सचिव'];

export const EXAMPLE_B_AFTER_TABLES = [
  'अनुपस्थित सदस्य',
  '1 | श्री राजेश साहू | अभिभावक सदस्य | पारिवारिक कार्य',
  '2 आमंत्रित सदस्यों की उपस्थिति दर्ज नहीं है।',
  'कार्यसूची के अनुसार चर्चा एवं निर्णय:',
  'पिछली बैठक के कार्यवृत्त की पुष्टि — निर्णय: पिछली बैठक का कार्यवृत्त सर्वसम्मति से पुष्ट किया गया।',
  'मध्याह्न भोजन की गुणवत्ता — चर्चा: अभिभावक सदस्यों ने बताया कि भोजन समय पर नहीं पहुँचता। निर्णय: रसोई की प्रतिदिन जाँच के लिए दो सदस्यों की समिति बनाई गई।',
  'वार्षिक खेलकूद प्रतियोगिता — निर्णय: प्रतियोगिता 15 दिसंबर 2024 को आयोजित की जाएगी।',
  'बैठक दोपहर 12:30 बजे सदस्य सचिव श्रीमती रेखा तिवारी द्वारा धन्यवाद ज्ञापन के साथ समाप्त हुई।',
];

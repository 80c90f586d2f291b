import { describe, expect, it } from 'vitest';
import type { ReportTemplate } from '../../../src-main/core/contract/index.js';
import { draftReport } from '../../../src-main/core/report/draft/draft-report.js';
import type { MemberFacts, ReportFacts } from '../../../src-main/core/report/facts.js';
import { plainText } from '../../../src-main/core/report/plain-text.js';
import { workshopFacts } from './report-facts-fixture.js';

const TEMPLATES: ReportTemplate[] = ['narrative', 'minutes', 'brief'];

function text(facts: ReportFacts, template: ReportTemplate = 'narrative'): string {
  return plainText(draftReport(facts, template, '2024-04-18T10:00:00.000Z').body);
}

function member(name: string, categoryId: string | null, status: MemberFacts['status'] = 'present', reason = ''): MemberFacts {
  return { name, designation: 'सदस्य', unit: 'शाखा क', categoryId, status, reason, invited: true };
}

function comments(count: number, categoryId = 'feedback-affirmation'): ReportFacts['feedback'] {
  return {
    total: count,
    categories: count === 0 ? [] : [{ id: categoryId, name: 'पुष्टि/समर्थन', texts: Array.from({ length: count }, (_, index) => `प्रशिक्षण की उपयोगिता ${index + 1}`) }],
  };
}

/** What a draft must never contain, whatever is missing from the record. */
function expectNoHoles(draft: string): void {
  expect(draft).not.toMatch(/undefined|null|NaN|\{\{|\}\}/);
  // A role whose holder is missing would read "अध्यक्षता ने की" or "के रूप में उपस्थित रहे".
  expect(draft).not.toMatch(/(अध्यक्षता|संचालन|ज्ञापन|भाषण|परिचय|प्रवर्तन|रूप में|भूमिका|बोलते हुए) (ने|उपस्थित)/);
  expect(draft).not.toMatch(/ {2}| [।,]|\(\s*\)|""/);
}

describe('the opening sentence', () => {
  it('says when, in which part of the day, where and by whom, and what about', () => {
    expect(text(workshopFacts())).toContain(
      '17 अप्रैल 2024 की सुबह ज़िला सभागार में ज़िला राजभाषा समिति द्वारा "राजभाषा हिंदी का प्रयोग" विषय पर कार्यशाला का आयोजन किया गया।',
    );
  });

  it('writes a run of days as a range and separate days as a list', () => {
    expect(text(workshopFacts({ dates: ['2024-04-17', '2024-04-18', '2024-04-19'], partOfDay: null }))).toContain('17–19 अप्रैल 2024 को');
    expect(text(workshopFacts({ dates: ['2024-04-24', '2024-04-17'], partOfDay: null }))).toContain('17 अप्रैल 2024 और 24 अप्रैल 2024 को');
  });

  it('leaves out a missing date, venue and organiser without leaving gaps, and names a kindless event a कार्यक्रम', () => {
    const draft = text(workshopFacts({ dates: [], venue: '', organiser: '', kindName: '', partOfDay: null }));
    expect(draft).toContain('"राजभाषा हिंदी का प्रयोग" विषय पर कार्यक्रम का आयोजन किया गया।');
    expectNoHoles(draft);
  });

  it('writes Devanagari digits in dates and counts when the setting asks for them', () => {
    const draft = text(workshopFacts({ digits: 'deva', members: [member('क', 'cat-leaders'), member('ख', 'cat-members')] }));
    expect(draft).toContain('१७ अप्रैल २०२४ की सुबह');
    expect(draft).toContain('१ नेता और १ सदस्य सहित कुल २ प्रतिभागियों ने भाग लिया।');
  });
});

describe('who chaired', () => {
  it('uses the honorific "ने की" for one chair and joins several with "और"', () => {
    expect(text(workshopFacts())).toContain('कार्यशाला की अध्यक्षता ज़िलाधिकारी श्री रमेश चंद्र ने की।');
    const two = workshopFacts();
    two.sessions[0]?.roles[0]?.holders.push({ name: 'सुश्री कमला देवी', designation: '', personId: null });
    expect(text(two)).toContain('कार्यशाला की अध्यक्षता ज़िलाधिकारी श्री रमेश चंद्र और सुश्री कमला देवी ने की।');
  });

  it('leaves the sentence out when nobody chaired, in every template', () => {
    const facts = workshopFacts({ sessions: [{ name: 'कार्यशाला', roles: [], activities: [] }] });
    for (const template of TEMPLATES) {
      const draft = text(facts, template);
      expect(draft).not.toContain('अध्यक्षता');
      expectNoHoles(draft);
    }
  });

  it('words the other roles of the first and of later sessions, with "उपस्थित रहे" for guests', () => {
    const facts = workshopFacts({
      sessions: [
        {
          name: 'उद्घाटन सत्र',
          roles: [
            { roleId: 'role-chair', roleName: 'अध्यक्षता', holders: [{ name: 'श्री रमेश चंद्र', designation: '', personId: null }] },
            { roleId: 'role-chief-guest', roleName: 'मुख्य अतिथि', holders: [{ name: 'डॉ. अनीता सिंह', designation: 'कुलपति', personId: null }] },
            { roleId: 'role-compere', roleName: 'संचालन', holders: [{ name: 'सुनीता वर्मा', designation: '', personId: null }] },
          ],
          activities: ['दीप प्रज्वलन', 'सरस्वती वंदना'],
        },
        {
          name: 'समापन सत्र',
          roles: [
            { roleId: 'role-vote-of-thanks', roleName: 'धन्यवाद ज्ञापन', holders: [{ name: 'प्रकाश त्रिवेदी', designation: '', personId: null }] },
            { roleId: 'role-custom', roleName: 'पुरस्कार वितरण', holders: [{ name: 'डॉ. अनीता सिंह', designation: '', personId: null }] },
          ],
          activities: [],
        },
      ],
    });
    const draft = text(facts);
    expect(draft).toContain('मुख्य अतिथि के रूप में कुलपति डॉ. अनीता सिंह उपस्थित रहे।');
    expect(draft).toContain('कार्यशाला का संचालन सुनीता वर्मा ने किया।');
    expect(draft).toContain('कार्यशाला का शुभारंभ दीप प्रज्वलन और सरस्वती वंदना से हुआ।');
    expect(draft).toContain('समापन सत्र में धन्यवाद ज्ञापन प्रकाश त्रिवेदी ने किया।');
    expect(draft).toContain('समापन सत्र में पुरस्कार वितरण की भूमिका डॉ. अनीता सिंह ने निभाई।');
    expectNoHoles(draft);
  });
});

describe('who attended', () => {
  it('says nothing about numbers when nobody was marked present', () => {
    const draft = text(workshopFacts({ members: [member('क', 'cat-leaders', 'absent')] }));
    expect(draft).not.toContain('प्रतिभागी');
    expect(draft).not.toMatch(/\b0\b/);
  });

  it('uses the singular for one participant and the oblique plural for many', () => {
    expect(text(workshopFacts({ members: [member('क', 'cat-leaders')] }))).toContain('कार्यशाला में कुल 1 प्रतिभागी ने भाग लिया।');
    const many = Array.from({ length: 47 }, (_, index) => member(`व्यक्ति ${index}`, index < 5 ? 'cat-leaders' : index < 17 ? 'cat-members' : null));
    expect(text(workshopFacts({ members: many }))).toContain('कार्यशाला में 5 नेता, 12 सदस्य और 30 अन्य सहित कुल 47 प्रतिभागियों ने भाग लिया।');
  });

  it('lists the groups the secretary typed, joined with "और"', () => {
    const draft = text(workshopFacts({ attendeeSummary: 'नेता; स्थायी समिति के सदस्य; शाखा सचिव/उप सचिव' }));
    expect(draft).toContain('कार्यशाला में नेता, स्थायी समिति के सदस्य और शाखा सचिव/उप सचिव शामिल हुए।');
  });

  it('keeps a sentence the secretary wrote about who came as written, without adding a second verb', () => {
    const draft = text(workshopFacts({ attendeeSummary: 'सभी शाखाओं के सचिव उपस्थित रहे।' }));
    expect(draft).toContain('सभी शाखाओं के सचिव उपस्थित रहे।');
    expect(draft).not.toContain('शामिल हुए');
  });
});

describe('who spoke', () => {
  const resolution = { id: 'c1', kind: 'संकल्प', number: '21-एनक्यू/टीडब्ल्यू', date: '2022-06-16', issuedBy: '', title: '', createdAt: '', updatedAt: '' };

  it('quotes one speaker with designation and the documents they cited', () => {
    const draft = text(
      workshopFacts({
        speeches: [{ sessionIndex: 0, speaker: { name: 'कॉमरेड गुयेन हू लोंग', designation: 'ब्लॉक समिति के सचिव', personId: null }, summary: 'संगठन को मजबूत करना जरूरी है', citations: [resolution] }],
      }),
    );
    expect(draft).toContain('बोलते हुए ब्लॉक समिति के सचिव कॉमरेड गुयेन हू लोंग ने कहा: संगठन को मजबूत करना जरूरी है।');
    expect(draft).toContain('उन्होंने संकल्प संख्या 21-एनक्यू/टीडब्ल्यू, दिनांक 16 जून 2022 का उल्लेख किया।');
  });

  it('gives several speakers a paragraph each, and one without a summary "संबोधित किया"', () => {
    const draft = text(
      workshopFacts({
        speeches: [
          { sessionIndex: 0, speaker: { name: 'पहले वक्ता', designation: '', personId: null }, summary: 'पहली बात।', citations: [] },
          { sessionIndex: 0, speaker: { name: 'दूसरे वक्ता', designation: '', personId: null }, summary: 'दूसरी बात', citations: [] },
          { sessionIndex: 0, speaker: { name: 'तीसरे वक्ता', designation: '', personId: null }, summary: '', citations: [] },
        ],
      }),
    );
    const lines = draft.split('\n');
    expect(lines).toContain('बोलते हुए पहले वक्ता ने कहा: पहली बात।');
    expect(lines).toContain('दूसरे वक्ता ने कहा: दूसरी बात।');
    expect(lines).toContain('तीसरे वक्ता ने कार्यशाला को संबोधित किया।');
    expectNoHoles(draft);
  });

  it('tells a later session in order: its roles, then its speakers, without naming the session twice', () => {
    const draft = text(
      workshopFacts({
        purpose: '',
        sessions: [
          { name: 'उद्घाटन सत्र', roles: [], activities: [] },
          { name: 'समापन सत्र', roles: [{ roleId: 'role-chair', roleName: 'अध्यक्षता', holders: [{ name: 'डॉ. सिंह', designation: '', personId: null }] }], activities: [] },
        ],
        speeches: [
          { sessionIndex: 1, speaker: { name: 'समापन वक्ता', designation: '', personId: null }, summary: '', citations: [] },
          { sessionIndex: 0, speaker: { name: 'पहले वक्ता', designation: '', personId: null }, summary: 'स्वागत।', citations: [] },
        ],
      }),
    );
    const lines = draft.split('\n');
    const opening = lines.indexOf('बोलते हुए पहले वक्ता ने कहा: स्वागत।');
    const chair = lines.indexOf('समापन सत्र की अध्यक्षता डॉ. सिंह ने की।');
    const closing = lines.indexOf('समापन सत्र में समापन वक्ता ने कार्यशाला को संबोधित किया।');
    expect(opening).toBeGreaterThan(0);
    expect(chair).toBeGreaterThan(opening);
    expect(closing).toBeGreaterThan(chair);
  });
});

describe('feedback', () => {
  it('leaves the feedback paragraph out when none was received', () => {
    const draft = text(workshopFacts({ feedback: comments(0) }));
    expect(draft).not.toContain('टिप्पणी');
  });

  it('says "1 टिप्पणी प्राप्त हुई" and "20 टिप्पणियाँ प्राप्त हुईं"', () => {
    expect(text(workshopFacts({ feedback: comments(1) }))).toContain('ज़िला राजभाषा समिति को 1 टिप्पणी प्राप्त हुई।');
    expect(text(workshopFacts({ feedback: comments(20) }))).toContain('ज़िला राजभाषा समिति को 20 टिप्पणियाँ प्राप्त हुईं।');
  });

  it('states the themes of each category with its own verb, five at most and then "आदि"', () => {
    const draft = text(
      workshopFacts({
        feedback: {
          total: 8,
          categories: [
            { id: 'feedback-affirmation', name: 'पुष्टि/समर्थन', texts: ['समिति की भूमिका'] },
            { id: 'feedback-proposals', name: 'प्रस्ताव और समाधान', texts: ['क।', 'ख', 'ग', 'घ', 'ङ', 'च'] },
            { id: 'custom', name: 'अन्य सुझाव', texts: ['भोजन की व्यवस्था'] },
          ],
        },
      }),
    );
    expect(draft).toContain('इन टिप्पणियों में समिति की भूमिका की पुष्टि की गई।');
    expect(draft).toContain('इसके साथ ही, क; ख; ग; घ; ङ आदि का प्रस्ताव रखा गया।');
    expect(draft).toContain('अन्य सुझाव से संबंधित टिप्पणियों में भोजन की व्यवस्था की बात कही गई।');
  });
});

describe('purpose, content, decisions and occasion', () => {
  it('leaves out a missing occasion and keeps one that is there', () => {
    expect(text(workshopFacts({ occasion: '' }))).not.toContain('सार्थक गतिविधि');
    expect(text(workshopFacts({ occasion: 'स्थापना की 65वीं वर्षगांठ के कार्यक्रमों की श्रृंखला' }))).toContain(
      'यह आयोजन स्थापना की 65वीं वर्षगांठ के कार्यक्रमों की श्रृंखला के अंतर्गत एक सार्थक गतिविधि था।',
    );
  });

  it('words one content point and one decision in a sentence, and several as lists', () => {
    const one = text(workshopFacts({ contentPoints: ['टिप्पण और आलेखन'], outcomes: ['हर माह कार्यशाला होगी'] }));
    expect(one).toContain('कार्यशाला की विषयवस्तु टिप्पण और आलेखन पर केंद्रित थी।');
    expect(one).toContain('कार्यशाला में यह निर्णय लिया गया: हर माह कार्यशाला होगी।');
    const many = text(workshopFacts({ contentPoints: ['टिप्पण', 'आलेखन'], outcomes: ['पहला निर्णय', 'दूसरा निर्णय'] }));
    expect(many).toContain('कार्यशाला की विषयवस्तु निम्नलिखित विषयों पर केंद्रित थी:\nटिप्पण\nआलेखन');
    expect(many).toContain('कार्यशाला में निम्नलिखित निर्णय लिए गए:\nपहला निर्णय\nदूसरा निर्णय');
  });

  it('ends the purpose with a danda once, whether or not the secretary typed one', () => {
    expect(text(workshopFacts({ purpose: 'हिंदी का प्रयोग बढ़ाना।' }))).toContain('कार्यशाला का उद्देश्य: हिंदी का प्रयोग बढ़ाना।');
    expect(text(workshopFacts({ purpose: 'हिंदी का प्रयोग बढ़ाना' }))).toContain('कार्यशाला का उद्देश्य: हिंदी का प्रयोग बढ़ाना।');
  });
});

describe('minutes', () => {
  it('has the header, present members with the chair first, absent members with reasons, and the signature', () => {
    const facts = workshopFacts({
      members: [
        member('अमित', 'cat-members'),
        { ...member('श्री रमेश चंद्र', 'cat-leaders'), designation: 'ज़िलाधिकारी' },
        member('बबीता', 'cat-members', 'excused', 'बीमारी'),
        member('चेतन', 'cat-members', 'absent'),
      ],
    });
    const draft = text(facts, 'minutes');
    expect(draft).toContain('संगठन: ज़िला राजभाषा समिति');
    expect(draft).toContain('संदर्भ संख्या: रा.भा./2024/17');
    expect(draft).toContain('दिनांक: 17.04.2024');
    expect(draft).toContain('1 | श्री रमेश चंद्र | ज़िलाधिकारी (अध्यक्ष) | शाखा क\n2 | अमित | सदस्य | शाखा क');
    expect(draft).toContain('1 | बबीता | सदस्य | बीमारी\n2 | चेतन | सदस्य | बिना सूचना');
    // Nobody gave a vote of thanks in this record, so the minutes do not claim one.
    expect(draft).not.toContain('धन्यवाद ज्ञापन');
    expectNoHoles(draft);
    const thanked = workshopFacts();
    thanked.sessions[0]?.roles.push({ roleId: 'role-vote-of-thanks', roleName: 'धन्यवाद ज्ञापन', holders: [{ name: 'प्रकाश', designation: '', personId: null }] });
    expect(text(thanked, 'minutes')).toContain('धन्यवाद ज्ञापन के साथ कार्यवाही समाप्त हुई।');
  });
});

describe('every template with a nearly empty record', () => {
  it('drafts sentences without holes when only the title is known', () => {
    const bare = workshopFacts({
      organisation: { name: '', secretaryName: '', secretaryDesignation: '' },
      kindName: '',
      organiser: '',
      venue: '',
      dates: [],
      partOfDay: null,
      referenceNumber: '',
      purpose: '',
      sessions: [],
    });
    for (const template of TEMPLATES) {
      const draft = text(bare, template);
      expect(draft).toContain('राजभाषा हिंदी का प्रयोग');
      expectNoHoles(draft);
    }
  });
});

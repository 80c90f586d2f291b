import { describe, expect, it } from 'vitest';
import type { ReportTemplate } from '../../../src-main/core/contract/index.js';
import { draftReport } from '../../../src-main/core/report/draft/draft-report.js';
import type { MemberFacts, ReportFacts, SessionFacts, SpeechFacts } from '../../../src-main/core/report/facts.js';
import { plainText } from '../../../src-main/core/report/plain-text.js';
import { lintDraft } from '../../support/report-lint.js';
import { role, session, someone, speech, workshopFacts } from './report-facts-fixture.js';

function text(facts: ReportFacts, template: ReportTemplate = 'narrative'): string {
  const draft = plainText(draftReport(facts, template, '2024-04-18T10:00:00.000Z').body);
  expect(lintDraft(draft), draft).toEqual([]);
  return draft;
}

function member(name: string, categoryId: string | null, status: MemberFacts['status'] = 'present', unit = 'शाखा क'): MemberFacts {
  return { key: `typed:${name}`, title: '', name, designation: 'सदस्य', unit, categoryId, status, reason: '', invited: true };
}

/** Facts whose one session holds these speeches, in its proceedings and in the report's list of speeches. */
function withSpeeches(speeches: SpeechFacts[], base: Partial<ReportFacts> = {}): ReportFacts {
  const facts = workshopFacts(base);
  const [first, ...rest] = facts.sessions;
  const sessions: SessionFacts[] = first === undefined ? [] : [{ ...first, proceedings: [...first.proceedings, ...speeches.map((entry) => ({ kind: 'speech' as const, speech: entry }))] }, ...rest];
  return { ...facts, sessions, speeches };
}

describe('the opening sentence', () => {
  it('names the organiser, the sponsor, the day, the place in the oblique with its city, the subject and the duration', () => {
    const draft = text(
      workshopFacts({ sponsor: 'गृह मंत्रालय का राजभाषा विभाग', venue: 'महाविद्यालय का सभागार', city: 'भोपाल', dates: ['2024-04-17', '2024-04-18'], partOfDay: null }),
    );
    expect(draft).toContain(
      'ज़िला राजभाषा समिति द्वारा गृह मंत्रालय के राजभाषा विभाग के तत्वावधान में 17–18 अप्रैल 2024 को महाविद्यालय के सभागार, भोपाल में "राजभाषा हिंदी का प्रयोग" विषय पर दो दिवसीय कार्यशाला का आयोजन किया गया।',
    );
  });

  it('says "के सहयोग से" for a supporting body, no duration for one day or a meeting, and the part of the day', () => {
    expect(text(workshopFacts({ sponsor: 'नाबार्ड', sponsorRelation: 'support' }))).toContain('ज़िला राजभाषा समिति द्वारा नाबार्ड के सहयोग से 17 अप्रैल 2024 की सुबह ज़िला सभागार में "राजभाषा हिंदी का प्रयोग" विषय पर कार्यशाला का आयोजन किया गया।');
    expect(text(workshopFacts({ kindId: 'kind-meeting', kindName: 'बैठक', dates: ['2024-04-17', '2024-04-18'] }))).not.toContain('दिवसीय');
    expect(text(workshopFacts({ dates: ['2024-04-17', '2024-04-18', '2024-04-19'] }))).toContain('तीन दिवसीय कार्यशाला');
    const named = text(workshopFacts({ title: 'राजभाषा पर दो दिवसीय कार्यशाला', dates: ['2024-04-17', '2024-04-18'] }));
    expect(named).toContain('में राजभाषा पर दो दिवसीय कार्यशाला का आयोजन किया गया।');
    expect(named).not.toContain('दो दिवसीय राजभाषा');
  });

  it('leaves out what is missing without leaving a hole', () => {
    const draft = text(workshopFacts({ dates: [], venue: '', organiser: '', kindName: '', kindId: null, partOfDay: null, sessions: [], purpose: '' }));
    expect(draft).toContain('"राजभाषा हिंदी का प्रयोग" विषय पर कार्यक्रम का आयोजन किया गया।');
  });
});

describe('people', () => {
  it('agrees with the person: "उपस्थित रहीं" and "की" for a woman, "उपस्थित रहे" and "के" for a man', () => {
    const guest = (gender: 'male' | 'female', title: string) =>
      workshopFacts({ sessions: [session('कार्यशाला', '2024-04-17', [role('role-chief-guest', 'मुख्य अतिथि', someone(title, 'क ख', gender, 'निदेशक', 'क्षेत्रीय कार्यालय'))])] });
    expect(text(guest('female', 'श्रीमती'))).toContain('मुख्य अतिथि के रूप में क्षेत्रीय कार्यालय की निदेशक श्रीमती क ख उपस्थित रहीं।');
    expect(text(guest('male', 'श्री'))).toContain('मुख्य अतिथि के रूप में क्षेत्रीय कार्यालय के निदेशक श्री क ख उपस्थित रहे।');
  });

  it('uses the apposition when the gender is not given or the designation has a comma, and infers a woman from श्रीमती', () => {
    const chair = (person: ReturnType<typeof someone>) => workshopFacts({ sessions: [session('कार्यशाला', '2024-04-17', [role('role-chair', 'अध्यक्षता', person)])] });
    expect(text(chair(someone('डॉ.', 'सुनीता शर्मा', null, 'प्राध्यापक', 'महाविद्यालय')))).toContain('कार्यशाला की अध्यक्षता डॉ. सुनीता शर्मा, प्राध्यापक, महाविद्यालय, ने की।');
    expect(text(chair(someone('डॉ.', 'सुनीता शर्मा', 'female', 'प्राध्यापक, हिन्दी विभाग')))).toContain('कार्यशाला की अध्यक्षता डॉ. सुनीता शर्मा, प्राध्यापक, हिन्दी विभाग, ने की।');
    expect(text(chair(someone('', 'रमेश', null)))).toContain('कार्यशाला की अध्यक्षता रमेश ने की।');
  });

  it('names the organiser by its short form in designations and introduces a role holder who speaks only once', () => {
    const guest = someone('श्रीमती', 'प्रीति मीणा', 'female', 'महाप्रबंधक', 'ज़िला राजभाषा समिति');
    const facts = withSpeeches([speech(guest, 'राजभाषा नीति पर प्रकाश डाला')], {
      sessions: [session('कार्यशाला', '2024-04-17', [role('role-chief-guest', 'मुख्य अतिथि', guest)])],
    });
    const draft = text(facts);
    expect(draft).toContain('मुख्य अतिथि के रूप में समिति की महाप्रबंधक श्रीमती प्रीति मीणा उपस्थित रहीं।');
    expect(draft).toContain('मुख्य अतिथि श्रीमती प्रीति मीणा ने अपने उद्बोधन में राजभाषा नीति पर प्रकाश डाला।');
    expect(draft.split('महाप्रबंधक श्रीमती प्रीति मीणा')).toHaveLength(2);
  });
});

describe('speeches', () => {
  const speaker = someone('श्री', 'राकेश कुमार सिंह', 'male', 'उप निदेशक');
  const one = (summary: string, style: SpeechFacts['style'] = 'auto') => text(withSpeeches([speech(speaker, summary, 0, style)]));

  it('writes what the speaker did after "ने", what they said after "ने कहा कि", and a phrase with "पर अपने विचार रखे"', () => {
    expect(one('कार्यालय में हिन्दी के प्रयोग पर प्रकाश डाला और सभी से आग्रह किया।')).toContain('उप निदेशक श्री राकेश कुमार सिंह ने कार्यालय में हिन्दी के प्रयोग पर प्रकाश डाला और सभी से आग्रह किया।');
    expect(one('हिंदी में काम करना हमारा दायित्व है')).toContain('ने कहा कि हिंदी में काम करना हमारा दायित्व है।');
    expect(one('राजभाषा नीति का महत्व')).toContain('ने राजभाषा नीति के महत्व पर अपने विचार रखे।');
  });

  it('quotes what cannot stand in a sentence: one word, English, a question, a quotation, an empty quote style', () => {
    expect(one('उपयोगी')).toContain('ने कहा, "उपयोगी।"');
    expect(one('Use Hindi in all notings')).toContain('ने कहा, "Use Hindi in all notings."');
    expect(one('क्या यह संभव है?')).toContain('ने कहा, "क्या यह संभव है?"');
    expect(one('"हिंदी हमारी पहचान है।"')).toContain('ने कहा, "हिंदी हमारी पहचान है।"');
    expect(one('', 'quote')).toContain('उप निदेशक श्री राकेश कुमार सिंह ने कार्यशाला को संबोधित किया।');
  });

  it('knows a past verb the lists do not name, puts a plural in the oblique, and reads "… ने … किया" as someone else’s deed', () => {
    expect(one('वर्तनी जाँच के साधनों का प्रयोग सिखाया')).toContain('सिंह ने वर्तनी जाँच के साधनों का प्रयोग सिखाया।');
    expect(one('टिप्पण की व्यावहारिक कठिनाइयाँ')).toContain('सिंह ने टिप्पण की व्यावहारिक कठिनाइयों पर अपने विचार रखे।');
    expect(one('विभागों ने हिंदी में काम किया')).toContain('सिंह ने कहा कि विभागों ने हिंदी में काम किया।');
    expect(one('हिंदी की प्रगति का विमोचन', 'did')).toContain('सिंह ने हिंदी की प्रगति के विमोचन पर अपने विचार रखे।');
    expect(one('नई पुस्तिका भेंट की', 'said')).toContain('सिंह ने नई पुस्तिका भेंट की।');
  });

  it('reads abbreviations as abbreviations and completes notes with their verb', () => {
    expect(one('डॉ. अंबेडकर के विचारों पर प्रकाश डाला')).toContain('सिंह ने डॉ. अंबेडकर के विचारों पर प्रकाश डाला।');
    expect(one('आर. के. सिंह की पुस्तक का परिचय दिया')).toContain('सिंह ने आर. के. सिंह की पुस्तक का परिचय दिया।');
    expect(one('कार्यालय में हिंदी के प्रयोग पर बल')).toContain('सिंह ने कार्यालय में हिंदी के प्रयोग पर बल दिया।');
    expect(one('शोध-पत्र प्रस्तुत')).toContain('सिंह ने शोध-पत्र प्रस्तुत किया।');
  });

  it('puts the speaker in place of a summary’s own "अध्यक्ष ने", and keeps someone else’s subject after "कहा कि"', () => {
    expect(one('उप निदेशक ने पखवाड़े की शुभकामनाएँ दीं और कहा कि तकनीक ने काम सरल बना दिया है।')).toContain(
      'उप निदेशक श्री राकेश कुमार सिंह ने पखवाड़े की शुभकामनाएँ दीं और कहा कि तकनीक ने काम सरल बना दिया है।',
    );
    // Another role's word names someone else: the chair's suggestions, supported by this speaker.
    expect(one('अध्यक्ष ने जो सुझाव दिए उनका समर्थन किया')).toContain('सिंह ने कहा कि अध्यक्ष ने जो सुझाव दिए उनका समर्थन किया।');
    expect(one('उन्होंने नियमों की जानकारी दी')).toContain('उप निदेशक श्री राकेश कुमार सिंह ने नियमों की जानकारी दी।');
    expect(one('विभागों ने हिंदी में काम बढ़ाया')).toContain('उप निदेशक श्री राकेश कुमार सिंह ने कहा कि विभागों ने हिंदी में काम बढ़ाया।');
  });

  it('keeps the secretary’s choice where the words allow it, and gives each later sentence to "उन्होंने"', () => {
    expect(one('हिंदी हमारी पहचान है', 'quote')).toContain('ने कहा, "हिंदी हमारी पहचान है।"');
    expect(one('हिंदी में काम करना हमारा दायित्व है', 'did')).toContain('ने कहा कि हिंदी में काम करना हमारा दायित्व है।');
    expect(one('नियमों की जानकारी दी। सभी को हिंदी में टिप्पणी लिखनी चाहिए।')).toContain('ने नियमों की जानकारी दी। उन्होंने कहा कि सभी को हिंदी में टिप्पणी लिखनी चाहिए।');
    expect(one('कहा कि सब हिंदी में लिखें')).not.toContain('कहा कि कहा कि');
  });

});

describe('sessions', () => {
  const chair = someone('श्री', 'मोहन लाल', 'male', 'अध्यक्ष');
  const woman = someone('श्रीमती', 'रेखा तिवारी', 'female', 'सचिव');
  const thanks = someone('श्री', 'दिनेश पटेल', 'male', 'समन्वयक');

  it('names the inaugural session, says a later day, and puts the vote of thanks last with "अंत में" whatever order it was entered in', () => {
    const facts = workshopFacts({
      dates: ['2024-08-08', '2024-08-09'],
      sessions: [
        session('उद्घाटन सत्र', '2024-08-08', [role('role-vote-of-thanks', 'धन्यवाद ज्ञापन', thanks), role('role-chair', 'अध्यक्षता', chair)], [
          { kind: 'activity', activityId: 'activity-lamp', name: 'दीप प्रज्वलन', text: '' },
        ]),
        session('समापन सत्र', '2024-08-09', [role('role-chair', 'अध्यक्षता', woman)]),
      ],
    });
    // The fixture keeps proceedings as entered; the default order is applied when facts are gathered, tested below.
    const draft = text({ ...facts, sessions: facts.sessions.map((entry) => ({ ...entry, proceedings: [...entry.proceedings].reverse() })) });
    expect(draft).toContain('उद्घाटन सत्र की अध्यक्षता अध्यक्ष श्री मोहन लाल ने की। सत्र का शुभारंभ दीप प्रज्वलन से हुआ। अंत में समन्वयक श्री दिनेश पटेल ने धन्यवाद ज्ञापित किया।');
    expect(draft).toContain('दूसरे दिन, 9 अगस्त 2024 को, समापन सत्र की अध्यक्षता सचिव श्रीमती रेखा तिवारी ने की।');
  });

  it('takes an activity typed as a whole clause as its own clause', () => {
    const facts = workshopFacts({
      sessions: [session('कार्यशाला', '2024-04-17', [], [{ kind: 'activity', activityId: null, name: '', text: 'प्रतिभागियों ने हिंदी टिप्पण का अभ्यास किया' }])],
    });
    expect(text(facts)).toContain('कार्यशाला में प्रतिभागियों ने हिंदी टिप्पण का अभ्यास किया।');
  });

  it('puts a free-text activity and a session’s name in the oblique', () => {
    const facts = workshopFacts({
      sessions: [
        session('पहले दिन का सत्र', '2024-04-17', [role('role-chair', 'अध्यक्षता', someone('श्री', 'क', 'male'))], [
          { kind: 'activity', activityId: null, name: '', text: 'सांस्कृतिक प्रस्तुतियाँ' },
        ]),
        session('दूसरे दिन का सत्र', '2024-04-17', [], [{ kind: 'speech', speech: speech(someone('श्री', 'ख', 'male'), 'नियम समझाए', 1) }]),
      ],
    });
    const draft = text(facts);
    expect(draft).toContain('पहले दिन के सत्र की अध्यक्षता श्री क ने की। सत्र में सांस्कृतिक प्रस्तुतियों का आयोजन किया गया।');
    expect(draft).toContain('दूसरे दिन के सत्र में श्री ख ने नियम समझाए।');
  });

  it('gives the roles of a single session to the programme, and names a session with several speakers once', () => {
    expect(text(workshopFacts())).toContain('कार्यशाला की अध्यक्षता ज़िलाधिकारी श्री रमेश चंद्र ने की।');
    const a = someone('श्री', 'क', 'male', 'वक्ता');
    const b = someone('श्री', 'ख', 'male', 'वक्ता');
    const facts = workshopFacts({
      sessions: [session('उद्घाटन सत्र', '2024-04-17', []), session('तकनीकी सत्र', '2024-04-17', [], [
        { kind: 'speech', speech: speech(a, 'नियम समझाए', 1) },
        { kind: 'speech', speech: speech(b, 'उदाहरण दिए', 1) },
      ])],
    });
    const draft = text(facts);
    expect(draft).toContain('तकनीकी सत्र में वक्ता श्री क ने नियम समझाए। वक्ता श्री ख ने उदाहरण दिए।');
    expect(draft.split('तकनीकी सत्र में')).toHaveLength(2);
  });

  it('splits a session of 40 speeches into readable paragraphs, each sentence whole', () => {
    const speeches = Array.from({ length: 40 }, (_, index) => speech(someone('श्री', `वक्ता ${index + 1}`, 'male'), 'नियमों की जानकारी दी'));
    const draft = text(withSpeeches(speeches));
    expect(draft.split('\n').filter((line) => line.includes('नियमों की जानकारी दी')).length).toBeGreaterThan(5);
    expect(draft.match(/ने नियमों की जानकारी दी।/g)).toHaveLength(40);
  });
});

describe('who attended', () => {
  it('says nothing about numbers when nobody was marked present', () => {
    expect(text(workshopFacts({ members: [member('क', 'cat-leaders', 'invited')] }))).not.toContain('भाग लिया');
  });

  it('gives the total with its groups, and counts by organisation when people came from more than one', () => {
    const draft = text(workshopFacts({ members: [member('क', 'cat-leaders', 'present', 'बैंक'), member('ख', 'cat-members', 'present', 'नाबार्ड'), member('ग', 'cat-members', 'present', 'नाबार्ड')] }));
    expect(draft).toContain('कार्यशाला में कुल 3 प्रतिभागियों ने भाग लिया: नेता 1 तथा सदस्य 2।');
    expect(draft).toContain('इनमें 2 नाबार्ड से तथा 1 बैंक से थे।');
    expect(draft).toContain('संगठनवार उपस्थिति');
    // Someone with no organisation given is counted in the total, never "from" a missing organisation.
    const unnamed = text(workshopFacts({ members: [member('क', 'cat-leaders', 'present', 'बैंक'), member('ख', 'cat-members', 'present', 'नाबार्ड'), member('ग', 'cat-members', 'present', '')] }));
    expect(unnamed).toContain('इनमें 1 बैंक से तथा 1 नाबार्ड से थे।');
    const single = text(workshopFacts({ members: [member('क', 'cat-leaders')] }));
    expect(single).toContain('कार्यशाला में कुल 1 प्रतिभागी ने भाग लिया।');
    expect(single).not.toContain('संगठनवार');
    expect(single).not.toContain('इनमें');
  });
});

describe('comments', () => {
  const category = (id: string, quoted: string[], count = quoted.length) => ({ id, name: id, count, quoted });

  it('counts the comments without making the organiser receive them, and builds each category around its comments by form', () => {
    const draft = text(
      workshopFacts({
        feedback: {
          total: 20,
          categories: [
            category('feedback-affirmation', ['कार्यशाला बहुत उपयोगी रही', 'जमीनी स्तर के संगठनों की भूमिका'], 8),
            category('feedback-proposals', ['प्रशिक्षण सामग्री अलग से दी जाए'], 12),
          ],
        },
      }),
    );
    expect(draft).toContain('कार्यशाला के संबंध में प्रतिभागियों से 20 टिप्पणियाँ प्राप्त हुईं।');
    expect(draft).toContain('टिप्पणियों में जमीनी स्तर के संगठनों की भूमिका की पुष्टि की गई।');
    expect(draft).toContain('टिप्पणियों में इस बात की पुष्टि की गई कि कार्यशाला बहुत उपयोगी रही।');
    expect(draft).toContain('प्रस्ताव के रूप में यह सुझाव दिया गया कि प्रशिक्षण सामग्री अलग से दी जाए।');
  });

  it('quotes a one-word or English comment, and names an office’s own category', () => {
    const draft = text(workshopFacts({ feedback: { total: 2, categories: [{ id: 'own', name: 'व्यवस्था', count: 2, quoted: ['बढ़िया', 'Good'] }] } }));
    expect(draft).toContain('व्यवस्था से संबंधित एक टिप्पणी में लिखा गया: "बढ़िया।"');
    expect(draft).toContain('व्यवस्था से संबंधित एक टिप्पणी में लिखा गया: "Good."');
    expect(text(workshopFacts({ feedback: { total: 1, categories: [category('feedback-difficulties', ['समय कम था'])] } }))).toContain('1 टिप्पणी प्राप्त हुई।');
  });
});

describe('closing', () => {
  it('states the occasion without judging it, with the kind’s gender, and a series with "के अंतर्गत"', () => {
    expect(text(workshopFacts({ occasion: 'हिंदी दिवस' }))).toContain('यह कार्यशाला हिंदी दिवस के अवसर पर आयोजित की गई।');
    expect(text(workshopFacts({ occasion: 'हिंदी दिवस', kindName: 'प्रशिक्षण', kindId: 'kind-training' }))).toContain('यह प्रशिक्षण हिंदी दिवस के अवसर पर आयोजित किया गया।');
    expect(text(workshopFacts({ occasion: 'स्थापना दिवस कार्यक्रमों की श्रृंखला' }))).toContain('यह कार्यशाला स्थापना दिवस कार्यक्रमों की श्रृंखला के अंतर्गत आयोजित की गई।');
  });

  it('lists outcomes after "परिणाम एवं निर्णय निम्नानुसार रहे", each a sentence', () => {
    expect(text(workshopFacts({ outcomes: ['सभी अनुभाग यूनिकोड अपनाएँगे'] }))).toContain('कार्यशाला के परिणाम एवं निर्णय निम्नानुसार रहे:\nसभी अनुभाग यूनिकोड अपनाएँगे।');
  });
});

describe('minutes', () => {
  it('never says nobody was absent while invitees are unmarked, and says so when all were marked', () => {
    const unmarked = text(workshopFacts({ kindId: 'kind-meeting', kindName: 'बैठक', members: [member('क', 'cat-members'), member('ख', 'cat-members', 'invited')] }), 'minutes');
    expect(unmarked).toContain('1 आमंत्रित सदस्य की उपस्थिति दर्ज नहीं है।');
    expect(unmarked).not.toContain('अनुपस्थित नहीं रहा');
    const all = draftReport(workshopFacts({ kindId: 'kind-meeting', kindName: 'बैठक', members: [member('क', 'cat-members')] }), 'minutes', '2024-04-18T10:00:00.000Z');
    const absentTable = all.body.content.flatMap((block) => (block.type === 'dataBlock' && block.attrs.source === 'absentMembers' ? [block.attrs] : []));
    expect(absentTable.map((attrs) => [attrs.rows.length, attrs.emptyText])).toEqual([[0, 'कोई सदस्य अनुपस्थित नहीं रहा।']]);
  });

  it('says nobody’s absence is recorded when attendance was never taken', () => {
    const none = draftReport(workshopFacts({ kindId: 'kind-meeting', kindName: 'बैठक', members: [] }), 'minutes', '2024-04-18T10:00:00.000Z');
    const absentTable = none.body.content.flatMap((block) => (block.type === 'dataBlock' && block.attrs.source === 'absentMembers' ? [block.attrs.emptyText] : []));
    expect(absentTable).toEqual(['किसी की अनुपस्थिति दर्ज नहीं है।']);
  });

  it('calls a workshop’s people अधिकारी/प्रतिभागी, not सदस्य', () => {
    const draft = text(workshopFacts({ members: [member('क', 'cat-members'), member('ख', 'cat-members', 'invited')] }), 'minutes');
    expect(draft).toContain('उपस्थित अधिकारी/प्रतिभागी');
    expect(draft).toContain('1 आमंत्रित प्रतिभागी की उपस्थिति दर्ज नहीं है।');
  });
});

describe('the news brief', () => {
  it('opens with the city and the day as its dateline, and with the day alone when no city was given', () => {
    expect(text(workshopFacts({ city: 'सीहोर', dates: ['2024-08-09'] }), 'brief')).toMatch(/^.*\nसीहोर, 9 अगस्त। ज़िला राजभाषा समिति द्वारा/u);
    expect(text(workshopFacts({ city: '', dates: ['2024-08-09'] }), 'brief')).toMatch(/^.*\n9 अगस्त। ज़िला राजभाषा समिति द्वारा/u);
  });
});

describe('an English draft of the same record', () => {
  it('reads as English with the Hindi words quoted, and no Hindi frame', () => {
    const draft = text(withSpeeches([speech(someone('श्री', 'राकेश', 'male', 'उप निदेशक'), 'राजभाषा नीति पर प्रकाश डाला')], { language: 'en', kindName: 'workshop', sponsor: 'NABARD' }));
    expect(draft).toContain('A workshop on "राजभाषा हिंदी का प्रयोग" was organised by ज़िला राजभाषा समिति under the aegis of NABARD at ज़िला सभागार on the morning of 17 April 2024.');
    expect(draft).toContain('addressed the gathering (summary as recorded: "राजभाषा नीति पर प्रकाश डाला।")');
    expect(draft).not.toMatch(/^[a-z]|\. [a-z]|Then In/mu);
    expect(draft).not.toMatch(/ने की|उपस्थित रहे|का आयोजन/u);
  });
});

import type { CitationInput, FeedbackEntryInput, ProgrammeInput } from '../../../src-main/core/contract/index.js';

/** The workshop of ../shared/seed/workshop-report-example.hi.txt, as a secretary would record it. */
export const SEED_ORGANISER = 'एजेंसियों - उद्यमों की प्रांतीय पार्टी समिति';
export const SEED_CHAIR = 'प्रांतीय पार्टी समिति की एजेंसियों और उद्यमों की स्थायी समिति';
export const SEED_SPEAKER = 'कॉमरेड गुयेन हू लोंग';
export const SEED_OCCASION =
  'एजेंसियों और उद्यमों की प्रांतीय पार्टी समिति (10 मई, 1959 - 10 मई, 2024) की स्थापना की 65वीं वर्षगांठ मनाने वाले कार्यक्रमों की श्रृंखला';

export const seedResolution: CitationInput = {
  kind: 'संकल्प',
  number: '21-एनक्यू/टीडब्ल्यू',
  date: '2022-06-16',
  issuedBy: 'पार्टी केंद्रीय समिति (13वां कार्यकाल)',
  title: 'नए दौर में जमीनी स्तर के पार्टी संगठनों को मजबूत और समेकित करना',
};

export function seedWorkshop(resolutionId: string): ProgrammeInput {
  return {
    title: 'जमीनी स्तर के पार्टी संगठनों और पार्टी सदस्यों की गुणवत्ता में सुधार',
    kindId: 'kind-workshop',
    organiser: SEED_ORGANISER,
    days: [{ date: '2024-04-17', partOfDay: 'morning' }],
    purpose:
      'जमीनी स्तर पर पार्टी संगठनों और पार्टी सदस्यों की गुणवत्ता में और अधिक प्रभावी ढंग से सुधार करना,\nताकि संकल्प संख्या 21-एनक्यू/टीडब्ल्यू की भावना के अनुरूप स्वच्छ और मजबूत पार्टी के निर्माण में योगदान दिया जा सके।',
    contentPoints: [
      'सभी स्तरों पर पार्टी समितियों का नेतृत्व और निर्देशन',
      'प्रत्येक जमीनी स्तर के पार्टी संगठन के कार्यों और ज़िम्मेदारियों को स्पष्ट रूप से परिभाषित करना',
      'पार्टी निर्माण कार्य की स्थिति, भूमिका और महत्व को पहचानना',
    ],
    occasion: SEED_OCCASION,
    attendeeSummary:
      'प्रांतीय पार्टी समिति की पार्टी निर्माण समितियों के नेता; स्थायी समिति के सदस्य; ब्लॉक की पार्टी कार्यकारी समिति; शाखाओं और जमीनी स्तर की पार्टी समितियों के सचिव/उप सचिव',
    status: 'held',
    sessions: [
      {
        id: 'session-main',
        name: 'कार्यशाला',
        date: '2024-04-17',
        roles: [{ roleId: 'role-chair', holders: [{ kind: 'body', name: SEED_CHAIR }] }],
      },
    ],
    speeches: [
      {
        sessionId: 'session-main',
        speaker: { kind: 'typed', name: SEED_SPEAKER, designation: 'सचिव' },
        designationAtTime: 'प्रांतीय एजेंसियों - उद्यम ब्लॉक की पार्टी समिति के सचिव',
        summary:
          'नए दौर में जमीनी स्तर के पार्टी संगठनों को मजबूत और समेकित करना जारी रखने पर जोर दिया।\nपार्टी सदस्यों का दल नेतृत्व क्षमता और जुझारू ताकत में निर्णायक कारक है।',
        citationIds: [resolutionId],
      },
    ],
  };
}

/** 20 comments across the five default categories: 5 + 4 + 4 + 3 + 4. */
export const SEED_FEEDBACK_PER_CATEGORY: Record<string, number> = {
  'feedback-affirmation': 5,
  'feedback-achievements': 4,
  'feedback-difficulties': 4,
  'feedback-shortcomings': 3,
  'feedback-proposals': 4,
};

export function seedFeedback(): FeedbackEntryInput[] {
  return Object.entries(SEED_FEEDBACK_PER_CATEGORY).flatMap(([categoryId, count]) =>
    Array.from({ length: count }, (_, index) => ({
      source: index % 2 === 0 ? { kind: 'unit' as const, name: `शाखा ${index + 1}` } : { kind: 'anonymous' as const },
      categoryId,
      text: `${categoryId} पर टिप्पणी ${index + 1}: जमीनी स्तर के पार्टी संगठनों की भूमिका`,
      channel: index % 3 === 0 ? ('oral' as const) : ('written' as const),
      receivedOn: '2024-04-17',
    })),
  );
}

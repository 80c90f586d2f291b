import type { SeededRandom } from './random.js';

export type DemoCategoryKey = 'officeBearer' | 'executive' | 'branchSecretary' | 'guest';

export interface DemoCategory {
  key: DemoCategoryKey;
  name: string;
}

export interface DemoPerson {
  name: string;
  designation: string;
  organisation: string;
  category: DemoCategoryKey;
  phone: string;
  notes: string;
}

/** A category of the same name the user already has is used instead of adding a second one. */
export const DEMO_CATEGORIES: readonly DemoCategory[] = [
  { key: 'officeBearer', name: 'पदाधिकारी' },
  { key: 'executive', name: 'कार्यकारिणी सदस्य' },
  { key: 'branchSecretary', name: 'शाखा सचिव' },
  { key: 'guest', name: 'आमंत्रित अतिथि' },
];

export const DEMO_PEOPLE_COUNT = 200;
export const DEMO_PERSON_NOTE = 'नमूना डेटा: यह व्यक्ति काल्पनिक है।';

const FIRST_NAMES = [
  'रमेश', 'सुनीता', 'अजय', 'कविता', 'महेश', 'पूनम', 'राजेश', 'अनीता', 'विनोद', 'सरिता',
  'संजय', 'ममता', 'अशोक', 'रेखा', 'दिनेश', 'नीलम', 'प्रमोद', 'सुषमा', 'मनोज', 'किरण',
  'राकेश', 'आशा', 'सुरेश', 'गीता', 'नरेंद्र', 'उषा', 'अनिल', 'शालिनी', 'हरीश', 'मीना',
  'इमरान', 'नसरीन', 'सलीम', 'फ़रहाना', 'गुरप्रीत', 'हरजीत', 'जोसेफ़', 'मैरी', 'धर्मेंद्र', 'लता',
  'योगेश', 'वंदना', 'भूपेंद्र', 'अर्चना', 'कमलेश', 'प्रीति', 'जितेंद्र', 'रश्मि', 'ओमप्रकाश', 'सावित्री',
] as const;

const SURNAMES = [
  'शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'यादव', 'मिश्र', 'तिवारी', 'पांडेय', 'श्रीवास्तव', 'चौहान',
  'जोशी', 'अग्रवाल', 'अंसारी', 'क़ुरैशी', 'सिद्दीक़ी', 'गिल', 'कौर', 'डिसूज़ा', 'मीणा', 'पटेल',
  'साहू', 'ठाकुर', 'त्रिपाठी', 'दुबे', 'सक्सेना', 'निगम', 'रावत', 'बघेल', 'नायक', 'मंडल',
] as const;

const UNITS = [
  'आदर्श नगर शाखा', 'पूर्वी खंड शाखा', 'पश्चिमी खंड शाखा', 'नदी पार शाखा', 'रेलवे कॉलोनी शाखा',
  'पुराना बाज़ार शाखा', 'विश्वविद्यालय शाखा', 'औद्योगिक क्षेत्र शाखा', 'ग्रामीण खंड शाखा', 'ज़िला कार्यालय',
] as const;

/** Sixteen different posts, so the committee has one holder of each; demo-programmes relies on this order. */
const OFFICE_BEARER_POSTS = [
  'अध्यक्ष', 'वरिष्ठ उपाध्यक्ष', 'उपाध्यक्ष (पूर्वी क्षेत्र)', 'उपाध्यक्ष (पश्चिमी क्षेत्र)', 'सचिव', 'संयुक्त सचिव',
  'सहायक सचिव', 'कोषाध्यक्ष', 'सह-कोषाध्यक्ष', 'संगठन मंत्री', 'प्रचार मंत्री', 'कार्यालय मंत्री',
  'साहित्य मंत्री', 'प्रशिक्षण प्रभारी', 'लेखा परीक्षक', 'विधि सलाहकार',
] as const;

const GUEST_DESIGNATIONS = [
  'सेवानिवृत्त प्राध्यापक', 'वरिष्ठ पत्रकार', 'हिंदी अधिकारी', 'साहित्यकार', 'अनुवादक',
  'प्रधानाचार्य', 'पुस्तकालयाध्यक्ष', 'सामाजिक कार्यकर्ता', 'सहायक निदेशक (राजभाषा)', 'लेखक एवं समीक्षक',
] as const;

/** How many people each category gets; they add up to DEMO_PEOPLE_COUNT. */
const CATEGORY_SIZES: ReadonlyArray<[DemoCategoryKey, number]> = [
  ['officeBearer', 16],
  ['executive', 64],
  ['branchSecretary', 40],
  ['guest', 80],
];

/**
 * The directory of the demo: 200 different names (first name × surname, shuffled), each with a
 * designation fitting its category, a unit and a phone number of the 90000xxxxx range that is
 * obviously made up.
 */
export function demoPeople(random: SeededRandom): DemoPerson[] {
  const names = random.shuffle(FIRST_NAMES.flatMap((first) => SURNAMES.map((surname) => `${first} ${surname}`))).slice(0, DEMO_PEOPLE_COUNT);
  const people: DemoPerson[] = [];
  for (const [category, size] of CATEGORY_SIZES) {
    for (let within = 0; within < size; within += 1) {
      const index = people.length;
      const organisation = UNITS[index % UNITS.length] ?? UNITS[0];
      people.push({
        name: names[index] ?? `नमूना व्यक्ति ${index + 1}`,
        designation: designationOf(category, within, organisation, random),
        organisation,
        category,
        phone: `90000${String(10_001 + index * 37).padStart(5, '0')}`,
        notes: DEMO_PERSON_NOTE,
      });
    }
  }
  return people;
}

function designationOf(category: DemoCategoryKey, within: number, unit: string, random: SeededRandom): string {
  switch (category) {
    case 'officeBearer':
      return OFFICE_BEARER_POSTS[within % OFFICE_BEARER_POSTS.length] ?? 'पदाधिकारी';
    case 'executive':
      return 'कार्यकारिणी सदस्य';
    case 'branchSecretary':
      return `शाखा सचिव, ${unit}`;
    case 'guest':
      return random.pick(GUEST_DESIGNATIONS);
  }
}

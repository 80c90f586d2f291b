import type { StoredPerson } from '../src-main/core/people/document.js';

const FIRST = ['राम', 'सीता', 'मोहन', 'ज़ाकिर', 'क्षितिज', 'अनीता', 'श्याम', 'गीता', 'फ़ातिमा', 'विनोद', 'सुनीता', 'अजय', 'रेखा', 'प्रकाश', 'ज्योति', 'हरीश', 'कमला', 'दिनेश', 'पूजा', 'इरफ़ान'];
const LAST = ['शर्मा', 'वर्मा', 'यादव', 'सिंह', 'ख़ान', 'गुप्ता', 'त्रिपाठी', 'मिश्रा', 'पटेल', 'चौधरी', 'श्रीवास्तव', 'कुमार', 'अंसारी', 'जोशी', 'पांडेय'];
const MIDDLE = ['', 'प्रसाद', 'कुमारी', 'लाल', 'देवी', 'नाथ', 'चंद्र', 'किशोर'];
const DESIGNATIONS = ['शाखा सचिव', 'उप सचिव', 'अध्यक्ष', 'सदस्य', 'कोषाध्यक्ष', 'संयोजक', 'प्रखंड अधिकारी'];
const UNITS = ['प्रांतीय समिति', 'ब्लॉक समिति', 'ज़िला इकाई', 'राजभाषा समिति', 'सहकारी समिति', 'महाविद्यालय'];
const CATEGORIES = ['cat-office-bearer', 'cat-member', 'cat-guest', 'cat-staff'];

/** A realistic directory of `count` people with Hindi names, deterministic for a given count. */
export function generatePeople(count: number): StoredPerson[] {
  const at = new Date('2024-04-17T09:00:00Z').toISOString();
  return Array.from({ length: count }, (_, n) => ({
    id: `p-${n}`,
    title: '',
    gender: null,
    name: [FIRST[n % FIRST.length], MIDDLE[(n >> 3) % MIDDLE.length], LAST[(n >> 5) % LAST.length], n >= 2400 ? String(n) : '']
      .filter(Boolean)
      .join(' '),
    designation: DESIGNATIONS[n % DESIGNATIONS.length] ?? '',
    organisation: `${UNITS[n % UNITS.length] ?? ''} ${(n % 40) + 1}`,
    categoryId: CATEGORIES[n % CATEGORIES.length] ?? null,
    phone: `9${String(100_000_000 + n * 7919).slice(0, 9)}`,
    email: n % 3 === 0 ? `person${n}@example.in` : '',
    notes: n % 10 === 0 ? 'पिछली कार्यशाला में उपस्थित रहे।' : '',
    createdAt: at,
    updatedAt: at,
    removedAt: null,
  }));
}

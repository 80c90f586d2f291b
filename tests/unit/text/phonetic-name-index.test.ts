import { describe, expect, it } from 'vitest';
import { PhoneticNameIndex, phoneticQueryKeys, phoneticWordKeys } from '../../../src-main/core/text/phonetic/index.js';
import { generatePeople } from '../../../bench/generate-people.js';

function indexOf(people: Array<[string, string[]]>): PhoneticNameIndex {
  const index = new PhoneticNameIndex();
  for (const [id, fields] of people) index.put(id, fields);
  return index;
}

const DESK: Array<[string, string[]]> = [
  ['ram-sharma', ['राम शर्मा', 'शाखा सचिव', 'प्रांतीय समिति', '98765 43210']],
  ['sita-verma', ['सीता वर्मा', 'अध्यक्ष', 'ब्लॉक समिति 12', '91234 56789']],
  ['zakir', ['ज़ाकिर ख़ान', 'सदस्य', 'ज़िला इकाई', '99887 76655']],
  ['lakshmi', ['लक्ष्मी चौधरी', 'कोषाध्यक्ष', 'सहकारी समिति', '90000 11111']],
  ['krishna', ['कृष्ण कुमार श्रीवास्तव', 'संयोजक', 'राजभाषा समिति', '90000 22222']],
];

describe('PhoneticNameIndex at the check-in desk', () => {
  it('finds a Devanagari name on every keystroke of its Roman spelling, and of the Devanagari', () => {
    const index = indexOf(DESK);
    for (const typed of ['s', 'sh', 'sha', 'shar', 'sharm', 'sharma', 'श', 'शर', 'शर्', 'शर्म', 'शर्मा']) {
      expect(index.match(typed, 10), typed).toContain('ram-sharma');
    }
    expect(index.match('sharma', 10)).toEqual(['ram-sharma']);
    expect(index.match('laxmi chaudhary', 10)).toEqual(['lakshmi']);
    expect(index.match('krishan shrivastav', 10)).toEqual(['krishna']);
    expect(index.match('jakir', 10)).toEqual(['zakir']);
    expect(index.match('जाकिर खान', 10)).toEqual(['zakir']);
  });

  it('never loses the person on any keystroke of a usual Roman spelling of their name', () => {
    const spellings: Array<[string, string]> = [
      ['sharma', 'शर्मा'], ['karyashala', 'कार्यशाला'], ['kaaryashaalaa', 'कार्यशाला'], ['prativedan', 'प्रतिवेदन'],
      ['verma', 'वर्मा'], ['varma', 'वर्मा'], ['singh', 'सिंह'], ['kumar', 'कुमार'], ['krishna', 'कृष्ण'], ['krishan', 'कृष्ण'],
      ['gupta', 'गुप्ता'], ['shukla', 'शुक्ला'], ['chaudhary', 'चौधरी'], ['choudhary', 'चौधरी'], ['chaudhari', 'चौधरी'],
      ['lakshmi', 'लक्ष्मी'], ['laxmi', 'लक्ष्मी'], ['jha', 'झा'], ['thakur', 'ठाकुर'], ['yadav', 'यादव'], ['mishra', 'मिश्रा'],
      ['tiwari', 'तिवारी'], ['tiwary', 'तिवारी'], ['dwivedi', 'द्विवेदी'], ['rajesh', 'राजेश'], ['srivastava', 'श्रीवास्तव'],
      ['shrivastav', 'श्रीवास्तव'], ['nehal', 'नेहल'], ['anil', 'अनिल'], ['sunita', 'सुनीता'], ['pooja', 'पूजा'], ['puja', 'पूजा'],
      ['deepak', 'दीपक'], ['dipak', 'दीपक'], ['vijay', 'विजय'], ['wijay', 'विजय'], ['zakir', 'ज़ाकिर'], ['jakir', 'ज़ाकिर'],
      ['ramesh', 'रमेश'],
    ];
    const index = indexOf([...new Set(spellings.map(([, name]) => name))].map((name) => [name, [name]]));
    const lost = spellings.flatMap(([roman, name]) =>
      [...roman].map((_, typed) => roman.slice(0, typed + 1)).filter((prefix) => !index.match(prefix, 100).includes(name)),
    );
    expect(lost).toEqual([]);
  });

  it('requires every query word to start some word of the person', () => {
    const index = indexOf(DESK);
    expect(index.match('sita sharma', 10)).toEqual([]);
    expect(index.match('sita var', 10)).toEqual(['sita-verma']);
    expect(index.match('sachiv sharma', 10)).toEqual(['ram-sharma']);
    expect(index.match('', 10)).toEqual([]);
    expect(index.match('।,', 10)).toEqual([]);
  });

  it('finds people by phone digits typed in either script', () => {
    const index = indexOf(DESK);
    expect(index.match('98765', 10)).toEqual(['ram-sharma']);
    expect(index.match('९१२३४', 10)).toEqual(['sita-verma']);
    expect(index.match('90000', 10)).toEqual(['lakshmi', 'krishna']);
  });

  it('ranks whole-word matches first, then a match on the first word of the name, then shorter names', () => {
    const index = indexOf([
      ['rameshwar', ['रामेश्वर प्रसाद']],
      ['sita-ram', ['सीता राम']],
      ['ram-long', ['राम प्रसाद वर्मा']],
      ['ram', ['राम वर्मा']],
      ['ramu-in-org', ['मोहन लाल', 'सदस्य', 'राम नगर समिति']],
    ]);
    // "ram" is a whole word of four of them; रामेश्वर only starts with it. Among the four, राम as
    // the first word of the name wins, shorter name first; then the organisation and सीता राम.
    expect(index.match('ram', 10)).toEqual(['ram', 'ram-long', 'sita-ram', 'ramu-in-org', 'rameshwar']);
  });

  it('breaks ties by the order people were added, and a replaced person keeps their place', () => {
    const index = indexOf([
      ['first', ['अनिल यादव']],
      ['second', ['अनिल यादव']],
      ['third', ['अनिल यादव']],
    ]);
    expect(index.match('anil', 10)).toEqual(['first', 'second', 'third']);
    index.put('first', ['अनिल यादव', 'सचिव']);
    expect(index.match('anil', 10)).toEqual(['first', 'second', 'third']);
    expect(index.match('anil', 2)).toEqual(['first', 'second']);
  });

  it('forgets a replaced name and a removed person', () => {
    const index = indexOf(DESK);
    index.put('sita-verma', ['सीता गुप्ता', 'अध्यक्ष']);
    expect(index.match('verma', 10)).toEqual([]);
    expect(index.match('sita gupta', 10)).toEqual(['sita-verma']);
    index.remove('zakir');
    index.remove('nobody');
    expect(index.match('zakir', 10)).toEqual([]);
    expect(index.size).toBe(4);
  });

  it('agrees with a plain scan of every person through bulk loads, edits and removals', () => {
    const people = generatePeople(5000);
    const fieldsOf = (n: number): string[] => {
      const person = people[n];
      return person === undefined ? [] : [person.name, person.designation, person.organisation, person.phone];
    };
    const index = new PhoneticNameIndex();
    const current = new Map<string, string[]>();
    people.forEach((person, n) => {
      index.put(person.id, fieldsOf(n));
      current.set(person.id, fieldsOf(n));
    });
    const queries = ['sharma', 'स', 'sita v', 'ज़ाकिर ख़ान', 'pooja mishra', '91', 'prakhand adhi', 'गुप्ता 40', 'zzz'];
    const expectSameAsPlainScan = (): void => {
      for (const query of queries) expect(index.match(query, 5000), query).toEqual(plainScan(current, query, 5000));
    };
    const change = (from: number, to: number, step: number): void => {
      for (let n = from; n < to; n += step) {
        const id = `p-${n}`;
        if (n % 2 === 0) {
          index.remove(id);
          current.delete(id);
        } else {
          const fields = fieldsOf((n * 7) % 5000);
          index.put(id, fields);
          current.set(id, fields);
        }
      }
    };
    expectSameAsPlainScan();
    index.compact();
    expectSameAsPlainScan();
    // A few hundred edits stay in the recent part, searched beside the sorted one…
    change(0, 1500, 3);
    expectSameAsPlainScan();
    // …and thousands more are folded into it.
    change(1, 5000, 2);
    expectSameAsPlainScan();
  });
});

/** The ranking rules applied to every person in turn, to check the index against. */
function plainScan(people: Map<string, string[]>, query: string, limit: number): string[] {
  const queryWords = phoneticQueryKeys(query);
  const ranked: Array<{ id: string; tier: number; length: number; order: number }> = [];
  let order = 0;
  for (const [id, fields] of people) {
    order += 1;
    const words = fields.flatMap((field) => phoneticWordKeys(field));
    const nameFirst = phoneticWordKeys(fields[0] ?? '')[0] ?? [];
    const matches = (variants: readonly string[], keys: readonly string[]): boolean =>
      variants.some((variant) => keys.some((key) => key.startsWith(variant)));
    if (!queryWords.every((variants) => words.some((keys) => matches(variants, keys)))) continue;
    const exact = queryWords.every((variants) => words.some((keys) => keys.some((key) => variants.includes(key))));
    const first = queryWords.some((variants) => matches(variants, nameFirst));
    const tier = (exact ? 0 : 2) + (first ? 0 : 1);
    ranked.push({ id, tier, length: (fields[0] ?? '').length, order });
  }
  // Map iteration is insertion order of the *current* entries, which is the index's slot order
  // because a replaced person keeps their place.
  ranked.sort((a, b) => a.tier - b.tier || a.length - b.length || a.order - b.order);
  return ranked.slice(0, limit).map((entry) => entry.id);
}

import { describe, expect, it } from 'vitest';
import { phoneticTokens, phoneticWordKeys } from '../../../src-main/core/text/phonetic/index.js';

/** The keys one word can be found by (its primary key first). */
function keysOf(word: string): readonly string[] {
  const [keys] = phoneticWordKeys(word);
  if (keys === undefined || phoneticWordKeys(word).length !== 1) throw new Error(`"${word}" is not one word`);
  return keys;
}

/** What the index does: the typed word's primary key is one of the stored word's keys. */
function typedFinds(typed: string, stored: string): boolean {
  const [typedKey] = phoneticTokens(typed);
  return typedKey !== undefined && keysOf(stored).some((key) => key.startsWith(typedKey));
}

function exactlyFinds(typed: string, stored: string): boolean {
  return keysOf(typed).some((key) => keysOf(stored).includes(key));
}

// The pairs the check-in desk must match, Roman spelling(s) → Devanagari.
const REQUIRED: Array<[string[], string]> = [
  [['sharma'], 'शर्मा'],
  [['kaaryashaalaa', 'karyashala'], 'कार्यशाला'],
  [['prativedan'], 'प्रतिवेदन'],
  [['verma', 'varma'], 'वर्मा'],
  [['singh'], 'सिंह'],
  [['kumar'], 'कुमार'],
  [['krishna', 'krishan'], 'कृष्ण'],
  [['gupta'], 'गुप्ता'],
  [['shukla'], 'शुक्ला'],
  [['chaudhary', 'choudhary', 'chaudhari'], 'चौधरी'],
  [['lakshmi', 'laxmi'], 'लक्ष्मी'],
  [['jha'], 'झा'],
  [['thakur'], 'ठाकुर'],
  [['yadav'], 'यादव'],
  [['mishra'], 'मिश्रा'],
  [['tiwari', 'tiwary'], 'तिवारी'],
  [['dwivedi'], 'द्विवेदी'],
  [['rajesh'], 'राजेश'],
  [['srivastava', 'shrivastav'], 'श्रीवास्तव'],
  [['nehal'], 'नेहल'],
  [['anil'], 'अनिल'],
  [['sunita'], 'सुनीता'],
  [['pooja', 'puja'], 'पूजा'],
  [['deepak', 'dipak'], 'दीपक'],
  [['vijay', 'wijay'], 'विजय'],
  [['zakir', 'jakir'], 'ज़ाकिर'],
  [['ramesh'], 'रमेश'],
];

// Our own: common first names, surnames, places and committee designations.
const MORE: Array<[string[], string]> = [
  [['rahul'], 'राहुल'],
  [['amit'], 'अमित'],
  [['sunil'], 'सुनील'],
  [['manoj'], 'मनोज'],
  [['suresh'], 'सुरेश'],
  [['mahesh'], 'महेश'],
  [['dinesh'], 'दिनेश'],
  [['ganesh'], 'गणेश'],
  [['mukesh'], 'मुकेश'],
  [['priya'], 'प्रिया'],
  [['neha'], 'नेहा'],
  [['anita', 'aneeta'], 'अनीता'],
  [['kavita', 'kavitha'], 'कविता'],
  [['geeta', 'gita'], 'गीता'],
  [['sita', 'seeta'], 'सीता'],
  [['radha'], 'राधा'],
  [['shyam', 'syam'], 'श्याम'],
  [['mohan'], 'मोहन'],
  [['sanjay', 'sanjai'], 'संजय'],
  [['ajay'], 'अजय'],
  [['vinod'], 'विनोद'],
  [['prakash'], 'प्रकाश'],
  [['jyoti', 'jyothi'], 'ज्योति'],
  [['harish'], 'हरीश'],
  [['kamla', 'kamala'], 'कमला'],
  [['pradeep', 'pradip'], 'प्रदीप'],
  [['sandeep'], 'संदीप'],
  [['arvind', 'aravind'], 'अरविंद'],
  [['ashok'], 'अशोक'],
  [['santosh'], 'संतोष'],
  [['subhash', 'subash'], 'सुभाष'],
  [['yashwant', 'yashvant'], 'यशवंत'],
  [['bhagwati', 'bhagvati'], 'भगवती'],
  [['jagdish', 'jagadish'], 'जगदीश'],
  [['irfan'], 'इरफ़ान'],
  [['fatima', 'phatima'], 'फ़ातिमा'],
  [['khan'], 'ख़ान'],
  [['ansari'], 'अंसारी'],
  [['patel'], 'पटेल'],
  [['joshi'], 'जोशी'],
  [['pandey', 'pande'], 'पांडेय'],
  [['tripathi'], 'त्रिपाठी'],
  [['chandra', 'chandr'], 'चंद्र'],
  [['kishore', 'kishor'], 'किशोर'],
  [['prasad'], 'प्रसाद'],
  [['devi'], 'देवी'],
  [['ratan'], 'रत्न'],
  [['sehgal'], 'सहगल'],
  [['mehta'], 'मेहता'],
  [['dubey'], 'दुबे'],
  [['rai', 'ray'], 'राय'],
  [['gaur'], 'गौड़'],
  [['patna'], 'पटना'],
  [['bhopal'], 'भोपाल'],
  [['jaipur'], 'जयपुर'],
  [['agra'], 'आगरा'],
  [['gorakhpur'], 'गोरखपुर'],
  [['varanasi'], 'वाराणसी'],
  [['garhwal'], 'गढ़वाल'],
  [['sachiv'], 'सचिव'],
  [['adhyaksh', 'adhyaksha'], 'अध्यक्ष'],
  [['sadasya'], 'सदस्य'],
  [['samiti'], 'समिति'],
  [['sanyojak'], 'संयोजक'],
  [['koshadhyaksh'], 'कोषाध्यक्ष'],
  [['pradhan'], 'प्रधान'],
  [['zila', 'jila'], 'ज़िला'],
  [['block'], 'ब्लॉक'],
];

describe('phoneticTokens: a Devanagari word and its usual Roman spellings meet', () => {
  it.each([...REQUIRED, ...MORE].flatMap(([romans, devanagari]) => romans.map((roman) => [roman, devanagari])))(
    '%s = %s',
    (roman, devanagari) => {
      expect(exactlyFinds(roman, devanagari), `${roman} ${JSON.stringify(keysOf(roman))} vs ${devanagari} ${JSON.stringify(keysOf(devanagari))}`).toBe(true);
    },
  );

  it('gives most required pairs literally the same primary key', () => {
    const samePrimary = REQUIRED.flatMap(([romans, devanagari]) =>
      romans.filter((roman) => phoneticTokens(roman)[0] === phoneticTokens(devanagari)[0]),
    );
    // Only "krishan" needs the broken-cluster variant of कृष्ण; everything else is one key.
    expect(REQUIRED.flatMap(([romans]) => romans).filter((roman) => !samePrimary.includes(roman))).toEqual(['krishan']);
    expect(phoneticTokens('शर्मा sharma Sharma SHARMA śarmā')).toEqual(['sarm', 'sarm', 'sarm', 'sarm', 'sarm']);
  });

  it.each([
    ['shar', 'शर्मा'],
    ['karyash', 'कार्यशाला'],
    ['prati', 'प्रतिवेदन'],
    ['shriva', 'श्रीवास्तव'],
    ['chaud', 'चौधरी'],
    ['lax', 'लक्ष्मी'],
    ['kris', 'कृष्ण'],
    ['sin', 'सिंह'],
  ])('a Roman word typed partly (%s) is the start of the Devanagari key (%s)', (typed, stored) => {
    expect(typedFinds(typed, stored)).toBe(true);
  });

  it.each([
    ['sharma', 'वर्मा'],
    ['ram', 'श्याम'],
    ['sita', 'गीता'],
    ['aditya', 'अदिति'],
    ['anil', 'सुनील'],
    ['kamal', 'कोमल'],
    ['mohan', 'सोहन'],
    ['rekha', 'रीना'],
    ['gupta', 'गुप्ते'],
    ['jha', 'झील'],
  ])('keeps apart names that only sound alike to a careless ear: %s ≠ %s', (typed, stored) => {
    expect(exactlyFinds(typed, stored)).toBe(false);
  });

  it.each([
    ['जाकिर', 'ज़ाकिर'],
    ['फातिमा', 'फ़ातिमा'],
    ['खान', 'ख़ान'],
    ['गढवाल', 'गढ़वाल'],
    ['सुनिता', 'सुनीता'],
    ['दिपक', 'दीपक'],
    ['पुजा', 'पूजा'],
    ['शरमा', 'शर्मा'],
    ['कुमारि', 'कुमारी'],
    ['\u095B\u093E\u0915\u093F\u0930', 'ज\u093C\u093E\u0915\u093F\u0930'],
  ])('matches Devanagari typed with or without nukta or with a vowel-length slip: %s = %s', (typed, stored) => {
    expect(exactlyFinds(typed, stored)).toBe(true);
  });

  it('keeps digits of either script as digits, so phone numbers match', () => {
    expect(phoneticTokens('९८७६५ ४३२१०')).toEqual(['98765', '43210']);
    expect(phoneticTokens('Mob: 98765-43210')).toEqual(['mob', '98765', '43210']);
    expect(phoneticTokens('ब्लॉक12')).toEqual(['blok', '12']);
  });

  it('splits on punctuation, the danda and joiners, and ignores what is not a word', () => {
    expect(phoneticTokens('राम, सीता। (शर्मा)')).toEqual(['ram', 'sit', 'sarm']);
    expect(phoneticTokens('क्\u200Dष')).toEqual(phoneticTokens('क्ष'));
    expect(phoneticTokens('  — … ')).toEqual([]);
  });
});

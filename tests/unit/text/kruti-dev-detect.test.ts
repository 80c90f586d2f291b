import { describe, expect, it } from 'vitest';
import { detectKrutiDev, krutiDevToUnicode } from '../../../src-main/core/text/kruti-dev/index.js';

/** Cells typed in Kruti Dev 010: names, designations, places and sentences from committee papers. */
const KRUTI_DEV_CELLS: readonly string[] = [
  "jes'k dqekj 'kekZ",
  'usgk xqIrk',
  'fnYyh',
  '[k.M fodkl vf/kdkjh',
  'xzke iapk;r',
  'lfpo',
  'v/;{k',
  'dks"kk/;{k',
  'lnL;',
  'mik/;{k',
  'lquhrk nsoh',
  "jkts'k ;kno",
  'iwtk oekZ',
  'vfer flag',
  'fiz;k iVsy',
  "lqjs'k pUnz feJ",
  "dfork tks'kh",
  'eksgu yky',
  "jkds'k frokjh",
  'foØe pkSgku',
  'nhid JhokLro',
  'vatyh lDlsuk',
  'eukst ik.Ms;',
  'y{eh ukjk;.k',
  'ujsUnz flag jkor',
  'lat; nqcs',
  'iadt f=ikBh',
  "f'kokuh pkS/kjh",
  'Hkwisanz Bkdqj',
  '/kesZUnz izlkn',
  'f{kfrt vxzoky',
  'T;ksfr jkuh',
  "gjh'k pan",
  "vkse izdk'k",
  "eqds'k jkBkSM+",
  "fufru 'kqDyk",
  'vkjrh esgrk',
  "Kku izdk'k",
  'lhrk jke',
  'eksgu',
  'jke',
  'lqcks/k',
  'y[kuÅ',
  'okjk.klh',
  'iVuk',
  'Hkkjr',
  'lHkkifr',
  "ftyk/kh'k",
  'deZpkjh',
  "dk;Z'kkyk",
  'lfefr dh cSBd',
  '{ks=h; izfrfuf/k',
  "'kq) Kku Jfed ikVhZ",
  'i=koyh dk voyksdu fd;k x;kA',
  'esjk uke usgy gSA',
  'cSBd esa lHkh lnL; mifLFkr FksA',
  'izLrko ikfjr fd;k x;kA',
  'vxyh cSBd lkseokj dks gksxhA',
  'dk;Zokgh dh iqf"V dh xbZA',
  'jkT; ljdkj',
  // Added after the patterns were written, as a held-out check.
  'vjfoUn dqekj',
  'fouksn dqekj',
  "v'kksd dqekj oekZ",
  'js[kk Hkkj}kt',
  'lfjrk nsoh',
  'ehuk dqekjh',
  'cchrk jkuh',
  'egsUnz iky',
  'jktsUnz izlkn',
  "mes'k ikBd",
  "fnus'k pUnz tks'kh",
  'dqynhi flag',
  'gseUr lksuh',
  'yfyr eksgu',
  'vafdrk jkor',
  'xksj[kiqj',
  'xkft;kckn',
  'esjB',
  '>kalh',
  'dkuiqj uxj',
  'vkxjk',
  'ys[kiky',
  'xzke iz/kku',
  'dfu"B vfHk;ark',
  'ys[kkdkj',
  'fyfid',
  'p;u lfefr',
  'ctV vuqeksnu',
  'vkxkeh ekg dh cSBd',
  'lHkh lnL;ksa dks lwpuk nh xbZA',
  "'kiFk xzg.k lekjksg",
  'okf"kZd fjiksVZ',
  'vkfFkZd lgk;rk',
];

/** Romanised Indian names, places and designations: the usual content of an English-typed list. */
const ROMANISED_CELLS: readonly string[] = [
  'Ramesh Kumar Sharma',
  'Neha Gupta',
  'Delhi',
  'Block Secretary',
  'Sunita Devi',
  'Rajesh Yadav',
  'Pooja Verma',
  'Amit Singh',
  'Priya Patel',
  'Suresh Chandra Mishra',
  'Anil Kumar',
  'Kavita Joshi',
  'Mohan Lal',
  'Rakesh Tiwari',
  'Sita Ram',
  'Vikram Chauhan',
  'Deepak Srivastava',
  'Anjali Saxena',
  'Manoj Pandey',
  'Geeta Kumari',
  'Lakshmi Narayan',
  'Arvind Rawat',
  'Sanjay Dubey',
  'Rahul Jain',
  'Pankaj Tripathi',
  'Shivani Chaudhary',
  'Bhupendra Thakur',
  'Dharmendra Prasad',
  'Kshitij Agarwal',
  'Jyoti Rani',
  'Harish Chand',
  'Om Prakash',
  'Mukesh Rathore',
  'Nitin Shukla',
  'Aarti Mehta',
  'Gyan Prakash',
  'Yogesh Upadhyay',
  'Bhagwati Prasad',
  'Pushpa Sinha',
  'Sukhdev Dhillon',
  'Mohd. Iqbal Khan',
  'Fatima Begum',
  'Gurpreet Kaur',
  'Lucknow',
  'Varanasi',
  'Patna',
  'Gram Panchayat',
  'Block Development Officer',
  'Sarpanch',
  'Treasurer',
  'President',
  'Vice President',
  'Member',
  'DM Office',
  'RAMESH KUMAR',
  'ANITA DEVI',
  'Dr. Sushma Tiwari',
  'Smt. Kamla Devi',
  'Shri Ram Prasad',
  // Added after the patterns were written, as a held-out check.
  'Sneha Agrawal',
  'Nisha Sinha',
  'Rekha Bhardwaj',
  'Ashok Kumar Verma',
  'Vinod Kumar',
  'Sushil Kumar Modi',
  'Ram Kishore',
  'Shyam Sundar',
  'Kamlesh Yadav',
  'Santosh Kumari',
  'Pradeep Kumar Singh',
  'Abhishek Mishra',
  'Akhilesh Pratap',
  'Saurabh Dwivedi',
  'Vivek Srivastav',
  'Alok Nath',
  'Ajay Kumar Gupta',
  'Ritu Sharma',
  'Preeti Chauhan',
  'Sarita Devi',
  'Meena Kumari',
  'Babita Rani',
  'Mahendra Pal',
  'Rajendra Prasad',
  'Jitendra Nath',
  'Naresh Chandra',
  'Umesh Pathak',
  'Dinesh Chandra Joshi',
  'Girish Kumar',
  'Kuldeep Singh',
  'Baldev Raj',
  'Tarun Kumar',
  'Hemant Soni',
  'Lalit Mohan',
  'Ankita Rawat',
  'Chandrakant Dixit',
  'Yashpal Arya',
  'Bhawna Negi',
  'Kusum Lata',
  'Ravi Shankar',
  'Gorakhpur',
  'Ghaziabad',
  'Meerut',
  'Jhansi',
  'Allahabad',
  'Prayagraj',
  'Kanpur Nagar',
  'Agra',
  'Aligarh',
  'Bareilly',
  'Moradabad',
  'Muzaffarnagar',
  'Saharanpur',
  'Junior Engineer',
  'Accountant',
  'Clerk',
  'Peon',
  'Anganwadi Worker',
  'ASHA',
  'Panchayat Secretary',
  'Lekhpal',
  'Gram Pradhan',
  'Up Pradhan',
  'Sneha',
  'Ekta Kapoor',
  'Farooq Abdullah',
  'Mohd Shafiq',
  'Tariq Anwar',
  'Nazia Parveen',
  'Zeenat Bano',
  'Harpreet Kaur',
  'Jaswinder Singh Gill',
  "Xavier D'Souza",
  'Joseph McDonald',
];

const ENGLISH_CELLS: readonly string[] = [
  'The committee meeting was held on Monday.',
  'Please bring your Aadhaar card and two photographs.',
  'Minutes of the annual general meeting',
  'Attendance register',
  'Proposal accepted unanimously',
  'Next meeting: 15 March 2024',
  'Not available',
  'Yes',
  'No',
  'N/A',
  'Remarks',
  'Village water committee',
  'Women self-help group',
  "Farmers' cooperative society",
  'To be confirmed',
  // Added after the patterns were written, as a held-out check.
  'The meeting is adjourned until further notice.',
  'All members must submit their documents by Friday.',
  'Budget for the financial year 2024-25',
  'Water supply and sanitation',
  'Total amount sanctioned',
  'Signature of the chairperson',
  'Quorum was present',
  'Action taken report',
  'Thank you',
  'Approved',
  'Pending',
  'Completed',
  'Resolution No. 5',
  'Fifty',
  'Rhythm and blues',
  'Psychology department',
  'Exhibition hall',
  'Awkward silence',
];

const NON_TEXT_CELLS: readonly string[] = [
  'ramesh.sharma@gmail.com',
  'neha_gupta123@yahoo.co.in',
  '9876543210',
  '+91 98765 43210',
  '0522-2345678',
  '12/03/2024',
  '2024-03-15',
  '15.08.1947',
  '',
  '   ',
  '42',
  '₹ 1,500',
  'UP32AB1234',
  'user_xk12',
];

const DEVANAGARI_CELLS: readonly string[] = ['रमेश कुमार शर्मा', 'नेहा गुप्ता', 'सचिव', 'बैठक में सभी सदस्य उपस्थित थे।', 'ग्राम पंचायत'];

function cellsJudgedKrutiDev(cells: readonly string[]): string[] {
  return cells.filter((cell) => detectKrutiDev([cell]).likely);
}

describe('detectKrutiDev', () => {
  it('uses lists of at least 30 Kruti Dev cells and 30 romanised names', () => {
    expect(KRUTI_DEV_CELLS.length).toBeGreaterThanOrEqual(30);
    expect(ROMANISED_CELLS.length).toBeGreaterThanOrEqual(30);
  });

  it('recognises nearly every Kruti Dev cell on its own', () => {
    const missed = KRUTI_DEV_CELLS.filter((cell) => !detectKrutiDev([cell]).likely);
    // A short word made only of letters English also combines (`fyfid` = लिपिक) can slip through;
    // a column is judged on many cells, so a few such misses do not change its verdict.
    expect(missed.length / KRUTI_DEV_CELLS.length).toBeLessThan(0.05);
  });

  it('does not mistake any romanised name, English text, number, e-mail or Devanagari cell for Kruti Dev', () => {
    expect(cellsJudgedKrutiDev(ROMANISED_CELLS)).toEqual([]);
    expect(cellsJudgedKrutiDev(ENGLISH_CELLS)).toEqual([]);
    expect(cellsJudgedKrutiDev(NON_TEXT_CELLS)).toEqual([]);
    expect(cellsJudgedKrutiDev(DEVANAGARI_CELLS)).toEqual([]);
  });

  it('does not take romanised surnames, short office codes or login names for Kruti Dev on their own', () => {
    const latin = ['Gadkari', 'Nitin Gadkari', 'Bhatkal', 'jhadu', 'jhanda', 'dso', 'dfo', 'dsp', 'dkjain', 'pkgupta', 'rksharma'];
    expect(cellsJudgedKrutiDev(latin)).toEqual([]);
  });

  it('keeps a column with English names from being ticked without asking', () => {
    const names = ['John Mathew', 'Mary Joseph', 'Kiran Bedi', 'Peter Fernandes'];
    const column = [...KRUTI_DEV_CELLS, ...KRUTI_DEV_CELLS.slice(0, 10), ...names];
    expect(detectKrutiDev(column)).toMatchObject({ confidence: 'medium', likely: false });
    expect(detectKrutiDev(column).reasons).toContainEqual({ code: 'latinWordCells', count: 4, example: 'John Mathew' });
    // A short capitalised Kruti Dev word (`Lokeh` = स्वामी) is not taken for such a name.
    expect(detectKrutiDev([...KRUTI_DEV_CELLS, 'Lokeh'])).toMatchObject({ confidence: 'high', likely: true });
  });

  it('decides whole columns, ignoring empty cells, numbers and e-mail addresses', () => {
    expect(detectKrutiDev(KRUTI_DEV_CELLS).likely).toBe(true);
    expect(detectKrutiDev(KRUTI_DEV_CELLS).score).toBeGreaterThan(0.95);
    expect(detectKrutiDev([...KRUTI_DEV_CELLS.slice(0, 20), '', '9876543210', 'ramesh@gmail.com'])).toMatchObject({ confidence: 'high', likely: true, score: 1 });
    expect(detectKrutiDev(ROMANISED_CELLS)).toMatchObject({ confidence: 'none', likely: false, score: 0 });
    expect(detectKrutiDev([...ENGLISH_CELLS, ...NON_TEXT_CELLS])).toMatchObject({ confidence: 'none', likely: false, score: 0 });
    expect(detectKrutiDev(DEVANAGARI_CELLS)).toMatchObject({ confidence: 'none', likely: false, score: 0 });
  });

  it('says no for a column with nothing to judge', () => {
    expect(detectKrutiDev([])).toEqual({ confidence: 'none', likely: false, score: 0, reasons: [] });
    expect(detectKrutiDev(['', '  ', '42', '12/03/2024'])).toEqual({ confidence: 'none', likely: false, score: 0, reasons: [] });
  });

  it('still offers a column of Kruti Dev names with a few cells typed in English, but not as a sure thing', () => {
    const mixed = [...KRUTI_DEV_CELLS.slice(0, 30), ...ROMANISED_CELLS.slice(0, 5)];
    const verdict = detectKrutiDev(mixed);
    // Converting blindly would turn the English names into Devanagari garbage, so the user decides.
    expect(verdict).toMatchObject({ confidence: 'medium', likely: false });
    expect(verdict.score).toBeCloseTo(30 / 35);
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: 'latinWordCells', example: 'Ramesh Kumar Sharma' }));
  });

  it('accepts one pasted Kruti Dev paragraph and rejects one English paragraph', () => {
    expect(detectKrutiDev([KRUTI_DEV_CELLS.slice(50).join(' ')]).likely).toBe(true);
    expect(detectKrutiDev([ENGLISH_CELLS.join(' ')]).likely).toBe(false);
  });

  it('does not pre-tick a column that is mostly in Unicode Hindi already, and says so', () => {
    const verdict = detectKrutiDev([...DEVANAGARI_CELLS, 'lfpo']);
    expect(verdict).toMatchObject({ confidence: 'none', likely: false });
    expect(verdict.reasons).toContainEqual({ code: 'devanagariCells', count: 5, example: 'रमेश कुमार शर्मा' });
  });

  it('converts every Kruti Dev sample to Devanagari with no Latin left over', () => {
    for (const cell of KRUTI_DEV_CELLS) expect(krutiDevToUnicode(cell)).toMatch(/^[\u0900-\u097F\s]+$/u);
  });

  it('decides 200 cells in a few milliseconds', () => {
    const column = Array.from({ length: 200 }, (_, index) => (index % 2 === 0 ? KRUTI_DEV_CELLS : ROMANISED_CELLS)[index % 30] as string);
    const durations = Array.from({ length: 41 }, () => {
      const started = performance.now();
      detectKrutiDev(column);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    // The median ignores the first, compiling runs and any pause of a busy machine.
    expect(durations[20]).toBeLessThan(5);
  });
});

import { PhoneticNameIndex } from '../src-main/core/text/phonetic/index.js';
import { generatePeople } from './generate-people.js';
import { percentile, report, timed } from './report.js';

const PEOPLE = 50_000;
const LABEL = '(50,000 people)';

/** What a desk volunteer types, in both scripts, one keystroke at a time. */
const TYPED_QUERIES = [
  'शर्मा',
  'sharma',
  'karyashala',
  'sita varma',
  'सीता वर्मा',
  'zakir khan',
  'ज़ाकिर',
  'jakir',
  'shrivastav',
  'chaudhary',
  'pooja mishra',
  'गुप्ता',
  'sachiv',
  'prakhand adhikari',
  '98765',
  'कार्यशाला',
  '91234',
];

/** Every prefix of the query, as the search box sees it while it is typed (Devanagari by code point). */
function keystrokes(query: string): string[] {
  const characters = [...query];
  return characters.map((_, typed) => characters.slice(0, typed + 1).join(''));
}

/** Search-as-you-type at the check-in desk over 50,000 people, in Devanagari and Roman letters. */
export async function benchCheckInSearch(): Promise<boolean> {
  const people = generatePeople(PEOPLE);
  const index = new PhoneticNameIndex();
  const built = await timed(() => {
    for (const person of people) index.put(person.id, [person.name, person.designation, person.organisation, person.phone, person.notes]);
    index.compact();
  });

  const typing = TYPED_QUERIES.flatMap(keystrokes);
  // A desk searches all day: one untimed pass lets the JIT compile the search, so the figures are
  // the steady state a volunteer sees rather than the first few keystrokes after start-up.
  for (const typed of typing) index.match(typed, 20);
  const samples: number[] = [];
  for (const typed of typing) samples.push((await timed(() => index.match(typed, 20))).ms);

  const p95 = Number(percentile(samples, 0.95).toFixed(1));
  const withinBudget = report(`check-in search p95 per keystroke ${LABEL}`, p95, 'ms', { op: '<=', limit: 10 });
  report(`check-in search max per keystroke ${LABEL}`, Number(Math.max(...samples).toFixed(1)), 'ms');
  report(`check-in search index build ${LABEL}`, Math.round(built.ms), 'ms');
  return withinBudget;
}

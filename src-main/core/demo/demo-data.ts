import { DEMO_EXCUSE_REASONS, DEMO_FEEDBACK_POOLS, DEMO_FEEDBACK_UNITS, DEMO_LATE_REASONS } from './demo-feedback.js';
import { DEMO_CATEGORIES, demoPeople, type DemoPerson } from './demo-people.js';
import { DEMO_CIRCULAR, demoProgrammeRecords } from './demo-programmes.js';
import type { DemoDataSet, DemoFeedback, DemoMarkStatus, DemoProgramme } from './demo-types.js';
import { SeededRandom } from './random.js';

export const DEMO_SEED = 20_250_914;
const INVITEES_PER_PROGRAMME = 60;

/**
 * The whole fictional demo data set: the same on every call for the same seed (no clock, no
 * Math.random), so what a user loads and what the tests check are one and the same.
 */
export function demoDataSet(seed: number = DEMO_SEED): DemoDataSet {
  const random = new SeededRandom(seed);
  const people = demoPeople(random);
  const programmes = demoProgrammeRecords().map((record): DemoProgramme => {
    const named = namedPeople(record);
    const invitees = chooseInvitees(random, people, named);
    const marks = invitees.map((person) => markFor(random, person, named));
    const present = marks.filter((mark) => mark.status === 'present' || mark.status === 'late').map((mark) => mark.person);
    return {
      ...record,
      speeches: record.speeches.map((speech) => ({ ...speech, designationAtTime: people[speech.speaker]?.designation ?? '' })),
      invitees,
      marks,
      feedback: feedbackFor(random, present, record.days[0]?.date ?? ''),
    };
  });
  return { categories: DEMO_CATEGORIES, people, circular: { ...DEMO_CIRCULAR }, programmes, reportFor: programmes.length - 1 };
}

/** Everyone who holds a role or speaks: they are always invited and always present. */
function namedPeople(record: Pick<DemoProgramme, 'sessions' | 'speeches'>): Set<number> {
  const named = new Set<number>();
  for (const session of record.sessions) {
    for (const role of session.roles) for (const holder of role.holders) if (holder.kind === 'person') named.add(holder.person);
  }
  for (const speech of record.speeches) named.add(speech.speaker);
  return named;
}

/** The named people, then the committee's posts, then a random mix of everyone else, up to 60. */
function chooseInvitees(random: SeededRandom, people: readonly DemoPerson[], named: ReadonlySet<number>): number[] {
  const chosen = new Set(named);
  people.forEach((person, index) => {
    if (person.category === 'officeBearer' && chosen.size < INVITEES_PER_PROGRAMME / 4) chosen.add(index);
  });
  for (const index of random.shuffle(people.map((_, index) => index))) {
    if (chosen.size >= INVITEES_PER_PROGRAMME) break;
    chosen.add(index);
  }
  return [...chosen].sort((a, b) => a - b);
}

function markFor(random: SeededRandom, person: number, named: ReadonlySet<number>): { person: number; status: DemoMarkStatus; reason: string } {
  if (named.has(person)) return { person, status: 'present', reason: '' };
  const roll = random.next();
  if (roll < 0.78) return { person, status: 'present', reason: '' };
  if (roll < 0.86) return { person, status: 'late', reason: random.pick(DEMO_LATE_REASONS) };
  if (roll < 0.93) return { person, status: 'absent', reason: '' };
  return { person, status: 'excused', reason: random.pick(DEMO_EXCUSE_REASONS) };
}

/** Between 10 and 25 entries over every category, from present people, units and anonymous slips. */
function feedbackFor(random: SeededRandom, present: readonly number[], receivedOn: string): DemoFeedback[] {
  const count = random.int(10, 25);
  const used = new Set<string>();
  const entries: DemoFeedback[] = [];
  for (let index = 0; index < count; index += 1) {
    // The first five go one to each category, so every category has something to show.
    const pool = index < DEMO_FEEDBACK_POOLS.length ? DEMO_FEEDBACK_POOLS[index] : random.pick(DEMO_FEEDBACK_POOLS);
    if (pool === undefined) continue;
    const fresh = pool.texts.filter((text) => !used.has(text));
    if (fresh.length === 0) continue;
    const text = random.pick(fresh);
    used.add(text);
    const sourceRoll = random.next();
    const source: DemoFeedback['source'] =
      sourceRoll < 0.6 && present.length > 0
        ? { kind: 'person', person: random.pick(present) }
        : sourceRoll < 0.8
          ? { kind: 'unit', name: random.pick(DEMO_FEEDBACK_UNITS) }
          : { kind: 'anonymous' };
    const followUpRoll = random.next();
    const followUp: DemoFeedback['followUp'] =
      pool.responses.length === 0 || followUpRoll < 0.4
        ? { status: 'open', response: '' }
        : { status: followUpRoll < 0.7 ? 'inProgress' : 'done', response: random.pick(pool.responses) };
    entries.push({ source, category: pool.category, text, channel: random.next() < 0.7 ? 'written' : 'oral', receivedOn, followUp });
  }
  return entries;
}

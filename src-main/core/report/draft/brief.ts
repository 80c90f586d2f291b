import type { ReportDoc } from '../../contract/index.js';
import type { ReportFacts } from '../facts.js';
import { oblique } from '../grammar/text-form.js';
import { sentence } from '../text/report-strings.js';
import { paragraphOf, participationSentence } from './narrative.js';
import { doc, heading } from './nodes.js';
import { Phrases } from './phrases.js';
import { presidingTitle, roleSentence } from './session-text.js';
import { speechSentences } from './speech-text.js';

/**
 * A short news item: the dateline (the city and the day: "सीहोर, 9 अगस्त।"), what happened,
 * who presided, the main speaker's point and how many took part.
 */
export function briefBody(facts: ReportFacts): ReportDoc {
  const say = new Phrases(facts);
  const lastDay = [...facts.dates].sort().at(-1);
  // The dateline names a town; a record without one gives the day alone, never the hall.
  const place = facts.city;
  const day = lastDay === undefined ? '' : dayAndMonth(lastDay, facts);
  const dateline = place === '' && day === '' ? '' : sentence(say.strings.brief.dateline, { place, date: day }).replace(/^,\s*/u, '');
  const several = new Set(facts.dates).size > 1;
  const [first] = facts.sessions;
  const presiding = first === undefined ? [] : first.presiding.filter((role) => role.roleId === 'role-chair' || role.roleId === 'role-chief-guest');
  const [firstSpeech] = facts.speeches;
  return doc([
    heading(1, facts.title),
    paragraphOf([
      dateline,
      // The dateline gives the day; a programme of several days still says which days.
      say.opening({ date: several || dateline === '', place: true }),
      // With several sessions the chair presided over the first one, not the whole programme.
      ...presiding.map((role) => roleSentence(say, role, facts.sessions.length > 1 && first !== undefined && first.name !== '' ? oblique(first.name) : say.kind)),
      participationSentence(say),
    ]),
    firstSpeech === undefined
      ? null
      : paragraphOf(speechSentences(say, firstSpeech, first === undefined || firstSpeech.sessionIndex !== 0 ? '' : presidingTitle(say, first, firstSpeech)).slice(0, 1)),
  ]);
}

/** "9 अगस्त": the day of the dateline, without the year a reader already knows. */
function dayAndMonth(date: string, facts: ReportFacts): string {
  const format = new Intl.DateTimeFormat(`${facts.language}-IN-u-nu-${facts.digits}`, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return format.format(new Date(`${date}T00:00:00Z`));
}

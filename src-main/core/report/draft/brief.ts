import type { ReportDoc } from '../../contract/index.js';
import type { ReportFacts } from '../facts.js';
import { sentence } from '../text/report-strings.js';
import { attendanceSentences, feedbackSentences, paragraphOf } from './narrative.js';
import { doc, heading } from './nodes.js';
import { Phrases } from './phrases.js';

/** A short news item: a dateline, what happened, who led it, how many came, the first speaker. */
export function briefBody(facts: ReportFacts): ReportDoc {
  const say = new Phrases(facts);
  const [first] = facts.sessions;
  const place = facts.venue;
  const date = say.date();
  const dateline = place === '' && date === '' ? '' : sentence(say.strings.brief.dateline, { place, date }).replace(/^,\s*/, '');
  const [firstSpeech] = facts.speeches;
  const leadRoles = new Set(['role-chair', 'role-chief-guest']);
  return doc([
    heading(1, facts.title),
    paragraphOf([
      dateline,
      say.opening(dateline === '' ? 'withPlaceAndDate' : 'withoutPlaceAndDate'),
      ...(first === undefined ? [] : say.roles(0, first, (roleId) => !leadRoles.has(roleId))),
      ...attendanceSentences(say).slice(-1),
    ]),
    firstSpeech === undefined
      ? null
      : paragraphOf([
          sentence(firstSpeech.summary === '' ? say.strings.speech.noSummary : say.strings.speech.first, {
            in: '',
            speaker: say.person(firstSpeech.speaker),
            subject: say.kind,
            summary: firstSpeech.summary === '' ? '' : say.complete(firstSpeech.summary.split('\n')[0] ?? ''),
          }),
        ]),
    paragraphOf(feedbackSentences(say).slice(0, 1)),
  ]);
}

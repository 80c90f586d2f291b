import type { ReportDoc } from '../../contract/index.js';
import type { ReportFacts } from '../facts.js';
import { numericDate } from '../text/numbers.js';
import { oneLine, sentence } from '../text/report-strings.js';
import { buildDataBlock } from './data-blocks.js';
import { paragraphOf } from './narrative.js';
import { dataBlock, doc, heading, labelled, orderedList, paragraph } from './nodes.js';
import { Phrases } from './phrases.js';
import { signatureOf } from './signature.js';

/** कार्यवृत्त: the header, who was present and absent, the agenda, the discussion and the decisions. */
export function minutesBody(facts: ReportFacts, refreshedAt: string): ReportDoc {
  const say = new Phrases(facts);
  const text = say.strings.minutes;
  const header = (label: string, value: string) => (value === '' ? null : labelled(label, value));
  const dates = facts.dates.map((date) => numericDate(date, facts.digits)).filter((date) => date !== '');
  const chairs = facts.sessions.flatMap((session, index) => say.roles(index, session, (roleId) => roleId !== 'role-chair'));
  const agenda = facts.contentPoints.length > 0 ? facts.contentPoints : facts.purpose === '' ? [] : [facts.purpose];

  return doc([
    heading(1, text.heading),
    header(text.labels.organisation, facts.organisation.name),
    header(text.labels.reference, facts.referenceNumber),
    header(text.labels.date, dates.join(', ')),
    header(text.labels.venue, facts.venue),
    header(text.labels.subject, facts.title),
    chairs.length === 0 ? null : heading(2, text.chair),
    paragraphOf(chairs),
    dataBlock(buildDataBlock('presentMembers', facts, refreshedAt)),
    dataBlock(buildDataBlock('absentMembers', facts, refreshedAt)),
    ...(agenda.length === 0 ? [] : [heading(2, text.agenda), orderedList(agenda.map(oneLine))]),
    ...(facts.speeches.length === 0
      ? []
      : [
          heading(2, text.discussion),
          ...facts.speeches.map((speech) =>
            paragraphOf([
              speech.summary === ''
                ? say.person(speech.speaker)
                : sentence(text.speech, { speaker: say.person(speech.speaker), summary: say.complete(speech.summary) }),
              say.citations(speech.citations),
            ]),
          ),
        ]),
    ...(facts.outcomes.length === 0 ? [] : [heading(2, text.decisions), orderedList(facts.outcomes.map(oneLine))]),
    // Said only when someone gave the vote of thanks; the record decides, not the template.
    facts.sessions.some((session) => session.roles.some((role) => role.roleId === 'role-vote-of-thanks')) ? paragraph(text.closing) : null,
    signatureOf(facts),
  ]);
}

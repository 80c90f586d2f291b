import { escapeHtml } from './escape-html.js';
import { fillTemplate, type PrintStrings } from './print-strings.js';

export interface CertificateFacts {
  name: string;
  designation: string;
  unit: string;
  eventTitle: string;
  dateText: string;
  venue: string;
}

/** Room to write a name by hand when a certificate is printed for nobody in particular. */
const BLANK_NAME = '____________________';

/**
 * The certifying sentence as HTML, the person's name in bold. Missing facts are left out by
 * choosing the whole sentence that does without them (the locale has one per case), so a
 * certificate never reads ", ," or "undefined".
 */
export function certificateSentenceHtml(facts: CertificateFacts, sentences: PrintStrings['certificate']['sentence']): string {
  const name = facts.name.trim();
  const others = [facts.designation, facts.unit].map((part) => part.trim()).filter((part) => part !== '');
  const person = [name === '' ? BLANK_NAME : `<strong class="name">${escapeHtml(name)}</strong>`, ...others.map(escapeHtml)].join(', ');
  const date = facts.dateText.trim();
  const venue = facts.venue.trim();
  const template =
    date !== '' && venue !== '' ? sentences.withDateAndVenue : date !== '' ? sentences.withDate : venue !== '' ? sentences.withVenue : sentences.plain;
  return fillTemplate(escapeHtml(template), {
    person,
    date: escapeHtml(date),
    venue: escapeHtml(venue),
    event: escapeHtml(facts.eventTitle.trim()),
  });
}

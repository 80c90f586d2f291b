import { REPORT_TITLE_MAX, type ReportDoc, type ReportTemplate } from '../../contract/index.js';
import type { ReportFacts } from '../facts.js';
import { cutBetweenLetters } from '../../text/cut-letters.js';
import { reportStrings, sentence } from '../text/report-strings.js';
import { briefBody } from './brief.js';
import { minutesBody } from './minutes.js';
import { narrativeBody } from './narrative.js';

/** A new report's title and body, drafted from the record in the chosen template. */
export function draftReport(facts: ReportFacts, template: ReportTemplate, refreshedAt: string): { title: string; body: ReportDoc } {
  // Cut to the editor's limit, so the first save of the title never fails.
  const title = cutBetweenLetters(sentence(reportStrings(facts.language).titles[template], { title: facts.title }), (kept) => [...kept].length <= REPORT_TITLE_MAX).trimEnd();
  switch (template) {
    case 'narrative':
      return { title, body: narrativeBody(facts, refreshedAt) };
    case 'minutes':
      return { title, body: minutesBody(facts, refreshedAt) };
    case 'brief':
      return { title, body: briefBody(facts) };
  }
}

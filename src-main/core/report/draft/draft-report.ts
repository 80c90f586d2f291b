import { REPORT_TITLE_MAX, type ReportDoc, type ReportTemplate } from '../../contract/index.js';
import type { ReportFacts } from '../facts.js';
import { reportStrings, sentence } from '../text/report-strings.js';
import { briefBody } from './brief.js';
import { minutesBody } from './minutes.js';
import { narrativeBody } from './narrative.js';

/** A new report's title and body, drafted from the record in the chosen template. */
export function draftReport(facts: ReportFacts, template: ReportTemplate, refreshedAt: string): { title: string; body: ReportDoc } {
  const title = withinLetters(sentence(reportStrings(facts.language).titles[template], { title: facts.title }), REPORT_TITLE_MAX);
  switch (template) {
    case 'narrative':
      return { title, body: narrativeBody(facts, refreshedAt) };
    case 'minutes':
      return { title, body: minutesBody(facts, refreshedAt) };
    case 'brief':
      return { title, body: briefBody(facts) };
  }
}

/** Cuts a title to the limit the editor accepts, between whole letters, so its first save never fails. */
function withinLetters(text: string, max: number): string {
  let kept = '';
  for (const { segment } of new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(text)) {
    if ([...kept].length + [...segment].length > max) return kept.trimEnd();
    kept += segment;
  }
  return kept;
}

import type { ReportBlock } from '../../contract/index.js';
import type { ReportFacts } from '../facts.js';
import { reportStrings } from '../text/report-strings.js';
import { signatureBlock } from './nodes.js';

/** The secretary's signature block: the name and date are stamped when the report is finalised. */
export function signatureOf(facts: ReportFacts): ReportBlock {
  return signatureBlock({
    name: '',
    designation: facts.organisation.secretaryDesignation || reportStrings(facts.language).signature.designation,
    place: facts.venue,
    date: '',
  });
}

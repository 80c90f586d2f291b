import type { ReportBlock } from '../../contract/index.js';
import type { ReportFacts } from '../facts.js';
import { reportStrings } from '../text/report-strings.js';
import { signatureBlock } from './nodes.js';

/** The secretary's signature block: the name and date are stamped when the report is finalised. */
export function signatureOf(facts: ReportFacts): ReportBlock {
  return signatureBlock({
    name: '',
    designation: facts.organisation.secretaryDesignation || reportStrings(facts.language).signature.designation,
    // The town a report is signed in; a hall's name is no place for a signature.
    place: facts.city,
    date: '',
  });
}

/**
 * The chair's signature block under a committee's minutes, with the chair's name already in it:
 * finalising stamps only the date into a block that has a name.
 */
export function chairSignatureOf(facts: ReportFacts, chairName: string): ReportBlock {
  return signatureBlock({ name: chairName, designation: reportStrings(facts.language).signature.chair, place: '', date: '' });
}

import { bucketCollectionSpec } from '../db/record-set-format.js';
import { demoRecordDocument } from '../demo/record.js';
import { listsDocument } from '../lists/document.js';
import { organisationDocument } from '../organisation/document.js';
import { peopleRecordSet } from '../people/document.js';
import { citationsDocument } from '../programmes/citations.js';
import { programmesCollection } from '../programmes/document.js';
import { reportRevisionsCollection, reportsCollection } from '../report/store/documents.js';
import { settingsDocument, uiStateDocument } from '../settings/document.js';

/** Single files in the data folder and the newest version of each that this build reads. */
const DOCUMENT_VERSIONS = new Map<string, number>(
  [settingsDocument, uiStateDocument, listsDocument, citationsDocument, organisationDocument, demoRecordDocument, peopleRecordSet].map((spec) => [
    `${spec.name}.json`,
    spec.schemaVersion,
  ]),
);

/** Folders holding one file per item, and the newest item version this build reads. */
const ITEM_VERSIONS = new Map<string, number>(
  [programmesCollection, reportsCollection, reportRevisionsCollection, bucketCollectionSpec(peopleRecordSet)].map((spec) => [spec.name, spec.schemaVersion]),
);

/**
 * The newest schema version this build can read for a data file, or null when it does not
 * know the file. Catalogs are not listed: the store rebuilds any catalog it cannot read.
 */
export function supportedSchemaVersion(relativePath: string): number | null {
  const parts = relativePath.split('/');
  if (parts.length === 1) return DOCUMENT_VERSIONS.get(relativePath) ?? null;
  if (parts.length === 2 && parts[1] !== 'catalog.json') return ITEM_VERSIONS.get(parts[0] ?? '') ?? null;
  return null;
}

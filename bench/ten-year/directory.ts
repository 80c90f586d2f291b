import type { StoredPerson } from '../../src-main/core/people/document.js';
import { peopleFileV1 } from '../../src-main/core/people/document.js';
import { generatePeople } from '../generate-people.js';
import { personId } from './ids.js';

/** The directory of `count` people, named by ids shaped like the app's. */
export function generateDirectory(count: number): StoredPerson[] {
  return generatePeople(count).map((person, n) => ({ ...person, id: personId(n) }));
}

/** The foundation's single people.json (schema version 1), which the first open migrates. */
export function foundationPeopleFile(people: readonly StoredPerson[]): string {
  const data = peopleFileV1.schema.parse({ people, categories: peopleFileV1.defaults().categories });
  return JSON.stringify({ schemaVersion: peopleFileV1.schemaVersion, data });
}

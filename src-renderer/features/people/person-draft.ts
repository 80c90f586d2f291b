import type { FieldIssue, Person, PersonInput } from '../../../src-main/core/contract/index.js';

/** The form's fields in display order; each is also a key in people:form and a field name the core reports. */
export const PERSON_FIELDS = ['name', 'designation', 'organisation', 'categoryId', 'phone', 'email', 'notes'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export interface PersonDraft {
  name: string;
  designation: string;
  organisation: string;
  /** '' means no category, matching the empty <option>. */
  categoryId: string;
  phone: string;
  email: string;
  notes: string;
}

export const EMPTY_DRAFT: PersonDraft = {
  name: '',
  designation: '',
  organisation: '',
  categoryId: '',
  phone: '',
  email: '',
  notes: '',
};

export function draftFromPerson(person: Person): PersonDraft {
  return {
    name: person.name,
    designation: person.designation,
    organisation: person.organisation,
    categoryId: person.categoryId ?? '',
    phone: person.phone,
    email: person.email,
    notes: person.notes,
  };
}

export function inputFromDraft(draft: PersonDraft): PersonInput {
  return { ...draft, categoryId: draft.categoryId === '' ? null : draft.categoryId };
}

export function isPersonField(field: string): field is PersonField {
  return (PERSON_FIELDS as readonly string[]).includes(field);
}

/** The core may name a field 'name' or, for a malformed request, 'person.name'. */
export function personFieldOf(issue: FieldIssue): PersonField | null {
  const field = issue.field.replace(/^person\./, '');
  return isPersonField(field) ? field : null;
}

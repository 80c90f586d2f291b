import type { FieldIssue, Gender, Person, PersonInput } from '../../../src-main/core/contract/index.js';

/** The form's fields in display order; each is also a key in people:form and a field name the core reports. */
export const PERSON_FIELDS = ['title', 'name', 'gender', 'designation', 'organisation', 'categoryId', 'phone', 'email', 'notes'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export interface PersonDraft {
  /** श्री, श्रीमती, डॉ. …: free text, offered from the titles list. */
  title: string;
  name: string;
  /** '' means not given, matching the empty <option>. */
  gender: Gender | '';
  designation: string;
  organisation: string;
  /** '' means no category, matching the empty <option>. */
  categoryId: string;
  phone: string;
  email: string;
  notes: string;
}

export const EMPTY_DRAFT: PersonDraft = {
  title: '',
  name: '',
  gender: '',
  designation: '',
  organisation: '',
  categoryId: '',
  phone: '',
  email: '',
  notes: '',
};

export function draftFromPerson(person: Person): PersonDraft {
  return {
    title: person.title,
    name: person.name,
    gender: person.gender ?? '',
    designation: person.designation,
    organisation: person.organisation,
    categoryId: person.categoryId ?? '',
    phone: person.phone,
    email: person.email,
    notes: person.notes,
  };
}

export function inputFromDraft(draft: PersonDraft): PersonInput {
  return {
    ...draft,
    gender: draft.gender === '' ? null : draft.gender,
    categoryId: draft.categoryId === '' ? null : draft.categoryId,
  };
}

/** The gender choices in the order a form offers them; '' is "not given". */
export const GENDER_CHOICES: ReadonlyArray<Gender | ''> = ['', 'male', 'female'];

/** Reads a gender <select>'s value: anything but the two genders means "not given". */
export function genderFromValue(value: string): Gender | '' {
  return value === 'male' || value === 'female' ? value : '';
}

/** A person's name as written in lists and sentences: the title, if any, before the name. */
export function titledName(person: { title: string; name: string }): string {
  return person.title.trim() === '' ? person.name : `${person.title.trim()} ${person.name}`;
}

export function isPersonField(field: string): field is PersonField {
  return (PERSON_FIELDS as readonly string[]).includes(field);
}

/** The core may name a field 'name' or, for a malformed request, 'person.name'. */
export function personFieldOf(issue: FieldIssue): PersonField | null {
  const field = issue.field.replace(/^person\./, '');
  return isPersonField(field) ? field : null;
}

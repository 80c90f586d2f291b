import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src-main/core/contract/index.js';
import { personInputSchema } from '../../../src-main/core/contract/index.js';
import {
  draftFromPerson,
  EMPTY_DRAFT,
  genderFromValue,
  inputFromDraft,
  personFieldOf,
  titledName,
} from '../../../src-renderer/features/people/person-draft.js';

const person: Person = {
  id: 'p1',
  title: 'डॉ.',
  name: 'प्रीति मीणा',
  gender: 'female',
  designation: 'जिला कलेक्टर',
  organisation: 'जिला प्रशासन, सीहोर',
  categoryId: null,
  phone: '',
  email: '',
  notes: '',
  createdAt: '2024-08-01T00:00:00.000Z',
  updatedAt: '2024-08-01T00:00:00.000Z',
};

describe('person draft', () => {
  it('keeps the title and gender from load to save, so editing a person never resets them', () => {
    const input = inputFromDraft(draftFromPerson(person));
    expect(input).toMatchObject({ title: 'डॉ.', gender: 'female', name: 'प्रीति मीणा', categoryId: null });
    // What the form sends is exactly what the core accepts: no field left out or added.
    expect(personInputSchema.strict().parse(input)).toEqual(input);
  });

  it('sends a gender not given as null and an untouched form with an empty title', () => {
    expect(inputFromDraft(EMPTY_DRAFT)).toMatchObject({ title: '', gender: null });
    expect(inputFromDraft(draftFromPerson({ ...person, gender: null }))).toMatchObject({ gender: null });
  });

  it('reads only the two genders from a select; anything else is "not given"', () => {
    expect(genderFromValue('male')).toBe('male');
    expect(genderFromValue('female')).toBe('female');
    expect(genderFromValue('')).toBe('');
    expect(genderFromValue('other')).toBe('');
  });

  it('writes the title before the name, and the name alone without one', () => {
    expect(titledName(person)).toBe('डॉ. प्रीति मीणा');
    expect(titledName({ title: '  ', name: 'अशोक जैन' })).toBe('अशोक जैन');
  });

  it('places the core’s title and gender problems beside their fields', () => {
    expect(personFieldOf({ field: 'title', code: 'field.tooLong' })).toBe('title');
    expect(personFieldOf({ field: 'person.gender', code: 'field.invalidChoice' })).toBe('gender');
  });
});

import {
  NAME_MAX,
  NOTES_MAX,
  TEXT_MAX,
  personInputSchema,
  type Category,
  type FieldIssue,
  type Gender,
  type PersonInput,
} from '../contract/index.js';
import { AppError } from '../errors.js';
import { cleanLine, cleanMultiline, digitsOnly, toAsciiDigits } from '../text/normalize.js';

export interface CleanPerson {
  title: string;
  name: string;
  gender: Gender | null;
  designation: string;
  organisation: string;
  categoryId: string | null;
  phone: string;
  email: string;
  notes: string;
}

const PHONE_ALLOWED = /^[+\d\s\-()/]*$/;
const PHONE_MIN_DIGITS = 6;
const PHONE_MAX_DIGITS = 15;
const EMAIL_MAX = 254;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;

/**
 * Cleans a person as typed in a form and checks every field, reporting all problems at once
 * so the form can show each message beside its field. Throws AppError('validation.failed').
 */
export function validatePerson(raw: PersonInput, categories: readonly Category[]): CleanPerson {
  const input = personInputSchema.parse(raw);
  const issues: FieldIssue[] = [];
  const person: CleanPerson = {
    title: cleanLine(input.title),
    name: cleanLine(input.name),
    gender: input.gender,
    designation: cleanLine(input.designation),
    organisation: cleanLine(input.organisation),
    categoryId: input.categoryId,
    phone: cleanLine(toAsciiDigits(input.phone)),
    email: cleanLine(input.email).toLowerCase(),
    notes: cleanMultiline(input.notes),
  };

  if (person.name === '') issues.push({ field: 'name', code: 'field.required' });
  checkLength(issues, 'name', person.name, NAME_MAX);
  checkLength(issues, 'title', person.title, TEXT_MAX);
  checkLength(issues, 'designation', person.designation, TEXT_MAX);
  checkLength(issues, 'organisation', person.organisation, TEXT_MAX);
  checkLength(issues, 'notes', person.notes, NOTES_MAX);

  if (person.phone !== '') {
    const digitCount = digitsOnly(person.phone).length;
    if (!PHONE_ALLOWED.test(person.phone) || digitCount < PHONE_MIN_DIGITS || digitCount > PHONE_MAX_DIGITS) {
      issues.push({ field: 'phone', code: 'field.invalidPhone' });
    }
  }
  if (person.email !== '' && (person.email.length > EMAIL_MAX || !EMAIL_SHAPE.test(person.email))) {
    issues.push({ field: 'email', code: 'field.invalidEmail' });
  }
  if (person.categoryId !== null && !categories.some((category) => category.id === person.categoryId)) {
    issues.push({ field: 'categoryId', code: 'field.invalidChoice' });
  }

  if (issues.length > 0) throw new AppError('validation.failed', { fields: issues });
  return person;
}

function checkLength(issues: FieldIssue[], field: string, value: string, max: number): void {
  // Count code points rather than UTF-16 units, the way a user counting letters would.
  if ([...value].length > max) issues.push({ field, code: 'field.tooLong', params: { max } });
}

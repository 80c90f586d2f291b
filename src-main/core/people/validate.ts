import {
  NAME_MAX,
  NOTES_MAX,
  TEXT_MAX,
  checkText,
  personInputSchema,
  type Category,
  type FieldIssue,
  type Gender,
  type PersonInput,
  type TextRule,
} from '../contract/index.js';
import { AppError } from '../errors.js';
import { digitsOnly, toAsciiDigits } from '../text/normalize.js';

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
  // The contract's one text rule, which the forms and every other record use too.
  const text = (field: keyof CleanPerson, typed: string, rule: TextRule): string => {
    const { value, issue } = checkText(typed, rule);
    if (issue !== null) issues.push(issue.params === undefined ? { field, code: issue.code } : { field, code: issue.code, params: issue.params });
    return value;
  };
  const person: CleanPerson = {
    title: text('title', input.title, { max: TEXT_MAX }),
    name: text('name', input.name, { max: NAME_MAX, required: true }),
    gender: input.gender,
    designation: text('designation', input.designation, { max: TEXT_MAX }),
    organisation: text('organisation', input.organisation, { max: TEXT_MAX }),
    categoryId: input.categoryId,
    // A phone number's and an address's own shape checks below bound their length.
    phone: text('phone', toAsciiDigits(input.phone), { max: Number.POSITIVE_INFINITY }),
    email: text('email', input.email, { max: Number.POSITIVE_INFINITY }).toLowerCase(),
    notes: text('notes', input.notes, { max: NOTES_MAX, multiline: true }),
  };

  const hasIssue = (field: string) => issues.some((issue) => issue.field === field);
  if (person.phone !== '' && !hasIssue('phone')) {
    const digitCount = digitsOnly(person.phone).length;
    if (!PHONE_ALLOWED.test(person.phone) || digitCount < PHONE_MIN_DIGITS || digitCount > PHONE_MAX_DIGITS) {
      issues.push({ field: 'phone', code: 'field.invalidPhone' });
    }
  }
  if (person.email !== '' && !hasIssue('email') && (person.email.length > EMAIL_MAX || !EMAIL_SHAPE.test(person.email))) {
    issues.push({ field: 'email', code: 'field.invalidEmail' });
  }
  if (person.categoryId !== null && !categories.some((category) => category.id === person.categoryId)) {
    issues.push({ field: 'categoryId', code: 'field.invalidChoice' });
  }

  if (issues.length > 0) throw new AppError('validation.failed', { fields: issues });
  return person;
}


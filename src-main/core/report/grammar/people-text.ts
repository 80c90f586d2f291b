import type { Gender, Language } from '../../contract/index.js';
import type { ReportStrings } from '../text/report-strings.js';
import { sentence } from '../text/report-strings.js';
import { oblique } from './text-form.js';

/** A person or body as a report names them, resolved from the directory or as typed. */
export interface PersonFacts {
  /** Who this is, so the same person is introduced once however often they appear. */
  key: string;
  kind: 'person' | 'typed' | 'body';
  title: string;
  name: string;
  gender: Gender | null;
  designation: string;
  organisation: string;
}

/**
 * A title typed into the name in older records ("श्री रमेश चंद्र") is read as the title, so the
 * grammar can use it; `titles` are the office's list and the ones the report strings know.
 */
export function splitTitle(title: string, name: string, titles: readonly string[]): { title: string; name: string } {
  const cleanName = name.trim();
  if (title.trim() !== '') return { title: title.trim(), name: cleanName };
  const known = [...titles].sort((a, b) => b.length - a.length).find((candidate) => candidate !== '' && cleanName.startsWith(`${candidate} `));
  return known === undefined ? { title: '', name: cleanName } : { title: known, name: cleanName.slice(known.length).trim() };
}

/** The gender a report may rely on: the one recorded, else the one a title leaves no doubt about (श्रीमती, सुश्री). */
export function genderOf(gender: Gender | null, title: string, strings: ReportStrings): Gender | null {
  if (gender !== null) return gender;
  const wanted = title.trim();
  if (wanted === '') return null;
  const said = (words: string) => words.split(' ').includes(wanted);
  return said(strings.people.titleGender.female) ? 'female' : said(strings.people.titleGender.male) ? 'male' : null;
}

/** Every title the locale knows by gender, for recognising one typed into a name. */
export function knownTitles(strings: ReportStrings): string[] {
  return `${strings.people.titleGender.female} ${strings.people.titleGender.male}`.split(' ').filter((title) => title !== '');
}

export interface OrganiserNames {
  full: string;
  short: string;
}

/**
 * Names people as a report does: the first time with what makes them known, afterwards with
 * their title and name only. One instance follows one report from its first sentence to its
 * last, so it knows who has been introduced.
 */
export class PeopleText {
  private readonly introduced = new Set<string>();

  constructor(
    private readonly strings: ReportStrings,
    private readonly language: Language,
    private readonly organiser: OrganiserNames,
  ) {}

  /** True until the person has been named once. */
  isNew(person: PersonFacts): boolean {
    return !this.introduced.has(person.key);
  }

  /** "श्रीमती प्रीति मीणा": the title and name, nothing else. */
  titled(person: PersonFacts): string {
    return [person.title, person.name].filter((part) => part.trim() !== '').join(' ');
  }

  /**
   * The person as this sentence names them: introduced in full the first time ("नाबार्ड के जिला
   * विकास प्रबंधक श्री विवेक शुक्ला"), then by title and name, after a role when the sentence
   * gives one ("मुख्य अतिथि श्रीमती प्रीति मीणा"). `inList` asks for the form that reads well
   * between "और" and commas: the designation in brackets instead of between commas.
   */
  mention(person: PersonFacts, options: { roleTitle?: string; inList?: boolean } = {}): string {
    const first = this.isNew(person);
    this.introduced.add(person.key);
    const name = this.titled(person);
    if (person.kind === 'body') return name;
    const named = first ? this.introduction(person, name, options.inList === true) : name;
    const role = options.roleTitle?.trim() ?? '';
    return role === '' ? named : `${role} ${named}`;
  }

  /** Several people joined as a list, each named as `mention` would. */
  list(people: readonly PersonFacts[], join: (items: string[]) => string): string {
    const inList = people.length > 1;
    return join(people.map((person) => this.mention(person, { inList })));
  }

  /** A committee or bank by its short form once its full name has been given in the opening. */
  organisationName(organisation: string): string {
    const full = this.organiser.full.trim();
    if (this.organiser.short.trim() !== '' && full !== '' && sameName(organisation, full)) return this.organiser.short.trim();
    return organisation.trim();
  }

  private introduction(person: PersonFacts, name: string, inList: boolean): string {
    const text = this.strings.people;
    const designation = person.designation.trim();
    const organisation = this.organisationName(person.organisation);
    if (designation === '' && organisation === '') return name;
    const apposition = [designation, organisation].filter((part) => part !== '').join(', ');
    const useApposition =
      this.language !== 'hi' || designation === '' || designation.includes(',') || (organisation !== '' && person.gender === null);
    if (useApposition) return sentence(inList ? text.appositionInList : text.apposition, { name, details: apposition });
    if (organisation === '') return sentence(text.withDesignation, { designation, name });
    return sentence(person.gender === 'female' ? text.withOrganisationFemale : text.withOrganisation, {
      organisation: oblique(organisation),
      designation,
      name,
    });
  }
}

/** True when two organisation names differ only in spacing, commas, full stops or case. */
export function sameName(a: string, b: string): boolean {
  const key = (text: string) => text.replace(/[\s,.।]+/gu, ' ').trim().toLocaleLowerCase('hi');
  return key(a) === key(b);
}

import type { Citation } from '../../contract/index.js';
import { programmeDateText } from '../../text/calendar-text.js';
import type { NamedHolder, ReportFacts, SessionFacts } from '../facts.js';
import { reportNumber } from '../text/numbers.js';
import { endsSentence, joinList, oneLine, pluralKey, reportStrings, sentence, withoutEnding, type ReportStrings } from '../text/report-strings.js';

/**
 * The sentences every template shares, each built from one locale string. A fact that is
 * missing yields '' (or no sentence at all), never a sentence with a hole in it.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export class Phrases {
  readonly strings: ReportStrings;

  constructor(readonly facts: ReportFacts) {
    this.strings = reportStrings(facts.language);
  }

  get kind(): string {
    return this.facts.kindName || this.strings.kindFallback;
  }

  number(value: number): string {
    return reportNumber(value, this.facts.language, this.facts.digits);
  }

  /** "17 अप्रैल 2024", a run of days "17–19 अप्रैल 2024", or separate days "17 अप्रैल 2024 और 24 अप्रैल 2024". */
  date(dates: readonly string[] = this.facts.dates): string {
    const format = (days: readonly string[]) => programmeDateText(days, this.facts.language, this.facts.digits);
    const sorted = [...new Set(dates)].sort();
    const consecutive = sorted.every((day, index) => index === 0 || Date.parse(`${day}T00:00:00Z`) - Date.parse(`${sorted[index - 1]}T00:00:00Z`) === DAY_MS);
    return consecutive ? format(sorted) : joinList(sorted.map((day) => format([day])), this.strings);
  }

  person(holder: NamedHolder): string {
    const name = holder.name.trim();
    const designation = holder.designation.trim();
    return designation === '' ? name : sentence(this.strings.person.withDesignation, { designation, name });
  }

  people(holders: readonly NamedHolder[]): string {
    return joinList(holders.map((holder) => this.person(holder)), this.strings);
  }

  /** "… विषय पर कार्यशाला का आयोजन किया गया।" with the date, part of day, venue and organiser it has. */
  opening(placeAndDate: 'withPlaceAndDate' | 'withoutPlaceAndDate' = 'withPlaceAndDate'): string {
    const { facts, strings } = this;
    const withThem = placeAndDate === 'withPlaceAndDate';
    const date = withThem ? this.date() : '';
    const when =
      date === ''
        ? ''
        : facts.partOfDay === null
          ? sentence(strings.opening.when, { date })
          : sentence(strings.opening.whenWithPart, { date, partOfDay: strings.partOfDay[facts.partOfDay] });
    return sentence(strings.opening.sentence, {
      when,
      where: facts.venue === '' || !withThem ? '' : sentence(strings.opening.where, { venue: facts.venue }),
      by: facts.organiser === '' ? '' : sentence(strings.opening.by, { organiser: facts.organiser }),
      title: facts.title,
      kind: this.kind,
    });
  }

  /** "X में" for a later session; nothing for the first, which stands for the whole programme. */
  private sessionIn(index: number, session: SessionFacts): string {
    return index === 0 ? '' : sentence(this.strings.sessionIn, { session: session.name });
  }

  private subject(index: number, session: SessionFacts): string {
    return index === 0 || session.name.trim() === '' ? this.kind : session.name;
  }

  /** One sentence per role held in a session: "कार्यशाला की अध्यक्षता … ने की।" */
  roles(index: number, session: SessionFacts, skip: (roleId: string) => boolean = () => false): string[] {
    const templates: Record<string, string> = this.strings.roles;
    return session.roles
      .filter((role) => !skip(role.roleId))
      .map((role) =>
        sentence(templates[role.roleId] ?? this.strings.roles.other, {
          names: this.people(role.holders),
          role: role.roleName,
          subject: this.subject(index, session),
          in: this.sessionIn(index, session),
        }),
      );
  }

  activities(index: number, session: SessionFacts): string | null {
    if (session.activities.length === 0) return null;
    const activities = joinList(session.activities, this.strings);
    return index === 0
      ? sentence(this.strings.activities.opening, { subject: this.subject(index, session), activities })
      : sentence(this.strings.activities.session, { session: session.name, activities });
  }

  /** "संकल्प संख्या 21-एनक्यू/टीडब्ल्यू, दिनांक 16 जून 2022" */
  citation(citation: Citation): string {
    const text = this.strings.citation;
    const name = [
      citation.kind.trim(),
      citation.number.trim() === '' ? '' : sentence(text.number, { number: citation.number.trim() }),
      citation.number.trim() === '' && citation.title.trim() !== '' ? sentence(text.title, { title: citation.title.trim() }) : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
    const date = citation.date === null ? '' : this.date([citation.date]);
    return date === '' ? name : `${name}, ${sentence(text.date, { date })}`;
  }

  citations(citations: readonly Citation[]): string | null {
    const named = citations.map((citation) => this.citation(citation)).filter((text) => text !== '');
    return named.length === 0 ? null : sentence(this.strings.speech.citations, { citations: joinList(named, this.strings) });
  }

  /** Typed text as a whole sentence: one line, with a closing danda (or full stop) if it has none. */
  complete(text: string): string {
    const line = oneLine(text);
    return endsSentence(line) ? line : `${line}${this.facts.language === 'hi' ? '।' : '.'}`;
  }

  /**
   * A typed noun phrase placed in a sentence ("… पर केंद्रित थी।"); text the secretary already
   * wrote as a sentence is used as it stands, after the lead-in of `asSentence`.
   */
  phraseOrSentence(phraseTemplate: string, sentenceTemplate: string, key: string, text: string): string {
    const line = oneLine(text);
    return endsSentence(line)
      ? sentence(sentenceTemplate, { kind: this.kind, [key]: line })
      : sentence(phraseTemplate, { kind: this.kind, [key]: withoutEnding(line) });
  }

  /** The `<key>_one` or `<key>_other` sentence of a group of templates, for a count. */
  plural(templates: object, key: string, count: number, values: Record<string, string>): string {
    const byName = templates as Record<string, unknown>;
    const chosen = byName[`${key}_${pluralKey(this.facts.language, count)}`] ?? byName[`${key}_other`];
    const template = typeof chosen === 'string' ? chosen : '';
    return sentence(template, { ...values, count: this.number(count), kind: this.kind });
  }
}

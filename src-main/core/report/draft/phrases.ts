import type { Citation } from '../../contract/index.js';
import { programmeDateText } from '../../text/calendar-text.js';
import type { ReportFacts } from '../facts.js';
import { isMeetingKind } from './kind.js';
import { PeopleText } from '../grammar/people-text.js';
import { bareText, oblique, stopFor } from '../grammar/text-form.js';
import { reportNumber, withReportDigits } from '../text/numbers.js';
import { endsSentence, joinList, oneLine, pluralKey, reportStrings, sentence, type ReportStrings } from '../text/report-strings.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOON = 12 * 60;

/**
 * The sentences every template shares, each built from one locale string, and the people of
 * one report (so each is introduced once). A fact that is missing yields '' (or no sentence at
 * all), never a sentence with a hole in it. One instance drafts one report.
 */
export class Phrases {
  readonly strings: ReportStrings;
  readonly people: PeopleText;

  constructor(readonly facts: ReportFacts) {
    this.strings = reportStrings(facts.language);
    this.people = new PeopleText(this.strings, facts.language, { full: facts.organiser, short: facts.organiserShort });
  }

  get kind(): string {
    return this.facts.kindName || this.strings.kindFallback;
  }

  /** True when the kind's noun is feminine ("कार्यशाला … आयोजित की गई"), from the locale's list. */
  get kindIsFeminine(): boolean {
    const words = this.kind.trim().split(/\s+/u);
    const last = words[words.length - 1] ?? '';
    return this.strings.feminineKinds.split(' ').some((word) => word !== '' && (last === word || last.endsWith(word)));
  }

  /** True when the title already says what the programme was ("… की छमाही बैठक"). */
  get titleNamesKind(): boolean {
    const last = this.kind.trim().split(/\s+/u).at(-1) ?? '';
    return last !== '' && this.facts.title.trim().endsWith(last);
  }

  get isMeeting(): boolean {
    return isMeetingKind(this.facts);
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

  /** "प्रातः 10:30 बजे": a time with its part of the day, as reports and minutes write it. */
  clock(time: string | null): string {
    const match = time === null ? null : /^(\d{1,2}):(\d{2})$/.exec(time);
    if (match === null) return '';
    const hours = Number(match[1]);
    const minutes = hours * 60 + Number(match[2]);
    const part = minutes < NOON ? 'morning' : minutes < 16 * 60 ? 'afternoon' : minutes < 19 * 60 ? 'evening' : 'night';
    // Reports write the 12-hour clock: "दोपहर 12:30", "सायं 4:00", never "16:00".
    const twelve = hours > 12 ? hours - 12 : hours === 0 ? 12 : hours;
    const text = `${twelve}:${match[2] ?? '00'}`;
    return sentence(this.strings.clock[part], { time: withReportDigits(text, this.facts.digits) });
  }

  /** How long the programme ran, from its days: "दो दिवसीय"; nothing for one day or a meeting. */
  duration(): string {
    const days = new Set(this.facts.dates).size;
    if (days < 2 || this.isMeeting) return '';
    const durations: Record<string, string> = this.strings.duration;
    return sentence(durations[String(days)] ?? this.strings.duration.other, { count: this.number(days) });
  }

  /** The venue as it stands before "में": oblique, with the city when the venue does not name it. */
  place(): string {
    const { venue, city } = this.facts;
    if (venue === '') return city;
    const inCase = oblique(venue);
    return city === '' || venue.includes(city) ? inCase : sentence(this.strings.opening.venueWithCity, { venue: inCase, city });
  }

  /**
   * The opening sentence: who organised what, under whose aegis, when, where, on what subject,
   * for how long: "<आयोजक> द्वारा <प्रायोजक> के तत्वावधान में <दिनांक> को <स्थान> में "<विषय>"
   * विषय पर दो दिवसीय प्रशिक्षण का आयोजन किया गया।"
   */
  opening(include: { date: boolean; place: boolean } = { date: true, place: true }): string {
    const { facts, strings } = this;
    const date = include.date ? this.date() : '';
    const when =
      date === ''
        ? ''
        : facts.partOfDay === null
          ? sentence(strings.opening.when, { date })
          : sentence(strings.opening.whenWithPart, { date, partOfDay: strings.partOfDay[facts.partOfDay] });
    const place = include.place ? this.place() : '';
    // "… में नगर राजभाषा कार्यान्वयन समिति की छमाही बैठक का आयोजन किया गया", not '"… बैठक" विषय पर बैठक'.
    const template = this.titleNamesKind ? strings.opening.named : strings.opening.sentence;
    return sentence(template, {
      by: facts.organiser === '' ? '' : sentence(strings.opening.by, { organiser: facts.organiser }),
      sponsor: facts.sponsor === '' ? '' : sentence(strings.opening[`sponsor_${facts.sponsorRelation}`], { sponsor: oblique(facts.sponsor) }),
      when,
      where: place === '' ? '' : sentence(strings.opening.where, { venue: place }),
      title: facts.title,
      // A title that already says "दो दिवसीय" is not told so twice.
      duration: facts.title.includes(this.duration()) ? '' : this.duration(),
      kind: this.kind,
    });
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
    return endsSentence(line) ? line : `${line}${stopFor(line, this.stop)}`;
  }

  /** The mark that ends a sentence in the report's language. */
  get stop(): string {
    return this.facts.language === 'hi' ? '।' : '.';
  }

  /** A typed text placed inside a sentence that brings its own ending. */
  inner(text: string): string {
    return bareText(oneLine(text));
  }

  /** The `<key>_one` or `<key>_other` sentence of a group of templates, for a count. */
  plural(templates: object, key: string, count: number, values: Record<string, string>): string {
    const byName = templates as Record<string, unknown>;
    const chosen = byName[`${key}_${pluralKey(this.facts.language, count)}`] ?? byName[`${key}_other`];
    const template = typeof chosen === 'string' ? chosen : '';
    return sentence(template, { ...values, count: this.number(count), kind: this.kind });
  }

  /** Items joined with "तथा" (a list of facts), where `joinList` joins names with "और". */
  also(items: readonly string[]): string {
    return joinList(items, { ...this.strings, list: this.strings.listAlso });
  }
}

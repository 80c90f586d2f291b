/**
 * The checks of section 6 of REPORT-STYLE.md as a lint over a draft's plain text: the mistakes
 * a राजभाषा officer catches first. Each finding names the check and quotes the text around it.
 */
export interface LintContext {
  /** True when some invitees have no mark yet, so no sentence may claim nobody was absent. */
  unmarkedInvitees?: boolean;
  /** People with a designation, as "designation" and "title name", to catch a second introduction. */
  people?: ReadonlyArray<{ designation: string; name: string }>;
}

const DEED = '(?:डाला|डाली|दिया|दी|दिए|किया|की|किए|कीं|समझाई|समझाया|बताया|बताई|रखे|रखा|रखी)';
const CLAUSE_END = '(?:है|हैं|था|थी|थे|गया|गई|गए|जाए|जाएँ|जाएगा|जाएगी|चाहिए|रही|रहा|रहे|हुआ|हुई|आया|आई|' + DEED.slice(3, -1) + ')';

const CHECKS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: '"ने कहा:" before what the speaker did', pattern: new RegExp(`ने कहा:[^।]*\\s${DEED}।`, 'u') },
  {
    name: 'a noun-phrase frame after a clause that ends in a verb',
    pattern: new RegExp(`\\s${CLAUSE_END}[,]?\\s+(?:की पुष्टि की गई|का प्रस्ताव रखा गया|को रेखांकित किया गया|का उल्लेख किया गया|का सुझाव दिया गया|की बात कही गई|का आयोजन किया गया|पर अपने विचार रखे)`, 'u'),
  },
  // "का <place> में" where the place should be oblique; "का उद्देश्य … में" and the like begin a new phrase.
  { name: 'a plural left direct before a postposition', pattern: /(?:याँ|एँ)\s+(?:पर|में|को|से|की|का|के)\s/u },
  { name: 'a genitive "का" left direct before "में"', pattern: /\sका\s+(?!उद्देश्य|आयोजन|शुभारंभ|संचालन|संयोजन)[^\s।,:"()]+(?:\s+[^\s।,:"()]+)?\s+में[\s।,]/u },
  { name: 'a hole where a value was missing', pattern: /undefined|\bnull\b|NaN|\{\{|\}\}/u },
  { name: 'an empty name before "ने"', pattern: /(?:^|।\s*)ने\s|\sने\sने\s/u },
  { name: 'spacing or doubled punctuation', pattern: /\s[।,.]|।।|,,|\s{2,}|,\s*।/u },
  { name: 'an evaluative closing', pattern: /सार्थक गतिविधि/u },
  { name: 'a sentence opening with a postposition', pattern: /(?:^|।\s+)(?:में|से|को|पर|ने|की|का|के)\s/u },
  { name: 'a phrase framed twice with "पर"', pattern: /\sपर\s+\S+\s+पर अपने विचार/u },
  { name: 'an abbreviation quoted as if it were a sentence', pattern: /कहा, "[^"\s]{1,4}"/u },
  { name: 'a count from "no organisation"', pattern: /नहीं बताया से/u },
  { name: 'the duration said twice in one sentence', pattern: /(\S+ दिवसीय)[^।]*\s\1/u },
  { name: 'an English sentence starting in lower case, or "Then In"', pattern: /(?:^|[.!?]\s+)[a-z]|Then,? In\s/u },
  { name: '"कहा कि" twice', pattern: /कहा कि\s+(?:उन्होंने\s+)?कहा कि/u },
  { name: 'an empty quotation', pattern: /"\s*[।.]?\s*"/u },
  { name: 'a danda after English words', pattern: /[A-Za-z]।/u },
  { name: 'Kruti Dev letters left in the text', pattern: /[a-z];[A-Z]|'k[kq]/u },
  { name: '"ने" before a statement', pattern: new RegExp(`\\sने (?![^।"]*(?:कहा कि|\\s${DEED}[\\s:,]))[^।"]*\\s(?:है|हैं|चाहिए|होगा|होगी)।`, 'u') },
];

export function lintDraft(text: string, context: LintContext = {}): string[] {
  const findings: string[] = [];
  // Table rows (cells joined by " | ") hold names and numbers, not sentences.
  for (const paragraph of text.split('\n').filter((line) => !line.includes(' | '))) {
    for (const { name, pattern } of CHECKS) {
      const match = pattern.exec(paragraph);
      if (match !== null) findings.push(`${name}: «${paragraph.slice(Math.max(0, match.index - 30), match.index + match[0].length + 10)}»`);
    }
    // The vote of thanks closes its session: nothing of the same paragraph may follow it.
    const thanks = paragraph.search(/धन्यवाद ज्ञापित किया।/u);
    if (thanks !== -1 && paragraph.slice(thanks + 'धन्यवाद ज्ञापित किया।'.length).trim() !== '') {
      findings.push(`the vote of thanks before the rest of its session: «${paragraph.slice(thanks - 40)}»`);
    }
  }
  if (context.unmarkedInvitees === true && /अनुपस्थित नहीं रहा/u.test(text)) findings.push('a statement of absence although marks are missing');
  for (const person of context.people ?? []) {
    if (person.designation === '' || person.name === '') continue;
    const introduced = text.split(`${person.designation} ${person.name}`).length - 1 + (text.split(`${person.name}, ${person.designation}`).length - 1);
    if (introduced > 1) findings.push(`${person.name} introduced ${introduced} times with the designation`);
  }
  return findings;
}

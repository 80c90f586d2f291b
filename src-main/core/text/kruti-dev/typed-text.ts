import { detectKrutiDev, judgeKrutiDevCell } from './detect.js';

/**
 * Symbol keys that Kruti Dev uses for letters (`;` = य, `'` = श्, `[` = ख्, `]` = the comma, `~` = ्,
 * `{` = क्ष्, `"` = ष्, `=` = त्र, `|` = द्ध) and that a single English word does not hold.
 */
const KRUTI_DEV_PUNCTUATION = /[;'"[\]{}~=|`]/u;

/**
 * Whether free text someone typed (a speech summary, a comment) is Kruti Dev beyond doubt, so a
 * report may show it converted. Stricter than the column detector, because a wrong "yes" here
 * garbles typed English in a report without anyone having been asked: the text as a whole must
 * read as Kruti Dev, no word may read as English, and either two words must read as Kruti Dev on
 * their own or the only word must hold one of the font's symbol keys (`v/;{k` = अध्यक्ष, but not
 * `flag` or `dso`).
 */
export function isTypedInKrutiDev(text: string): boolean {
  if (!detectKrutiDev([text]).likely) return false;
  const words = text.trim().split(/\s+/u);
  const verdicts = words.map((word) => judgeKrutiDevCell(word));
  if (verdicts.some((verdict) => verdict === 'latin-letters' || verdict === 'latin-words')) return false;
  const krutiDevWords = verdicts.filter((verdict) => verdict === 'kruti-dev').length;
  if (words.length === 1) return krutiDevWords === 1 && KRUTI_DEV_PUNCTUATION.test(text);
  return krutiDevWords >= 2;
}

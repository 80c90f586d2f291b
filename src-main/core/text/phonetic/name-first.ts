import { phoneticQueryKeys, phoneticWordKeys } from './phonetic-key.js';

/**
 * Re-ranks matches so that people whose NAME answers every typed word come first: at a desk,
 * "रमेश श" means रमेश शर्मा, not रमेश यादव whose designation happens to start with श.
 * The sort is stable, so the index's own order holds within each group. Meant for the few
 * hundred matches a screen shows, not for the whole directory.
 */
export function nameMatchesFirst<T>(query: string, matches: readonly T[], nameOf: (match: T) => string): T[] {
  const queryWords = phoneticQueryKeys(query);
  if (queryWords.length < 2) return [...matches];
  const answeredByName = (name: string) => {
    const nameWords = phoneticWordKeys(name);
    return queryWords.every((variants) =>
      nameWords.some((wordKeys) => wordKeys.some((key) => variants.some((variant) => key.startsWith(variant)))),
    );
  };
  const first: T[] = [];
  const rest: T[] = [];
  for (const match of matches) (answeredByName(nameOf(match)) ? first : rest).push(match);
  return [...first, ...rest];
}

import type { ListEntry } from '../contract/index.js';
import type { DemoListRef } from './demo-types.js';

/**
 * The id of the entry the demo means in a list the user may have edited: the default entry if
 * it is still there, else one of the same name, else null (the demo then goes without it).
 */
export function resolveListRef(entries: readonly ListEntry[], ref: DemoListRef): string | null {
  if (entries.some((entry) => entry.id === ref.id)) return ref.id;
  const name = ref.name.toLocaleLowerCase('hi');
  return entries.find((entry) => entry.name.trim().toLocaleLowerCase('hi') === name)?.id ?? null;
}

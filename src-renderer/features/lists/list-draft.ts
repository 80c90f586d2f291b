import type { ChannelInput, ListEntry } from '../../../src-main/core/contract/index.js';

/** One row being edited; `key` keeps React's identity stable while rows move, `id` is absent for a new entry. */
export interface DraftEntry {
  key: string;
  id?: string;
  name: string;
}

let nextKey = 0;
const newKey = () => `new-${(nextKey += 1)}`;

export const draftOf = (entries: readonly ListEntry[]): DraftEntry[] => entries.map((entry) => ({ key: entry.id, id: entry.id, name: entry.name }));

export const blankEntry = (): DraftEntry => ({ key: newKey(), name: '' });

export function moved(entries: readonly DraftEntry[], from: number, to: number): DraftEntry[] {
  if (to < 0 || to >= entries.length) return [...entries];
  const next = [...entries];
  const [entry] = next.splice(from, 1);
  if (entry) next.splice(to, 0, entry);
  return next;
}

export const itemsOf = (entries: readonly DraftEntry[]): ChannelInput<'lists:update'>['items'] =>
  entries.map((entry) => (entry.id === undefined ? { name: entry.name } : { id: entry.id, name: entry.name }));

export function sameEntries(draft: readonly DraftEntry[], saved: readonly ListEntry[]): boolean {
  return draft.length === saved.length && draft.every((entry, index) => entry.id === saved[index]?.id && entry.name === saved[index]?.name);
}

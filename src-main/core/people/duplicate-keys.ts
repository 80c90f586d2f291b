import { nameKey, phoneKey } from '../text/normalize.js';
import type { StoredPerson } from './document.js';

/** The key under which two people count as the same: normalised name and phone together. */
export function nameAndPhoneKey(person: { name: string; phone: string }): string {
  return `${nameKey(person.name)}\u0000${phoneKey(person.phone)}`;
}

/** Active people by the keys that reveal likely duplicates: name with phone, and email. */
export class DuplicateKeys {
  private readonly idsByNameAndPhone = new Map<string, Set<string>>();
  private readonly idsByEmail = new Map<string, Set<string>>();

  constructor(activePeople: Iterable<StoredPerson>) {
    for (const person of activePeople) this.add(person);
  }

  add(person: StoredPerson): void {
    addToMultiMap(this.idsByNameAndPhone, nameAndPhoneKey(person), person.id);
    if (person.email !== '') addToMultiMap(this.idsByEmail, person.email, person.id);
  }

  remove(person: StoredPerson): void {
    removeFromMultiMap(this.idsByNameAndPhone, nameAndPhoneKey(person), person.id);
    if (person.email !== '') removeFromMultiMap(this.idsByEmail, person.email, person.id);
  }

  idsLike(candidate: { name: string; phone: string; email: string }): Set<string> {
    return new Set([
      ...(this.idsByNameAndPhone.get(nameAndPhoneKey(candidate)) ?? []),
      ...(candidate.email === '' ? [] : (this.idsByEmail.get(candidate.email) ?? [])),
    ]);
  }
}

function addToMultiMap(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}

function removeFromMultiMap(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  ids?.delete(id);
  if (ids?.size === 0) map.delete(key);
}

import { nameKey, phoneKey } from '../text/normalize.js';
import type { StoredPerson } from './document.js';

/** The key under which two people count as the same: normalised name and phone together. */
export function nameAndPhoneKey(person: { name: string; phone: string }): string {
  return `${nameKey(person.name)}\u0000${phoneKey(person.phone)}`;
}

/** How long one slice of building may hold the event loop, so a check-in never waits behind it. */
const SLICE_MS = 8;

/**
 * Active people by the keys that reveal likely duplicates: name with phone, and email. Built
 * in short slices after start-up (50,000 people take about 140 ms in all, which in one block
 * would stall a check-in); people changed before the builder reaches them are taken in their
 * latest version when it does.
 */
export class DuplicateKeys {
  private readonly idsByNameAndPhone = new Map<string, Set<string>>();
  private readonly idsByEmail = new Map<string, Set<string>>();
  /** Active people not keyed yet; the builder reads each one's current version when it gets to it. */
  private readonly waiting: Set<string>;
  private built: Promise<void> | null = null;
  private stopped = false;

  constructor(
    activeIds: Iterable<string>,
    private readonly current: (id: string) => StoredPerson | undefined,
  ) {
    this.waiting = new Set(activeIds);
  }

  /** Resolves once every person is keyed; starts the sliced build if it has not started. */
  whenReady(): Promise<void> {
    this.built ??= this.build();
    return this.built;
  }

  stop(): void {
    this.stopped = true;
  }

  add(person: StoredPerson): void {
    if (this.waiting.has(person.id)) return;
    addToMultiMap(this.idsByNameAndPhone, nameAndPhoneKey(person), person.id);
    if (person.email !== '') addToMultiMap(this.idsByEmail, person.email, person.id);
  }

  remove(person: StoredPerson): void {
    if (this.waiting.has(person.id)) return;
    removeFromMultiMap(this.idsByNameAndPhone, nameAndPhoneKey(person), person.id);
    if (person.email !== '') removeFromMultiMap(this.idsByEmail, person.email, person.id);
  }

  /** Active people with the same keys. Finishes the build at once if a caller did not wait for it. */
  idsLike(candidate: { name: string; phone: string; email: string }): Set<string> {
    for (const id of this.waiting) this.keyWaiting(id);
    return new Set([
      ...(this.idsByNameAndPhone.get(nameAndPhoneKey(candidate)) ?? []),
      ...(candidate.email === '' ? [] : (this.idsByEmail.get(candidate.email) ?? [])),
    ]);
  }

  private async build(): Promise<void> {
    let started = performance.now();
    for (const id of this.waiting) {
      if (this.stopped) return;
      this.keyWaiting(id);
      if (performance.now() - started > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        started = performance.now();
      }
    }
  }

  private keyWaiting(id: string): void {
    this.waiting.delete(id);
    const person = this.current(id);
    if (person !== undefined && person.removedAt === null) this.add(person);
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

import type { StoredAttendee } from '../programmes/document.js';
import { phoneticFields } from '../people/phonetic-directory.js';
import { compareHindi } from '../text/normalize.js';
import { nameMatchesFirst, PhoneticNameIndex } from '../text/phonetic/index.js';

/**
 * One programme's attendance list, searchable as the desk types. It is built when the check-in
 * screen first searches and then kept in step with every change the attendance service makes,
 * so a keystroke never rebuilds it.
 */
export class InviteeIndex {
  private readonly phonetic = new PhoneticNameIndex();
  private readonly byId = new Map<string, StoredAttendee>();
  private ordered: string[] | null = null;

  constructor(attendees: readonly StoredAttendee[]) {
    for (const attendee of attendees) this.put(attendee);
    this.phonetic.compact();
  }

  put(attendee: StoredAttendee): void {
    this.ordered = null;
    if (attendee.removedAt !== null) {
      this.byId.delete(attendee.id);
      this.phonetic.remove(attendee.id);
      return;
    }
    this.byId.set(attendee.id, attendee);
    this.phonetic.put(attendee.id, phoneticFields(attendee));
  }

  get size(): number {
    return this.byId.size;
  }

  has(attendeeId: string): boolean {
    return this.byId.has(attendeeId);
  }

  /** Attendee ids matching the query, best first; the whole list in Hindi name order when it is blank. */
  match(query: string, limit: number): string[] {
    if (query.trim() === '') return this.inNameOrder().slice(0, limit);
    return nameMatchesFirst(query, this.phonetic.match(query, limit), (id) => this.byId.get(id)?.name ?? '');
  }

  private inNameOrder(): string[] {
    this.ordered ??= [...this.byId.values()]
      .sort((a, b) => compareHindi(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((attendee) => attendee.id);
    return this.ordered;
  }
}

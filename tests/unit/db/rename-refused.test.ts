import { readdir, readFile, rename as fsRename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openRecordSet,
  openStore,
  type RenameFn,
  type RetryClock,
  type Store,
  type StoreOptions,
} from '../../../src-main/core/db/index.js';
import { peopleRecordSet, type StoredPerson } from '../../../src-main/core/people/document.js';
import { meetingsCollection } from '../../support/db/sample-collections.js';
import { ledgerDocument, notesDocument } from '../../support/db/sample-documents.js';
import { makeTempDir } from '../../support/temp-dir.js';

/** Time that passes only when the retry loop sleeps, so a minute of refusal costs no real time. */
class VirtualClock implements RetryClock {
  private virtualNow = 0;
  private gate: Promise<void> = Promise.resolve();
  private openGate: () => void = () => undefined;

  now(): number {
    return this.virtualNow;
  }

  async sleep(ms: number): Promise<void> {
    await this.gate;
    this.virtualNow += ms;
  }

  advance(ms: number): void {
    this.virtualNow += ms;
  }

  /** Holds every retry at its next sleep until resume(), so the test can act while a refusal lasts. */
  pause(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  resume(): void {
    this.openGate();
    this.gate = Promise.resolve();
  }
}

/**
 * Stands in for fs.rename. Renames onto one file can be refused with EPERM, as Windows refuses
 * them while an antivirus or sync tool holds the file open; every other rename goes through.
 */
class RefusableRename {
  refusedAttempts = 0;
  firstRefusedAt = Number.NaN;
  private refusalMs: number | null = null;
  private pendingRefusalMs: number | null = null;
  private beforeNextTargetRename: (() => void) | null = null;
  private readonly target: string;
  private readonly announceFirstRefusal: () => void;
  readonly firstRefusal: Promise<void>;

  constructor(
    target: string,
    private readonly now: () => number,
  ) {
    this.target = resolve(target);
    let announce: () => void = () => undefined;
    this.firstRefusal = new Promise((resolve) => (announce = resolve));
    this.announceFirstRefusal = announce;
  }

  readonly rename: RenameFn = async (from, to) => {
    if (resolve(to) === this.target) {
      if (this.refusing()) {
        this.refusedAttempts += 1;
        if (this.refusedAttempts === 1) {
          this.firstRefusedAt = this.now();
          this.announceFirstRefusal();
        }
        throw Object.assign(new Error(`EPERM: operation not permitted, rename '${from}' -> '${to}'`), { code: 'EPERM' });
      }
      const hook = this.beforeNextTargetRename;
      this.beforeNextTargetRename = null;
      if (hook !== null) {
        hook();
        this.refusalMs = this.pendingRefusalMs;
      }
    }
    await fsRename(from, to);
  };

  /** Refuses the target's renames from the next one on, for `ms` counted from the first refusal. */
  refuseFor(ms: number): void {
    this.refusalMs = ms;
  }

  /**
   * Lets the target's next rename through, calling `justBefore` first, and refuses those after
   * it for `ms`. A save requested in `justBefore` queues behind the save being renamed.
   */
  refuseAfterNextRename(ms: number, justBefore: () => void): void {
    this.pendingRefusalMs = ms;
    this.beforeNextTargetRename = justBefore;
  }

  private refusing(): boolean {
    if (this.refusalMs === null) return false;
    return this.refusedAttempts === 0 || this.now() - this.firstRefusedAt < this.refusalMs;
  }
}

type Outcome = { ok: true; at: number } | { ok: false; error: unknown; at: number };

/** Records how a save ended and at what time, without letting its rejection go unhandled. */
function outcomeOf(save: Promise<unknown>, now: () => number): Promise<Outcome> {
  return save.then(
    () => ({ ok: true, at: now() }),
    (error: unknown) => ({ ok: false, error, at: now() }),
  );
}

/** One kind of file the store writes, reduced to a single text the test changes. */
interface Subject {
  kind: string;
  /** The file a save of the text replaces, relative to the data folder. */
  file: string;
  open(store: Store): Promise<SubjectHandle>;
  /** The text as the file on disk holds it. */
  readText(fileContent: string): string;
}

interface SubjectHandle {
  save(text: string): Promise<void>;
  /** The text as the store holds it in memory. */
  inMemory(): Promise<string>;
  /** Saves to another file of the same store, which nothing refuses. */
  saveElsewhere(text: string): Promise<void>;
  /** The other file's path, relative to the data folder, and how to read the text back from it. */
  elsewhere: { file: string; readText(fileContent: string): string };
}

const ledgerElsewhere = {
  file: 'ledger.json',
  readText: (content: string) => (JSON.parse(content) as { data: { rows: string[] } }).data.rows[0] ?? '',
};

const documentSubject: Subject = {
  kind: 'a document',
  file: 'notes.json',
  async open(store) {
    const notes = await store.open(notesDocument);
    const ledger = await store.open(ledgerDocument);
    return {
      save: async (text) => void (await notes.update(() => ({ items: [text] }))),
      inMemory: () => Promise.resolve(notes.read().items[0] ?? ''),
      saveElsewhere: async (text) => void (await ledger.update((draft) => ({ seq: draft.seq + 1, rows: [text] }))),
      elsewhere: ledgerElsewhere,
    };
  },
  readText: (content) => (JSON.parse(content) as { data: { items: string[] } }).data.items[0] ?? '',
};

const collectionSubject: Subject = {
  kind: 'a collection item',
  file: join('meetings', 'm-1.json'),
  async open(store) {
    const meetings = await store.openCollection(meetingsCollection);
    if (!meetings.has('m-1')) await meetings.create('m-1', { title: '', attendees: [] });
    if (!meetings.has('m-2')) await meetings.create('m-2', { title: '', attendees: [] });
    return {
      save: async (text) => void (await meetings.update('m-1', (draft) => void (draft.title = text))),
      inMemory: async () => (await meetings.get('m-1')).title,
      saveElsewhere: async (text) => void (await meetings.update('m-2', (draft) => void (draft.title = text))),
      elsewhere: {
        file: join('meetings', 'm-2.json'),
        readText: (content) => (JSON.parse(content) as { data: { title: string } }).data.title,
      },
    };
  },
  readText: (content) => (JSON.parse(content) as { data: { title: string } }).data.title,
};

function personNamed(name: string): StoredPerson {
  return {
    id: 'p-1',
    title: '',
    name,
    gender: null,
    designation: 'सचिव',
    organisation: '',
    categoryId: 'cat-member',
    phone: '',
    email: '',
    notes: '',
    createdAt: '2025-03-04T05:06:07.089Z',
    updatedAt: '2025-03-04T05:06:07.089Z',
    removedAt: null,
  };
}

const peopleSubject: Subject = {
  kind: 'the people record set',
  file: 'people.json',
  async open(store) {
    const people = await openRecordSet(store, peopleRecordSet);
    const ledger = await store.open(ledgerDocument);
    return {
      save: (text) => people.commit({ put: [personNamed(text)] }),
      inMemory: () => Promise.resolve(people.records().get('p-1')?.name ?? ''),
      saveElsewhere: async (text) => void (await ledger.update((draft) => ({ seq: draft.seq + 1, rows: [text] }))),
      elsewhere: ledgerElsewhere,
    };
  },
  readText: (content) => {
    const recent = (JSON.parse(content) as { data: { recent: Array<{ seq: number; record: StoredPerson }> } }).data.recent;
    const newest = recent.filter((entry) => entry.record.id === 'p-1').sort((a, b) => b.seq - a.seq)[0];
    return newest?.record.name ?? '';
  },
};

let dataDir: string;
let cleanup: () => Promise<void>;
let store: Store | undefined;
beforeEach(async () => ({ dir: dataDir, cleanup } = await makeTempDir()));
afterEach(async () => {
  await store?.close();
  store = undefined;
  await cleanup();
});

async function tempFilesLeft(): Promise<string[]> {
  const names = (await readdir(dataDir, { recursive: true })).map(String);
  return names.filter((name) => name.endsWith('.tmp'));
}

describe.each([documentSubject, collectionSubject, peopleSubject])('a rename refused for $kind', (subject) => {
  const target = () => join(dataDir, subject.file);
  const textOnDisk = async () => subject.readText(await readFile(target(), 'utf8'));

  async function openSubject(options: StoreOptions): Promise<SubjectHandle> {
    store = await openStore(dataDir, options);
    return subject.open(store);
  }

  it('for 2 seconds is retried until it goes through, and the save succeeds', async () => {
    const renames = new RefusableRename(target(), () => Date.now());
    const handle = await openSubject({ rename: renames.rename });
    await handle.save('पहला');

    renames.refuseFor(2_000);
    await handle.save('दूसरा');

    expect(Date.now() - renames.firstRefusedAt, 'the save waited the refusal out').toBeGreaterThanOrEqual(2_000);
    expect(renames.refusedAttempts).toBeGreaterThan(2);
    expect(await textOnDisk()).toBe('दूसरा');
    expect(await handle.inMemory()).toBe('दूसरा');
    await store?.flush();
    expect(await tempFilesLeft()).toEqual([]);
  });

  it('for 65 seconds fails that save only, keeps the file as it was, and a later save succeeds', async () => {
    const clock = new VirtualClock();
    const renames = new RefusableRename(target(), () => clock.now());
    const handle = await openSubject({ rename: renames.rename, retryClock: clock });
    await handle.save('पहला');

    clock.pause();
    let refused: Promise<Outcome> | undefined;
    renames.refuseAfterNextRename(65_000, () => {
      refused = outcomeOf(handle.save('तीसरा'), () => clock.now());
    });
    const earlier = await outcomeOf(handle.save('दूसरा'), () => clock.now());
    expect(earlier.ok, 'the save that reached the disk before the refusal is reported as succeeded').toBe(true);
    const bytesBefore = await readFile(target());

    await renames.firstRefusal;
    await handle.saveElsewhere('दूसरी फ़ाइल');
    expect(handle.elsewhere.readText(await readFile(join(dataDir, handle.elsewhere.file), 'utf8'))).toBe('दूसरी फ़ाइल');
    clock.resume();

    expect(refused).toBeDefined();
    const failure = await refused;
    expect(failure).toMatchObject({ ok: false, error: { code: 'db.writeFailed' } });
    expect(earlier.ok).toBe(true);
    expect(await readFile(target())).toEqual(bytesBefore);
    expect(await textOnDisk()).toBe('दूसरा');
    // The store falls back to what the file holds; the caller repeats the change to try again.
    expect(await handle.inMemory()).toBe('दूसरा');
    await store?.flush();
    expect(await tempFilesLeft()).toEqual([]);

    clock.advance(65_000);
    await handle.save('चौथा');
    expect(await textOnDisk()).toBe('चौथा');
    expect(await handle.inMemory()).toBe('चौथा');
  });

  it('for 65 seconds is reported as soon as the store\'s 60 seconds of retrying are over', async () => {
    const clock = new VirtualClock();
    const renames = new RefusableRename(target(), () => clock.now());
    const handle = await openSubject({ rename: renames.rename, retryClock: clock });
    await handle.save('पहला');

    renames.refuseFor(65_000);
    const failure = await outcomeOf(handle.save('दूसरा'), () => clock.now());

    expect(failure).toMatchObject({ ok: false, error: { code: 'db.writeFailed' } });
    const retriedFor = failure.at - renames.firstRefusedAt;
    expect(retriedFor).toBeGreaterThan(59_000);
    expect(retriedFor).toBeLessThanOrEqual(60_000);
  });
});

import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStore, type Store } from '../../../src-main/core/db/index.js';
import type { DocumentSpec } from '../../../src-main/core/db/types.js';
import { AppError } from '../../../src-main/core/errors.js';
import { notesDocument, notesFileText } from '../../support/db/sample-documents.js';
import { makeTempDir } from '../../support/temp-dir.js';

async function readNotesFile(dir: string): Promise<unknown> {
  return JSON.parse(await readFile(join(dir, 'notes.json'), 'utf8'));
}

/** A rename that works until `breakIt()` is called, then fails like a file held open on Windows. */
function breakableRename() {
  let broken = false;
  return {
    rename: async (from: string, to: string) => {
      if (broken) throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
      await rename(from, to);
    },
    breakIt: () => (broken = true),
    fix: () => (broken = false),
  };
}

describe('DurableDocument', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store | undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await cleanup();
  });

  it('starts from the defaults and saves each update as { schemaVersion, data }', async () => {
    store = await openStore(dir);
    const notes = await store.open(notesDocument);
    expect(notes.read()).toEqual({ items: [] });
    const saved = await notes.update((draft) => {
      draft.items.push('बैठक');
    });
    expect(saved).toEqual({ items: ['बैठक'] });
    expect(notes.read()).toEqual({ items: ['बैठक'] });
    expect(await readNotesFile(dir)).toEqual({ schemaVersion: 1, data: { items: ['बैठक'] } });
  });

  it('accepts a mutation that returns a new state instead of changing the draft', async () => {
    store = await openStore(dir);
    const notes = await store.open(notesDocument);
    await notes.update(() => ({ items: ['नया'] }));
    expect(await readNotesFile(dir)).toEqual({ schemaVersion: 1, data: { items: ['नया'] } });
  });

  it('keeps every one of many concurrent updates, in call order, and each resolves with its own state', async () => {
    store = await openStore(dir);
    const notes = await store.open(notesDocument);
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        notes.update((draft) => {
          draft.items.push(`n${i}`);
        }),
      ),
    );
    const expected = Array.from({ length: 25 }, (_, i) => `n${i}`);
    results.forEach((state, i) => expect(state.items).toEqual(expected.slice(0, i + 1)));
    expect(await readNotesFile(dir)).toEqual({ schemaVersion: 1, data: { items: expected } });
    await store.close();

    store = await openStore(dir);
    expect((await store.open(notesDocument)).read().items).toEqual(expected);
  });

  it('rejects a mutation that produces invalid data and changes nothing', async () => {
    store = await openStore(dir);
    const notes = await store.open(notesDocument);
    await notes.update((draft) => {
      draft.items.push('ठीक');
    });
    const before = await readFile(join(dir, 'notes.json'));
    await expect(notes.update(() => ({ items: [42] }) as unknown as { items: string[] })).rejects.toMatchObject({
      code: 'validation.failed',
    });
    expect(notes.read()).toEqual({ items: ['ठीक'] });
    expect(await readFile(join(dir, 'notes.json'))).toEqual(before);
  });

  it('a mutation that throws changes nothing, not even the state it was handed', async () => {
    store = await openStore(dir);
    const notes = await store.open(notesDocument);
    await expect(
      notes.update((draft) => {
        draft.items.push('आधा');
        throw new Error('domain rule broken');
      }),
    ).rejects.toThrow('domain rule broken');
    expect(notes.read()).toEqual({ items: [] });
  });

  it('on a failed write: rejects with db.writeFailed, reverts to what is on disk, and earlier saves stay resolved', async () => {
    const fault = breakableRename();
    store = await openStore(dir, { renameRetryMs: 100, rename: fault.rename });
    const notes = await store.open(notesDocument);
    const first = notes.update((draft) => {
      draft.items.push('पहला');
    });
    await expect(first).resolves.toEqual({ items: ['पहला'] });

    fault.breakIt();
    const failed = notes.update((draft) => {
      draft.items.push('दूसरा');
    });
    const queuedBehind = notes.update((draft) => {
      draft.items.push('तीसरा');
    });
    const error = await failed.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'db.writeFailed', details: { path: join(dir, 'notes.json') } });
    await expect(queuedBehind).rejects.toMatchObject({ code: 'db.writeFailed' });
    await expect(first).resolves.toEqual({ items: ['पहला'] });
    expect(notes.read()).toEqual({ items: ['पहला'] });
    expect(await readNotesFile(dir)).toEqual({ schemaVersion: 1, data: { items: ['पहला'] } });
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    fault.fix();
    await notes.update((draft) => {
      draft.items.push('चौथा');
    });
    expect(await readNotesFile(dir)).toEqual({ schemaVersion: 1, data: { items: ['पहला', 'चौथा'] } });
  });

  it('flush waits for pending writes of every document', async () => {
    store = await openStore(dir);
    const notes = await store.open(notesDocument);
    const other = await store.open({ ...notesDocument, name: 'other' });
    void notes.update((draft) => {
      draft.items.push('a');
    });
    void other.update((draft) => {
      draft.items.push('b');
    });
    await store.flush();
    expect(await readNotesFile(dir)).toEqual({ schemaVersion: 1, data: { items: ['a'] } });
    expect(JSON.parse(await readFile(join(dir, 'other.json'), 'utf8'))).toEqual({ schemaVersion: 1, data: { items: ['b'] } });
  });

  it('close flushes, releases the lock and refuses later updates', async () => {
    store = await openStore(dir);
    const notes = await store.open(notesDocument);
    void notes.update((draft) => {
      draft.items.push('अंतिम');
    });
    await store.close();
    expect(await readNotesFile(dir)).toEqual({ schemaVersion: 1, data: { items: ['अंतिम'] } });
    expect(await readdir(dir)).not.toContain('sachiv.lock');
    await expect(notes.update((draft) => draft)).rejects.toThrow(/closed/);
    await expect(store.open(notesDocument)).rejects.toThrow(/closed/);
    store = undefined;
  });

  it('opening the same document twice gives the same instance', async () => {
    store = await openStore(dir);
    const [a, b] = await Promise.all([store.open(notesDocument), store.open(notesDocument)]);
    expect(a).toBe(b);
  });

  it('refuses a spec whose migrations do not match its schema version', async () => {
    store = await openStore(dir);
    await expect(store.open({ ...notesDocument, schemaVersion: 2 })).rejects.toThrow(/migrations/);
  });

  it('creates the data folder when it is missing', async () => {
    const nested = join(dir, 'a', 'b');
    store = await openStore(nested);
    await (await store.open(notesDocument)).update((draft) => draft);
    expect(await readdir(nested)).toContain('notes.json');
  });
});

describe('schema versions', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store | undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await cleanup();
  });

  const v3Schema = z.object({ entries: z.array(z.object({ text: z.string(), done: z.boolean() })) });
  const notesV3: DocumentSpec<z.infer<typeof v3Schema>> = {
    name: 'notes',
    schemaVersion: 3,
    migrations: [
      (data) => ({ entries: (data as { items: string[] }).items }),
      (data) => ({ entries: (data as { entries: string[] }).entries.map((text) => ({ text, done: false })) }),
    ],
    schema: v3Schema,
    defaults: () => ({ entries: [] }),
  };

  it('migrates an older file on load, and writes the new version (keeping the old file as a backup) on the next save', async () => {
    const original = notesFileText(['पुराना']);
    await writeFile(join(dir, 'notes.json'), original);
    store = await openStore(dir);
    const notes = await store.open(notesV3);
    expect(notes.read()).toEqual({ entries: [{ text: 'पुराना', done: false }] });
    expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe(original);

    await notes.update((draft) => {
      draft.entries[0]!.done = true;
    });
    expect(await readNotesFile(dir)).toEqual({ schemaVersion: 3, data: { entries: [{ text: 'पुराना', done: true }] } });
    const backups = await readdir(join(dir, 'backups', 'notes'));
    expect(backups).toHaveLength(1);
    expect(await readFile(join(dir, 'backups', 'notes', backups[0]!), 'utf8')).toBe(original);
    expect(store.notices()).toEqual([]);
  });

  it('refuses to open a file written by a newer version and leaves it exactly as it is', async () => {
    const newer = JSON.stringify({ schemaVersion: 2, data: { items: ['भविष्य'], extra: true } });
    await writeFile(join(dir, 'notes.json'), newer);
    store = await openStore(dir);
    await expect(store.open(notesDocument)).rejects.toMatchObject({
      code: 'db.readFailed',
      details: { path: join(dir, 'notes.json') },
    });
    expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe(newer);
    expect((await readdir(dir)).sort()).toEqual(['notes.json', 'sachiv.lock']);
    expect(store.notices()).toEqual([]);
  });
});

/**
 * Child process for the lock race tests. It stays running and takes commands on stdin, so the
 * parent can make several processes try the same folder at the same moment, many times over:
 *
 *   try <trial> <dataDir> <writes>  opens the store; if that worked, saves <writes> notes one by
 *                                   one and prints {"trial","opened":true,"acked":[...]} with
 *                                   each note whose save resolved; otherwise
 *                                   {"trial","opened":false,"code"}. The store stays open.
 *   release <trial>                 closes that trial's store and prints {"trial","released":true}.
 */
import { createInterface } from 'node:readline';
import { openStore } from '../../../src-main/core/db/index.js';
import type { Store } from '../../../src-main/core/db/types.js';
import { isAppError } from '../../../src-main/core/errors.js';
import { notesDocument } from './sample-documents.js';

const name = process.argv[2] ?? String(process.pid);
const open = new Map<string, Store>();
const say = (value: object) => process.stdout.write(`${JSON.stringify(value)}\n`);

async function attempt(trial: string, dataDir: string, writes: number): Promise<void> {
  let store: Store;
  try {
    store = await openStore(dataDir);
  } catch (error) {
    say({ trial, opened: false, code: isAppError(error) ? error.code : String(error) });
    return;
  }
  open.set(trial, store);
  const notes = await store.open(notesDocument);
  const acked: string[] = [];
  for (let index = 0; index < writes; index += 1) {
    const note = `${name}-${trial}-${index}`;
    try {
      await notes.update((draft) => {
        draft.items.push(note);
      });
    } catch {
      // A save the store reports as failed was never acknowledged, so it cannot count as lost.
      continue;
    }
    acked.push(note);
  }
  say({ trial, opened: true, acked });
}

async function release(trial: string): Promise<void> {
  await open.get(trial)?.close();
  open.delete(trial);
  say({ trial, released: true });
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, trial = '', dataDir = '', writes = '0'] = line.split('\t');
  if (command === 'try') void attempt(trial, dataDir, Number(writes));
  if (command === 'release') void release(trial);
});
say({ ready: name });

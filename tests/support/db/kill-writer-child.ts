/**
 * Child process for the kill -9 test: opens the store in argv[2] and saves the ledger
 * (≥ 2 MB) over and over, printing "ack <seq>" once each save's promise has resolved.
 * The parent kills it with SIGKILL at a random moment.
 */
import { openStore } from '../../../src-main/core/db/index.js';
import { bigLedgerRows, ledgerDocument } from './sample-documents.js';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: kill-writer-child <dataDir>');

const store = await openStore(dataDir);
process.stdout.write(`notices ${store.notices().length}\n`);
const ledger = await store.open(ledgerDocument);
if (ledger.read().rows.length === 0) {
  await ledger.update((draft) => ({ seq: draft.seq, rows: bigLedgerRows() }));
}

const bump = () =>
  ledger
    .update((draft) => {
      draft.seq += 1;
      draft.rows[draft.seq % draft.rows.length] = `बदला ${draft.seq}`;
    })
    .then((saved) => process.stdout.write(`ack ${saved.seq}\n`));

for (;;) {
  // Two updates at a time, so that coalesced saves are killed too.
  await Promise.all([bump(), bump()]);
}

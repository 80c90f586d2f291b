/**
 * Child process for the sharded kill -9 test: opens the store in argv[2] and, over and over,
 * updates four collection items and commits a record-set record at the same time, printing
 * "ack item <id> <length>" and "ack member <id> <n>" once each promise has resolved.
 * The parent kills it with SIGKILL at a random moment.
 */
import { openRecordSet, openStore } from '../../../src-main/core/db/index.js';
import { meetingsCollection } from './sample-collections.js';
import { membersRecordSet } from './sample-record-sets.js';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: kill-sharded-child <dataDir>');
const out = (line: string) => process.stdout.write(`${line}\n`);

const store = await openStore(dataDir);
out(`notices ${store.notices().length}`);
const meetings = await store.openCollection(meetingsCollection);
// A low fold threshold, so that kills also land in the middle of folds.
const members = await openRecordSet(store, membersRecordSet, { foldAt: 10 });
const ITEMS = ['a', 'b', 'c', 'd'];
for (const id of ITEMS) if (!meetings.has(id)) await meetings.create(id, { title: `बैठक ${id}`, attendees: [] });

let next = Math.max(0, ...[...members.records().values()].map((record) => Number(record.name))) + 1;
for (;;) {
  const n = next;
  next += 1;
  const memberId = `m-${n % 30}`;
  await Promise.all([
    ...ITEMS.map((id) =>
      meetings
        .update(id, (draft) => void draft.attendees.push(`सदस्य ${draft.attendees.length}`))
        .then((saved) => out(`ack item ${id} ${saved.attendees.length}`)),
    ),
    members.commit({ put: [{ id: memberId, name: String(n) }] }).then(() => out(`ack member ${memberId} ${n}`)),
  ]);
}

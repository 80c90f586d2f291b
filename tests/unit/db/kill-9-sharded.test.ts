import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRecordSet, openStore } from '../../../src-main/core/db/index.js';
import { bundleForNode } from '../../support/db/bundle-for-node.js';
import { spawnNode } from '../../support/db/child-process.js';
import { meetingsCollection } from '../../support/db/sample-collections.js';
import { membersRecordSet } from '../../support/db/sample-record-sets.js';

const RUNS = 100;

/**
 * The durability promise across many files at once: a child updates collection items and a
 * record set concurrently and is killed with SIGKILL at a random moment. Afterwards every file
 * must parse, every acknowledged change must be there, and the catalog must agree with the items.
 */
describe('kill -9 during saves to sharded files', () => {
  let workDir: string;
  let childScript: string;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'sachiv-kill9-sharded-'));
    childScript = await bundleForNode(fileURLToPath(new URL('../../support/db/kill-sharded-child.ts', import.meta.url)), workDir);
  });
  afterAll(() => rm(workDir, { recursive: true, force: true }));

  it(`loses no acknowledged change and damages no file over ${RUNS} kills`, { timeout: 300_000 }, async () => {
    const dataDir = join(workDir, 'data');
    const ackedItemLength = new Map<string, number>();
    const ackedMember = new Map<string, number>();
    const problems: string[] = [];
    let tempFilesLeft = 0;

    for (let run = 0; run < RUNS; run += 1) {
      const writer = spawnNode(childScript, [dataDir]);
      await writer.waitForLine((line) => line.startsWith('ack member '));
      await delay(Math.random() * 60);
      writer.child.kill('SIGKILL');
      await writer.exited;
      for (const folder of [join(dataDir, 'meetings'), join(dataDir, 'members')]) {
        tempFilesLeft += (await readdir(folder)).filter((name) => name.endsWith('.tmp')).length;
      }
      for (const line of writer.lines) {
        const [ack, kind, id, value] = line.split(' ');
        if (ack !== 'ack' || id === undefined) continue;
        const acked = kind === 'item' ? ackedItemLength : ackedMember;
        acked.set(id, Math.max(acked.get(id) ?? 0, Number(value)));
      }

      // Read back through the real store, exactly as the app's next start would.
      const store = await openStore(dataDir);
      try {
        if (store.notices().length > 0) problems.push(`run ${run}: ${JSON.stringify(store.notices())}`);
        const meetings = await store.openCollection(meetingsCollection);
        for (const [id, length] of ackedItemLength) {
          const stored = (await meetings.get(id)).attendees.length;
          if (stored < length) problems.push(`run ${run}: item ${id} has ${stored}, ${length} acknowledged`);
          if (meetings.summaries().get(id)?.count !== stored) problems.push(`run ${run}: catalog disagrees about ${id}`);
        }
        const members = await openRecordSet(store, membersRecordSet, { foldAt: 10 });
        for (const [id, n] of ackedMember) {
          const stored = Number(members.records().get(id)?.name ?? -1);
          if (stored < n) problems.push(`run ${run}: member ${id} is at ${stored}, ${n} acknowledged`);
        }
      } finally {
        await store.close();
      }
    }

    expect(problems).toEqual([]);
    expect(Math.min(...ackedItemLength.values())).toBeGreaterThanOrEqual(RUNS);
    console.info(`kill -9 (sharded): ${RUNS} runs, ${ackedMember.size} members, ${tempFilesLeft} temp files left by kills (cleaned on open)`);
  });
});

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, openStore } from '../../../src-main/core/db/index.js';
import { bundleForNode } from '../../support/db/bundle-for-node.js';
import { spawnNode, type RunningChild } from '../../support/db/child-process.js';

const PROCESSES = 3;
const LOCK_TRIALS = 200;
const WRITE_TRIALS = 200;
const WRITES_PER_OWNER = 15;
const FRESH_TRIALS = 200;

interface Outcome {
  trial: string;
  opened: boolean;
  code?: string;
  acked?: string[];
}

/** Linux names its boot, so a lock can name the exact process; elsewhere the field is absent. */
function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * The stale locks a crash leaves: from this version and an earlier one (naming a pid that no
 * longer runs), one whose pid now belongs to an unrelated running process (Linux can tell, by its
 * start time), and an empty one from a crash between creating the file and writing it.
 */
function staleLock(trial: number, deadPid: number): { text: string; age?: number } {
  const base = { pid: deadPid, hostname: hostname(), startedAt: new Date().toISOString() };
  const current = { ...base, token: `stale-${trial}`, ...(bootId() === undefined ? {} : { bootId: bootId(), processStart: '4242' }) };
  const kinds = [
    { text: JSON.stringify(base) },
    { text: JSON.stringify(current) },
    { text: '', age: 60_000 },
    ...(bootId() === undefined ? [] : [{ text: JSON.stringify({ ...current, pid: process.pid, processStart: '1' }) }]),
  ];
  return kinds[trial % kinds.length]!;
}

async function pidOfExitedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

/**
 * Several copies of the app started at the same moment over a data folder whose lock was left by
 * a crash: the failure that let two copies write one folder and lose saves (issue #15). Each
 * child is a real Node process running the real store; they stay running between trials so that
 * hundreds of simultaneous starts fit in the test's time.
 */
describe('simultaneous starts over a stale lock', () => {
  let workDir: string;
  let script: string;
  let children: RunningChild[];
  let deadPid: number;

  async function startChildren(): Promise<RunningChild[]> {
    const started = Array.from({ length: PROCESSES }, (_, index) => spawnNode(script, [`p${index}`], { stdin: 'pipe' }));
    await Promise.all(started.map((child) => child.waitForLine((line) => line.includes('"ready"'))));
    return started;
  }

  async function stopChildren(running: RunningChild[]): Promise<void> {
    for (const child of running) child.child.kill();
    await Promise.all(running.map((child) => child.exited));
  }

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'sachiv-lock-race-'));
    script = await bundleForNode(fileURLToPath(new URL('../../support/db/lock-race-child.ts', import.meta.url)), workDir);
    deadPid = await pidOfExitedProcess();
    children = await startChildren();
  }, 30_000);

  afterAll(async () => {
    await stopChildren(children);
    await rm(workDir, { recursive: true, force: true });
  });

  async function startTogether(trial: number, writes: number, running = children): Promise<{ outcomes: Outcome[]; onDisk: () => Promise<string[]> }> {
    const dataDir = join(workDir, `trial-${trial}`);
    await mkdir(dataDir);
    const lock = join(dataDir, LOCK_FILE_NAME);
    const stale = staleLock(trial, deadPid);
    await writeFile(lock, stale.text);
    if (stale.age !== undefined) await utimes(lock, (Date.now() - stale.age) / 1000, (Date.now() - stale.age) / 1000);

    const id = String(trial);
    for (const child of running) child.child.stdin!.write(`try\t${id}\t${dataDir}\t${writes}\n`);
    const outcomes = await Promise.all(
      running.map(async (child) => JSON.parse(await child.waitForLine((line) => line.startsWith(`{"trial":"${id}","opened"`))) as Outcome),
    );
    // Owners keep the folder until every process has answered, as a running app would.
    await Promise.all(
      running.map(async (child, index) => {
        if (!outcomes[index]!.opened) return;
        child.child.stdin!.write(`release\t${id}\n`);
        await child.waitForLine((line) => line === JSON.stringify({ trial: id, released: true }));
      }),
    );
    const onDisk = async () => {
      const text = await readFile(join(dataDir, 'notes.json'), 'utf8').catch(() => '{"data":{"items":[]}}');
      return (JSON.parse(text) as { data: { items: string[] } }).data.items;
    };
    return { outcomes, onDisk };
  }

  it(`lets exactly one of ${PROCESSES} processes open the folder, in each of ${LOCK_TRIALS} trials`, { timeout: 60_000 }, async () => {
    const trialsByOwners = new Map<number, number>();
    const refusals = new Map<string, number>();
    for (let trial = 0; trial < LOCK_TRIALS; trial += 1) {
      const { outcomes } = await startTogether(trial, 0);
      const owners = outcomes.filter((outcome) => outcome.opened).length;
      trialsByOwners.set(owners, (trialsByOwners.get(owners) ?? 0) + 1);
      for (const outcome of outcomes) if (!outcome.opened) refusals.set(outcome.code!, (refusals.get(outcome.code!) ?? 0) + 1);
    }
    console.info(`lock race: trials by number of owners ${JSON.stringify([...trialsByOwners])}, refusals ${JSON.stringify([...refusals])}`);
    expect(Object.fromEntries(trialsByOwners)).toEqual({ 1: LOCK_TRIALS });
    expect(Object.fromEntries(refusals)).toEqual({ 'db.locked': LOCK_TRIALS * (PROCESSES - 1) });
  });

  it(`loses no acknowledged save when ${PROCESSES} processes start together and save, over ${WRITE_TRIALS} trials`, { timeout: 240_000 }, async () => {
    let acknowledged = 0;
    let lost = 0;
    let trialsWithTwoOwners = 0;
    for (let trial = LOCK_TRIALS; trial < LOCK_TRIALS + WRITE_TRIALS; trial += 1) {
      const { outcomes, onDisk } = await startTogether(trial, WRITES_PER_OWNER);
      const acked = outcomes.flatMap((outcome) => outcome.acked ?? []);
      const saved = new Set(await onDisk());
      acknowledged += acked.length;
      lost += acked.filter((note) => !saved.has(note)).length;
      if (outcomes.filter((outcome) => outcome.opened).length > 1) trialsWithTwoOwners += 1;
    }
    console.info(`lock race with saves: ${acknowledged} acknowledged, ${lost} lost, ${trialsWithTwoOwners} trials with more than one owner`);
    expect({ lost, trialsWithTwoOwners }).toEqual({ lost: 0, trialsWithTwoOwners: 0 });
    expect(acknowledged).toBe(WRITE_TRIALS * WRITES_PER_OWNER);
  });

  it(`lets exactly one of ${PROCESSES} freshly started processes open the folder, in each of ${FRESH_TRIALS} trials`, { timeout: 400_000 }, async () => {
    let trialsWithOneOwner = 0;
    let lost = 0;
    for (let trial = LOCK_TRIALS + WRITE_TRIALS; trial < LOCK_TRIALS + WRITE_TRIALS + FRESH_TRIALS; trial += 1) {
      const fresh = await startChildren();
      try {
        const { outcomes, onDisk } = await startTogether(trial, 3, fresh);
        if (outcomes.filter((outcome) => outcome.opened).length === 1) trialsWithOneOwner += 1;
        const saved = new Set(await onDisk());
        lost += outcomes.flatMap((outcome) => outcome.acked ?? []).filter((note) => !saved.has(note)).length;
      } finally {
        await stopChildren(fresh);
      }
    }
    expect({ trialsWithOneOwner, lost }).toEqual({ trialsWithOneOwner: FRESH_TRIALS, lost: 0 });
  });

  it('lets exactly one of 8 openings in one process have the folder, however their steps interleave, over 50 trials', async () => {
    const trialsByOwners = new Map<number, number>();
    for (let trial = 0; trial < 50; trial += 1) {
      const dataDir = join(workDir, `same-process-${trial}`);
      await mkdir(dataDir);
      await writeFile(join(dataDir, LOCK_FILE_NAME), staleLock(trial, deadPid).text);
      const results = await Promise.allSettled(Array.from({ length: 8 }, () => openStore(dataDir, { now: () => new Date(Date.now() + 60_000) })));
      const owners = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      trialsByOwners.set(owners.length, (trialsByOwners.get(owners.length) ?? 0) + 1);
      await Promise.all(owners.map((store) => store.close()));
    }
    expect(Object.fromEntries(trialsByOwners)).toEqual({ 1: 50 });
  });
});

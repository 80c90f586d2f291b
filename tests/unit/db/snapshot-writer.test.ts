import { describe, expect, it } from 'vitest';
import { SnapshotWriter } from '../../../src-main/core/db/snapshot-writer.js';

/** A save whose outcome the test decides, one call at a time. */
function controlledSave() {
  const calls: Array<{ succeed: () => void; fail: (error: Error) => void }> = [];
  const waiters: Array<() => void> = [];
  const save = () =>
    new Promise<void>((resolve, reject) => {
      calls.push({ succeed: resolve, fail: reject });
      for (const wake of waiters.splice(0)) wake();
    });
  const nthCall = async (n: number) => {
    while (calls.length < n) await new Promise<void>((wake) => waiters.push(wake));
    return calls[n - 1]!;
  };
  return { save, calls, nthCall };
}

function outcome(promise: Promise<void>) {
  const state = { value: 'pending' as 'pending' | 'resolved' | 'rejected' };
  promise.then(
    () => (state.value = 'resolved'),
    () => (state.value = 'rejected'),
  );
  return state;
}

describe('SnapshotWriter', () => {
  it('coalesces saves requested while one is running into the next save', async () => {
    const { save, calls, nthCall } = controlledSave();
    const writer = new SnapshotWriter(save, () => undefined);
    const first = writer.requestSave();
    (await nthCall(1)).succeed();
    await first;

    const a = writer.requestSave();
    const first2 = await nthCall(2);
    const b = writer.requestSave();
    const c = writer.requestSave();
    first2.succeed();
    await a;
    (await nthCall(3)).succeed();
    await Promise.all([b, c]);
    expect(calls).toHaveLength(3);
  });

  it('never starts a save before the previous one settled', async () => {
    let running = 0;
    let overlapped = false;
    const writer = new SnapshotWriter(async () => {
      running += 1;
      if (running > 1) overlapped = true;
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
    }, () => undefined);
    const requests = [];
    for (let i = 0; i < 20; i += 1) {
      requests.push(writer.requestSave());
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(requests);
    expect(overlapped).toBe(false);
  });

  it('a failed save does not reject requests whose save already succeeded, and fails the ones queued behind it', async () => {
    const { save, nthCall } = controlledSave();
    const failures: unknown[] = [];
    const writer = new SnapshotWriter(save, (error) => failures.push(error));

    const early = writer.requestSave();
    const earlyOutcome = outcome(early);
    const firstSave = await nthCall(1);
    const failing = writer.requestSave();
    firstSave.succeed();
    await early;

    const secondSave = await nthCall(2);
    const queuedBehind = writer.requestSave();
    const disk = new Error('disk full');
    secondSave.fail(disk);

    await expect(failing).rejects.toBe(disk);
    await expect(queuedBehind).rejects.toBe(disk);
    expect(earlyOutcome.value).toBe('resolved');
    expect(failures).toEqual([disk]);
  });

  it('keeps working after a failure', async () => {
    const { save, nthCall } = controlledSave();
    const writer = new SnapshotWriter(save, () => undefined);
    const failing = writer.requestSave();
    (await nthCall(1)).fail(new Error('EIO'));
    await expect(failing).rejects.toThrow('EIO');
    const next = writer.requestSave();
    (await nthCall(2)).succeed();
    await expect(next).resolves.toBeUndefined();
  });

  it('whenIdle waits for every requested save and never rejects', async () => {
    const { save, nthCall } = controlledSave();
    const writer = new SnapshotWriter(save, () => undefined);
    await writer.whenIdle();
    const failing = writer.requestSave();
    failing.catch(() => undefined);
    const idle = outcome(writer.whenIdle());
    const firstSave = await nthCall(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle.value).toBe('pending');
    firstSave.fail(new Error('EIO'));
    await writer.whenIdle();
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle.value).toBe('resolved');
  });
});

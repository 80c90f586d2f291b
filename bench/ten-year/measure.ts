import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface CommitSamples {
  checkIn: number[];
  personEdit: number[];
  reportAutosave: number[];
  /** The longest the event loop was blocked while the commits ran, in ms. */
  stallMaxMs: number;
}

export type CommitKind = 'checkIn' | 'personEdit' | 'reportAutosave';
export const COMMIT_KINDS: readonly CommitKind[] = ['checkIn', 'personEdit', 'reportAutosave'];

/**
 * Runs `rounds` rounds of the three commits a secretary makes during a live event, one after
 * the other, timing each, while a histogram records how long the event loop was blocked.
 */
export async function timeCommits(rounds: number, commit: Record<CommitKind, (round: number) => Promise<unknown>>): Promise<CommitSamples> {
  const samples: CommitSamples = { checkIn: [], personEdit: [], reportAutosave: [], stallMaxMs: 0 };
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  for (let round = 0; round < rounds; round += 1) {
    for (const kind of COMMIT_KINDS) {
      const started = performance.now();
      await commit[kind](round);
      samples[kind].push(performance.now() - started);
    }
  }
  delay.disable();
  // The histogram counts the timer's own 1 ms period as delay too.
  samples.stallMaxMs = Math.max(0, delay.max / 1e6 - 1);
  return samples;
}

import { measureOneFileBaseline, type Baseline } from './baseline.js';
import { coldOpen, type ColdOpen } from './cold-open.js';
import type { CommitSamples } from './measure.js';
import { ONE_YEAR, TEN_YEARS, TINY, type Scale } from './scale.js';
import { measureShardedCommits } from './sharded-commits.js';

export type ChildTask =
  | { kind: 'sharded'; dataDir: string; scale: string; rounds: number }
  | { kind: 'baseline'; dataDir: string; scale: string; rounds: number };

export interface ShardedFigures extends CommitSamples {
  coldOpen: Omit<ColdOpen, 'core'>;
}

export type ChildResult<T extends ChildTask> = T extends { kind: 'sharded' } ? ShardedFigures : Baseline;

const SCALES: readonly Scale[] = [TINY, ONE_YEAR, TEN_YEARS];

export function scaleByLabel(label: string): Scale {
  const scale = SCALES.find((candidate) => candidate.label === label);
  if (scale === undefined) throw new Error(`Unknown scale "${label}"`);
  return scale;
}

/**
 * Each measurement wants a process of its own, like the app's: memory after open means nothing,
 * and pauses for garbage collection are not the app's, in a process that just generated
 * gigabytes; and the one-file baseline needs a larger heap.
 */
export async function runTask<T extends ChildTask>(task: T): Promise<ChildResult<T>> {
  const scale = scaleByLabel(task.scale);
  if (task.kind === 'baseline') return (await measureOneFileBaseline(task.dataDir, scale, task.rounds)) as ChildResult<T>;
  const { core, ...figures } = await coldOpen(task.dataDir, scale);
  try {
    const samples = await measureShardedCommits(core, scale, task.rounds);
    const result: ShardedFigures = { ...samples, coldOpen: figures };
    return result as ChildResult<T>;
  } finally {
    await core.close();
  }
}

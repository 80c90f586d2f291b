import { measureOneFileBaseline, type Baseline } from './baseline.js';
import { timed } from '../report.js';
import { coldOpen, type ColdOpen } from './cold-open.js';
import { coreCall } from './core-call.js';
import { measureLaterInTheDay, type LaterFigures } from './later-in-the-day.js';
import type { CommitSamples } from './measure.js';
import { ONE_YEAR, TEN_YEARS, TINY, type Scale } from './scale.js';
import { measureShardedCommits } from './sharded-commits.js';

export type ChildTask =
  | { kind: 'sharded'; dataDir: string; scale: string; rounds: number }
  | { kind: 'baseline'; dataDir: string; scale: string; rounds: number }
  | { kind: 'later'; dataDir: string; scale: string; withBackup: boolean };

export interface ShardedFigures extends CommitSamples {
  coldOpen: Omit<ColdOpen, 'core'>;
  /** The session's first programme search, with no search words saved by an earlier one. */
  programmeSearchUncachedMs: number;
}

export type ChildResult<T extends ChildTask> = T extends { kind: 'sharded' }
  ? ShardedFigures
  : T extends { kind: 'later' }
    ? Partial<LaterFigures> & Pick<LaterFigures, 'programmeSearchMs'>
    : Baseline;

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
  if (task.kind === 'later') return (await measureLaterInTheDay(task.dataDir, task.withBackup)) as ChildResult<T>;
  const { core, ...figures } = await coldOpen(task.dataDir, scale);
  try {
    const samples = await measureShardedCommits(core, scale, task.rounds);
    const searched = await timed(() => coreCall(core)('programmes:list', { query: 'कार्यशाला' }));
    const result: ShardedFigures = { ...samples, coldOpen: figures, programmeSearchUncachedMs: searched.ms };
    return result as ChildResult<T>;
  } finally {
    await core.close();
  }
}

import { execFileSync } from 'node:child_process';
import { open } from 'node:fs/promises';
import { makeTempDir } from './temp-dir.js';

export interface SmallDisk {
  /** The mount point, or a plain folder when mounting was refused. */
  dir: string;
  /** Why a tmpfs could not be mounted here; the test must then say so and skip. */
  refused: string | null;
  cleanup: () => Promise<void>;
}

/**
 * A real, tiny disk: a tmpfs mounted for the test (the build machines run as root), so a full
 * disk is the file system's own ENOSPC rather than an imitation of it.
 */
export async function mountSmallDisk(prefix: string, size = '2m'): Promise<SmallDisk> {
  const { dir, cleanup } = await makeTempDir(prefix);
  let refused: string | null = null;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    refused = String(error).split('\n')[0] ?? 'mount failed';
  }
  return {
    dir,
    refused,
    cleanup: async () => {
      if (refused === null) execFileSync('umount', [dir]);
      await cleanup();
    },
  };
}

/** Writes to `path` until the disk is full. */
export async function fillDisk(path: string): Promise<void> {
  const handle = await open(path, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) await handle.write(chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
}

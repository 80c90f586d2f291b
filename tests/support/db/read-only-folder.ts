import { execFile } from 'node:child_process';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Makes `dir` refuse new files. chmod is enough for a normal user; root ignores permissions,
 * so as root the folder is also made immutable with chattr. Resolves with an undo function, or
 * null when this machine offers no way to make a folder read-only for the current user.
 */
export async function makeFolderReadOnly(dir: string): Promise<(() => Promise<void>) | null> {
  await chmod(dir, 0o555);
  let immutable = false;
  if (process.getuid?.() === 0) {
    immutable = await run('chattr', ['+i', dir]).then(() => true, () => false);
  }
  const undo = async () => {
    if (immutable) await run('chattr', ['-i', dir]);
    await chmod(dir, 0o755);
  };
  const probe = join(dir, '.probe');
  const writable = await writeFile(probe, 'x').then(() => true, () => false);
  if (writable) {
    await rm(probe, { force: true });
    await undo();
    return null;
  }
  return undo;
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The installed Electron executable, found the way node_modules/electron/index.js finds it but
 * WITHOUT requiring that module: requiring it starts a download when the binary is missing.
 * Returns null when no binary is installed.
 */
export function findInstalledElectron(projectRoot: string): string | null {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const executable = path.join(packageDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

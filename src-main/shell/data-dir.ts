import path from 'node:path';

/**
 * The folder that holds the user's data: `<userData>/data`, or SACHIV_DATA_DIR when set
 * (tests use a fresh folder per run; a user can keep the data on another drive).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataPath: string): string {
  const override = env['SACHIV_DATA_DIR']?.trim();
  if (override) return path.resolve(override);
  return path.join(userDataPath, 'data');
}

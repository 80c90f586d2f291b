import type { Migration } from './types.js';

/**
 * Brings data written as `fromVersion` up to `toVersion` by running each migration in turn.
 * `migrations[i]` takes version i + 1 to version i + 2, so the list must have exactly
 * `toVersion - 1` entries; anything else is a programming error, not a damaged file.
 */
export function runMigrations(
  data: unknown,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[],
): unknown {
  if (migrations.length !== toVersion - 1) {
    throw new Error(`Expected ${toVersion - 1} migrations for schema version ${toVersion}, got ${migrations.length}`);
  }
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > toVersion) {
    throw new Error(`Cannot migrate from schema version ${fromVersion} to ${toVersion}`);
  }
  let current = data;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const migration = migrations[version - 1];
    if (migration === undefined) throw new Error(`Missing migration from schema version ${version}`);
    current = migration(current);
  }
  return current;
}

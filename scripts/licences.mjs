// Writes src-renderer/features/about/licences.json: every package the app ships (the
// production dependencies in package-lock.json, with their own dependencies) with its version
// and licence, for the licence notices in Settings. `npm run licences` refreshes it; a unit test
// fails when it no longer matches the lock file.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LICENCES_FILE = fileURLToPath(new URL('../src-renderer/features/about/licences.json', import.meta.url));

export function shippedPackages() {
  const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
  const byName = new Map();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/') || entry.dev || entry.devOptional) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    // A package that states no licence is listed as such (null), never given one by guess.
    const licence = entry.license ?? null;
    const versions = byName.get(name) ?? { name, licence, versions: [] };
    if (!versions.versions.includes(entry.version)) versions.versions.push(entry.version);
    byName.set(name, versions);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)).map((entry) => ({ ...entry, versions: entry.versions.sort() }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(LICENCES_FILE, `${JSON.stringify(shippedPackages(), null, 2)}\n`);
  console.log(`licences: ${shippedPackages().length} packages written to ${LICENCES_FILE}`);
}

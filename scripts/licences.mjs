// Writes src-renderer/features/about/licences.json: every package the app ships (the
// production dependencies in package-lock.json, with their own dependencies) with its version
// and licence, for the licence notices in Settings. `npm run licences` refreshes it; a unit test
// fails when it no longer matches the lock file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const LICENCES_FILE = fileURLToPath(new URL('../src-renderer/features/about/licences.json', import.meta.url));

export function shippedPackages() {
  const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
  const byName = new Map();
  for (const [path, entry] of Object.entries(lock.packages)) {
    // Optional packages are platform builds the bundles never include (a canvas for Node, say).
    if (!path.startsWith('node_modules/') || entry.dev || entry.devOptional || entry.optional) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    // A package that states no licence is listed as such (null), never given one by guess.
    const licence = entry.license ?? null;
    const versions = byName.get(name) ?? { name, licence, versions: [], paths: [] };
    versions.paths.push(path);
    if (!versions.versions.includes(entry.version)) versions.versions.push(entry.version);
    byName.set(name, versions);
  }
  return [...byName.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ paths, ...entry }) => ({ ...entry, versions: entry.versions.sort(), paths }));
}

/** The list the app shows: name, versions and licence of each shipped package. */
export function licenceList() {
  return shippedPackages().map(({ paths: _paths, ...entry }) => entry);
}

/**
 * The full notices the licences ask to ship with the app: each package's own LICENSE, COPYING
 * or NOTICE files as installed. Written beside the renderer by the build (dist/renderer/licences.txt).
 */
export function licenceTexts() {
  const sections = shippedPackages().map((entry) => {
    const texts = new Set();
    for (const path of entry.paths) {
      let files = [];
      try {
        files = readdirSync(join(root, path)).filter((file) => /^(licen[cs]e|copying|notice)/i.test(file)).sort();
      } catch {
        files = [];
      }
      for (const file of files) texts.add(readFileSync(join(root, path, file), 'utf8').trim());
    }
    const heading = `${entry.name} ${entry.versions.join(', ')} — ${entry.licence ?? 'licence not stated by the package'}`;
    const body = texts.size > 0 ? [...texts].join('\n\n') : '(The package ships no licence text; its licence is named above.)';
    return `${heading}\n${'='.repeat(Math.min(heading.length, 72))}\n${body}`;
  });
  return `${sections.join('\n\n\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(LICENCES_FILE, `${JSON.stringify(licenceList(), null, 2)}\n`);
  console.log(`licences: ${licenceList().length} packages written to ${LICENCES_FILE}`);
}

// `npm run bench`: bundles bench/index.ts (and the child entry it spawns) with esbuild (the benchmarks import the TypeScript
// core directly) and runs it in plain Node, printing one `bench:` line per figure.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, '.tmp');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'bench.mjs');
const bundle = (entry, target) =>
  build({
    entryPoints: [join(root, entry)],
    outfile: target,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
// The suite runs cold opens and the one-file baseline in fresh processes of the child entry.
await Promise.all([bundle('bench/index.ts', outfile), bundle('bench/ten-year/child.ts', join(outDir, 'bench-child.mjs'))]);
// `npm run bench -- storage report` runs only those groups; no names run them all.
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);

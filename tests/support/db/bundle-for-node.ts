import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * A child `node` process cannot run TypeScript, so child scripts are bundled (with every
 * dependency) into one .mjs file before they are spawned.
 */
export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${entry.replace(/^.*[\\/]/, '').replace(/\.ts$/, '')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'silent',
  });
  return outfile;
}

// Bundles the Electron main process and the preload with esbuild.
//   node scripts/build-main.mjs        one build
//   buildMain({ watch: true })         rebuild on change (used by scripts/dev.mjs)
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PRELOAD_OUTFILE = 'dist/preload/preload.cjs';

/** @type {esbuild.BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
};

/** @type {esbuild.BuildOptions[]} */
const targets = [
  {
    ...common,
    entryPoints: ['src-main/shell/main.ts'],
    outfile: 'dist/main/main.cjs',
    // The core is ESM and finds bundled files (the print fonts) from import.meta.url, which a
    // CommonJS bundle does not have: give it the bundle's own file URL instead.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
  // A sandboxed preload can only require('electron') and a few Node built-ins, and cannot be ESM.
  { ...common, entryPoints: ['src-main/preload/preload.ts'], outfile: PRELOAD_OUTFILE, sourcemap: false },
];

/**
 * The preload must stay tiny and free of zod: it carries the channel allow-list only. A stray
 * value import from the contract's schemas would pull zod (or any package) in.
 */
function packagesInPreload(metafile) {
  const packages = Object.keys(metafile?.inputs ?? {}).flatMap((input) => input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? []);
  return [...new Set(packages)];
}

function preloadProblem(metafile) {
  const packages = packagesInPreload(metafile);
  return packages.length === 0
    ? null
    : `The preload must not bundle packages, but it includes: ${packages.join(', ')}. Import only contract/names.ts and contract/api.ts (type-only for the rest).`;
}

/** In watch mode the check runs after every rebuild and reports instead of stopping. */
const reportPackagesInPreload = {
  name: 'preload-without-packages',
  setup(build) {
    if (build.initialOptions.outfile !== PRELOAD_OUTFILE) return;
    build.onEnd((result) => {
      const problem = preloadProblem(result.metafile);
      if (problem) console.error(`✘ ${problem}`);
    });
  },
};

/** The window icon for unpackaged runs; packaged builds take theirs from electron-builder. */
async function copyIcon() {
  const source = path.join(root, 'assets', 'icon.png');
  if (!existsSync(source)) return;
  await mkdir(path.join(root, 'dist'), { recursive: true });
  await copyFile(source, path.join(root, 'dist', 'icon.png'));
}

/**
 * The print templates embed the bundled Devanagari font, and a packaged app has no node_modules:
 * the four files go beside the main bundle, where core/print/print-fonts.ts looks first.
 */
async function copyPrintFonts() {
  const target = path.join(root, 'dist', 'main', 'print-fonts');
  await mkdir(target, { recursive: true });
  const files = path.join(root, 'node_modules', '@fontsource', 'noto-sans-devanagari', 'files');
  for (const subset of ['devanagari', 'latin']) {
    for (const weight of [400, 700]) {
      const name = `noto-sans-devanagari-${subset}-${weight}-normal.woff2`;
      await copyFile(path.join(files, name), path.join(target, name));
    }
  }
}

/**
 * @param {{ watch?: boolean }} [options]
 * @returns {Promise<{ dispose(): Promise<void> }>} call dispose() to stop watching
 */
export async function buildMain({ watch = false } = {}) {
  await copyIcon();
  await copyPrintFonts();
  if (!watch) {
    const results = await Promise.all(targets.map((target) => esbuild.build(target)));
    const problem = preloadProblem(results[targets.findIndex((target) => target.outfile === PRELOAD_OUTFILE)]?.metafile);
    if (problem) {
      await rm(path.join(root, PRELOAD_OUTFILE), { force: true });
      throw new Error(problem);
    }
    return { dispose: async () => {} };
  }
  const contexts = await Promise.all(targets.map((target) => esbuild.context({ ...target, plugins: [reportPackagesInPreload] })));
  await Promise.all(contexts.map((context) => context.watch()));
  return { dispose: async () => void (await Promise.all(contexts.map((context) => context.dispose()))) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await buildMain();
    console.log('main and preload built: dist/main/main.cjs, dist/preload/preload.cjs');
  } catch (error) {
    // esbuild prints its own errors; ours (the preload check) are printed here.
    if (!(error instanceof Error && 'errors' in error)) console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

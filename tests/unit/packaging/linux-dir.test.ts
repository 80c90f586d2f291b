import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findInstalledElectron } from '../../electron/electron-binary.js';
import { makeTempDir } from '../../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** An unpacked Electron: ELECTRON_DIST if set, else the one `npm install` fetched where it could. */
const electronDist = process.env.ELECTRON_DIST ?? (findInstalledElectron(ROOT) === null ? null : join(ROOT, 'node_modules', 'electron', 'dist'));
const SKIP_REASON = 'Packaging test skipped: no unpacked Electron here (set ELECTRON_DIST, or install where Electron can be downloaded).';

if (electronDist === null || !existsSync(electronDist)) console.log(SKIP_REASON);

describe('packaging', () => {
  // electron-builder's `dir` target works offline when given an unpacked Electron; installers
  // (NSIS, AppImage, deb) download their tools and are built by `npm run dist` elsewhere.
  it.skipIf(electronDist === null || !existsSync(electronDist))('builds an unpacked Linux app with the app inside app.asar', async () => {
    const { dir, cleanup } = await makeTempDir('sachiv-dist-');
    try {
      await promisify(execFile)(
        'npx',
        ['electron-builder', '--linux', 'dir', `--config.electronDist=${electronDist}`, `--config.directories.output=${dir}`],
        { cwd: ROOT, timeout: 300_000 },
      );
      const unpacked = (await readdir(dir)).find((name) => name.endsWith('-unpacked')) ?? '';
      expect(existsSync(join(dir, unpacked, 'resources', 'app.asar'))).toBe(true);
      expect(existsSync(join(dir, unpacked, 'sachiv'))).toBe(true);
    } finally {
      await cleanup();
    }
  }, 320_000);
});

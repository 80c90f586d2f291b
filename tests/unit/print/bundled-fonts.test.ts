import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS_FOLDER, printFontFiles } from '../../../src-main/core/print/print-fonts.js';

const DIST_MAIN = fileURLToPath(new URL('../../../dist/main/', import.meta.url));

// A packaged app ships dist/ only. `npm test` builds first, so the copies must be there and
// be the very files the templates embed when run from the sources.
describe('the print fonts of a packaged app', () => {
  it('sit beside the main bundle, byte for byte the installed package’s', async () => {
    const require = createRequire(import.meta.url);
    for (const { fileName } of printFontFiles()) {
      const copied = await readFile(join(DIST_MAIN, BUNDLED_FONTS_FOLDER, fileName));
      const original = await readFile(require.resolve(`@fontsource/noto-sans-devanagari/files/${fileName}`));
      expect(copied.equals(original), fileName).toBe(true);
    }
  });
});

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

const ASSETS = fileURLToPath(new URL('../../../assets/', import.meta.url));
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the icons made from assets/icon.svg', () => {
  it('give Linux a full icon set, each PNG the size its name says', async () => {
    for (const size of LINUX_SIZES) expect(pngSize(await readFile(`${ASSETS}icons/${size}x${size}.png`)), `${size}`).toEqual([size, size]);
  });

  it('give Windows one .ico with every size from 16 to 256, each a real PNG', async () => {
    const ico = await readFile(`${ASSETS}icon.ico`);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => {
      const entry = 6 + 16 * index;
      const declared = ico.readUInt8(entry) || 256;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngSize(png)).toEqual([declared, declared]);
      return declared;
    });
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('are the ones electron-builder.yml points at', async () => {
    const config = load(await readFile(`${ASSETS}../electron-builder.yml`, 'utf8')) as { win: { icon: string }; linux: { icon: string } };
    expect(config.win.icon).toBe('assets/icon.ico');
    expect(config.linux.icon).toBe('assets/icons');
  });
});

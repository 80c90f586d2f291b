// Makes every icon the installers need from the one drawing, assets/icon.svg:
//   assets/icon.png        512×512, the window icon of unpackaged runs
//   assets/icons/NxN.png   the Linux icon set (16 … 512)
//   assets/icon.ico        Windows: 16 … 256 in one file (PNG-compressed entries)
// Run `npm run icons` after changing the drawing, and commit the results. It renders with
// Debian's Chromium (the same as the tests), so the drawing needs no other tool.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const assets = path.join(root, 'assets');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const WINDOWS_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** An .ico holding PNG images, which Windows Vista and later read. */
export function icoFromPngs(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    // 256 is written as 0: the field is one byte.
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

async function render(svg, sizes) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const pngs = new Map();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${source}" width="${size}" height="${size}">`);
      await page.waitForFunction(() => document.images[0]?.complete);
      pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const svg = await readFile(path.join(assets, 'icon.svg'), 'utf8');
  const pngs = await render(svg, LINUX_SIZES);
  await mkdir(path.join(assets, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) await writeFile(path.join(assets, 'icons', `${size}x${size}.png`), pngs.get(size));
  await writeFile(path.join(assets, 'icon.png'), pngs.get(512));
  await writeFile(path.join(assets, 'icon.ico'), icoFromPngs(WINDOWS_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  console.log(`icons: ${LINUX_SIZES.length} PNG sizes, icon.png and icon.ico written to assets/`);
}

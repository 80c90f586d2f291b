import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==',
  'base64',
);
/** The start of a JPEG (SOI and an APP0 marker); the core judges by these bytes, not by a name. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(100)]);

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

const logoFiles = async () => (await readdir(h.dataDir)).filter((name) => name.startsWith('logo-'));

describe('organisation logo', () => {
  it('is absent at first', async () => {
    expect(await h.ok('organisation:logo', {})).toEqual({ dataUrl: null });
    expect((await h.ok('organisation:get', {})).logoFileName).toBeNull();
  });

  it('stores a PNG as a file in the data folder and serves it back as a data: URL after a restart', async () => {
    const dataUrl = `data:image/png;base64,${PNG.toString('base64')}`;
    expect(await h.ok('organisation:setLogo', { imageBase64: PNG.toString('base64') })).toEqual({ dataUrl });
    const [fileName] = await logoFiles();
    expect(fileName).toMatch(/\.png$/);
    expect(await readFile(join(h.dataDir, fileName ?? ''))).toEqual(PNG);
    expect((await h.ok('organisation:get', {})).logoFileName).toBe(fileName);

    await h.reopen();
    expect(await h.ok('organisation:logo', {})).toEqual({ dataUrl });
  });

  it('replaces one logo with another, leaving only the new file, and clears it', async () => {
    await h.ok('organisation:setLogo', { imageBase64: PNG.toString('base64') });
    const replaced = await h.ok('organisation:setLogo', { imageBase64: JPEG.toString('base64') });
    expect(replaced.dataUrl).toBe(`data:image/jpeg;base64,${JPEG.toString('base64')}`);
    expect(await logoFiles()).toEqual([expect.stringMatching(/\.jpg$/)]);

    expect(await h.ok('organisation:clearLogo', {})).toEqual({ dataUrl: null });
    expect(await logoFiles()).toEqual([]);
    await h.reopen();
    expect(await h.ok('organisation:logo', {})).toEqual({ dataUrl: null });
    expect((await h.ok('organisation:get', {})).logoFileName).toBeNull();
  });

  it('refuses a file that is not a PNG or JPEG, whatever it is called, and changes nothing', async () => {
    await h.ok('organisation:setLogo', { imageBase64: PNG.toString('base64') });
    const before = await h.ok('organisation:get', {});
    const files = await logoFiles();
    for (const imageBase64 of [
      Buffer.from('%PDF-1.7\n', 'latin1').toString('base64'),
      Buffer.from('GIF89a', 'latin1').toString('base64'),
      '',
      'यह base64 नहीं है',
    ]) {
      expect(await h.call('organisation:setLogo', { imageBase64 })).toMatchObject({ ok: false, error: { code: 'organisation.logoNotImage' } });
    }
    expect(await h.ok('organisation:get', {})).toEqual(before);
    expect(await logoFiles()).toEqual(files);
    expect((await h.ok('organisation:logo', {})).dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
  });

  it('refuses an image over 2 MB, even a 40 MB one, and accepts one of exactly 2 MB', async () => {
    const huge = Buffer.concat([PNG, Buffer.alloc(40 * 1024 * 1024)]);
    expect(await h.call('organisation:setLogo', { imageBase64: huge.toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'organisation.logoTooLarge' },
    });
    const justOver = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024 + 1 - PNG.length)]);
    expect(await h.call('organisation:setLogo', { imageBase64: justOver.toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'organisation.logoTooLarge' },
    });
    expect(await logoFiles()).toEqual([]);
    expect((await h.ok('organisation:get', {})).logoFileName).toBeNull();

    const exactly = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024 - PNG.length)]);
    expect((await h.ok('organisation:setLogo', { imageBase64: exactly.toString('base64') })).dataUrl).toMatch(/^data:image\/png;base64,/);
  });

  it('rejects input of the wrong shape at the boundary', async () => {
    expect(await h.call('organisation:setLogo', { imageBase64: 42 } as never)).toMatchObject({ ok: false, error: { code: 'ipc.badInput' } });
    expect(await h.call('organisation:setLogo', { imageBase64: '', path: '/etc/passwd' } as never)).toMatchObject({
      ok: false,
      error: { code: 'ipc.badInput' },
    });
  });
});

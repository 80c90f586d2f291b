import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeStreamAtomic } from '../../../src-main/core/db/index.js';
import { makeTempDir } from '../../support/temp-dir.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => {
  await cleanup();
});

async function* chunks(parts: readonly string[], failAfter = Number.POSITIVE_INFINITY): AsyncGenerator<Uint8Array> {
  for (const [index, part] of parts.entries()) {
    if (index >= failAfter) throw new Error('the source broke off');
    yield Buffer.from(part, 'utf8');
  }
}

describe('writing a stream to a file atomically', () => {
  it('replaces the file with everything the stream gave and reports its size', async () => {
    const target = join(dir, 'बैकअप.sachiv-backup');
    await writeFile(target, 'पुराना');
    const parts = ['पहला भाग ', 'दूसरा भाग ', 'तीसरा भाग'];
    const written = await writeStreamAtomic(target, chunks(parts), { renameRetryMs: 1_000 });
    expect(await readFile(target, 'utf8')).toBe(parts.join(''));
    expect(written).toBe(Buffer.byteLength(parts.join('')));
    expect(await readdir(dir)).toEqual(['बैकअप.sachiv-backup']);
  });

  it('keeps the old file and leaves no temp file when the stream fails half-way', async () => {
    const target = join(dir, 'बैकअप.sachiv-backup');
    await writeFile(target, 'पुराना पूरा बैकअप');
    await expect(writeStreamAtomic(target, chunks(['नया ', 'अधूरा ', 'कभी नहीं'], 2), { renameRetryMs: 1_000 })).rejects.toThrow('the source broke off');
    expect(await readFile(target, 'utf8')).toBe('पुराना पूरा बैकअप');
    expect(await readdir(dir)).toEqual(['बैकअप.sachiv-backup']);
  });
});

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { withLongestBlock } from '../../../bench/event-loop-block.js';
import { compareHindi } from '../../../src-main/core/text/normalize.js';
import { openHarness } from '../../support/core-harness.js';
import { makeTempDir } from '../../support/temp-dir.js';

const ROWS = 10_000;

test('10,000 rows are analysed and imported without holding the event loop (times printed, not asserted)', async () => {
  const { dir, cleanup } = await makeTempDir('sachiv-import-speed-');
  const path = join(dir, 'big.csv');
  const lines = ['नाम,पद,संगठन,श्रेणी,मोबाइल,ईमेल'];
  for (let index = 0; index < ROWS; index += 1) {
    lines.push(`व्यक्ति ${index} शर्मा,lfpo,इकाई ${index % 50},श्रेणी ${index % 7},9${String(100000000 + index)},p${index}@example.in`);
  }
  await writeFile(path, lines.join('\n'), 'utf8');
  const harness = await openHarness({ pickOpenFile: async () => path });
  try {
    for (const [name, phone] of [['अमित शर्मा', ''], ['ज़ैनब ख़ान', ''], ['व्यक्ति 5000 शर्मा', '9100005000']]) await harness.ok('people:create', { person: { name: name!, phone: phone! } });
    const started = performance.now();
    const opened = await withLongestBlock(() => harness.ok('import:open', {}));
    const preview = opened.value!;
    const openedAt = performance.now();
    const plan = { importId: preview.importId, mapping: preview.mapping, krutiDevColumns: [1] };
    const analysed = await withLongestBlock(() => harness.ok('import:analyse', plan));
    const analysedAt = performance.now();
    const committed = await withLongestBlock(() => harness.ok('import:commit', { ...plan, duplicates: 'skip' }));
    const committedAt = performance.now();

    console.log(
      `10,000 rows: open ${(openedAt - started).toFixed(0)} ms (longest block ${opened.longestBlockMs.toFixed(0)} ms), ` +
        `analyse ${(analysedAt - openedAt).toFixed(0)} ms (longest block ${analysed.longestBlockMs.toFixed(0)} ms), ` +
        `commit ${(committedAt - analysedAt).toFixed(0)} ms (longest block ${committed.longestBlockMs.toFixed(0)} ms), ` +
        `analyse + commit ${(committedAt - openedAt).toFixed(0)} ms`,
    );
    expect(analysed.value).toMatchObject({ rowCount: ROWS, ready: ROWS - 1, invalidRows: 0 });
    expect(committed.value.added).toBe(ROWS - 1);
    expect(analysed.value.duplicates).toHaveLength(1);
    // The directory stays in Hindi alphabetical order with the imported people merged in.
    const listed = (await harness.ok('people:search', { limit: 1000, offset: 4000 })).items.map((person) => person.name);
    expect(listed).toEqual([...listed].sort(compareHindi));
    expect((await harness.ok('people:search', { query: 'ज़ैनब' })).total).toBe(1);
    expect((await harness.ok('people:search', { query: 'सचिव', limit: 1 })).total).toBe(ROWS - 1);
    expect((await harness.ok('categories:list', {})).length).toBe(4 + 7);

    const undone = await withLongestBlock(() => harness.ok('import:undo', { batchId: committed.value.batchId }));
    console.log(`undo of 10,000: longest block ${undone.longestBlockMs.toFixed(0)} ms`);
    expect((await harness.ok('people:search', {})).total).toBe(3);
  } finally {
    await harness.cleanup();
    await cleanup();
  }
}, 60_000);

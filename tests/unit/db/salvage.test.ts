import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { salvageJson, scanSequencedRecords } from '../../../src-main/core/db/salvage.js';

const notes = { schemaVersion: 2, migrations: [(data: unknown) => data], schema: z.object({ items: z.array(z.object({ id: z.string(), text: z.string() })), total: z.number().nullable() }) };
const file = JSON.stringify({ schemaVersion: 2, data: { items: [{ id: 'a', text: 'पहला' }, { id: 'b', text: 'दूसरा' }, { id: 'c', text: 'तीसरा' }], total: 3 } });

describe('what is kept of a damaged file', () => {
  it('keeps the list elements written whole and drops the one the cut went through', () => {
    const cut = file.slice(0, file.indexOf('तीसरा') + 2);
    expect(salvageJson(cut, notes)).toEqual({ data: { items: [{ id: 'a', text: 'पहला' }, { id: 'b', text: 'दूसरा' }], total: null }, records: null });
  });

  it('never keeps a number or text that the cut shortened', () => {
    const cut = file.slice(0, -3); // …"total":3 loses "}}" and the 3 would look whole to a repairer
    expect(salvageJson(cut, notes)?.data.total).toBeNull();
    const intoText = JSON.stringify({ schemaVersion: 2, data: { total: 3, items: [{ id: 'a', text: 'पूरा पाठ' }] } }).slice(0, -8);
    expect(salvageJson(intoText, notes)?.data.items).toEqual([]);
  });

  it('keeps everything before trailing garbage, and nothing of a value holding bytes that were not text', () => {
    expect(salvageJson(`${file}}कचरा`, notes)?.data.items).toHaveLength(3);
    expect(salvageJson(file.replace('दूसरा', '\uFFFD\uFFFD'), notes)?.data.items.map((item) => item.id)).toEqual(['a', 'c']);
  });

  it('gives nothing for a file without its version, of a newer version, or of another shape', () => {
    expect(salvageJson('{"data":{"items":[]', notes)).toBeNull();
    expect(salvageJson(file.replace('"schemaVersion":2', '"schemaVersion":3'), notes)).toBeNull();
    expect(salvageJson('{"schemaVersion":2,"data":{"items":"नहीं"}}', notes)).toBeNull();
    expect(salvageJson('\u0000'.repeat(100), notes)).toBeNull();
  });

  it('finds whole records of a record set anywhere in the text, newest per id', () => {
    const record = (id: string, seq: number) => ({ seq, record: { id, name: `${id}-${seq}` } });
    const text = `\u0000\u0000garbage${JSON.stringify([record('x', 1), record('y', 2), record('x', 3)])}${JSON.stringify(record('z', 4)).slice(0, 20)}`;
    const schema = z.object({ seq: z.number(), record: z.object({ id: z.string(), name: z.string() }) });
    expect(scanSequencedRecords(text, schema)).toEqual([record('x', 3), record('y', 2)]);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonInput } from '../../../src-main/core/contract/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

const seema: PersonInput = {
  name: 'सीमा वर्मा',
  designation: 'शाखा सचिव',
  organisation: 'प्रांतीय समिति',
  phone: '98765 43210',
  email: 'seema@example.in',
};

describe('people directory through the real channels', () => {
  it('saves a person to disk and finds them again after a restart', async () => {
    const created = await h.ok('people:create', { person: seema });
    expect(created).toMatchObject({ name: 'सीमा वर्मा', designation: 'शाखा सचिव', phone: '98765 43210' });

    await h.reopen();
    const found = await h.ok('people:search', { query: 'सीमा' });
    expect(found.total).toBe(1);
    expect(found.items[0]?.id).toBe(created.id);
    const onDisk = await readFile(join(h.dataDir, 'people.json'), 'utf8');
    expect(onDisk).toContain('सीमा वर्मा');
  });

  it('reports every invalid field in one reply and saves nothing', async () => {
    const before = await readFile(join(h.dataDir, 'people.json'), 'utf8').catch(() => null);
    const reply = await h.call('people:create', {
      person: { name: 'क'.repeat(10_000), phone: '12ab', email: 'not-an-email', categoryId: 'no-such-category' },
    });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('validation.failed');
    expect(reply.error.details?.fields).toEqual([
      { field: 'name', code: 'field.tooLong', params: { max: 200 } },
      { field: 'phone', code: 'field.invalidPhone' },
      { field: 'email', code: 'field.invalidEmail' },
      { field: 'categoryId', code: 'field.invalidChoice' },
    ]);
    expect((await h.ok('people:search', {})).total).toBe(0);
    expect(await readFile(join(h.dataDir, 'people.json'), 'utf8').catch(() => null)).toBe(before);
  });

  it('refuses an empty or blank name', async () => {
    const reply = await h.call('people:create', { person: { name: '   ' } });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'validation.failed', details: { fields: [{ field: 'name', code: 'field.required' }] } },
    });
  });

  it('accepts phone numbers in Devanagari digits and with +91', async () => {
    const person = await h.ok('people:create', { person: { name: 'अ', phone: '+91 ९८७६५-४३२१०' } });
    expect(person.phone).toBe('+91 98765-43210');
  });

  it('warns about a likely duplicate and adds it only when the user insists', async () => {
    const first = await h.ok('people:create', { person: seema });
    const sameNameAndPhone = await h.call('people:create', { person: { name: ' सीमा  वर्मा ', phone: '+91 9876543210' } });
    expect(sameNameAndPhone).toEqual({
      ok: false,
      error: { code: 'people.duplicate', details: { duplicates: [{ id: first.id, name: 'सीमा वर्मा' }] } },
    });
    const sameEmail = await h.call('people:create', { person: { name: 'दूसरा नाम', email: 'SEEMA@example.in' } });
    expect(sameEmail.ok).toBe(false);

    await h.ok('people:create', { person: { name: 'सीमा वर्मा', phone: '9876543210' }, allowDuplicate: true });
    expect((await h.ok('people:search', { query: 'सीमा' })).total).toBe(2);
  });

  it('edits a person without tripping over their own record as a duplicate', async () => {
    const person = await h.ok('people:create', { person: seema });
    const edited = await h.ok('people:update', { id: person.id, person: { ...seema, designation: 'उप सचिव' } });
    expect(edited.designation).toBe('उप सचिव');
    expect((await h.ok('people:get', { id: person.id })).designation).toBe('उप सचिव');
  });

  it('removes a person and brings them back on undo', async () => {
    const person = await h.ok('people:create', { person: seema });
    await h.ok('people:remove', { id: person.id });
    expect((await h.ok('people:search', {})).total).toBe(0);
    expect(await h.call('people:get', { id: person.id })).toEqual({ ok: false, error: { code: 'people.notFound' } });

    await h.reopen();
    const restored = await h.ok('people:restore', { id: person.id });
    expect(restored).toEqual(person);
    expect((await h.ok('people:search', { query: 'वर्मा' })).items.map((p) => p.id)).toEqual([person.id]);
  });

  it('tells the renderer that people changed, only after the change is saved', async () => {
    const seen: string[] = [];
    h.core.onEvent((event, payload) => seen.push(`${event}:${JSON.stringify(payload)}`));
    await h.call('people:create', { person: { name: '' } });
    expect(seen).toEqual([]);
    await h.ok('people:create', { person: seema });
    expect(seen).toEqual(['data:changed:{"domain":"people"}']);
  });
});

describe('people search', () => {
  it('matches nukta letters however they were typed', async () => {
    const precomposed = '\u095B'; // ज़ as one code point
    const decomposed = '\u091C\u093C'; // ज + nukta
    await h.ok('people:create', { person: { name: `${precomposed}ाकिर हुसैन` } });
    await h.ok('people:create', { person: { name: `${decomposed}फ़र अली` } });

    expect((await h.ok('people:search', { query: `${decomposed}ाकिर` })).items.map((p) => p.name)).toEqual(['ज़ाकिर हुसैन']);
    expect((await h.ok('people:search', { query: `${precomposed}फ़` })).items.map((p) => p.name)).toEqual(['ज़फ़र अली']);
  });

  it('finds by the first letters of name, designation, unit or phone', async () => {
    await h.ok('people:create', { person: seema });
    await h.ok('people:create', { person: { name: 'राजेश कुमार', designation: 'अध्यक्ष', organisation: 'ब्लॉक समिति', phone: '011-2345678' } });

    const names = async (query: string) => (await h.ok('people:search', { query })).items.map((p) => p.name);
    expect(await names('राजे')).toEqual(['राजेश कुमार']);
    expect(await names('अध्य')).toEqual(['राजेश कुमार']);
    expect(await names('ब्लॉ')).toEqual(['राजेश कुमार']);
    expect(await names('98765')).toEqual(['सीमा वर्मा']);
    expect(await names('९८७६५')).toEqual(['सीमा वर्मा']);
    expect(await names('सीमा शाखा')).toEqual(['सीमा वर्मा']);
    expect(await names('सीमा अध्यक्ष')).toEqual([]);
  });

  it('lists people in Hindi alphabetical order and pages through them', async () => {
    for (const name of ['मोहन', 'अमित', 'क्षितिज', 'कमला', 'ईश्वर', 'आशा']) {
      await h.ok('people:create', { person: { name } });
    }
    const all = await h.ok('people:search', {});
    expect(all.items.map((p) => p.name)).toEqual(['अमित', 'आशा', 'ईश्वर', 'कमला', 'क्षितिज', 'मोहन']);
    const page = await h.ok('people:search', { offset: 2, limit: 2 });
    expect(page).toMatchObject({ total: 6 });
    expect(page.items.map((p) => p.name)).toEqual(['ईश्वर', 'कमला']);
  });

  it('filters by category', async () => {
    const [officeBearer] = await h.ok('categories:list', {});
    await h.ok('people:create', { person: { name: 'अमित', categoryId: officeBearer?.id ?? null } });
    await h.ok('people:create', { person: { name: 'आशा' } });
    const filtered = await h.ok('people:search', { categoryId: officeBearer?.id ?? null });
    expect(filtered.items.map((p) => p.name)).toEqual(['अमित']);
  });
});

describe('categories', () => {
  it('starts with Hindi defaults and can be extended, renamed and removed', async () => {
    const defaults = await h.ok('categories:list', {});
    expect(defaults.map((c) => c.name)).toEqual(['पदाधिकारी', 'सदस्य', 'अतिथि', 'कर्मचारी']);

    const leaders = await h.ok('categories:create', { name: 'नेता' });
    expect(await h.call('categories:create', { name: ' नेता ' })).toEqual({ ok: false, error: { code: 'categories.duplicate' } });
    await h.ok('categories:rename', { id: leaders.id, name: 'वरिष्ठ नेता' });
    const person = await h.ok('people:create', { person: { name: 'अमित', categoryId: leaders.id } });

    await h.ok('categories:remove', { id: leaders.id });
    expect((await h.ok('people:get', { id: person.id })).categoryId).toBeNull();
    expect((await h.ok('categories:list', {})).map((c) => c.name)).not.toContain('वरिष्ठ नेता');
  });
});

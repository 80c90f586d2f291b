import { describe, expect, it } from 'vitest';
import type { StoredPerson } from '../../../src-main/core/people/document.js';
import { DuplicateKeys } from '../../../src-main/core/people/duplicate-keys.js';

function person(id: string, name: string, phone: string, email = ''): StoredPerson {
  const at = '2026-01-01T00:00:00.000Z';
  return { id, title: '', name, gender: null, designation: '', organisation: '', categoryId: null, phone, email, notes: '', createdAt: at, updatedAt: at, removedAt: null };
}

describe('the keys that reveal likely duplicates, built in slices', () => {
  it('finds people changed, added or removed before the builder reached them, each as they are now', async () => {
    const people = new Map([
      ['a', person('a', 'सीमा वर्मा', '98765 43210')],
      ['b', person('b', 'अमित शर्मा', '91234 56789', 'amit@example.in')],
      ['c', person('c', 'कमला देवी', '99887 76655')],
    ]);
    const keys = new DuplicateKeys(people.keys(), (id) => people.get(id));

    // Before any slice ran: A renamed, C removed, D added; the service reports each change.
    const renamed = person('a', 'सीमा शर्मा', '98765 43210');
    keys.remove(people.get('a')!);
    people.set('a', renamed);
    keys.add(renamed);
    const removed = { ...people.get('c')!, removedAt: '2026-01-02T00:00:00.000Z' };
    keys.remove(people.get('c')!);
    people.set('c', removed);
    const added = person('d', 'ज़ाकिर ख़ान', '90000 00000');
    people.set('d', added);
    keys.add(added);
    await keys.whenReady();

    expect(keys.idsLike({ name: 'सीमा शर्मा', phone: '+91 98765 43210', email: '' })).toEqual(new Set(['a']));
    expect(keys.idsLike({ name: 'सीमा वर्मा', phone: '98765 43210', email: '' })).toEqual(new Set());
    expect(keys.idsLike({ name: 'कमला देवी', phone: '99887 76655', email: '' })).toEqual(new Set());
    expect(keys.idsLike({ name: 'ज़ाकिर ख़ान', phone: '90000 00000', email: '' })).toEqual(new Set(['d']));
    expect(keys.idsLike({ name: 'कोई और', phone: '', email: 'amit@example.in' })).toEqual(new Set(['b']));
  });

  it('answers correctly even when asked before the build finished', () => {
    const people = new Map([['a', person('a', 'सीमा वर्मा', '98765 43210')]]);
    const keys = new DuplicateKeys(people.keys(), (id) => people.get(id));
    expect(keys.idsLike({ name: 'सीमा वर्मा', phone: '98765 43210', email: '' })).toEqual(new Set(['a']));
  });
});

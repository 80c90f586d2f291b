import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { noticeMessageKey } from '../../../src-renderer/app/notice-message.js';

async function notices(language: 'hi' | 'en'): Promise<Record<string, unknown> & { from: Record<string, string> }> {
  const common = JSON.parse(await readFile(new URL(`../../../locales/${language}/common.json`, import.meta.url), 'utf8')) as { notices: never };
  return common.notices;
}

describe('the notice about a damaged file', () => {
  it('says that a programme or report nothing could bring back is removed from its list', async () => {
    const hi = await notices('hi');
    const key = noticeMessageKey({ kind: 'damagedFileReset', subject: 'programmes' });
    expect(noticeMessageKey({ kind: 'damagedFileReset', subject: 'reports' })).toBe(key);
    expect(hi[key]).toContain('सूची से हटा');
    expect((await notices('en'))[key]).toContain('removed from the list');
  });

  it('says that settings nothing could bring back start again from their defaults', async () => {
    const hi = await notices('hi');
    const text = hi[noticeMessageKey({ kind: 'damagedFileReset', subject: 'settings' })];
    expect(text).toContain('शुरुआती');
    expect(text).not.toContain('ख़ाली');
  });

  it('calls an unfinished save a copy saved part way, not "बचत" (savings)', async () => {
    expect((await notices('hi')).from.temp).not.toContain('बचत');
  });
});

import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as contract from '../../../src-main/core/contract/index.js';
import type { Channel, ChannelInput, Envelope } from '../../../src-main/core/contract/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

/**
 * Every limit the contract declares, sent through the real handlers just over the limit (and,
 * where that is cheap, exactly at it): the core must refuse the one and accept the other, so no
 * limit is a promise the window keeps alone. A limit declared without a case here fails the test.
 */

let h: CoreHarness;
let fileToOpen: string | null = null;
beforeEach(async () => {
  fileToOpen = null;
  h = await openHarness({ pickOpenFile: async () => fileToOpen });
});
afterEach(async () => {
  await h.cleanup();
});

const letters = (count: number) => 'क'.repeat(count);

async function programme(): Promise<string> {
  return (await h.ok('programmes:create', { programme: { title: 'कार्यशाला', kindId: 'kind-workshop', days: [{ date: '2024-04-17' }] } })).id;
}

async function invitedAttendee(programmeId: string): Promise<string> {
  const person = await h.ok('people:create', { person: { name: 'रमेश शर्मा' }, allowDuplicate: true });
  return (await h.ok('attendance:invite', { programmeId, selection: { kind: 'people', personIds: [person.id] } })).addedIds[0] ?? '';
}

async function report(): Promise<{ id: string; version: number }> {
  const created = await h.ok('reports:create', { programmeId: await programme(), template: 'narrative' });
  return { id: created.id, version: created.version };
}

const paragraph = (text: string, href?: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text, ...(href === undefined ? {} : { marks: [{ type: 'link', attrs: { href } }] }) }] }],
});

interface Call {
  channel: Channel;
  input: unknown;
}

interface LimitCase {
  /** Builds the request carrying `value` (a length, a count or a number) in the limited place. */
  request: (value: number) => Promise<Call>;
  /**
   * False where a request at the limit is too slow or big to send in a unit test; the refusal
   * is then checked by its code, since nothing else shows it was the limit that refused it.
   */
  tryAtLimit?: boolean;
  refusedWith?: string;
}

/** Not limits on what a request may carry: how many comments a drafted report quotes by default. */
const NOT_INPUT_LIMITS = new Set(['COMMENTS_QUOTED_PER_CATEGORY']);

const CASES: Record<string, LimitCase> = {
  QUORUM_MAX: {
    request: async (value) => ({ channel: 'attendance:setQuorum', input: { programmeId: await programme(), quorum: value } }),
  },
  ATTENDANCE_SEARCH_LIMIT_MAX: {
    request: async (value) => ({ channel: 'attendance:search', input: { programmeId: await programme(), query: '', limit: value } }),
  },
  FEEDBACK_BATCH_MAX: {
    request: async (value) => ({
      channel: 'feedback:addMany',
      input: { programmeId: await programme(), entries: Array.from({ length: value }, (_, index) => ({ text: `टिप्पणी ${index}`, categoryId: 'feedback-proposals' })) },
    }),
  },
  RAW_TEXT_MAX: {
    request: async (value) => ({ channel: 'organisation:update', input: { organisation: { address: letters(value) } } }),
    tryAtLimit: false,
    refusedWith: 'ipc.badInput',
  },
  'TEXT_LIMITS.line': {
    request: async (value) => ({ channel: 'organisation:update', input: { organisation: { nameHi: letters(value) } } }),
  },
  'TEXT_LIMITS.title': {
    request: async (value) => ({ channel: 'programmes:create', input: { programme: { title: letters(value), kindId: 'kind-workshop', days: [{ date: '2024-04-17' }] } } }),
  },
  'TEXT_LIMITS.point': {
    request: async (value) => {
      const programmeId = await programme();
      const attendeeId = await invitedAttendee(programmeId);
      return { channel: 'attendance:mark', input: { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId }, status: 'late', reason: letters(value) } };
    },
  },
  'TEXT_LIMITS.long': {
    request: async (value) => ({ channel: 'programmes:create', input: { programme: { title: 'बैठक', kindId: 'kind-meeting', days: [{ date: '2024-04-17' }], purpose: letters(value) } } }),
  },
  LOGO_MAX_BYTES: {
    // A base64 string of `value` bytes; the size is refused before the bytes are looked at.
    request: async (value) => ({ channel: 'organisation:setLogo', input: { imageBase64: 'A'.repeat(Math.ceil(value / 3) * 4) } }),
    tryAtLimit: false,
    refusedWith: 'organisation.logoTooLarge',
  },
  REPORT_TEXT_MAX: {
    request: async (value) => {
      const { id, version } = await report();
      return { channel: 'reports:save', input: { id, baseVersion: version, title: 'प्रतिवेदन', body: paragraph(letters(value)) } };
    },
  },
  REPORT_LINK_MAX: {
    request: async (value) => {
      const { id, version } = await report();
      const href = `https://example.in/${'a'.repeat(value - 'https://example.in/'.length)}`;
      return { channel: 'reports:save', input: { id, baseVersion: version, title: 'प्रतिवेदन', body: paragraph('कड़ी', href) } };
    },
  },
  REPORT_TITLE_MAX: {
    request: async (value) => {
      const { id, version } = await report();
      return { channel: 'reports:save', input: { id, baseVersion: version, title: letters(value), body: paragraph('पाठ') } };
    },
  },
  NAME_MAX: {
    request: async (value) => ({ channel: 'people:create', input: { person: { name: letters(value) } } }),
  },
  TEXT_MAX: {
    request: async (value) => ({ channel: 'people:create', input: { person: { name: 'रमेश', designation: letters(value) } } }),
  },
  NOTES_MAX: {
    request: async (value) => ({ channel: 'people:create', input: { person: { name: 'रमेश', notes: letters(value) } } }),
  },
  IMPORT_FILE_MAX_BYTES: {
    // A sparse file: as large as asked on paper, nothing written, so the test stays fast.
    request: async (value) => {
      fileToOpen = join(h.dataDir, 'सूची.csv');
      await writeFile(fileToOpen, '');
      await truncate(fileToOpen, value);
      return { channel: 'import:open', input: {} };
    },
    tryAtLimit: false,
    refusedWith: 'import.fileTooLarge',
  },
};

/** Every number the contract exports, with TEXT_LIMITS spelled out field by field. */
function declaredLimits(): Array<[string, number]> {
  const limits: Array<[string, number]> = [];
  for (const [name, value] of Object.entries(contract)) {
    if (typeof value === 'number' && !NOT_INPUT_LIMITS.has(name)) limits.push([name, value]);
  }
  for (const [field, value] of Object.entries(contract.TEXT_LIMITS)) limits.push([`TEXT_LIMITS.${field}`, value]);
  return limits;
}

async function send({ channel, input }: Call): Promise<Envelope<unknown>> {
  return h.call(channel, input as ChannelInput<typeof channel>);
}

describe('every limit the contract declares', () => {
  it('has a case here', () => {
    expect(declaredLimits().map(([name]) => name).filter((name) => CASES[name] === undefined)).toEqual([]);
  });

  for (const [name, limit] of declaredLimits()) {
    const limitCase = CASES[name];
    if (limitCase === undefined) continue;
    it(`is enforced by the core: ${name} (${limit})`, async () => {
      const over = await send(await limitCase.request(limit + 1));
      expect(over.ok, `${name}: one over the limit was accepted`).toBe(false);
      if (!over.ok) expect(over.error.code).not.toBe('internal.unexpected');
      if (limitCase.tryAtLimit === false) {
        expect(over).toMatchObject({ error: { code: limitCase.refusedWith } });
        return;
      }
      const at = await send(await limitCase.request(limit));
      expect(at.ok, `${name}: a request at the limit was refused: ${JSON.stringify(at).slice(0, 300)}`).toBe(true);
    });
  }
});

describe('a quorum above the limit', () => {
  it('is refused with a message that gives the limit, and the quorum stays as it was', async () => {
    const programmeId = await programme();
    await h.ok('attendance:setQuorum', { programmeId, quorum: 25 });
    expect(await h.call('attendance:setQuorum', { programmeId, quorum: 10_000_000 })).toEqual({
      ok: false,
      error: { code: 'attendance.quorumTooLarge', details: { params: { max: contract.QUORUM_MAX } } },
    });
    expect((await h.ok('attendance:get', { programmeId })).quorum).toBe(25);
  });
});

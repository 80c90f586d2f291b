import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lazyChromiumPrinter } from '../../support/chromium-printer.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';
import { fonts, pageCount, textLines, withoutGuessedSpaces } from '../../support/poppler.js';

const NAMES = ['श्रीमती कृष्णा शर्मा', 'प्रकाश चंद्र त्रिवेदी', 'ग़ुलाम रसूल', 'हरिश्चंद्र पाण्डेय', 'सुनीता वर्मा', 'आर्य समाज प्रतिनिधि'];

let h: CoreHarness;
let programmeId: string;
const saved: string[] = [];

beforeEach(async () => {
  saved.length = 0;
  h = await openHarness({
    printer: lazyChromiumPrinter(),
    pickSaveFile: async ({ suggestedName }) => {
      const path = join(h.dataDir, suggestedName);
      saved.push(path);
      return path;
    },
  });
  await h.ok('organisation:update', { organisation: { nameHi: 'प्रांतीय समिति' } });
  programmeId = (
    await h.ok('programmes:create', {
      programme: { title: 'प्रशिक्षण कार्यशाला', kindId: 'kind-workshop', venue: 'सभागार', days: [{ date: '2024-04-17' }, { date: '2024-04-18' }] },
    })
  ).id;
  const ids: string[] = [];
  for (const [index, name] of NAMES.entries()) ids.push((await h.ok('people:create', { person: { name, designation: index === 0 ? 'सचिव' : 'सदस्य', organisation: 'शाखा क' } })).id);
  await h.ok('attendance:invite', { programmeId, selection: { kind: 'people', personIds: ids } });
});
afterEach(async () => {
  await h.cleanup();
});

describe('attendance PDFs printed by Chromium', () => {
  it('prints a sign-in sheet with every invitee in logical order, blank rows, page numbers and the embedded Devanagari font', async () => {
    const result = await h.ok('attendance:print', { programmeId, document: 'signInSheet', blankRows: 40 });
    expect(result?.path).toBe(join(h.dataDir, 'हस्ताक्षर पत्रक - प्रशिक्षण कार्यशाला.pdf'));
    const file = result?.path ?? '';
    expect(await pageCount(file)).toBe(result?.pages);
    expect(result?.pages).toBeGreaterThan(1);
    const text = (await textLines(file)).join('\n');
    for (const name of NAMES) expect(text).toContain(withoutGuessedSpaces(name));
    expect(text).toContain('हस्ताक्षर पत्रक');
    expect(text).toContain('प्रांतीय समिति');
    expect(text).toContain('17–18 अप्रैल 2024');
    expect(text).toContain(`पृष्ठ 1 / ${result?.pages}`);
    // 6 named rows and 40 blank ones, numbered without a gap.
    expect(text).toContain('46');
    const used = await fonts(file);
    expect(used.some((font) => /NotoSansDevanagari/.test(font.name) && font.embedded === 'yes')).toBe(true);
    expect(used.some((font) => font.type === 'Type 3')).toBe(false);
  });

  it('prints one certificate per present participant, and refuses when nobody is present', async () => {
    const refused = await h.call('attendance:print', { programmeId, document: 'certificates' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'attendance.nobodyPresent' } });
    expect(saved).toEqual([]);

    const attendees = (await h.ok('attendance:get', { programmeId })).attendees;
    const present = attendees.filter((attendee) => attendee.name !== 'सुनीता वर्मा');
    for (const attendee of present) {
      await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId: attendee.id }, status: 'present' });
    }
    const result = await h.ok('attendance:print', { programmeId, document: 'certificates' });
    const file = result?.path ?? '';
    expect(result?.pages).toBe(present.length);
    expect(await pageCount(file)).toBe(present.length);
    const pages = await Promise.all(present.map((_, index) => textLines(file, index + 1)));
    const namesOnPages = pages.map((lines) => NAMES.filter((name) => lines.join(' ').includes(withoutGuessedSpaces(name))));
    expect(namesOnPages.every((names) => names.length === 1)).toBe(true);
    expect(namesOnPages.flat().sort()).toEqual(present.map((attendee) => attendee.name).sort());
    expect((await textLines(file)).join(' ')).not.toContain('सुनीता वर्मा');
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
let programmeId: string;
const chosen = () => join(h.dataDir, 'register');

beforeEach(async () => {
  h = await openHarness({ pickSaveFile: async () => chosen() });
  programmeId = (await h.ok('programmes:create', { programme: { title: 'समिति की बैठक', kindId: 'kind-meeting', days: [{ date: '2024-04-17' }] } })).id;
  const sharma = await h.ok('people:create', { person: { name: 'रमेश शर्मा', designation: 'सचिव', organisation: 'शाखा क', categoryId: 'cat-office-bearer' } });
  const hacker = await h.ok('people:create', { person: { name: '=HYPERLINK("http://x")', organisation: '+शाखा' } });
  await h.ok('attendance:invite', { programmeId, selection: { kind: 'people', personIds: [sharma.id, hacker.id] } });
  const attendees = (await h.ok('attendance:get', { programmeId })).attendees;
  await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId: attendees.find((a) => a.personId === sharma.id)?.id ?? '' }, status: 'present' });
  await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId: attendees.find((a) => a.personId === hacker.id)?.id ?? '' }, status: 'excused', reason: 'यात्रा पर' });
  await h.ok('attendance:walkIn', { programmeId, scope: 'programme', person: { name: 'मोहन लाल' } });
});
afterEach(async () => {
  await h.cleanup();
});

describe('attendance register export', () => {
  it('writes an Excel register whose statuses and counts match the screen, with check-in times', async () => {
    expect(await h.ok('attendance:export', { programmeId, list: 'register', format: 'xlsx' })).toEqual({ path: `${chosen()}.xlsx` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(`${chosen()}.xlsx`)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('उपस्थिति पंजी');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'क्रम', 'नाम', 'पद', 'इकाई / संगठन', 'श्रेणी', 'फ़ोन', 'आमंत्रित', 'स्थिति (पूरा कार्यक्रम)', 'समय (पूरा कार्यक्रम)', 'कारण / टिप्पणी (पूरा कार्यक्रम)']);
    const rows = [2, 3, 4].map((row) => sheet?.getRow(row).values as unknown[]);
    const byName = new Map(rows.map((values) => [values[2], values]));
    expect(byName.get('रमेश शर्मा')?.slice(1, 9)).toEqual([expect.any(Number), 'रमेश शर्मा', 'सचिव', 'शाखा क', 'पदाधिकारी', '', 'हाँ', 'उपस्थित']);
    expect(byName.get('रमेश शर्मा')?.[9]).toBeInstanceOf(Date);
    expect(byName.get('मोहन लाल')?.slice(7, 9)).toEqual(['नहीं', 'उपस्थित']);
    expect(byName.get('=HYPERLINK("http://x")')?.slice(8, 11)).toEqual(['सूचना सहित अनुपस्थित', expect.any(Date), 'यात्रा पर']);
    const statuses = rows.map((values) => values[8]);
    const counts = (await h.ok('attendance:get', { programmeId })).counts.programme;
    expect(statuses.filter((status) => status === 'उपस्थित')).toHaveLength(counts?.present ?? -1);
    for (const values of rows) for (const value of values) expect(typeof value === 'object' && value !== null && 'formula' in value).toBe(false);
  });

  it('writes the invitation list as CSV that Excel opens safely', async () => {
    await h.ok('attendance:export', { programmeId, list: 'invitations', format: 'csv' });
    const text = (await readFile(`${chosen()}.csv`, 'utf8'));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows[0]).toEqual(['क्रम', 'नाम', 'पद', 'इकाई / संगठन', 'श्रेणी', 'फ़ोन']);
    // Invitees only: the walk-in is not on the invitation list.
    expect(rows.slice(1).map((row) => row[1]).sort()).toEqual(["'=HYPERLINK(\"http://x\")", 'रमेश शर्मा'].sort());
    expect(rows.find((row) => row[1]?.includes('HYPERLINK'))?.[3]).toBe("'+शाखा");
  });
});

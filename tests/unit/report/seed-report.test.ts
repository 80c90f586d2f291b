import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyChromiumPrinter } from '../../support/chromium-printer.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';
import { convertWithLibreOffice, libreOfficeInstalled } from '../../support/libreoffice.js';
import { fonts, textLines, withoutGuessedSpaces } from '../../support/poppler.js';
import { SEED_CHAIR, SEED_ORGANISER, SEED_SPEAKER, seedFeedback, seedResolution, seedWorkshop } from '../programmes/seed-workshop.js';

const run = promisify(execFile);
const ARTIFACTS = join(process.cwd(), 'test-results', 'report-pages');

/** The seed's attendee groups, as categories of the directory, with how many of each came. */
const GROUPS: Array<[string, number]> = [
  ['पार्टी निर्माण समितियों के नेता', 5],
  ['स्थायी समिति के सदस्य', 12],
  ['ब्लॉक की पार्टी कार्यकारी समिति', 6],
  ['शाखा सचिव/उप सचिव', 30],
];

/** The facts of the seed report, in the order the report must state them. */
const FACTS_IN_ORDER = [
  SEED_ORGANISER,
  '17 अप्रैल 2024 की सुबह',
  SEED_CHAIR,
  // REPORT-STYLE.md's order: each session with its speeches, then who took part.
  SEED_SPEAKER,
  'संकल्प संख्या 21-एनक्यू/टीडब्ल्यू, दिनांक 16 जून 2022',
  ...GROUPS.map(([name, count]) => `${name} ${count}`),
  '20 टिप्पणियाँ',
  '10 मई, 1959 - 10 मई, 2024',
];

let h: CoreHarness;
let reportId: string;
const saved: string[] = [];

function expectInOrder(text: string, facts: readonly string[]): void {
  let from = 0;
  for (const fact of facts) {
    const at = text.indexOf(withoutGuessedSpaces(fact), from);
    expect(at, `"${fact}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

async function flatText(pdf: string): Promise<string> {
  return (await textLines(pdf)).join(' ').replace(/\s+/g, ' ');
}

beforeAll(async () => {
  h = await openHarness({
    printer: lazyChromiumPrinter(),
    pickSaveFile: async ({ suggestedName }) => {
      const path = join(h.dataDir, suggestedName);
      saved.push(path);
      return path;
    },
  });
  await h.ok('organisation:update', { organisation: { nameHi: 'एजेंसियों और उद्यमों की प्रांतीय पार्टी समिति', secretaryName: 'सुनीता वर्मा', secretaryDesignation: 'सचिव' } });
  const resolution = await h.ok('citations:save', { citation: seedResolution });
  const programmeId = (await h.ok('programmes:create', { programme: seedWorkshop(resolution.id) })).id;
  await h.ok('feedback:addMany', { programmeId, entries: seedFeedback() });
  for (const [group, count] of GROUPS) {
    const category = await h.ok('categories:create', { name: group });
    await Promise.all(
      Array.from({ length: count }, (_, index) =>
        h.ok('people:create', { person: { name: `${group} ${index + 1}`, categoryId: category.id } }),
      ),
    );
    await h.ok('attendance:invite', { programmeId, selection: { kind: 'category', categoryId: category.id } });
  }
  const attendance = await h.ok('attendance:get', { programmeId });
  for (const attendee of attendance.attendees) {
    await h.ok('attendance:mark', { programmeId, scope: 'programme', target: { kind: 'attendee', attendeeId: attendee.id }, status: 'present' });
  }
  reportId = (await h.ok('reports:create', { programmeId, template: 'narrative' })).id;
}, 120_000);
afterAll(async () => {
  await h.cleanup();
});

describe('the seed workshop, recorded and reported', () => {
  it('exports a PDF whose text states every fact of the seed in order, in embedded fonts, and saves its pages as images', async () => {
    const result = await h.ok('reports:export', { id: reportId, format: 'pdf' });
    const pdf = result?.path ?? '';
    expect(pdf).toMatch(/प्रतिवेदन .*\.pdf$/);
    expectInOrder(await flatText(pdf), FACTS_IN_ORDER);
    const used = await fonts(pdf);
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((font) => font.embedded === 'yes')).toBe(true);
    expect(used.some((font) => /NotoSansDevanagari/.test(font.name))).toBe(true);
    expect(used.some((font) => font.type === 'Type 3')).toBe(false);
    await mkdir(ARTIFACTS, { recursive: true });
    await run('pdftoppm', ['-png', '-r', '60', pdf, join(ARTIFACTS, 'seed-narrative')]);
  }, 60_000);

  it(
    'exports a Word file that LibreOffice renders with the same facts in the same order',
    async () => {
      // .ci/run installs LibreOffice; without it this check cannot be made, and says so.
      expect(await libreOfficeInstalled(), 'LibreOffice (libreoffice-writer-nogui) is needed to check the Word file').toBe(true);
      const result = await h.ok('reports:export', { id: reportId, format: 'docx' });
      const docx = result?.path ?? '';
      expect(docx).toMatch(/\.docx$/);
      const pdf = await convertWithLibreOffice(docx, h.dataDir);
      expectInOrder(await flatText(pdf), FACTS_IN_ORDER);
      await mkdir(ARTIFACTS, { recursive: true });
      await run('pdftoppm', ['-png', '-r', '60', pdf, join(ARTIFACTS, 'seed-narrative-docx')]);
    },
    120_000,
  );
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openCore, type Core } from '../src-main/core/index.js';
import type { Channel, ChannelInput, ChannelOutput } from '../src-main/core/contract/index.js';
import { withLongestBlock } from './event-loop-block.js';
import { generatePeople } from './generate-people.js';
import { report } from './report.js';

const ROWS = 10_000;
const HEADER = ['नाम', 'पद (Kruti Dev)', 'संगठन', 'मोबाइल', 'ईमेल'];
/** Designations as an old Kruti Dev list has them: सचिव, अध्यक्ष, सदस्य. */
const KRUTI_DEV_DESIGNATIONS = ['lfpo', 'v/;{k', 'lnL;'];

function rows(): string[][] {
  return generatePeople(ROWS).map((person, index) => [
    person.name,
    KRUTI_DEV_DESIGNATIONS[index % KRUTI_DEV_DESIGNATIONS.length] ?? '',
    person.organisation,
    `9${String(100_000_000 + index)}`,
    `p${index}@example.in`,
  ]);
}

async function writeXlsx(path: string, data: string[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('सूची');
  sheet.addRow(HEADER);
  for (const row of data) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
}

async function ok<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as ChannelOutput<C>;
}

/** One whole import as the dialog does it: read the file, check every row, save all at once. */
async function importOnce(kind: 'xlsx' | 'csv', data: string[][]): Promise<boolean> {
  const dir = await mkdtemp(join(tmpdir(), 'sachiv-bench-import-'));
  const file = join(dir, `people.${kind}`);
  try {
    if (kind === 'xlsx') await writeXlsx(file, data);
    else await writeFile(file, `\uFEFF${[HEADER, ...data].map((row) => row.join(',')).join('\r\n')}`, 'utf8');
    const core = await openCore({ dataDir: join(dir, 'data'), appVersion: 'bench', log: () => {}, dailyBackup: false, pickOpenFile: async () => file });
    try {
      const run = await withLongestBlock(async () => {
        const preview = await ok(core, 'import:open', {});
        if (preview === null) throw new Error('The import was cancelled');
        const plan = { importId: preview.importId, mapping: preview.mapping, krutiDevColumns: preview.columns.filter((column) => column.krutiDev).map((column) => column.index) };
        await ok(core, 'import:analyse', plan);
        return ok(core, 'import:commit', { ...plan, duplicates: 'skip' });
      });
      if (run.value.added !== ROWS) throw new Error(`Imported ${run.value.added} of ${ROWS} rows`);
      const label = `(10,000 rows, ${kind.toUpperCase()})`;
      return [
        report(`people import open+check+save ${label}`, Math.round(run.ms), 'ms', { op: '<=', limit: 2000 }),
        report(`people import longest event-loop block ${label}`, Math.round(run.longestBlockMs), 'ms', { op: '<=', limit: 100 }),
      ].every(Boolean);
    } finally {
      await core.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Importing a 10,000-row list of people, as XLSX and as CSV, end to end through the core. */
export async function benchPeopleImport(): Promise<boolean> {
  const data = rows();
  const results = [await importOnce('xlsx', data), await importOnce('csv', data)];
  return results.every(Boolean);
}

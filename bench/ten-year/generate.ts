import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeDocument } from '../../src-main/core/db/document-file.js';
import { mapWithLimit } from '../../src-main/core/db/map-limit.js';
import type { CollectionSpec } from '../../src-main/core/db/types.js';
import { programmesCollection } from '../../src-main/core/programmes/document.js';
import { reportRevisionsCollection, reportsCollection } from '../../src-main/core/report/store/documents.js';
import { foundationPeopleFile, generateDirectory } from './directory.js';
import { generateProgramme } from './generate-programme.js';
import { generateReport } from './generate-report.js';
import type { Scale } from './scale.js';

/**
 * Writes a data folder holding `scale`'s data in the app's own formats: people in the
 * foundation's single people.json (the first open migrates them), and one shard per programme,
 * per report and per report's revisions, each checked against its collection's schema and
 * written in its envelope, without the catalogs (the first open builds them). Every file is
 * synced before this resolves: gigabytes still waiting to be written back would otherwise slow
 * down every fsync the commits make.
 */
export async function writeDataFolder(dir: string, scale: Scale): Promise<void> {
  const people = generateDirectory(scale.people);
  await writeSynced(join(dir, 'people.json'), foundationPeopleFile(people));
  const programmes = shardWriter(dir, programmesCollection, (programme) => programme.id);
  const reports = shardWriter(dir, reportsCollection, (report) => report.id);
  const revisions = shardWriter(dir, reportRevisionsCollection, (stored) => stored.reportId);
  await Promise.all([programmes.ready, reports.ready, revisions.ready]);
  await mapWithLimit(range(scale.programmes), 16, (n) => programmes.write(generateProgramme(n, scale, people)));
  await mapWithLimit(range(scale.reports), 16, async (n) => {
    const generated = generateReport(n, scale);
    await revisions.write(generated.revisions);
    await reports.write(generated.report);
  });
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, n) => n);
}

/** Writes items of one collection as the app would: parsed by its schema, in its envelope, one file each. */
function shardWriter<T, S>(dir: string, spec: CollectionSpec<T, S>, idOf: (item: T) => string) {
  const folder = join(dir, spec.name);
  return {
    ready: mkdir(folder, { recursive: true }),
    write: (item: T) => writeSynced(join(folder, `${idOf(item)}.json`), serializeDocument(spec.schemaVersion, spec.schema.parse(item))),
  };
}

async function writeSynced(path: string, content: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

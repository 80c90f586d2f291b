import type { Cooperative } from './cooperative.js';
import { importReadError } from './read-error.js';
import { TableBuilder, type TableBody } from './table-builder.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';
import { entryContent, type EntryContent } from './zip-inflate.js';
import { spreadMerges } from './xlsx-merges.js';
import { parseRelationships, parseSharedStrings, parseStyles, parseWorkbook, resolvePath, type Relationship } from './xlsx-parts.js';
import { readSheet, type SheetContext } from './xlsx-sheet.js';

const OFFICE_DOCUMENT = /\/officeDocument$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;
const WORKSHEET = /\/worksheet$/;
const EMPTY: EntryContent = { chunks: [], size: 0 };

export interface XlsxTable extends TableBody {
  sheetName: string;
}

/**
 * Reads the first worksheet that has any data. Every part is inflated by our own ZIP code with
 * its declared size as a ceiling, after the whole directory was checked against the unpacked
 * limit, so a crafted workbook is refused before it costs memory.
 */
export async function readXlsx(bytes: Uint8Array, cooperative: Cooperative): Promise<XlsxTable> {
  const entries = readZipDirectory(bytes);
  const xml = new XlsxParts(bytes, entries);

  const rootRelationships = await parseRelationships(xml.read('_rels/.rels') ?? EMPTY, '', cooperative);
  const workbookPath = findTarget(rootRelationships, OFFICE_DOCUMENT) ?? 'xl/workbook.xml';
  const workbookXml = xml.read(workbookPath);
  // A ZIP without a workbook is a Word document, an OpenDocument file or an ordinary archive.
  if (workbookXml === null) throw importReadError('import.notSpreadsheet');
  const workbook = await parseWorkbook(workbookXml, cooperative);
  const workbookFolder = workbookPath.split('/').slice(0, -1).join('/');
  const relationshipsPath = `${workbookFolder}/_rels/${workbookPath.split('/').pop()!}.rels`.replace(/^\//, '');
  const relationships = await parseRelationships(xml.read(relationshipsPath) ?? EMPTY, workbookFolder, cooperative);

  const sharedStringsPath = findTarget(relationships, SHARED_STRINGS) ?? resolvePath(workbookFolder, 'sharedStrings.xml');
  const stylesPath = findTarget(relationships, STYLES) ?? resolvePath(workbookFolder, 'styles.xml');
  const context: SheetContext = {
    sharedStrings: await parseSharedStrings(xml.read(sharedStringsPath) ?? EMPTY, cooperative),
    displays: await parseStyles(xml.read(stylesPath) ?? EMPTY, cooperative),
    date1904: workbook.date1904,
  };

  // The first sheet the user sees comes first; hidden sheets (often lookup lists) only if no visible one has data.
  const inTurn = [...workbook.sheets.filter((sheet) => !sheet.hidden), ...workbook.sheets.filter((sheet) => sheet.hidden)];
  const sheets = inTurn.flatMap((sheet) => {
    const relationship = relationships.get(sheet.relationshipId);
    return relationship !== undefined && WORKSHEET.test(relationship.type) ? [{ name: sheet.name, path: relationship.target }] : [];
  });
  for (const [position, sheet] of sheets.entries()) {
    const sheetXml = xml.read(sheet.path);
    if (sheetXml === null) continue;
    // Reading cells is most of the work; building the table is the rest.
    const progress = (within: number): number => ((position + within) / sheets.length) * 0.9;
    const content = await readSheet(sheetXml, context, cooperative, progress);
    if (content.rows.length === 0) continue;
    spreadMerges(content.rows, content.merges);
    const builder = new TableBuilder();
    for (const row of content.rows) {
      builder.addRow(row.rowNumber, row.cells, row.widthFound);
      if (cooperative.due()) await cooperative.pause(0.9);
    }
    builder.countRowsNotKept(content.rowsNotKept);
    const body = builder.finish();
    builder.checkRowCount();
    return { ...body, sheetName: sheet.name };
  }
  throw importReadError('import.empty');
}

function findTarget(relationships: Map<string, Relationship>, type: RegExp): string | undefined {
  for (const relationship of relationships.values()) if (type.test(relationship.type)) return relationship.target;
  return undefined;
}

/** The XML parts of the package, each inflated only when asked for. */
class XlsxParts {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  read(path: string): EntryContent | null {
    const entry = this.entries.get(path) ?? this.findIgnoringCase(path);
    return entry === undefined ? null : entryContent(this.bytes, entry);
  }

  private findIgnoringCase(path: string): ZipEntry | undefined {
    const wanted = path.toLowerCase();
    for (const [name, entry] of this.entries) if (name.toLowerCase() === wanted) return entry;
    return undefined;
  }
}

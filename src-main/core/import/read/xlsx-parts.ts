import type { Cooperative } from './cooperative.js';
import type { EntryContent } from './zip-inflate.js';
import { numberDisplay, type NumberDisplay } from './excel-values.js';
import { attribute, decodeExcelEscapes, scanXml } from './xml-scan.js';

export interface Relationship {
  type: string;
  target: string;
}

/** `Id → { type, target }`, targets resolved to paths inside the ZIP. */
export async function parseRelationships(xml: EntryContent, basePath: string, cooperative: Cooperative): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>();
  await scanXml(xml, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const id = attribute(attributes, 'Id');
      const target = attribute(attributes, 'Target');
      if (id === undefined || target === undefined || attribute(attributes, 'TargetMode') === 'External') return;
      relationships.set(id, { type: attribute(attributes, 'Type') ?? '', target: resolvePath(basePath, target) });
    },
    close() {},
    text() {},
  }, cooperative);
  return relationships;
}

/** A target relative to the folder of the part that names it; "/xl/…" is from the ZIP root. */
export function resolvePath(baseFolder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseFolder.split('/').filter((part) => part !== '');
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

export interface WorkbookInfo {
  /** In tab order. */
  sheets: { name: string; relationshipId: string; hidden: boolean }[];
  date1904: boolean;
}

export async function parseWorkbook(xml: EntryContent, cooperative: Cooperative): Promise<WorkbookInfo> {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  await scanXml(xml, {
    open(name, attributes) {
      if (name === 'workbookPr') {
        const value = attribute(attributes, 'date1904');
        info.date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const relationshipId = attribute(attributes, 'id');
        const state = attribute(attributes, 'state');
        if (relationshipId !== undefined) info.sheets.push({ name: attribute(attributes, 'name') ?? '', relationshipId, hidden: state === 'hidden' || state === 'veryHidden' });
      }
    },
    close() {},
    text() {},
  }, cooperative);
  return info;
}

/**
 * The shared string table: each <si> is one string, plain or rich text (several runs). The
 * phonetic guides of East Asian text (<rPh>) are not part of what the cell shows.
 */
export async function parseSharedStrings(xml: EntryContent, cooperative: Cooperative): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phoneticDepth = 0;
  await scanXml(xml, {
    open(name, _attributes, selfClosing) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phoneticDepth += 1;
      else if (name === 't' && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 'si' && current !== null) {
        strings.push(decodeExcelEscapes(current.join('')));
        current = null;
      } else if (name === 'rPh') phoneticDepth -= 1;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && phoneticDepth === 0 && current !== null) current.push(text);
    },
  }, cooperative);
  return strings;
}

/** For each cell style index (the `s` of a cell), how a number in it is shown. */
export async function parseStyles(xml: EntryContent, cooperative: Cooperative): Promise<NumberDisplay[]> {
  const customFormats = new Map<number, string>();
  const displays: NumberDisplay[] = [];
  let inCellFormats = false;
  await scanXml(xml, {
    open(name, attributes) {
      if (name === 'numFmt') {
        const id = Number(attribute(attributes, 'numFmtId'));
        const code = attribute(attributes, 'formatCode');
        if (Number.isInteger(id) && code !== undefined) customFormats.set(id, code);
      } else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'xf' && inCellFormats) {
        const id = Number(attribute(attributes, 'numFmtId') ?? '0');
        displays.push(numberDisplay(id, customFormats.get(id)));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellFormats = false;
    },
    text() {},
  }, cooperative);
  return displays;
}

import { jsonrepair } from 'jsonrepair';
import type { z } from 'zod';
import { runMigrations } from './migrations.js';
import type { FileFormat } from './document-file.js';
import type { Salvaged } from './types.js';

const UTF8_BOM = '\uFEFF';
/** How often text past a point jsonrepair refuses (trailing garbage, a run of NUL bytes) is cut off and tried again. */
const REPAIR_ATTEMPTS = 4;

/**
 * Reads what is still whole in a damaged file of ours, for when no copy of it exists anywhere.
 *
 * The text is first made parseable (jsonrepair closes what a cut-off write left open; text
 * after a point it cannot make sense of is dropped). Repairing guesses, so nothing it made up
 * is kept: our files are written by JSON.stringify, so every value that was written whole
 * appears in the damaged text exactly as JSON.stringify gives it, followed by `,`, `}` or
 * `]`. A list keeps only its elements found so; an object keeps the fields found so and is
 * looked into where it is not whole itself. The result must then pass the same migrations and
 * schema as any file; where it does not (a required field was lost), null.
 */
export function salvageJson<T>(damagedText: string, format: FileFormat<T>): Salvaged<T> | null {
  const text = damagedText.startsWith(UTF8_BOM) ? damagedText.slice(1) : damagedText;
  const repaired = repairedJson(text);
  if (repaired === undefined || !isPlainObject(repaired)) return null;
  const kept = keepWhole(repaired, text);
  if (!isPlainObject(kept)) return null;
  const schemaVersion = typeof kept['schemaVersion'] === 'number' ? kept['schemaVersion'] : null;
  if (schemaVersion === null || !Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > format.schemaVersion) return null;
  // A file of which no field of its data is whole has nothing to keep: that is not a salvage.
  const data = kept['data'];
  if (!isPlainObject(data) || Object.keys(data).length === 0) return null;
  let migrated: unknown;
  try {
    migrated = runMigrations(data, schemaVersion, format.schemaVersion, format.migrations);
  } catch {
    return null;
  }
  const valid = validWithLostFieldsEmpty(migrated, format.schema);
  return valid === null ? null : { data: valid, records: null };
}

/** Enough rounds for the fields of a few nested objects that the cut lost. */
const MAX_FILL_ROUNDS = 50;

/**
 * A cut-off file loses the fields after the cut (a programme's attendance after its feedback).
 * Each required field that is absent is filled with the emptiest value its schema accepts: an
 * empty list, an empty object (whose own fields are filled in turn) or null; never a made-up text.
 * What was there is in the moved-aside file; the rest of the item is not given up for it.
 * Fields that are present but wrong are never changed: then the item is not salvaged.
 */
function validWithLostFieldsEmpty<T>(value: unknown, schema: z.ZodType<T>): T | null {
  const tried = new Map<string, number>();
  for (let round = 0; round < MAX_FILL_ROUNDS; round += 1) {
    const checked = schema.safeParse(value);
    if (checked.success) return checked.data;
    const issue = checked.error.issues[0];
    if (issue === undefined || issue.code !== 'invalid_type' || issue.path.length === 0) return null;
    const parent = valueAt(value, issue.path.slice(0, -1));
    const key = issue.path[issue.path.length - 1];
    if (!isPlainObject(parent) || typeof key !== 'string' || (parent[key] !== undefined && !tried.has(pathKey(issue.path)))) return null;
    const attempt = tried.get(pathKey(issue.path)) ?? 0;
    const empty = emptyValueFor(issue.expected, attempt);
    if (empty === NO_EMPTY_VALUE) return null;
    tried.set(pathKey(issue.path), attempt + 1);
    parent[key] = empty;
  }
  return null;
}

const NO_EMPTY_VALUE = Symbol('no empty value');

function emptyValueFor(expected: string, attempt: number): unknown {
  // Text is never made up: a required text the cut lost means the item is not salvaged.
  if (attempt > 0) return NO_EMPTY_VALUE;
  if (expected === 'array') return [];
  if (expected === 'object' || expected === 'record') return {};
  return null;
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function pathKey(path: ReadonlyArray<PropertyKey>): string {
  return JSON.stringify(path.map(String));
}

function repairedJson(text: string): unknown {
  let candidate = text;
  for (let attempt = 0; attempt < REPAIR_ATTEMPTS && candidate.length > 0; attempt += 1) {
    try {
      return JSON.parse(jsonrepair(candidate)) as unknown;
    } catch (error) {
      const position = (error as { position?: unknown }).position;
      if (typeof position !== 'number' || position <= 0 || position >= candidate.length) return undefined;
      candidate = candidate.slice(0, position);
    }
  }
  return undefined;
}

/** Bytes that were not UTF-8 decode to U+FFFD: a value holding one was damaged, whatever its shape. */
const REPLACEMENT_CHARACTER = '\uFFFD';

function isWhole(fragment: string, text: string): boolean {
  if (fragment.includes(REPLACEMENT_CHARACTER)) return false;
  return text.includes(`${fragment},`) || text.includes(`${fragment}}`) || text.includes(`${fragment}]`);
}

function keepWhole(value: unknown, text: string): unknown {
  if (Array.isArray(value)) {
    if (isWhole(JSON.stringify(value), text)) return value;
    return value.filter((element) => isWhole(JSON.stringify(element), text));
  }
  if (!isPlainObject(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const pair = `${JSON.stringify(key)}:${JSON.stringify(field)}`;
    if (isWhole(pair, text)) kept[key] = field;
    else if (Array.isArray(field) || isPlainObject(field)) kept[key] = keepWhole(field, text);
  }
  return kept;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Finds every whole object of the form `{"seq":…,"record":{…}}` anywhere in a damaged record
 * set file and keeps those that pass `schema`, newest per id: what can be saved of people
 * when the file's structure around them is lost (damage in its middle, its start cut away).
 */
export function scanSequencedRecords<E extends { seq: number; record: { id: string } }>(damagedText: string, schema: z.ZodType<E>): E[] {
  const newest = new Map<string, E>();
  const marker = '{"seq":';
  let from = damagedText.indexOf(marker);
  while (from !== -1) {
    const end = endOfObject(damagedText, from);
    let next = from + marker.length;
    if (end !== -1) {
      const parsed = parseOrUndefined(damagedText.slice(from, end + 1));
      const checked = schema.safeParse(parsed);
      if (checked.success) {
        const known = newest.get(checked.data.record.id);
        if (known === undefined || checked.data.seq > known.seq) newest.set(checked.data.record.id, checked.data);
        next = end + 1;
      }
    }
    from = damagedText.indexOf(marker, next);
  }
  return [...newest.values()];
}

/** The index of the `}` that closes the object opening at `start`, or -1 if the text ends first. */
function endOfObject(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      depth += 1;
    } else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) return char === '}' ? index : -1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

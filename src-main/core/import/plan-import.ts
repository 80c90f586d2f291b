import { randomUUID } from 'node:crypto';
import {
  checkText,
  type Category,
  type ColumnMapping,
  type ImportAnalysis,
  type ImportDuplicate,
  type ImportField,
  type ImportKrutiDevKept,
  type ImportRowIssue,
  type PersonInput,
} from '../contract/index.js';
import { AppError, isAppError } from '../errors.js';
import { nameAndPhoneKey } from '../people/duplicate-keys.js';
import { CATEGORY_NAME_MAX, type PeopleService } from '../people/service.js';
import { validatePerson, type CleanPerson } from '../people/validate.js';
import { cleanLine } from '../text/normalize.js';
import { KrutiDevCells } from './kruti-dev-cells.js';
import type { PendingImport } from './pending-imports.js';
import { columnLetter } from './read/index.js';
import { TimeSlices } from './time-slices.js';

/** Rows shown "as they would be saved" in the analysis. */
export const ANALYSIS_PREVIEW_ROWS = 10;

export interface PlanChoices {
  mapping: ColumnMapping;
  krutiDevColumns: readonly number[];
}

/** One data row of the file, checked: a clean person, or the reasons it cannot be imported. */
export interface PlannedRow {
  /** The row number Excel shows. */
  row: number;
  person: CleanPerson | null;
  issues: ImportRowIssue[];
  duplicate: ImportDuplicate | null;
  /** For a duplicate of an earlier row of the file: that row's position in `rows`. */
  earlierIndex: number | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  /** Categories the file names that do not exist yet, with the ids they will be created with. */
  newCategories: Category[];
  analysis: ImportAnalysis;
}

/** The directory fields validatePerson reports, by the import field (and column) they came from. */
const FIELD_OF_ISSUE: Record<string, ImportField> = {
  title: 'title',
  name: 'name',
  designation: 'designation',
  organisation: 'organisation',
  categoryId: 'category',
  phone: 'phone',
  email: 'email',
  notes: 'notes',
};

/**
 * Converts, cleans and checks every row against the directory's rules, and finds the rows that
 * are probably people already in the directory or earlier in the same file. Saves nothing.
 * Hands the event loop back every 10 ms or so and reports progress as it goes.
 */
export async function planImport(
  pending: PendingImport,
  choices: PlanChoices,
  people: PeopleService,
  onProgress: (fraction: number) => void,
): Promise<ImportPlan> {
  const { table } = pending;
  if (choices.mapping.name === undefined) throw new AppError('peopleImport.nameNotMapped');
  await people.whenDuplicateKeysReady();
  const krutiDev = new Set(choices.krutiDevColumns);
  const krutiDevCells = new KrutiDevCells();
  const krutiDevKept: ImportKrutiDevKept[] = [];
  const columnOf = (field: ImportField) => {
    const column = choices.mapping[field];
    return column === undefined ? { column: '', header: '' } : { column: columnLetter(column), header: table.headers[column] ?? '' };
  };
  const cellOf = (cells: readonly string[], field: ImportField, row: number): string => {
    const column = choices.mapping[field];
    if (column === undefined) return '';
    const cell = cells[column] ?? '';
    if (!krutiDev.has(column)) return cell;
    const { text, keptAsIs } = krutiDevCells.convert(cell);
    // The user is told which cells of a ticked column were not converted, so none goes unnoticed.
    if (keptAsIs) krutiDevKept.push({ row, ...columnOf(field), field });
    return text;
  };

  const categories = new CategoryResolver(people.listCategories());
  const byNameAndPhone = new Map<string, number>();
  const byEmail = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const slices = new TimeSlices();
  const preview: ImportAnalysis['preview'] = [];

  for (const [index, cells] of table.rows.entries()) {
    if (slices.due()) {
      onProgress(index / table.rows.length);
      await slices.pause();
    }
    const row = table.rowNumbers[index] ?? index + 2;
    const issues: ImportRowIssue[] = [];
    const issue = (field: ImportField, code: string, params?: Record<string, string | number>) =>
      issues.push({ row, ...columnOf(field), field, code, ...(params ? { params } : {}) });

    // The same text rule as the category form's (and every other field's, through validatePerson).
    const { value: categoryName, issue: categoryIssue } = checkText(cellOf(cells, 'category', row), { max: CATEGORY_NAME_MAX });
    let categoryId: string | null = null;
    if (categoryIssue !== null) issue('category', categoryIssue.code, categoryIssue.params);
    else if (categoryName !== '') categoryId = categories.idFor(categoryName);
    const genderCell = cleanLine(cellOf(cells, 'gender', row));
    const gender = genderOf(genderCell);
    if (gender === undefined) issue('gender', 'field.invalidChoice');
    const raw: PersonInput = {
      title: cellOf(cells, 'title', row),
      name: cellOf(cells, 'name', row),
      gender: gender ?? null,
      designation: cellOf(cells, 'designation', row),
      organisation: cellOf(cells, 'organisation', row),
      categoryId,
      phone: cellOf(cells, 'phone', row),
      email: cellOf(cells, 'email', row),
      notes: cellOf(cells, 'notes', row),
    };
    let person: CleanPerson | null = null;
    try {
      person = validatePerson(raw, categories.all());
    } catch (error) {
      if (!isAppError(error)) throw error;
      for (const field of error.details?.fields ?? []) issue(FIELD_OF_ISSUE[field.field] ?? 'name', field.code, field.params);
    }
    if (issues.length > 0) person = null;

    let duplicate: ImportDuplicate | null = null;
    let earlierIndex: number | null = null;
    if (person !== null) {
      const existing = people.likelyDuplicates(person)[0];
      const key = nameAndPhoneKey(person);
      const earlier = byNameAndPhone.get(key) ?? (person.email === '' ? undefined : byEmail.get(person.email));
      if (existing) {
        const reason = person.email !== '' && existing.email === person.email ? 'email' : 'namePhone';
        duplicate = { row, name: person.name, reason, existingId: existing.id, existingName: existing.name };
      } else if (earlier !== undefined) {
        earlierIndex = earlier;
        duplicate = { row, name: person.name, reason: 'inFile', existingId: null, existingName: rows[earlier]?.person?.name ?? '' };
      }
      if (!byNameAndPhone.has(key)) byNameAndPhone.set(key, index);
      if (person.email !== '' && !byEmail.has(person.email)) byEmail.set(person.email, index);
    }
    rows.push({ row, person, issues, duplicate, earlierIndex });

    if (preview.length < ANALYSIS_PREVIEW_ROWS) {
      preview.push({
        row,
        name: person?.name ?? cleanLine(raw.name),
        designation: person?.designation ?? cleanLine(raw.designation ?? ''),
        organisation: person?.organisation ?? cleanLine(raw.organisation ?? ''),
        category: categoryName,
        phone: person?.phone ?? cleanLine(raw.phone ?? ''),
        email: person?.email ?? cleanLine(raw.email ?? ''),
      });
    }
  }
  onProgress(1);

  const newCategories = categories.created();
  return {
    rows,
    newCategories,
    analysis: {
      rowCount: rows.length,
      ready: rows.filter((entry) => entry.person !== null && entry.duplicate === null).length,
      invalid: rows.flatMap((entry) => entry.issues),
      invalidRows: rows.filter((entry) => entry.person === null).length,
      duplicates: rows.flatMap((entry) => (entry.duplicate ? [entry.duplicate] : [])),
      newCategories: newCategories.map((category) => category.name),
      krutiDevKept,
      preview,
    },
  };
}

/** Finds categories by name, as the user would (case does not matter), and makes up the new ones. */
class CategoryResolver {
  private readonly byName = new Map<string, Category>();
  private readonly fresh: Category[] = [];
  private readonly known: Category[];

  constructor(existing: readonly Category[]) {
    this.known = [...existing];
    for (const category of existing) this.byName.set(categoryKey(category.name), category);
  }

  idFor(name: string): string {
    const key = categoryKey(name);
    const found = this.byName.get(key);
    if (found) return found.id;
    const category: Category = { id: randomUUID(), name };
    this.byName.set(key, category);
    this.fresh.push(category);
    this.known.push(category);
    return category.id;
  }

  all(): readonly Category[] {
    return this.known;
  }

  created(): Category[] {
    return [...this.fresh];
  }
}

function categoryKey(name: string): string {
  // Devanagari has no letter case, so the locale-free (and much faster) lowercase is enough.
  return name.toLowerCase();
}

/** The words a spreadsheet uses for a gender; an empty cell is "not given", anything else unknown (undefined). */
const GENDER_WORDS: Readonly<Record<string, 'male' | 'female'>> = {
  पुरुष: 'male',
  पु: 'male',
  male: 'male',
  m: 'male',
  man: 'male',
  महिला: 'female',
  स्त्री: 'female',
  म: 'female',
  female: 'female',
  f: 'female',
  woman: 'female',
};

function genderOf(cell: string): 'male' | 'female' | null | undefined {
  if (cell === '') return null;
  return GENDER_WORDS[cell.toLowerCase().replace(/[.\s]+/gu, '')];
}

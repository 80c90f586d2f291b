import { randomUUID } from 'node:crypto';
import type { ChannelOutput, DuplicateChoice } from '../contract/index.js';
import { AppError } from '../errors.js';
import { fillEmptyFields, type PeopleService } from '../people/service.js';
import type { CleanPerson } from '../people/validate.js';
import type { ImportBatches } from './import-batches.js';
import type { ImportPlan } from './plan-import.js';

export interface CommitChoices {
  duplicates: DuplicateChoice;
  skipInvalid: boolean;
}

/** Where a row's person ends up: a new person (by position in `add`) or someone already in the directory. */
type Target = { kind: 'new'; position: number } | { kind: 'existing'; id: string };

/**
 * Saves a checked plan: refuses it whole while it has bad rows (unless the user chose to skip
 * them), applies the user's choice for duplicates, and writes everything, with its undo record,
 * in one commit of the directory.
 */
export async function commitImport(
  plan: ImportPlan,
  choices: CommitChoices,
  deps: { people: PeopleService; batches: ImportBatches; fileName: string },
): Promise<ChannelOutput<'import:commit'>> {
  const { invalidRows } = plan.analysis;
  if (invalidRows > 0 && !choices.skipInvalid) throw new AppError('peopleImport.invalidRows', { params: { count: invalidRows } });

  const add: CleanPerson[] = [];
  const merges = new Map<string, CleanPerson>();
  const targets: Array<Target | null> = [];
  let skipped = invalidRows;
  let mergedRows = 0;

  const addNew = (person: CleanPerson): Target => {
    add.push(person);
    return { kind: 'new', position: add.length - 1 };
  };
  const mergeInto = (target: Target, person: CleanPerson): Target => {
    mergedRows += 1;
    if (target.kind === 'new') add[target.position] = fillEmptyFields(add[target.position]!, person);
    else merges.set(target.id, fillEmptyFields(merges.get(target.id) ?? person, person));
    return target;
  };

  for (const row of plan.rows) {
    const { person, duplicate } = row;
    if (person === null) {
      targets.push(null);
      continue;
    }
    if (duplicate === null || choices.duplicates === 'add') {
      targets.push(addNew(person));
    } else if (choices.duplicates === 'skip') {
      skipped += 1;
      targets.push(null);
    } else if (duplicate.existingId !== null) {
      targets.push(mergeInto({ kind: 'existing', id: duplicate.existingId }, person));
    } else {
      const earlier = row.earlierIndex === null ? null : targets[row.earlierIndex];
      targets.push(earlier ? mergeInto(earlier, person) : addNew(person));
    }
  }
  if (add.length === 0 && merges.size === 0) throw new AppError('peopleImport.nothingToImport');

  const usedCategoryIds = new Set([...add, ...merges.values()].map((person) => person.categoryId));
  const batchId = randomUUID();
  let recorded = false;
  try {
    await deps.people.importPeople(
      {
        add,
        merge: [...merges].map(([id, from]) => ({ id, from })),
        newCategories: plan.newCategories.filter((category) => usedCategoryIds.has(category.id)),
      },
      async (record) => {
        await deps.batches.record(batchId, deps.fileName, record);
        recorded = true;
      },
    );
  } catch (error) {
    if (recorded) await deps.batches.abandon(batchId).catch(() => undefined);
    throw error;
  }
  return { batchId, added: add.length, merged: mergedRows, skipped };
}

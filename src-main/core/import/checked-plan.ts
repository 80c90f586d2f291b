import type { PeopleService } from '../people/service.js';
import type { PendingImport } from './pending-imports.js';
import { planImport, type ImportPlan, type PlanChoices } from './plan-import.js';

/**
 * The check of a file for the given choices. The dialog analyses after every change and the
 * import then commits the same choices; when neither the choices nor the directory changed in
 * between, the commit reuses that check instead of doing the work twice.
 */
export async function checkedPlan(
  file: PendingImport,
  choices: PlanChoices,
  people: PeopleService,
  onProgress: (fraction: number) => void,
): Promise<ImportPlan> {
  const key = JSON.stringify({
    mapping: Object.entries(choices.mapping).sort(([a], [b]) => a.localeCompare(b)),
    krutiDevColumns: [...choices.krutiDevColumns].sort((a, b) => a - b),
    directory: people.revision(),
    categories: people.listCategories(),
  });
  if (file.lastPlan?.key === key) return file.lastPlan.plan;
  const plan = await planImport(file, choices, people, onProgress);
  file.lastPlan = { key, plan };
  return plan;
}

import type { Lists, ListEntry, ProgrammeSummary } from '../contract/index.js';

/** The lists a programme points into by id (a person keeps a title's text, so titles are not among them). */
type ReferencedList = 'programmeKinds' | 'roles' | 'activities' | 'feedbackCategories';

/** The name a recreated entry gets, numbered, for the secretary to rename: "recovered kind 1"… */
export const RECOVERED_ENTRY_NAMES: Record<ReferencedList, string> = {
  programmeKinds: 'पुनर्प्राप्त प्रकार',
  roles: 'पुनर्प्राप्त भूमिका',
  activities: 'पुनर्प्राप्त गतिविधि',
  feedbackCategories: 'पुनर्प्राप्त टिप्पणी श्रेणी',
};

function idsUsedIn(list: ReferencedList, summary: ProgrammeSummary): readonly string[] {
  switch (list) {
    case 'programmeKinds':
      return summary.kindId === null ? [] : [summary.kindId];
    case 'roles':
      return summary.roleIds;
    case 'activities':
      return summary.activityIds;
    case 'feedbackCategories':
      return summary.feedbackCategoryIds;
  }
}

/**
 * After lists.json was brought back from an older copy or rebuilt from a damaged one,
 * programmes (removed ones too, as they can be restored) may point at a kind, role, activity
 * or feedback category it no longer has. Each such entry is recreated under its old id with a
 * name that says so, for the secretary to rename, so that no programme, report or count loses
 * it. Works from the catalog's summaries alone: no programme file is read. Null when nothing dangles.
 */
export function recreateMissingListEntries(lists: Lists, summaries: Iterable<ProgrammeSummary>): { lists: Lists; recreated: string[] } | null {
  const all = [...summaries];
  const repaired: Lists = { ...lists };
  const recreated: string[] = [];
  for (const list of Object.keys(RECOVERED_ENTRY_NAMES) as ReferencedList[]) {
    const known = new Set(lists[list].map((entry) => entry.id));
    const takenNames = new Set(lists[list].map((entry) => entry.name));
    const added: ListEntry[] = [];
    let number = 0;
    for (const summary of all) {
      for (const id of idsUsedIn(list, summary)) {
        if (known.has(id)) continue;
        known.add(id);
        let name: string;
        do {
          number += 1;
          name = `${RECOVERED_ENTRY_NAMES[list]} ${number}`;
        } while (takenNames.has(name));
        takenNames.add(name);
        added.push({ id, name });
      }
    }
    if (added.length > 0) {
      repaired[list] = [...lists[list], ...added];
      recreated.push(...added.map((entry) => entry.name));
    }
  }
  return recreated.length === 0 ? null : { lists: repaired, recreated };
}

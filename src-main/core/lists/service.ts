import { randomUUID } from 'node:crypto';
import { TEXT_LIMITS, type ChannelParsedInput, type FieldIssue, type ListEntry, type ListName, type Lists } from '../contract/index.js';
import type { DurableDocument } from '../db/types.js';
import { AppError } from '../errors.js';
import { FieldChecker } from '../programmes/field-checker.js';

export interface ListsServiceOptions {
  /** How many programmes use an entry; removed programmes count, since they can be restored. */
  countUsing: (list: ListName, entryId: string) => number;
  onChange: () => void;
}

/** The editable lists: programme kinds, roles, activities and rituals, feedback categories. */
export class ListsService {
  constructor(
    private readonly doc: DurableDocument<Lists>,
    private readonly options: ListsServiceOptions,
  ) {}

  get(): Lists {
    return this.doc.read();
  }

  /**
   * Replaces one list. Renaming is always allowed (programmes refer to entries by id); removing
   * an entry that any programme still uses is refused, naming the entry and how many use it.
   */
  async update({ list, items }: ChannelParsedInput<'lists:update'>): Promise<Lists> {
    const current = this.doc.read()[list];
    const check = new FieldChecker();
    const seenNames = new Set<string>();
    const seenIds = new Set<string>();
    const next: ListEntry[] = items.map((item, index) => {
      const name = check.line(`items.${index}.name`, item.name, TEXT_LIMITS.line, true);
      const key = name.toLocaleLowerCase('hi');
      if (name !== '' && seenNames.has(key)) check.add(`items.${index}.name`, 'field.duplicate');
      seenNames.add(key);
      if (item.id === undefined) return { id: randomUUID(), name };
      if (!current.some((entry) => entry.id === item.id) || seenIds.has(item.id)) check.add(`items.${index}.id`, 'field.invalidChoice');
      seenIds.add(item.id);
      return { id: item.id, name };
    });
    check.finish();

    const inUse: FieldIssue[] = current
      .filter((entry) => !seenIds.has(entry.id))
      .flatMap((entry) => {
        const count = this.options.countUsing(list, entry.id);
        return count === 0 ? [] : [{ field: 'items', code: 'field.inUse' as const, params: { name: entry.name, count } }];
      });
    if (inUse.length > 0) throw new AppError('lists.entryInUse', { fields: inUse });

    const saved = await this.doc.update((data) => ({ ...data, [list]: next }));
    this.options.onChange();
    return saved;
  }
}

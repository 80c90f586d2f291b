import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';
import type { RunLook } from './docx-runs.js';
import { runLook } from './docx-runs.js';

/** Word allows nine list levels; deeper lists stay on the last one rather than losing their numbers. */
export const MAX_LIST_LEVEL = 8;
const LEVEL_INDENT_TWIPS = 567;
export const LIST_HANGING_TWIPS = 360;
const BULLETS = ['•', '◦', '▪'];

export function listIndentTwips(level: number): number {
  return LEVEL_INDENT_TWIPS * (Math.min(level, MAX_LIST_LEVEL) + 1);
}

function levels(kind: 'bullet' | 'ordered', start: number, look: RunLook): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: kind === 'bullet' ? (BULLETS[level % BULLETS.length] ?? '•') : `%${level + 1}.`,
    alignment: AlignmentType.START,
    start,
    style: {
      run: runLook(look),
      paragraph: { indent: { left: listIndentTwips(level), hanging: LIST_HANGING_TWIPS } },
    },
  }));
}

/**
 * Hands out Word numbering: one definition per kind of list (and per first number of ordered
 * lists), and a new instance for every list in the report, so each list counts from its own start.
 */
export class ListNumbering {
  private readonly definitions = new Map<string, NumberingDefinition>();
  private lastInstance = 0;

  constructor(private readonly look: RunLook) {}

  newList(kind: 'bullet' | 'ordered', start = 1): { reference: string; instance: number } {
    const reference = kind === 'bullet' ? 'report-bullets' : `report-numbers-from-${start}`;
    if (!this.definitions.has(reference)) this.definitions.set(reference, { reference, levels: levels(kind, start, this.look) });
    this.lastInstance += 1;
    return { reference, instance: this.lastInstance };
  }

  /** Every definition the report used, for the document's numbering part. */
  config(): NumberingDefinition[] {
    return [...this.definitions.values()];
  }
}

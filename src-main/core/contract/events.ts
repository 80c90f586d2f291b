import { z } from 'zod';
import { menuCommandSchema, noticeSchema } from './app.js';
import { backupProgressSchema } from './backup.js';
import { importProgressSchema } from './people-import.js';
import { settingsSchema } from './settings.js';
import type { EventNameList } from './names.js';

/** Push events from main to the renderer, each with the payload schema it carries. */
export const events = {
  'data:changed': z.object({ domain: z.enum(['people', 'categories', 'settings', 'programmes', 'feedback', 'lists', 'citations', 'organisation', 'attendance', 'reports']) }),
  'settings:changed': settingsSchema,
  'app:notice': noticeSchema,
  'import:progress': importProgressSchema,
  /** A backup file was opened from outside the app; the renderer offers to restore it. */
  'backup:opened': z.object({}),
  'backup:progress': backupProgressSchema,
  /** The window is about to close: save what the editors still hold, then call app:editsSaved. */
  'app:saveEdits': z.object({}),
  /** A menu item was chosen: act as if its shortcut (written as in the help sheet, e.g. "Control+N") was pressed, or open its screen. */
  'app:command': menuCommandSchema,
} as const satisfies { [K in EventNameList]: z.ZodType };

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

import { z } from 'zod';
import { noticeSchema } from './app.js';
import { settingsSchema } from './settings.js';
import type { EventNameList } from './names.js';

/** Push events from main to the renderer, each with the payload schema it carries. */
export const events = {
  'data:changed': z.object({ domain: z.enum(['people', 'categories', 'settings', 'programmes', 'feedback', 'lists', 'citations', 'organisation']) }),
  'settings:changed': settingsSchema,
  'app:notice': noticeSchema,
} as const satisfies { [K in EventNameList]: z.ZodType };

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

import { z } from 'zod';
import { appInfoSchema } from './app.js';
import {
  categorySchema,
  peopleSearchInputSchema,
  peopleSearchOutputSchema,
  personInputSchema,
  personSchema,
} from './people.js';
import { settingsPatchSchema, settingsSchema } from './settings.js';
import type { ChannelName } from './names.js';

type ChannelSpec = { input: z.ZodType; output: z.ZodType };

const none = z.object({}).strict().default({});
const byId = z.object({ id: z.string().min(1).max(100) }).strict();

/**
 * The one channel map between renderer and main. Handler types, the preload's allow-list
 * and the renderer's typed call() are all derived from it, so a channel without a handler
 * does not compile.
 */
export const channels = {
  'app:info': { input: none, output: appInfoSchema },
  'app:dismissNotice': { input: byId, output: z.null() },

  'settings:get': { input: none, output: settingsSchema },
  'settings:update': { input: settingsPatchSchema.strict(), output: settingsSchema },

  'people:search': { input: peopleSearchInputSchema.strict(), output: peopleSearchOutputSchema },
  'people:get': { input: byId, output: personSchema },
  'people:create': {
    input: z.object({ person: personInputSchema.strict(), allowDuplicate: z.boolean().default(false) }).strict(),
    output: personSchema,
  },
  'people:update': {
    input: z
      .object({ id: z.string().min(1).max(100), person: personInputSchema.strict(), allowDuplicate: z.boolean().default(false) })
      .strict(),
    output: personSchema,
  },
  'people:remove': { input: byId, output: personSchema },
  'people:restore': { input: byId, output: personSchema },

  'categories:list': { input: none, output: z.array(categorySchema) },
  'categories:create': { input: z.object({ name: z.string().max(100_000) }).strict(), output: categorySchema },
  'categories:rename': { input: z.object({ id: z.string().min(1).max(100), name: z.string().max(100_000) }).strict(), output: categorySchema },
  'categories:remove': { input: byId, output: categorySchema },
} as const satisfies { [K in ChannelName]: ChannelSpec };

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>;


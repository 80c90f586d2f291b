import { z } from 'zod';
import { settingsSchema, type Settings } from '../contract/index.js';
import type { DocumentSpec } from '../db/types.js';

export const DEFAULT_SETTINGS: Settings = { language: 'hi', digits: 'latn' };

export const settingsDocument: DocumentSpec<Settings> = {
  name: 'settings',
  schemaVersion: 1,
  migrations: [],
  schema: settingsSchema,
  defaults: () => ({ ...DEFAULT_SETTINGS }),
};

const windowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});

export const uiStateSchema = z.object({ window: windowBoundsSchema.nullable() });
export type UiState = z.infer<typeof uiStateSchema>;

/** Where the window was; kept apart from settings because it changes on every resize. */
export const uiStateDocument: DocumentSpec<UiState> = {
  name: 'ui-state',
  schemaVersion: 1,
  migrations: [],
  schema: uiStateSchema,
  defaults: () => ({ window: null }),
};

import { z } from 'zod';

/**
 * Something the user must be told about once the window is up, e.g. a damaged data file
 * that was moved aside and replaced by its newest good copy.
 */
export const noticeSchema = z.object({
  id: z.string(),
  kind: z.enum(['damagedFileRecovered', 'damagedFileReset', 'damagedFileSalvaged', 'unfinishedSaveRecovered', 'missingCategoriesRecreated', 'missingListEntriesRecreated']),
  file: z.string(),
  movedTo: z.string().optional(),
  restoredFrom: z.string().optional(),
  at: z.string(),
  /** What the file holds, by its document or folder name ('programmes', 'reports', 'people', 'settings'…). */
  subject: z.string().max(100).optional(),
  /** The programme's or report's title, so the user knows which one it was. */
  title: z.string().max(2_000).optional(),
  /** Where the data brought back came from, and when that copy was made (ISO). */
  source: z.enum(['temp', 'backup', 'archive']).optional(),
  dataFrom: z.string().optional(),
  /** How many records were read whole from a damaged file that no copy held. */
  salvagedRecords: z.number().int().nonnegative().optional(),
  /** Automatic backups that were themselves damaged and were passed over (their file names). */
  damagedArchives: z.array(z.string().max(10_000)).max(100).optional(),
  /** The names given to recreated categories or list entries. */
  recreated: z.array(z.string().max(200)).max(1_000).optional(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  notices: z.array(noticeSchema),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/**
 * What the open screen can do from the File menu (and with its shortcut): the window reports
 * the ones it offers whenever the screen changes, so the menu greys out the others.
 */
export const SCREEN_COMMAND_IDS = ['save', 'print', 'export'] as const;
export type ScreenCommandId = (typeof SCREEN_COMMAND_IDS)[number];
/** Their keys, written as in the renderer's shortcut list: the File menu and the window both read them here. */
export const SCREEN_COMMAND_KEYS: Record<ScreenCommandId, string> = { save: 'Control+S', print: 'Control+P', export: 'Control+E' };
export const SCREEN_COMMANDS: ReadonlyArray<{ id: ScreenCommandId; keys: string }> = SCREEN_COMMAND_IDS.map((id) => ({ id, keys: SCREEN_COMMAND_KEYS[id] }));
export const screenCommandsInputSchema = z.object({ available: z.array(z.enum(SCREEN_COMMAND_IDS)).max(SCREEN_COMMAND_IDS.length) }).strict();

/** A menu item that was chosen: the shortcut it stands for, or a screen it opens that has no shortcut. */
export const menuCommandSchema = z.union([z.object({ keys: z.string().max(40) }).strict(), z.object({ open: z.enum(['about']) }).strict()]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

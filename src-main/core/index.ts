import type { EventName, EventPayload, MenuCommand, ScreenCommandId, Settings } from './contract/index.js';
import type { Dispatch } from './dispatch.js';
import type { PickOpenFile, PickSaveFile } from './export/ports.js';
import type { Printer, SystemPrint } from './print/printer.js';

export interface WindowBounds {
  x?: number | undefined;
  y?: number | undefined;
  width: number;
  height: number;
  maximized: boolean;
}

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Everything the shell (or a test harness) needs from the core. */
export interface Core {
  readonly dataDir: string;
  /** Validates and runs one renderer request; always resolves with an envelope. */
  dispatch: Dispatch;
  /** Subscribes to push events for the renderer; returns an unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  settings(): Settings;
  windowBounds(): WindowBounds | null;
  saveWindowBounds(bounds: WindowBounds): Promise<void>;
  /** Resolves when every write started so far has reached disk (or failed). */
  flush(): Promise<void>;
  /**
   * Asks the window to save the edits it still holds (app:saveEdits) and resolves when it has
   * answered or `timeoutMs` passed. The shell calls it before closing the window or the core.
   */
  saveRendererEdits(timeoutMs: number): Promise<'saved' | 'notSaved' | 'timedOut'>;
  /** Tells the window a menu item was chosen: by the shortcut it stands for ({ keys: "Control+N" }), or the screen it opens. */
  menuCommand(command: MenuCommand): void;
  /** The File-menu commands (save, print, export) the window's open screen offers. */
  screenCommands(): readonly ScreenCommandId[];
  /** Called when the open screen's commands change, so the shell can grey out the rest; returns an unsubscribe function. */
  onScreenCommandsChanged(listener: (available: readonly ScreenCommandId[]) => void): () => void;
  /**
   * Takes the automatic backup of the data folder that quitting makes (skipped after a reset
   * file this session or with a restore waiting for the next start). The shell calls it before
   * close(); it never rejects, since quitting must go on.
   */
  backupOnQuit(): Promise<void>;
  /**
   * A backup archive the user opened from outside the app (the system passed its path when
   * starting Sachiv, or to the running copy); the window is told and offers to restore it.
   */
  offerBackupFile(path: string): void;
  /** Flushes, waits for any backup in progress and releases the data-folder lock. */
  close(): Promise<void>;
}

export interface OpenCoreOptions {
  dataDir: string;
  appVersion: string;
  /** Where unexpected errors go; defaults to console.error. */
  log?: (message: string, error?: unknown) => void;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** Asks the user where to save an exported file; without it, exports report export.unavailable. */
  pickSaveFile?: PickSaveFile;
  /** Asks the user which backup archive to restore; without it, restore reports backup.unavailable. */
  pickOpenFile?: PickOpenFile;
  /**
   * Called after a restore was staged: the shell closes the core and starts the app again,
   * and the next openCore puts the restored data in place before it loads anything.
   */
  onRestartRequired?: () => void;
  /** Turns print templates into PDF: Electron's hidden window in the app, Chromium in tests; without it, PDFs report export.unavailable. */
  printer?: Printer;
  /** The system print dialog; only the app's shell has one. */
  systemPrint?: SystemPrint;
  /** Whether to take the once-a-day automatic backup on open; on unless a test turns it off. */
  dailyBackup?: boolean;
}

export { openCore } from './open-core.js';
export type { PdfJob, Printer, SystemPrint } from './print/printer.js';
export { AppError } from './errors.js';
export type { ExportFormat, OpenFileRequest, OpenFormat, PickOpenFile, PickSaveFile, SaveFileRequest } from './export/ports.js';

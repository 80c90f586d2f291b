const BACKUP_EXTENSION = '.sachiv-backup';

/**
 * The backup archive named on a command line, if any: Windows and Linux start an app with the
 * path of the file that was double-clicked (or pass it to the running copy's second-instance
 * event). Switches such as --inspect or --data-dir=… are never taken for a file. Pure.
 */
export function backupFileIn(argv: readonly string[]): string | null {
  const files = argv.slice(1).filter((argument) => !argument.startsWith('-') && argument.toLowerCase().endsWith(BACKUP_EXTENSION));
  return files.at(-1) ?? null;
}

import { app } from 'electron';

/**
 * Claims the single-instance lock. A second launch (a double click on the icon, or on a backup
 * file, while Sachiv is already open) exits and hands its command line to the first copy.
 */
export function claimSingleInstance(onSecondLaunch: (argv: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv) => onSecondLaunch(argv));
  return true;
}

import { app } from 'electron';

/**
 * Claims the single-instance lock. A second launch (a double click on the icon while Sachiv
 * is already open) exits and brings the first copy's window forward instead.
 */
export function claimSingleInstance(onSecondLaunch: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', onSecondLaunch);
  return true;
}

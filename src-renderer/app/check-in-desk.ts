import { call } from '../lib/api';

/** A programme's own screens: its editor, feedback log and attendance desk ("new" is no programme yet). */
const PROGRAMME_SCREEN = /^\/programmes\/([^/]+)(?:\/(?:feedback|attendance))?$/;

/** Today as 'YYYY-MM-DD' on this computer's calendar, the way programme days are stored. */
function localToday(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Where Ctrl+Shift+A leads: the desk of the programme on screen; otherwise the desk of the one
 * programme held today; otherwise (none today, or several) the list to pick one from.
 */
export async function checkInDeskPath(pathname: string, now: Date): Promise<string> {
  const onScreen = PROGRAMME_SCREEN.exec(pathname)?.[1];
  if (onScreen !== undefined && onScreen !== 'new') return `/programmes/${onScreen}/attendance`;
  const today = localToday(now);
  const held = await call('programmes:list', { from: today, to: today, limit: 2 });
  const only = held.total === 1 ? held.items[0] : undefined;
  return only === undefined ? '/attendance' : `/programmes/${only.id}/attendance`;
}

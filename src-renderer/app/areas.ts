/** The main areas in navigation order; Alt+<position> opens each one. */
export const AREAS = [
  { id: 'workshops', path: '/programmes' },
  { id: 'people', path: '/people' },
  { id: 'attendance', path: '/attendance' },
  { id: 'feedback', path: '/feedback' },
  { id: 'reports', path: '/reports' },
  { id: 'settings', path: '/settings' },
] as const;

export type Area = (typeof AREAS)[number];
export type AreaId = Area['id'];

export function shortcutFor(position: number): string {
  return `Alt+${position + 1}`;
}

/** Where Ctrl+K leads; the people page focuses its search box when it sees this state. */
export const FOCUS_SEARCH_STATE = 'focusSearch';

/** Where Ctrl+Shift+N leads; the people page opens its "add a person" form when it sees this state. */
export const NEW_PERSON_STATE = 'newPerson';

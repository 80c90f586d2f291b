/** The main areas in navigation order; Alt+<position> opens each one. */
export const AREAS = [
  { id: 'workshops', path: '/programmes', built: true },
  { id: 'people', path: '/people', built: true },
  { id: 'attendance', path: '/attendance', built: true },
  { id: 'feedback', path: '/feedback', built: true },
  { id: 'reports', path: '/reports', built: false },
  { id: 'settings', path: '/settings', built: true },
] as const;

export type Area = (typeof AREAS)[number];
export type AreaId = Area['id'];
export type UnbuiltAreaId = Extract<Area, { built: false }>['id'];

export function shortcutFor(position: number): string {
  return `Alt+${position + 1}`;
}

/** Where Ctrl+K leads; the people page focuses its search box when it sees this state. */
export const FOCUS_SEARCH_STATE = 'focusSearch';

/** Where Ctrl+Shift+N leads; the people page opens its "add a person" form when it sees this state. */
export const NEW_PERSON_STATE = 'newPerson';

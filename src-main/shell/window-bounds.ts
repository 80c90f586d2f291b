import type { WindowBounds } from '../core/index.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

/** How much of a saved window must still be on a screen for its position to be kept. */
const MIN_VISIBLE = { width: 120, height: 80 } as const;

/**
 * Where to open the window, given what was saved last time and the work areas of the screens
 * attached now. A window saved on a monitor that is gone (a projector, a docking station)
 * opens centred on the primary screen; one hanging off an edge is moved fully onto its
 * screen; one bigger than its screen is shrunk to fit. The first work area is the primary.
 */
export function fitWindowBounds(saved: WindowBounds | null, workAreas: readonly Rect[]): WindowBounds {
  const primary = workAreas[0];
  const wanted = saved ?? { ...DEFAULT_WINDOW_SIZE, maximized: false };
  if (primary === undefined) return { width: wanted.width, height: wanted.height, maximized: wanted.maximized };

  const savedRect = saved?.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : null;
  const host = savedRect === null ? null : bestVisibleArea(savedRect, workAreas);
  if (saved === null || savedRect === null || host === null) {
    return {
      width: fitLength(wanted.width, primary.width, MIN_WINDOW_SIZE.width),
      height: fitLength(wanted.height, primary.height, MIN_WINDOW_SIZE.height),
      maximized: wanted.maximized,
    };
  }

  const width = fitLength(saved.width, host.width, MIN_WINDOW_SIZE.width);
  const height = fitLength(saved.height, host.height, MIN_WINDOW_SIZE.height);
  return {
    x: clamp(savedRect.x, host.x, host.x + host.width - width),
    y: clamp(savedRect.y, host.y, host.y + host.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}

function bestVisibleArea(window: Rect, workAreas: readonly Rect[]): Rect | null {
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlapWidth = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
    const overlapHeight = Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
    if (overlapWidth < MIN_VISIBLE.width || overlapHeight < MIN_VISIBLE.height) continue;
    if (overlapWidth * overlapHeight > bestArea) {
      best = area;
      bestArea = overlapWidth * overlapHeight;
    }
  }
  return best;
}

/** At least the minimum size (unless the screen itself is smaller), at most the screen. */
function fitLength(wanted: number, available: number, minimum: number): number {
  const usable = Number.isFinite(wanted) && wanted > 0 ? Math.round(wanted) : available;
  return Math.min(Math.max(usable, minimum), available);
}

function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(value, min), Math.max(min, max)));
}

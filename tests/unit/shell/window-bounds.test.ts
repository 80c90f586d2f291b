import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, fitWindowBounds, MIN_WINDOW_SIZE, type Rect } from '../../../src-main/shell/window-bounds.js';

const laptop: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const monitorOnRight: Rect = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('fitWindowBounds', () => {
  it('opens at the default size, centred by Electron, the first time', () => {
    expect(fitWindowBounds(null, [monitorOnRight])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('shrinks the default size to a small screen', () => {
    expect(fitWindowBounds(null, [laptop])).toEqual({ width: DEFAULT_WINDOW_SIZE.width, height: 728, maximized: false });
  });

  it('reopens exactly where it was when that place is still on a screen', () => {
    const saved = { x: 1500, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitWindowBounds(saved, [laptop, monitorOnRight])).toEqual(saved);
  });

  it('reopens on the primary screen when the monitor it was on is gone', () => {
    const saved = { x: 1500, y: 100, width: 1600, height: 900, maximized: true };
    expect(fitWindowBounds(saved, [laptop])).toEqual({ width: 1366, height: 728, maximized: true });
  });

  it('pulls a window hanging off the edge fully onto its screen', () => {
    const saved = { x: 1000, y: -50, width: 900, height: 600, maximized: false };
    expect(fitWindowBounds(saved, [laptop])).toEqual({ x: 466, y: 0, width: 900, height: 600, maximized: false });
  });

  it('treats a window with only a sliver on screen as lost', () => {
    const saved = { x: 1300, y: 100, width: 900, height: 600, maximized: false };
    expect(fitWindowBounds(saved, [laptop])).toEqual({ width: 900, height: 600, maximized: false });
  });

  it('shrinks a window bigger than its screen and keeps it at least the minimum size', () => {
    expect(fitWindowBounds({ x: 0, y: 0, width: 5000, height: 3000, maximized: false }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
      maximized: false,
    });
    expect(fitWindowBounds({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop])).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('uses the screen that shows most of the window', () => {
    const saved = { x: 1000, y: 0, width: 1000, height: 700, maximized: false };
    expect(fitWindowBounds(saved, [laptop, monitorOnRight])).toEqual({ x: 1366, y: 0, width: 1000, height: 700, maximized: false });
  });

  it('keeps the saved size when no position was saved', () => {
    expect(fitWindowBounds({ width: 1000, height: 650, maximized: false }, [laptop])).toEqual({ width: 1000, height: 650, maximized: false });
  });

  it('handles screens with negative coordinates (a monitor left of the primary)', () => {
    const left: Rect = { x: -1920, y: 0, width: 1920, height: 1080 };
    const saved = { x: -1800, y: 50, width: 1200, height: 800, maximized: false };
    expect(fitWindowBounds(saved, [laptop, left])).toEqual(saved);
  });
});

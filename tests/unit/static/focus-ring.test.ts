import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src-renderer/styles/app.css', import.meta.url), 'utf8');

/** The app's colour variables, read from the stylesheet the renderer ships. */
function variable(name: string): string {
  const value = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})\\s*;`).exec(css)?.[1];
  if (value === undefined) throw new Error(`${name} is not a six-digit colour in app.css`);
  return value;
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [red = 0, green = 0, blue = 0] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// WCAG 2.2 (1.4.11, 2.4.13): a focus indicator needs 3:1 against the colours next to it.
const NEEDED = 3;

describe('the focus ring', () => {
  it.each(['--surface', '--canvas', '--accent-soft', '--warn-soft', '--danger-soft', '--line'])('stands out on the light surface %s', (surface) => {
    expect(contrast(variable('--focus'), variable(surface))).toBeGreaterThanOrEqual(NEEDED);
  });

  it.each(['--sidebar', '--toast', '--preview-backdrop'])('turns light and stands out on the dark surface %s', (surface) => {
    expect(contrast(variable('--focus-on-dark'), variable(surface))).toBeGreaterThanOrEqual(NEEDED);
  });

  it('is drawn from those variables, and the dark surfaces switch to the light ring', () => {
    expect(css).toMatch(/:focus-visible \{\s*outline: var\(--focus-width\) solid var\(--focus\);/);
    for (const part of ['.sidebar :focus-visible', '.toast :focus-visible', '.preview__pages :focus-visible']) expect(css).toContain(part);
  });
});

import { describe, expect, it } from 'vitest';
import { isShortcut, type KeyPress } from '../../../src-renderer/app/key-match.js';

function press(key: string, code: string, modifiers: Partial<Pick<KeyPress, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>> = {}): KeyPress {
  return { key, code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...modifiers };
}

describe('isShortcut', () => {
  it('matches a letter shortcut by the letter the key gives, in either case', () => {
    expect(isShortcut('Control+S', press('s', 'KeyS', { ctrlKey: true }))).toBe(true);
    expect(isShortcut('Control+Shift+A', press('A', 'KeyA', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isShortcut('Control+S', press('s', 'KeyS', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isShortcut('Control+S', press('s', 'KeyS'))).toBe(false);
  });

  it('works with the Hindi InScript layout, where the key gives a Devanagari letter', () => {
    // InScript puts े on the S key, ि on the F key and ज on the P key.
    expect(isShortcut('Control+S', press('े', 'KeyS', { ctrlKey: true }))).toBe(true);
    expect(isShortcut('Control+P', press('ज', 'KeyP', { ctrlKey: true }))).toBe(true);
    expect(isShortcut('Control+S', press('ि', 'KeyF', { ctrlKey: true }))).toBe(false);
  });

  it('keeps to the letter on other Latin layouts, so Ctrl+S is where the S is printed', () => {
    // On a Dvorak keyboard the key in the S position gives "o".
    expect(isShortcut('Control+S', press('o', 'KeyS', { ctrlKey: true }))).toBe(false);
    expect(isShortcut('Control+S', press('s', 'Semicolon', { ctrlKey: true }))).toBe(true);
  });

  it('matches digits by position and named keys by name', () => {
    expect(isShortcut('Alt+3', press('#', 'Digit3', { altKey: true }))).toBe(true);
    expect(isShortcut('F1', press('F1', 'F1'))).toBe(true);
    expect(isShortcut('F1', press('F1', 'F1', { ctrlKey: true }))).toBe(false);
  });
});

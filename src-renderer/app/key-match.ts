/** What a shortcut is matched on: the parts of a KeyboardEvent that say which key and modifiers were pressed. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** Whether a key press is the shortcut written as e.g. "Control+Shift+N", "Alt+3" or "F1". */
export function isShortcut(keys: string, event: KeyPress): boolean {
  const parts = keys.split('+');
  const key = parts.at(-1) ?? '';
  const wants = new Set(parts.slice(0, -1));
  if (event.ctrlKey !== wants.has('Control') || event.altKey !== wants.has('Alt') || event.shiftKey !== wants.has('Shift') || event.metaKey) return false;
  // Digits by their key position, so Alt+3 works whatever the keyboard layout puts there.
  if (/^\d$/.test(key)) return event.code === `Digit${key}`;
  if (key.length === 1) {
    if (event.key.toLowerCase() === key.toLowerCase()) return true;
    // With a Hindi layout (InScript) the key gives a Devanagari letter: match the key's position instead.
    return /^[a-z]$/i.test(key) && !/^[a-z]$/i.test(event.key) && event.code === `Key${key.toUpperCase()}`;
  }
  return event.key === key;
}

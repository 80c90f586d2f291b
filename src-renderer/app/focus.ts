/**
 * Where the keyboard focus goes when the thing that held it disappears (a dialog closes, a row
 * is removed, the screen changes). Without these steps Chromium drops it on <body> and a
 * keyboard user starts again from the top of the window.
 */

/** The element that has the focus now, unless nothing does. */
export function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * Focuses `target` only if the focus was lost: it is on <body>, or still inside `closing` (the
 * part of the page that is going away). A deliberate move elsewhere wins.
 */
export function focusIfLost(target: HTMLElement | null | undefined, closing?: Element | null): void {
  if (!target?.isConnected) return;
  const current = focusedElement();
  if (current !== null && !(closing?.contains(current) ?? false)) return;
  target.focus();
}

/** Focuses `target` and brings it into view, as a keyboard user expects a new card to be shown. */
export function focusAndReveal(target: HTMLElement | null | undefined): void {
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
}

const FIELD = 'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/** The first field a user would type into inside `container`, else its first button. */
export function firstFieldIn(container: Element | null): HTMLElement | null {
  return container?.querySelector<HTMLElement>(FIELD) ?? container?.querySelector<HTMLElement>('button:not(:disabled)') ?? null;
}

/**
 * Where the focus goes when `item` leaves its list: into the next item of the same kind, else the
 * previous one, else `fallback` (the list's add button). Read before the item is removed.
 */
export function neighbourAfterRemoval(item: Element | null, fallback: () => HTMLElement | null): HTMLElement | null {
  if (!item) return fallback();
  const sameKind = (element: Element | null) => element !== null && element.tagName === item.tagName && element.className === item.className;
  let next = item.nextElementSibling;
  while (next !== null && !sameKind(next)) next = next.nextElementSibling;
  let previous = item.previousElementSibling;
  while (previous !== null && !sameKind(previous)) previous = previous.previousElementSibling;
  return firstFieldIn(next ?? previous) ?? fallback();
}

/** The "add" button of the section that holds `card` (the section's own button, after its cards). */
export function addButtonOf(card: Element | null): HTMLElement | null {
  return card?.closest('section')?.querySelector<HTMLElement>(':scope > button') ?? null;
}

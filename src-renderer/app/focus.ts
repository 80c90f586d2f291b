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
 * Focuses `target` only if the focus was lost: it is on <body>, still inside `closing` (the part
 * of the page that is going away), or on `stale` (where the browser itself put it back, when a
 * better place is known). A deliberate move elsewhere wins.
 */
export function focusIfLost(target: HTMLElement | null | undefined, closing?: Element | null, stale?: Element | null): void {
  if (!target?.isConnected) return;
  const current = focusedElement();
  if (current !== null && current !== stale && !(closing?.contains(current) ?? false)) return;
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
 * The items next to `item` in its list, the next one first, then the previous one. Siblings of
 * the same element and first class are items of the same list (a card among the section's heading
 * and buttons, an activity among the session's other parts).
 */
export function neighboursOf(item: Element | null): Element[] {
  if (!item) return [];
  const sameKind = (element: Element) => element.tagName === item.tagName && element.classList.item(0) === item.classList.item(0);
  let next = item.nextElementSibling;
  while (next !== null && !sameKind(next)) next = next.nextElementSibling;
  let previous = item.previousElementSibling;
  while (previous !== null && !sameKind(previous)) previous = previous.previousElementSibling;
  return [next, previous].filter((element) => element !== null);
}

/**
 * Where the focus goes when `item` leaves its list: into the next item of the same kind, else the
 * previous one, else `fallback` (the list's add button). Read before the item is removed.
 */
export function neighbourAfterRemoval(
  item: Element | null,
  fallback: () => HTMLElement | null,
  pick: (neighbour: Element | null) => HTMLElement | null = firstFieldIn,
): HTMLElement | null {
  return pick(neighboursOf(item)[0] ?? null) ?? fallback();
}

/** The "add" button of the section that holds `card` (the section's own button, after its cards). */
export function addButtonOf(card: Element | null): HTMLElement | null {
  return card?.closest('section')?.querySelector<HTMLElement>(':scope > button') ?? null;
}

/** The first thing in `container` that takes the focus: a link, a button or a field. */
export function firstControlIn(container: Element | null): HTMLElement | null {
  return container?.querySelector<HTMLElement>(`a[href], button:not(:disabled), ${FIELD}`) ?? null;
}

/** The screen's own heading, focusable by script; where the focus goes when a list has nothing left. */
export function screenHeading(): HTMLElement | null {
  const heading = document.getElementById('page-title');
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}

/** The first button after `item` among its siblings: the "add" button that follows a list's items. */
export function buttonAfter(item: Element | null): HTMLElement | null {
  for (let next = item?.nextElementSibling ?? null; next !== null; next = next.nextElementSibling) {
    if (next instanceof HTMLButtonElement) return next;
  }
  return null;
}

/**
 * The same for a list keyed by position, where React keeps the removed item's element and shows
 * the next item in it: the focus stays in that element when a next item exists.
 */
export function neighbourInPlace(item: Element | null, fallback: () => HTMLElement | null): HTMLElement | null {
  const neighbour = neighbourAfterRemoval(item, fallback);
  const nextItem = item?.nextElementSibling;
  const nextIsItem = nextItem?.tagName === item?.tagName && nextItem?.classList.item(0) === item?.classList.item(0);
  return nextItem && neighbour && nextIsItem && nextItem.contains(neighbour) ? firstFieldIn(item) : neighbour;
}

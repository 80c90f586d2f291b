import { createContext, useContext, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { focusAndReveal, firstFieldIn } from './focus';

/** Whether the editor around a card had already been shown when the card appeared. */
const Shown = createContext<RefObject<boolean>>({ current: false });

/** Wraps an editor whose lists grow by an "add" button; cards shown with the editor itself are not "added". */
export function FocusAddedScope({ children }: { children: ReactNode }) {
  const shown = useRef(false);
  // Children's effects run before this one, so every card of the first render still sees false.
  useEffect(() => {
    shown.current = true;
  }, []);
  return <Shown.Provider value={shown}>{children}</Shown.Provider>;
}

/**
 * For a card that the user has just added: moves the focus into its first field and scrolls it
 * into view, so typing starts there instead of on the add button with the new card off screen.
 */
export function useFocusWhenAdded<T extends HTMLElement>(): RefObject<T | null> {
  const shown = useContext(Shown);
  const [added] = useState(() => shown.current);
  const card = useRef<T>(null);
  useEffect(() => {
    if (added) focusAndReveal(firstFieldIn(card.current));
  }, [added]);
  return card;
}

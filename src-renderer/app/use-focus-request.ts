import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { FOCUS_SEARCH_STATE } from './areas';

/** Focuses `target` each time a shortcut (Ctrl+K, Ctrl+Shift+A) leads here asking for the search box. */
export function useFocusRequest(target: RefObject<HTMLElement | null>): void {
  const locationState = useLocation().state as Record<string, unknown> | null;
  const request: unknown = locationState?.[FOCUS_SEARCH_STATE];
  useEffect(() => {
    if (request !== undefined) target.current?.focus();
  }, [request, target]);
}

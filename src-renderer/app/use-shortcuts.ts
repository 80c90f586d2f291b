import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { AREAS, FOCUS_SEARCH_STATE } from './areas';

/** Alt+1…6 opens an area; Ctrl+K jumps to the people search box from anywhere. */
export function useGlobalShortcuts(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        // A fresh value each time, so pressing Ctrl+K again while on the page still refocuses.
        void navigate('/people', { state: { [FOCUS_SEARCH_STATE]: Date.now() } });
        return;
      }
      if (event.altKey && !event.ctrlKey && !event.metaKey) {
        const match = /^Digit([1-9])$/.exec(event.code);
        const area = match?.[1] === undefined ? undefined : AREAS[Number(match[1]) - 1];
        if (area) {
          event.preventDefault();
          void navigate(area.path);
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}

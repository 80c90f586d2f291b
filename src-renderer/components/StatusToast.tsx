import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Toast {
  /** Changes with every toast, so the same message twice still restarts the timer. */
  id: number;
  message: string;
  onUndo?: () => void;
}

interface StatusToastProps {
  toast: Toast | null;
  onDone: () => void;
  /** How long the toast (and its undo button) stays. */
  durationMs?: number;
}

/**
 * A polite live region that is always in the page, so screen readers announce each new
 * message. The timer pauses while the pointer or focus is on the toast.
 */
export function StatusToast({ toast, onDone, durationMs = 8000 }: StatusToastProps) {
  const { t } = useTranslation();
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (!toast || paused) return;
    const timer = setTimeout(onDone, durationMs);
    return () => clearTimeout(timer);
  }, [toast, paused, durationMs, onDone]);

  return (
    <div
      className={`toast ${toast ? 'toast--visible' : ''}`}
      role="status"
      aria-live="polite"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      {toast && (
        <>
          <span>{toast.message}</span>
          {toast.onUndo && (
            <button type="button" className="button button--inverse" onClick={toast.onUndo}>
              {t('actions.undo')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

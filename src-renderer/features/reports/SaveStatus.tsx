import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/use-error-message';
import type { SaveState } from './use-report-autosave';

/** The saved / unsaved state beside the title; a screen reader hears each change. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('reports');
  const errorMessage = useErrorMessage();
  return (
    <p className={`save-status save-status--${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saved' && t('editor.saved')}
      {state.kind === 'saving' && t('editor.saving')}
      {state.kind === 'unsaved' && t('editor.unsaved')}
      {state.kind === 'failed' && (
        <>
          {t('editor.saveFailed', { message: errorMessage(state.error) })}{' '}
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('editor.retry')}
          </button>
        </>
      )}
    </p>
  );
}

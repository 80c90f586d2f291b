import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsQuery } from '../features/settings/queries';
import { applyLanguage } from '../i18n';
import { useDataEvents } from '../lib/use-data-events';
import { useSaveEditsOnClose } from '../lib/pending-edits';
import { useErrorMessage } from '../lib/use-error-message';

/**
 * Loads the saved settings before the app appears and keeps i18next and <html lang> in step
 * with them. The language is applied in a layout effect, before the browser paints, so an
 * English user never sees a flash of Hindi.
 */
export function Boot({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const settings = useQuery(settingsQuery());
  useDataEvents();
  useSaveEditsOnClose();

  const language = settings.data?.language;
  useLayoutEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  if (settings.isError) {
    return (
      <p className="boot-message" role="alert">
        {t('status.loadFailed')} {errorMessage(settings.error)}
      </p>
    );
  }
  if (!language) {
    return (
      <p className="boot-message" role="status">
        {t('status.loading')}
      </p>
    );
  }
  return children;
}

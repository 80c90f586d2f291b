import { useTranslation } from 'react-i18next';
import { shownKeys } from './shortcuts';

export interface ShortcutHint {
  'aria-keyshortcuts': string;
  title: string;
}

/** A control's shortcut, for its tooltip ("सहेजें — शॉर्टकट Ctrl+S") and for assistive technology. */
export function useShortcutHint(): (action: string, keys: string) => ShortcutHint {
  const { t } = useTranslation('common');
  return (action, keys) => ({ 'aria-keyshortcuts': keys, title: t('withShortcut', { action, keys: shownKeys(keys) }) });
}

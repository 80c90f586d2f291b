import { useTranslation } from 'react-i18next';
import { isApiError } from './api';

/** Turns any thrown value into a sentence in the user's language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return (error) => {
    if (!isApiError(error)) return t('internal.unexpected');
    return t(error.code, { field: '', max: '', ...error.details.params, path: error.details.path ?? '' });
  };
}

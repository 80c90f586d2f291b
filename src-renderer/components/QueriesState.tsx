import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/use-error-message';

interface QueryLike {
  isError: boolean;
  error: unknown;
}

export function anyFailed(queries: readonly QueryLike[]): boolean {
  return queries.some((query) => query.isError);
}

/** What a page shows until all it needs has arrived: the first failure in words, or "loading". */
export function QueriesState({ queries }: { queries: readonly QueryLike[] }) {
  const { t } = useTranslation('common');
  const errorMessage = useErrorMessage();
  const failed = queries.find((query) => query.isError);
  if (failed) {
    return (
      <p className="state form-error" role="alert">
        {errorMessage(failed.error)}
      </p>
    );
  }
  return <p className="state">{t('status.loading')}</p>;
}

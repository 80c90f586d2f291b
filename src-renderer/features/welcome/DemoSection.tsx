import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { demoStatusQuery, useDemoChange } from './queries';

/**
 * The fictional demo data: load it to look around, remove it in one step. Shown on the welcome
 * screen and in settings; removing touches nothing the user entered.
 */
export function DemoSection({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('welcome');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const status = useQuery(demoStatusQuery());
  const change = useDemoChange();
  const [confirming, setConfirming] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const counts = status.data?.counts;

  return (
    <section className="settings__group demo-section" aria-labelledby="demo-heading">
      <Heading id="demo-heading" className="settings__heading">
        {t('demo.heading')}
      </Heading>
      {status.data?.loaded && counts ? (
        <>
          <p role="status">
            {t('demo.loaded', {
              people: format.number(counts.people),
              programmes: format.number(counts.programmes),
              reports: format.number(counts.reports),
            })}
          </p>
          {confirming ? (
            <div className="demo-section__confirm" role="group" aria-label={t('demo.confirmLabel')}>
              <p>{t('demo.confirm')}</p>
              <button type="button" className="button button--danger" disabled={change.isPending} onClick={() => change.mutate('remove', { onSuccess: () => setConfirming(false) })}>
                {t('demo.removeConfirm')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                {t('demo.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('demo.remove')}
            </button>
          )}
        </>
      ) : (
        <>
          <p>{t('demo.intro')}</p>
          <button type="button" className="button" disabled={change.isPending || !status.data} onClick={() => change.mutate('load')}>
            {change.isPending ? t('demo.loading') : t('demo.load')}
          </button>
        </>
      )}
      {change.isSuccess && !change.isPending && (
        <p className="hint" role="status">
          {change.variables === 'load' ? t('demo.loadedNow') : t('demo.removedNow')}
        </p>
      )}
      {change.isError && (
        <p className="form-error" role="alert">
          {errorMessage(change.error)}
        </p>
      )}
    </section>
  );
}

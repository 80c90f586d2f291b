import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { appInfoQuery } from '../app/queries';
import { OrganisationSection } from '../organisation/OrganisationSection';
import { useUpdateSettings } from '../settings/mutations';
import { useSettings } from '../settings/queries';
import { DemoSection } from './DemoSection';
import './welcome.css';

/**
 * #/welcome, the first start: who the office is (or skip), a demo to look around or an empty
 * start, and where the data lives and how to back it up. English is one click away.
 */
export function WelcomePage() {
  const { t } = useTranslation('welcome');
  const navigate = useNavigate();
  const settings = useSettings();
  const update = useUpdateSettings();
  const info = useQuery(appInfoQuery());
  const finish = () => update.mutate({ firstRunDone: true }, { onSuccess: () => navigate('/programmes') });

  return (
    <section className="page welcome" aria-labelledby="page-title">
      <div className="welcome__header">
        <h1 id="page-title" className="page__title">
          {t('title')}
        </h1>
        <button
          type="button"
          className="button button--quiet"
          lang={settings.language === 'hi' ? 'en' : 'hi'}
          onClick={() => update.mutate({ language: settings.language === 'hi' ? 'en' : 'hi' })}
        >
          {t('otherLanguage')}
        </button>
      </div>
      <p className="welcome__intro">{t('intro')}</p>

      <ol className="welcome__steps">
        <li>
          <OrganisationSection />
        </li>
        <li>
          <DemoSection />
        </li>
        <li>
          <section className="settings__group" aria-labelledby="data-heading">
            <h2 id="data-heading" className="settings__heading">
              {t('data.heading')}
            </h2>
            <p>{t('data.where')}</p>
            {info.data && (
              <p>
                <code className="path" dir="ltr">
                  {info.data.dataDir}
                </code>
              </p>
            )}
            <p>{t('data.backup')}</p>
          </section>
        </li>
      </ol>

      <div className="welcome__actions">
        <button type="button" className="button button--primary" disabled={update.isPending} onClick={finish}>
          {t('start')}
        </button>
        <button type="button" className="button button--quiet" disabled={update.isPending} onClick={finish}>
          {t('skip')}
        </button>
      </div>
    </section>
  );
}

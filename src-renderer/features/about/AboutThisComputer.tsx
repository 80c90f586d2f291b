import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appInfoQuery } from '../app/queries';

/** Where this copy keeps its data and which version it is: shown in Settings and on the About screen. */
export function AboutThisComputer() {
  const { t } = useTranslation('settings');
  const info = useQuery(appInfoQuery());
  if (!info.data) return null;
  return (
    <section className="settings__group" aria-labelledby="about-heading">
      <h2 id="about-heading" className="settings__heading">
        {t('about.heading')}
      </h2>
      <dl className="facts">
        <dt>{t('about.dataDir')}</dt>
        <dd>
          <code className="path" dir="ltr">
            {info.data.dataDir}
          </code>
          <p className="hint">{t('about.dataDirHint')}</p>
        </dd>
        <dt>{t('about.version')}</dt>
        <dd dir="ltr">{info.data.version}</dd>
      </dl>
    </section>
  );
}

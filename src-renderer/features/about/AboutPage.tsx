import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AboutThisComputer } from './AboutThisComputer';
import { LicencesSection } from './LicencesSection';

/** #/about, opened from Help → "सचिव के बारे में", the F1 sheet or Settings: version, data folder and licences. */
export function AboutPage() {
  const { t } = useTranslation('settings');
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        {t('about.pageTitle')}
      </h1>
      <p>{t('about.tagline')}</p>
      <div className="settings">
        <AboutThisComputer />
        <LicencesSection />
      </div>
      <p>
        <Link to="/settings">← {t('about.back')}</Link>
      </p>
    </section>
  );
}

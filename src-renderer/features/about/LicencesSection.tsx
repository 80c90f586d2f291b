import { useTranslation } from 'react-i18next';
import licences from './licences.json';

/**
 * Licence notices: the bundled font, the runtime, and every package the app ships with its
 * licence (generated from the lock file by `npm run licences`).
 */
export function LicencesSection() {
  const { t } = useTranslation('settings');
  return (
    <section className="settings__group" aria-labelledby="licences-heading">
      <h2 id="licences-heading" className="settings__heading">
        {t('licences.heading')}
      </h2>
      <p>{t('licences.font')}</p>
      <p>{t('licences.runtime')}</p>
      <details>
        <summary>{t('licences.packages', { count: licences.length })}</summary>
        <table className="licences-table" aria-label={t('licences.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('licences.package')}</th>
              <th scope="col">{t('licences.version')}</th>
              <th scope="col">{t('licences.licence')}</th>
            </tr>
          </thead>
          <tbody>
            {licences.map((entry) => (
              <tr key={entry.name}>
                <td dir="ltr">{entry.name}</td>
                <td dir="ltr">{entry.versions.join(', ')}</td>
                <td dir="ltr">{entry.licence ?? t('licences.notStated')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

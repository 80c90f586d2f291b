import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import licences from './licences.json';

/** The full licence texts, written beside the app's pages by the build; read only when asked for. */
const LICENCE_TEXTS_URL = './licences.txt';

/**
 * Licence notices: the bundled font, the runtime, and every package the app ships with its
 * licence (generated from the lock file by `npm run licences`).
 */
export function LicencesSection() {
  const { t } = useTranslation('settings');
  const [texts, setTexts] = useState<{ kind: 'closed' } | { kind: 'loading' } | { kind: 'shown'; text: string } | { kind: 'failed' }>({ kind: 'closed' });
  const showTexts = () => {
    setTexts({ kind: 'loading' });
    fetch(LICENCE_TEXTS_URL)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => setTexts({ kind: 'shown', text }))
      .catch(() => setTexts({ kind: 'failed' }));
  };
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
      {texts.kind === 'closed' || texts.kind === 'loading' ? (
        <button type="button" className="button" disabled={texts.kind === 'loading'} onClick={showTexts}>
          {t('licences.showTexts')}
        </button>
      ) : texts.kind === 'failed' ? (
        <p className="form-error" role="alert">
          {t('licences.textsFailed')}
        </p>
      ) : (
        <pre className="licence-texts" tabIndex={0} aria-label={t('licences.textsLabel')} dir="ltr">
          {texts.text}
        </pre>
      )}
    </section>
  );
}

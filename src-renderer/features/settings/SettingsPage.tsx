import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WORD_FONTS, type Digits, type Language, type WordFont } from '../../../src-main/core/contract/index.js';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { BackupSection } from '../backup/BackupSection';
import { DemoSection } from '../welcome/DemoSection';
import { AboutThisComputer } from '../about/AboutThisComputer';
import { ListsSection } from '../lists/ListsSection';
import { OrganisationSection } from '../organisation/OrganisationSection';
import { useUpdateSettings } from './mutations';
import { useSettings } from './queries';
import { ScreenGuide } from '../../components/ScreenGuide';

const LANGUAGES: readonly Language[] = ['hi', 'en'];
const DIGITS: readonly Digits[] = ['latn', 'deva'];
const SAMPLE_NUMBER = 1234567;
const SAMPLE_DATE = '2024-04-17';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  const update = useUpdateSettings();
  const errorMessage = useErrorMessage();
  const format = useFormatter();

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        {t('title')}
      </h1>
      <ScreenGuide screen="settings" />

      <div className="settings">
        <fieldset className="settings__group">
          <legend>{t('language.legend')}</legend>
          {LANGUAGES.map((language) => (
            <label key={language} className="choice" lang={language}>
              <input
                type="radio"
                name="language"
                value={language}
                checked={settings.language === language}
                onChange={() => update.mutate({ language })}
              />
              <span>{t(`language.${language}`)}</span>
            </label>
          ))}
        </fieldset>

        <fieldset className="settings__group">
          <legend>{t('digits.legend')}</legend>
          {DIGITS.map((digits) => (
            <label key={digits} className="choice">
              <input
                type="radio"
                name="digits"
                value={digits}
                checked={settings.digits === digits}
                onChange={() => update.mutate({ digits })}
              />
              <span>{t(`digits.${digits}`)}</span>
            </label>
          ))}
          <p className="hint">
            {t('digits.example', { number: format.number(SAMPLE_NUMBER), date: format.date(SAMPLE_DATE) })}
          </p>
        </fieldset>

        <fieldset className="settings__group">
          <legend>{t('wordFont.legend')}</legend>
          <label htmlFor="word-font">{t('wordFont.label')}</label>
          <select
            id="word-font"
            className="input"
            value={settings.wordFont ?? WORD_FONTS[0]}
            onChange={(event) => update.mutate({ wordFont: event.target.value as WordFont })}
          >
            {WORD_FONTS.map((font) => (
              <option key={font} value={font}>
                {font}
              </option>
            ))}
          </select>
          <p className="hint">{t('wordFont.hint')}</p>
        </fieldset>

        {update.isError && (
          <p className="form-error" role="alert">
            {t('saveFailed')} {errorMessage(update.error)}
          </p>
        )}

        <OrganisationSection />

        <ListsSection />

        <BackupSection />

        <DemoSection />

        <AboutThisComputer />
        <p>
          <Link to="/about">{t('about.link')}</Link>
        </p>
      </div>
    </section>
  );
}

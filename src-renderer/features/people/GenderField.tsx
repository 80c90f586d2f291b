import { useTranslation } from 'react-i18next';
import { GENDER_CHOICES, genderFromValue, type PersonDraft } from './person-draft';

interface GenderFieldProps {
  id: string;
  /** '' when not given. */
  value: PersonDraft['gender'];
  onChange: (gender: PersonDraft['gender']) => void;
  error?: string | undefined;
}

/** Asked only because Hindi agrees with it ("उपस्थित रहीं"); "not given" is always a fine answer. */
export function GenderField({ id, value, onChange, error }: GenderFieldProps) {
  const { t } = useTranslation('people');
  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <div className="field__label-row">
        <label htmlFor={id}>{t('form.gender')}</label>
      </div>
      <select
        id={id}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(genderFromValue(event.target.value))}
      >
        {GENDER_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`gender.${choice === '' ? 'none' : choice}`)}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
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
    <SelectField
      id={id}
      label={t('form.gender')}
      value={value}
      onChange={(choice) => onChange(genderFromValue(choice))}
      options={GENDER_CHOICES.map((choice) => ({ value: choice, label: t(`gender.${choice === '' ? 'none' : choice}`) }))}
      error={error}
    />
  );
}

import { useTranslation } from 'react-i18next';

interface FieldLabelProps {
  htmlFor: string;
  label: string;
  /** Marks a field the record cannot be saved without, before anyone tries to save. */
  required?: boolean | undefined;
}

/**
 * A field's label with its "(आवश्यक)" mark. The mark sits outside the label and is hidden from
 * screen readers, so the accessible name stays exactly the label; the input says aria-required.
 */
export function FieldLabel({ htmlFor, label, required = false }: FieldLabelProps) {
  const { t } = useTranslation('common');
  return (
    <div className="field__label-row">
      <label htmlFor={htmlFor}>{label}</label>
      {required && (
        <span className="field__required" aria-hidden="true">
          {t('field.required')}
        </span>
      )}
    </div>
  );
}

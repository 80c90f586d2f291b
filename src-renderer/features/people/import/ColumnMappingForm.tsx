import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ColumnMapping, type ImportColumn } from '../../../../src-main/core/contract/index.js';
import { KrutiDevColumnChoice } from './KrutiDevColumnChoice';

interface ColumnMappingFormProps {
  columns: readonly ImportColumn[];
  mapping: ColumnMapping;
  onMappingChange: (mapping: ColumnMapping) => void;
  krutiDevColumns: readonly number[];
  onKrutiDevChange: (columns: number[]) => void;
}

/** Step 2: one list of the file's columns per directory field, and the Kruti Dev conversions to confirm. */
export function ColumnMappingForm({ columns, mapping, onMappingChange, krutiDevColumns, onKrutiDevChange }: ColumnMappingFormProps) {
  const { t } = useTranslation('peopleImport');
  const flagged = columns.filter((column) => column.krutiDev);
  return (
    <section aria-labelledby="import-mapping-heading">
      <h3 id="import-mapping-heading" className="import-dialog__heading">
        {t('mapping.heading')}
      </h3>
      <p className="hint">{t('mapping.hint')}</p>
      <div className="import-dialog__mapping">
        {IMPORT_FIELDS.map((field) => {
          const id = `import-field-${field}`;
          const value = mapping[field];
          return (
            <div key={field} className="field">
              <label htmlFor={id}>{t(`fields.${field}`)}</label>
              <select
                id={id}
                className="input"
                value={value === undefined ? '' : String(value)}
                aria-required={field === 'name'}
                onChange={(event) => {
                  const next = { ...mapping };
                  if (event.target.value === '') delete next[field];
                  else next[field] = Number(event.target.value);
                  onMappingChange(next);
                }}
              >
                <option value="">{t('mapping.none')}</option>
                {columns.map((column) => (
                  <option key={column.index} value={column.index}>
                    {t('mapping.column', { letter: column.letter, header: column.header })}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {mapping.name === undefined && (
        <p className="form-error" role="alert">
          {t('mapping.nameRequired')}
        </p>
      )}

      {flagged.length > 0 && (
        <div className="import-dialog__kruti" role="group" aria-labelledby="import-kruti-heading">
          <h4 id="import-kruti-heading" className="import-dialog__subheading">
            {t('krutiDev.heading')}
          </h4>
          <p className="hint">{t('krutiDev.hint')}</p>
          {flagged.map((column) => (
            <KrutiDevColumnChoice
              key={column.index}
              column={column}
              checked={krutiDevColumns.includes(column.index)}
              onCheckedChange={(checked) =>
                onKrutiDevChange(checked ? [...krutiDevColumns, column.index] : krutiDevColumns.filter((index) => index !== column.index))
              }
            />
          ))}
        </div>
      )}
    </section>
  );
}

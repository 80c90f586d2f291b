import { useTranslation } from 'react-i18next';
import type { ImportAnalysis } from '../../../../src-main/core/contract/index.js';
import { useFormatter } from '../../../lib/use-formatter';

const SHOWN_FIELDS = ['name', 'designation', 'organisation', 'category', 'phone', 'email'] as const;

/** The first rows as the directory will hold them: converted from Kruti Dev, cleaned, digits made ASCII. */
export function PreviewTable({ rows }: { rows: ImportAnalysis['preview'] }) {
  const { t } = useTranslation('peopleImport');
  const format = useFormatter();
  return (
    <div className="import-dialog__table-scroller">
      <table className="import-dialog__table">
        <caption>{t('preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preview.row')}</th>
            {SHOWN_FIELDS.map((field) => (
              <th key={field} scope="col">
                {t(`fields.${field}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <th scope="row">{format.number(row.row)}</th>
              {SHOWN_FIELDS.map((field) => (
                <td key={field}>{row[field]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

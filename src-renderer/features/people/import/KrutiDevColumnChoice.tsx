import { useTranslation } from 'react-i18next';
import type { ImportColumn } from '../../../../src-main/core/contract/index.js';
import { useFormatter } from '../../../lib/use-formatter';

interface KrutiDevColumnChoiceProps {
  column: ImportColumn;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

/**
 * One column that may be typed in Kruti Dev: the tick to convert it, why it is or is not ticked
 * already, and its first cells as they are in the file next to what they would become.
 */
export function KrutiDevColumnChoice({ column, checked, onCheckedChange }: KrutiDevColumnChoiceProps) {
  const { t } = useTranslation('peopleImport');
  const format = useFormatter();
  const sure = column.krutiDevConfidence === 'high';
  const reasonsId = `import-kruti-reasons-${column.index}`;
  return (
    <div className="import-dialog__kruti-column">
      <label className="choice">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={reasonsId}
          onChange={(event) => onCheckedChange(event.target.checked)}
        />
        {t('krutiDev.convert', { letter: column.letter, header: column.header })}
      </label>
      <div id={reasonsId} className="import-dialog__kruti-reasons">
        <p className="hint">{t(sure ? 'krutiDev.sure' : 'krutiDev.unsure')}</p>
        {!sure && (
          <ul>
            {column.krutiDevReasons.map((reason) => (
              <li key={reason.code}>
                {t(`krutiDev.reason.${reason.code}`, { count: reason.count, formatted: format.number(reason.count), example: reason.example })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <table className="import-dialog__table import-dialog__kruti-samples">
        <caption>{t('krutiDev.samplesCaption', { letter: column.letter })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('krutiDev.before')}</th>
            <th scope="col">{t('krutiDev.after')}</th>
          </tr>
        </thead>
        <tbody>
          {column.samples.map((sample, index) => (
            <tr key={index}>
              <td className="import-dialog__kruti-before">{sample}</td>
              <td lang="hi">{column.convertedSamples[index] ?? sample}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { DuplicateChoice, ErrorCode, ImportAnalysis, ImportRowIssue } from '../../../../src-main/core/contract/index.js';
import { useFormatter } from '../../../lib/use-formatter';

/** Long lists are cut here: the user fixes the first mistakes in Excel and opens the file again. */
const LISTED_MAX = 100;
const DUPLICATE_CHOICES: readonly DuplicateChoice[] = ['skip', 'merge', 'add'];

interface AnalysisReportProps {
  analysis: ImportAnalysis;
  duplicateChoice: DuplicateChoice;
  onDuplicateChoiceChange: (choice: DuplicateChoice) => void;
  skipInvalid: boolean;
  onSkipInvalidChange: (skip: boolean) => void;
}

/** Step 3: what the check found, row by row, and the user's choices for duplicates and bad rows. */
export function AnalysisReport({ analysis, duplicateChoice, onDuplicateChoiceChange, skipInvalid, onSkipInvalidChange }: AnalysisReportProps) {
  const { t } = useTranslation('peopleImport');
  const format = useFormatter();
  const issueText = useIssueText();
  const count = (value: number) => ({ count: value, formatted: format.number(value) });

  return (
    <section aria-labelledby="import-analysis-heading">
      <h3 id="import-analysis-heading" className="import-dialog__heading">
        {t('analysis.heading')}
      </h3>
      <ul className="import-dialog__counts" aria-live="polite">
        <li>{t('analysis.ready', count(analysis.ready))}</li>
        <li>{t('analysis.duplicates', count(analysis.duplicates.length))}</li>
        <li>{t('analysis.invalid', count(analysis.invalidRows))}</li>
      </ul>
      {analysis.newCategories.length > 0 && <p className="hint">{t('analysis.newCategories', { names: analysis.newCategories.join(', ') })}</p>}

      {analysis.krutiDevKept.length > 0 && (
        <div className="import-dialog__problems" role="group" aria-labelledby="import-kruti-dev-kept-heading">
          <h4 id="import-kruti-dev-kept-heading" className="import-dialog__subheading">
            {t('krutiDevKept.heading')}
          </h4>
          <ul className="import-dialog__list">
            {analysis.krutiDevKept.slice(0, LISTED_MAX).map((kept) => (
              <li key={`${kept.row}:${kept.column}`}>
                {t('krutiDevKept.item', { row: format.number(kept.row), column: kept.header === '' ? kept.column : kept.header })}
              </li>
            ))}
          </ul>
          {analysis.krutiDevKept.length > LISTED_MAX && <p className="hint">{t('krutiDevKept.more', count(analysis.krutiDevKept.length - LISTED_MAX))}</p>}
        </div>
      )}

      {analysis.invalid.length > 0 && (
        <div className="import-dialog__problems" role="group" aria-labelledby="import-invalid-heading">
          <h4 id="import-invalid-heading" className="import-dialog__subheading">
            {t('invalid.heading')}
          </h4>
          <ul className="import-dialog__list">
            {analysis.invalid.slice(0, LISTED_MAX).map((issue, index) => (
              <li key={index}>{issueText(issue)}</li>
            ))}
          </ul>
          {analysis.invalid.length > LISTED_MAX && <p className="hint">{t('invalid.more', count(analysis.invalid.length - LISTED_MAX))}</p>}
          <label className="choice">
            <input type="checkbox" checked={skipInvalid} onChange={(event) => onSkipInvalidChange(event.target.checked)} />
            {t('invalid.skip')}
          </label>
          {!skipInvalid && <p className="form-error">{t('invalid.blocked')}</p>}
        </div>
      )}

      {analysis.duplicates.length > 0 && (
        <div className="import-dialog__problems" role="group" aria-labelledby="import-duplicates-heading">
          <h4 id="import-duplicates-heading" className="import-dialog__subheading">
            {t('duplicates.heading')}
          </h4>
          <ul className="import-dialog__list">
            {analysis.duplicates.slice(0, LISTED_MAX).map((duplicate) => (
              <li key={duplicate.row}>
                {t(`duplicates.${duplicate.reason}`, {
                  row: format.number(duplicate.row),
                  name: duplicate.name,
                  existing: duplicate.existingName,
                })}
              </li>
            ))}
          </ul>
          {analysis.duplicates.length > LISTED_MAX && <p className="hint">{t('duplicates.more', count(analysis.duplicates.length - LISTED_MAX))}</p>}
          <fieldset className="import-dialog__choices" role="radiogroup" aria-labelledby="import-duplicates-choice">
            <legend id="import-duplicates-choice">{t('duplicates.choice')}</legend>
            {DUPLICATE_CHOICES.map((choice) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name="import-duplicates"
                  value={choice}
                  checked={duplicateChoice === choice}
                  onChange={() => onDuplicateChoiceChange(choice)}
                />
                {t(`duplicates.${choice}`)}
              </label>
            ))}
          </fieldset>
        </div>
      )}
    </section>
  );
}

/** "पंक्ति 12, स्तंभ D (फ़ोन): …", the message being the same one the person form shows for that field. */
function useIssueText(): (issue: ImportRowIssue) => string {
  const { t } = useTranslation(['peopleImport', 'errors']);
  const format = useFormatter();
  return (issue) => {
    const field = t(`fields.${issue.field}`);
    const max = issue.params?.max;
    const message = t(`errors:${issue.code as ErrorCode}`, {
      field,
      max: typeof max === 'number' ? format.number(max) : (max ?? ''),
      path: '',
    });
    return t('invalid.item', { row: format.number(issue.row), column: issue.column, field, message });
  };
}

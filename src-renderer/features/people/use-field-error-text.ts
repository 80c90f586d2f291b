import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../src-main/core/contract/index.js';
import { useFormatter } from '../../lib/use-formatter';

/** Words one field problem reported by the core, naming the field by its translated label. */
export function useFieldErrorText(): (issue: FieldIssue, fieldLabel: string) => string {
  const { t } = useTranslation('errors');
  const format = useFormatter();
  return (issue, fieldLabel) => {
    const max = issue.params?.max;
    return t(issue.code, {
      field: fieldLabel,
      max: typeof max === 'number' ? format.number(max) : (max ?? ''),
      path: '',
    });
  };
}

import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../src-main/core/contract/index.js';
import { useFormatter } from '../../lib/use-formatter';

/**
 * Words one problem with a list entry. Unlike other fields, list problems carry the entry's name
 * and how many programmes use it, so the refusal can say exactly what stands in the way.
 */
export function useListIssueText(): (issue: FieldIssue, fieldLabel: string) => string {
  const { t } = useTranslation('errors');
  const format = useFormatter();
  return (issue, fieldLabel) => {
    const { max, count, name } = issue.params ?? {};
    return t(issue.code, {
      field: fieldLabel,
      max: typeof max === 'number' ? format.number(max) : (max ?? ''),
      count: typeof count === 'number' ? format.number(count) : (count ?? ''),
      name: name ?? '',
      path: '',
    });
  };
}

import { useTranslation } from 'react-i18next';
import type { Lists, ProgrammeStatus } from '../../../src-main/core/contract/index.js';
import { DateField } from '../../components/DateField';
import { PROGRAMME_STATUSES } from './programme-draft';

export interface FilterDraft {
  query: string;
  kindId: string;
  status: ProgrammeStatus | '';
  from: string;
  to: string;
  organiser: string;
}

export const NO_FILTER: FilterDraft = { query: '', kindId: '', status: '', from: '', to: '', organiser: '' };

interface ProgrammeFiltersProps {
  value: FilterDraft;
  lists: Lists | undefined;
  onChange: (value: FilterDraft) => void;
}

export function ProgrammeFilters({ value, lists, onChange }: ProgrammeFiltersProps) {
  const { t } = useTranslation('programmes');
  const set = <K extends keyof FilterDraft>(key: K) => (next: FilterDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="toolbar programme-filters" role="search">
      <div className="toolbar__field toolbar__field--grow">
        <label htmlFor="programme-search">{t('filter.search')}</label>
        <input
          id="programme-search"
          type="search"
          className="input"
          value={value.query}
          autoComplete="off"
          placeholder={t('filter.searchPlaceholder')}
          onChange={(event) => set('query')(event.target.value)}
        />
      </div>
      <div className="toolbar__field">
        <label htmlFor="programme-kind-filter">{t('filter.kind')}</label>
        <select id="programme-kind-filter" className="input" value={value.kindId} onChange={(event) => set('kindId')(event.target.value)}>
          <option value="">{t('filter.allKinds')}</option>
          {lists?.programmeKinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.name}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__field">
        <label htmlFor="programme-status-filter">{t('filter.status')}</label>
        <select
          id="programme-status-filter"
          className="input"
          value={value.status}
          onChange={(event) => set('status')(PROGRAMME_STATUSES.find((status) => status === event.target.value) ?? '')}
        >
          <option value="">{t('filter.allStatuses')}</option>
          {PROGRAMME_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <DateField
        id="programme-from-filter"
        className="toolbar__field toolbar__field--date"
        label={t('filter.from')}
        value={value.from}
        onChange={set('from')}
        whenUnreadable="hold"
      />
      <DateField id="programme-to-filter" className="toolbar__field toolbar__field--date" label={t('filter.to')} value={value.to} onChange={set('to')} whenUnreadable="hold" />
      <div className="toolbar__field">
        <label htmlFor="programme-organiser-filter">{t('filter.organiser')}</label>
        <input
          id="programme-organiser-filter"
          className="input"
          value={value.organiser}
          autoComplete="off"
          onChange={(event) => set('organiser')(event.target.value)}
        />
      </div>
    </div>
  );
}

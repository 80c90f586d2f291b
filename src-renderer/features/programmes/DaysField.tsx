import { useTranslation } from 'react-i18next';
import { GroupError, PathDateField, PathSelect, PathTimeField } from './field-errors';
import { emptyDay, PARTS_OF_DAY, replaced, without, type DayDraft } from './programme-draft';

interface DaysFieldProps {
  days: DayDraft[];
  onChange: (days: DayDraft[]) => void;
}

/** One or more days, each with a part of day (सुबह, दोपहर, सायं) or start and end times. */
export function DaysField({ days, onChange }: DaysFieldProps) {
  const { t } = useTranslation('programmes');
  return (
    <div className="days">
      <GroupError path="days" />
      {days.map((day, index) => {
        const path = `days.${index}`;
        const set = <K extends keyof DayDraft>(key: K) => (value: DayDraft[K]) => onChange(replaced(days, index, { ...day, [key]: value }));
        return (
          <fieldset key={index} className="day">
            <legend className="role__legend">{t('items.days', { n: index + 1 })}</legend>
            <div className="day__fields">
              <PathDateField path={`${path}.date`} label={t('fields.date')} required value={day.date} onChange={set('date')} />
              <PathSelect
                path={`${path}.partOfDay`}
                label={t('fields.partOfDay')}
                value={day.partOfDay}
                onChange={(value) => set('partOfDay')(PARTS_OF_DAY.find((part) => part === value) ?? '')}
                placeholder={t('partOfDay.none')}
                options={PARTS_OF_DAY.map((part) => ({ value: part, label: t(`partOfDay.${part}`) }))}
              />
              <PathTimeField path={`${path}.startTime`} label={t('fields.startTime')} value={day.startTime} onChange={set('startTime')} />
              <PathTimeField path={`${path}.endTime`} label={t('fields.endTime')} value={day.endTime} onChange={set('endTime')} />
              {days.length > 1 && (
                <button type="button" className="button button--small button--danger-quiet day__remove" onClick={() => onChange(without(days, index))}>
                  {t('days.remove', { n: index + 1 })}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="button button--small" onClick={() => onChange([...days, emptyDay()])}>
        {t('days.add')}
      </button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../lib/use-formatter';
import { GroupError, PathSelect, PathTextField } from './field-errors';
import { emptyDay, PARTS_OF_DAY, replaced, without, type DayDraft } from './programme-draft';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface DaysFieldProps {
  days: DayDraft[];
  onChange: (days: DayDraft[]) => void;
}

/** One or more days, each with a part of day (सुबह, दोपहर, सायं) or start and end times. */
export function DaysField({ days, onChange }: DaysFieldProps) {
  const { t } = useTranslation('programmes');
  const format = useFormatter();
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
              <div>
                <PathTextField path={`${path}.date`} label={t('fields.date')} type="date" value={day.date} onChange={set('date')} />
                {/* The browser shows the date in its own pattern; this repeats it the way the report will. */}
                <p className="field__echo" aria-hidden="true">
                  {CALENDAR_DATE.test(day.date) ? format.date(day.date) : '\u00a0'}
                </p>
              </div>
              <PathSelect
                path={`${path}.partOfDay`}
                label={t('fields.partOfDay')}
                value={day.partOfDay}
                onChange={(value) => set('partOfDay')(PARTS_OF_DAY.find((part) => part === value) ?? '')}
                placeholder={t('partOfDay.none')}
                options={PARTS_OF_DAY.map((part) => ({ value: part, label: t(`partOfDay.${part}`) }))}
              />
              <PathTextField path={`${path}.startTime`} label={t('fields.startTime')} type="time" value={day.startTime} onChange={set('startTime')} />
              <PathTextField path={`${path}.endTime`} label={t('fields.endTime')} type="time" value={day.endTime} onChange={set('endTime')} />
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

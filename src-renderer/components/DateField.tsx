import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseDateInput, shiftDate } from '../lib/calendar-input';
import { useFormatter } from '../lib/use-formatter';
import { CalendarTextField, type CalendarFieldProps, type CalendarReading } from './CalendarTextField';

/**
 * A calendar date written as "17.04.2024", with the long form ("17 अप्रैल 2024") under it; also
 * reads "17/4/24", "17 अप्रैल 2024", "17 April 2024", Devanagari digits and "2024-04-17".
 * Stores 'YYYY-MM-DD'. ArrowUp and ArrowDown move it by a day.
 */
export function DateField(props: CalendarFieldProps) {
  const { t } = useTranslation('common');
  const format = useFormatter();
  const reading = useMemo<CalendarReading>(
    () => ({
      // Read each time, so a window left open over New Year places "47" by the new year.
      parse: (text) => parseDateInput(text, new Date().getFullYear()),
      format: formatDateInput,
      step: shiftDate,
      describe: (value) => format.date(value),
      example: t('calendar.dateExample'),
      problemText: ({ problem }, label, typed) =>
        problem === 'shape' ? t('calendar.dateForm', { field: label }) : t('calendar.noSuchDay', { field: label, typed }),
    }),
    [format, t],
  );
  return <CalendarTextField reading={reading} {...props} />;
}

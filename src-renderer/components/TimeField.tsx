import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../features/settings/queries';
import { formatTimeInput, parseTimeInput, partOfDayWord, shiftTime } from '../lib/calendar-input';
import { localeFor } from '../lib/format';
import { CalendarTextField, type CalendarFieldProps, type CalendarReading } from './CalendarTextField';

const MINUTES_PER_STEP = 5;

/**
 * A time of day on the 24-hour clock, "10:30", with the part of the day under it ("प्रातः 10:30";
 * "10:30 am" in English); also reads "10.30", "१०:३०", "प्रातः 10:30", "सायं 5:30" and "5:30 PM".
 * Stores 'HH:MM'. ArrowUp and ArrowDown move it by five minutes.
 */
export function TimeField(props: CalendarFieldProps) {
  const { t } = useTranslation('common');
  const { language, digits } = useSettings();
  const reading = useMemo<CalendarReading>(() => {
    const twelveHour = new Intl.DateTimeFormat(localeFor({ language, digits }), { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' });
    return {
      parse: parseTimeInput,
      format: formatTimeInput,
      step: (value, direction) => shiftTime(value, direction * MINUTES_PER_STEP),
      describe: (value) => {
        const part = partOfDayWord(value);
        if (part === null) return '';
        const [hours, minutes] = value.split(':').map(Number);
        return t('calendar.timeWithPart', {
          part: t(`calendar.partOfDay.${part}`),
          time: formatTimeInput(value, digits),
          twelveHour: twelveHour.format(Date.UTC(1970, 0, 1, hours ?? 0, minutes ?? 0)),
        });
      },
      example: t('calendar.timeExample'),
      problemText: (failure, label, typed) => {
        if (failure.problem === 'periodMismatch') {
          const [first, second] = failure.readings;
          return t('calendar.periodMismatch', {
            field: label,
            word: failure.word,
            clock: formatTimeInput(failure.clock, digits),
            first: formatTimeInput(first, digits),
            second: formatTimeInput(second, digits),
          });
        }
        return failure.problem === 'shape' ? t('calendar.timeForm', { field: label }) : t('calendar.noSuchTime', { field: label, typed });
      },
    };
  }, [language, digits, t]);
  return <CalendarTextField reading={reading} {...props} />;
}

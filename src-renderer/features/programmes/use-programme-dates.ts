import { useTranslation } from 'react-i18next';
import type { PartOfDay } from '../../../src-main/core/contract/index.js';
import { useFormatter } from '../../lib/use-formatter';

interface DayLike {
  date: string;
  partOfDay: PartOfDay | null;
  startTime: string | null;
  endTime: string | null;
}

/** Dates as a Hindi secretary writes them: "17 अप्रैल 2024, सुबह, 10:00–13:00". */
export function useProgrammeDates() {
  const { t } = useTranslation('programmes');
  const format = useFormatter();
  // Times keep their shape but follow the digits setting like every other number on screen.
  const time = (value: string) => value.replace(/\d/g, (digit) => format.number(Number(digit)));

  const range = (first: string | null, last: string | null): string => {
    if (first === null) return t('dates.none');
    if (last === null || last === first) return format.date(first);
    return t('dates.range', { from: format.date(first), to: format.date(last) });
  };

  const day = ({ date, partOfDay, startTime, endTime }: DayLike): string => {
    const parts = [format.date(date)];
    if (partOfDay) parts.push(t(`partOfDay.${partOfDay}`));
    if (startTime && endTime) parts.push(t('dates.timeRange', { from: time(startTime), to: time(endTime) }));
    else if (startTime) parts.push(t('dates.from', { from: time(startTime) }));
    return parts.join(', ');
  };

  return { range, day, time };
}

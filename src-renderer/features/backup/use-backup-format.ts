import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatter, localeFor } from '../../lib/format';
import { useSettings } from '../settings/queries';

const KB = 1024;
const MB = 1024 * 1024;

/** Dates with their time (several automatic backups can share a day) and file sizes, in the user's digits. */
export function useBackupFormat() {
  const { t } = useTranslation('backup');
  const { language, digits } = useSettings();
  return useMemo(() => {
    const format = createFormatter({ language, digits });
    const timeFormat = new Intl.DateTimeFormat(localeFor({ language, digits }), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return {
      when: (iso: string) => t('automatic.when', { date: format.date(iso), time: timeFormat.format(new Date(iso)) }),
      size: (bytes: number) =>
        bytes < MB
          ? t('size.kb', { value: format.number(Math.max(1, Math.round(bytes / KB))) })
          : t('size.mb', { value: format.number(Math.round((bytes / MB) * 10) / 10) }),
      number: format.number,
    };
  }, [t, language, digits]);
}

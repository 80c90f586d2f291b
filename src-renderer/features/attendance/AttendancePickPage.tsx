import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../lib/use-formatter';
import { ProgrammePickPage } from '../programmes/ProgrammePickPage';

/** #/attendance: attendance belongs to a programme, so this screen asks which one. */
export function AttendancePickPage() {
  const { t } = useTranslation('attendance');
  const format = useFormatter();
  return (
    <ProgrammePickPage
      area="attendance"
      linkTo={(programme) => `/programmes/${programme.id}/attendance`}
      detail={(programme) =>
        t('pick.counts', { invited: format.number(programme.counts.invited), present: format.number(programme.counts.present) })
      }
    />
  );
}

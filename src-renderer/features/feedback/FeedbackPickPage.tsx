import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../lib/use-formatter';
import { ProgrammePickPage } from '../programmes/ProgrammePickPage';

/** #/feedback: feedback belongs to a programme, so this screen asks which one. */
export function FeedbackPickPage() {
  const { t } = useTranslation('feedback');
  const format = useFormatter();
  return (
    <ProgrammePickPage
      area="feedback"
      linkTo={(programme) => `/programmes/${programme.id}/feedback`}
      detail={(programme) => t('counts.total', { count: programme.counts.feedback, formatted: format.number(programme.counts.feedback) })}
    />
  );
}

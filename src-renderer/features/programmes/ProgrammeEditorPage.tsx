import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useErrorMessage } from '../../lib/use-error-message';
import { organisationQuery } from '../organisation/queries';
import { ProgrammeEditor } from './ProgrammeEditor';
import { listsQuery, programmeQuery } from './queries';
import '../../styles/programmes.css';

/** #/programmes/new and #/programmes/:id: loads what the editor needs, then hands over. */
export function ProgrammeEditorPage() {
  const { t } = useTranslation('common');
  const errorMessage = useErrorMessage();
  const { id } = useParams();
  const lists = useQuery(listsQuery());
  const organisation = useQuery(organisationQuery());
  const programme = useQuery({ ...programmeQuery(id ?? ''), enabled: id !== undefined });

  const failed = [lists, organisation, programme].find((query) => query.isError);
  if (failed) {
    return (
      <p className="state form-error" role="alert">
        {errorMessage(failed.error)}
      </p>
    );
  }
  if (!lists.data || !organisation.data || (id !== undefined && !programme.data)) {
    return <p className="state">{t('status.loading')}</p>;
  }
  return (
    <ProgrammeEditor
      // A different programme is a fresh form; nothing typed for one may leak into the other.
      key={id ?? 'new'}
      programme={id === undefined ? null : (programme.data ?? null)}
      lists={lists.data}
      defaultOrganiser={organisation.data.defaultOrganiser}
    />
  );
}

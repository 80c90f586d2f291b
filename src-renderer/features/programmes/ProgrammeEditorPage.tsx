import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { organisationQuery } from '../organisation/queries';
import { ProgrammeEditor } from './ProgrammeEditor';
import { listsQuery, programmeQuery } from './queries';
import { anyFailed, QueriesState } from '../../components/QueriesState';
import '../../styles/programmes.css';

/** #/programmes/new and #/programmes/:id: loads what the editor needs, then hands over. */
export function ProgrammeEditorPage() {
  const { id } = useParams();
  const lists = useQuery(listsQuery());
  const organisation = useQuery(organisationQuery());
  const programme = useQuery({ ...programmeQuery(id ?? ''), enabled: id !== undefined });

  const needed = [lists, organisation, programme];
  if (anyFailed(needed) || !lists.data || !organisation.data || (id !== undefined && !programme.data)) return <QueriesState queries={needed} />;
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

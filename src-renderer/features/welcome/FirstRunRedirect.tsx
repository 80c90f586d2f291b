import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { call } from '../../lib/api';
import { organisationQuery } from '../organisation/queries';
import { settingsQuery } from '../settings/queries';

/** Whether the data folder holds anyone or anything yet; a folder with data is past its first start. */
const hasDataQuery = {
  queryKey: ['welcome', 'hasData'] as const,
  queryFn: async () => {
    const [people, programmes] = await Promise.all([call('people:search', { limit: 1 }), call('programmes:list', { limit: 1 })]);
    return people.total > 0 || programmes.total > 0;
  },
};

/**
 * Where the app opens: the welcome screen on the very first start (an empty data folder, no
 * profile yet and the welcome never finished), otherwise the people directory. A folder used
 * before the welcome screen existed holds data, so its users never see it.
 */
export function FirstRunRedirect() {
  const settings = useQuery(settingsQuery());
  const organisation = useQuery(organisationQuery());
  const hasData = useQuery(hasDataQuery);
  if (settings.isError || organisation.isError || hasData.isError) return <Navigate to="/people" replace />;
  if (!settings.data || !organisation.data || hasData.data === undefined) return null;
  const firstRun = settings.data.firstRunDone !== true && organisation.data.updatedAt === null && !hasData.data;
  return <Navigate to={firstRun ? '/welcome' : '/people'} replace />;
}

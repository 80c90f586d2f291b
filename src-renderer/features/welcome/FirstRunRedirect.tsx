import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { organisationQuery } from '../organisation/queries';
import { settingsQuery } from '../settings/queries';

/**
 * Where the app opens: the welcome screen on the very first start (no profile yet and the
 * welcome never finished), otherwise the people directory. Data kept from before the welcome
 * existed has a profile or a finished flag, so existing users never see it again.
 */
export function FirstRunRedirect() {
  const settings = useQuery(settingsQuery());
  const organisation = useQuery(organisationQuery());
  if (!settings.data || !organisation.data) return null;
  const firstRun = settings.data.firstRunDone !== true && organisation.data.updatedAt === null;
  return <Navigate to={firstRun ? '/welcome' : '/people'} replace />;
}

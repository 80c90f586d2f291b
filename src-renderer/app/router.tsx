import { createHashRouter, Navigate } from 'react-router';
import { PeoplePage } from '../features/people/PeoplePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { Layout } from './Layout';
import { NotBuilt } from './NotBuilt';

export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <Layout />,
      children: [
        // People is the first area that works, so the app opens there.
        { index: true, element: <Navigate to="/people" replace /> },
        { path: 'workshops', element: <NotBuilt area="workshops" /> },
        { path: 'people', element: <PeoplePage /> },
        { path: 'attendance', element: <NotBuilt area="attendance" /> },
        { path: 'feedback', element: <NotBuilt area="feedback" /> },
        { path: 'reports', element: <NotBuilt area="reports" /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <Navigate to="/people" replace /> },
      ],
    },
  ]);
}

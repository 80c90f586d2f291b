import { createHashRouter, Navigate } from 'react-router';
import { AboutPage } from '../features/about/AboutPage';
import { AttendancePage } from '../features/attendance/AttendancePage';
import { AttendancePickPage } from '../features/attendance/AttendancePickPage';
import { FeedbackPage } from '../features/feedback/FeedbackPage';
import { FeedbackPickPage } from '../features/feedback/FeedbackPickPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { ProgrammeEditorPage } from '../features/programmes/ProgrammeEditorPage';
import { ProgrammesPage } from '../features/programmes/ProgrammesPage';
import { ReportPage } from '../features/reports/ReportPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { FirstRunRedirect } from '../features/welcome/FirstRunRedirect';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { Layout } from './Layout';

export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <Layout />,
      children: [
        // The first start opens the welcome screen; every later start opens the people directory.
        { index: true, element: <FirstRunRedirect /> },
        { path: 'welcome', element: <WelcomePage /> },
        { path: 'programmes', element: <ProgrammesPage /> },
        { path: 'programmes/new', element: <ProgrammeEditorPage /> },
        { path: 'programmes/:id', element: <ProgrammeEditorPage /> },
        { path: 'programmes/:id/feedback', element: <FeedbackPage /> },
        { path: 'programmes/:id/attendance', element: <AttendancePage /> },
        // The area's first address; kept so an old link or bookmark still lands on the list.
        { path: 'workshops', element: <Navigate to="/programmes" replace /> },
        { path: 'people', element: <PeoplePage /> },
        { path: 'attendance', element: <AttendancePickPage /> },
        { path: 'feedback', element: <FeedbackPickPage /> },
        { path: 'reports', element: <ReportsPage /> },
        { path: 'reports/:id', element: <ReportPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'about', element: <AboutPage /> },
        { path: '*', element: <Navigate to="/people" replace /> },
      ],
    },
  ]);
}

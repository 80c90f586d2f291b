import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QueriesState } from '../../components/QueriesState';
import { ReportWorkspace } from './ReportWorkspace';
import { reportQuery } from './queries';

/** #/reports/:id: loads the report once, then hands it to the workspace that edits it. */
export function ReportPage() {
  const { id = '' } = useParams();
  const report = useQuery(reportQuery(id));
  if (!report.data) return <QueriesState queries={[report]} />;
  return <ReportWorkspace key={id} report={report.data} />;
}
